"""What supervision asks of each person (待办): the supervision group decides extension and send-back requests,
a leader deals with the matters escalated to them, the office or the supervision group visits resolved matters
again (回访), the office decides the work plans waiting for it (细化工作措施)."""

from django.utils.translation import gettext as _

from huishang.cases.selectors import visible_matters
from huishang.cases.states import DONE, State
from huishang.supervision.models import Escalation, ExtensionRequest, FollowUp, SendBackRequest, WorkPlan
from huishang.supervision.permissions import FOLLOW_UP_ROLES, PLAN_APPROVERS, SUPERVISING_ROLES, role_of
from huishang.todos.registry import provider
from huishang.todos.services import PER_KIND, Todo

OVER = [*DONE, State.REJECTED, State.MERGED]


@provider
def supervision_steps(user):
    role = role_of(user)
    visible = visible_matters(user).values("pk")
    if role in SUPERVISING_ROLES:
        for model, kind, label in ((ExtensionRequest, "decide_extension", _("Decide the extension request")),
                                   (SendBackRequest, "decide_send_back", _("Decide the send-back request"))):
            pending = model.objects.filter(status=model.Status.PENDING, matter__in=visible)
            for request in pending.select_related("matter").order_by("requested_at", "pk")[:PER_KIND]:
                yield Todo(kind, label, request.matter, request.matter.due)
    escalations = Escalation.objects.filter(leader=user).exclude(matter__state__in=OVER)
    for escalation in escalations.select_related("matter").order_by("at", "pk")[:PER_KIND]:
        yield Todo("escalation", _("Deal with the escalated matter"), escalation.matter, escalation.matter.due)
    if role in FOLLOW_UP_ROLES:
        due = FollowUp.objects.filter(done_at=None, matter__in=visible, matter__state=State.RESOLVED)
        for follow_up in due.select_related("matter").order_by("due", "pk")[:PER_KIND]:
            yield Todo("follow_up", _("Follow up the resolved matter"), follow_up.matter, follow_up.due)
    if role in PLAN_APPROVERS:
        waiting = WorkPlan.objects.filter(status=WorkPlan.Status.SUBMITTED, matter__in=visible)
        for plan in waiting.select_related("matter").order_by("submitted_at", "pk")[:PER_KIND]:
            yield Todo("decide_plan", _("Decide the work plan"), plan.matter, plan.matter.due)

"""What 协办 asks of a supporting unit (待办): its opinion on each matter it supports, by the opinion limit."""

from django.utils.translation import gettext as _

from huishang.cases.models import Assignment
from huishang.directory.models import Role
from huishang.dispatch.selectors import OPINION_STATES, opinion_due
from huishang.todos.registry import provider
from huishang.todos.services import PER_KIND, Todo


@provider
def opinions_to_file(user):
    if user.role != Role.UNIT or user.organization_id is None:
        return
    waiting = (
        Assignment.objects.filter(
            supporting_units=user.organization_id, sent_back_at=None, ended_at=None, matter__state__in=OPINION_STATES,
        ).exclude(opinions__unit=user.organization_id)
        .select_related("matter", "matter__category", "matter__region", "matter__lead_unit", "matter__enterprise")
        .order_by("assigned_at", "pk")
    )
    for assignment in waiting[:PER_KIND]:
        yield Todo("opinion", _("Give your unit's supporting opinion"), assignment.matter, opinion_due(assignment))

"""What a matter's life asks of each person (待办): the office accepts and dispatches, the lead unit signs and
answers, the enterprise (or the supervision group on its behalf) reviews the answer, resolved matters are
closed."""

from django.utils.translation import gettext as _

from huishang.cases.permissions import ROLES_FOR
from huishang.cases.selectors import visible_matters
from huishang.cases.states import Action, State
from huishang.directory.models import Role
from huishang.todos.registry import provider
from huishang.todos.services import PER_KIND, Todo


def _role(user) -> str:
    return Role.ADMIN if user.is_superuser else user.role


@provider
def matter_steps(user):
    role = _role(user)
    matters = visible_matters(user).order_by("due", "submitted_at", "pk")
    if role == Role.UNIT:
        ours = matters.filter(lead_unit=user.organization_id)
        yield from _todos("acknowledge", _("Sign for the assignment"), ours.filter(state=State.ASSIGNED))
        yield from _todos("respond", _("Answer the matter"), ours.filter(state=State.IN_PROGRESS))
    if role in ROLES_FOR[Action.REVIEW]:
        responded = matters.filter(state=State.RESPONDED)
        if role == Role.ENTERPRISE:
            responded = responded.filter(enterprise=user.organization_id)
        yield from _todos("review", _("Review the answer"), responded, due=None)
    if role in ROLES_FOR[Action.ACCEPT]:
        yield from _todos("accept", _("Accept or not accept"), matters.filter(state=State.SUBMITTED), due=None)
        yield from _todos("dispatch", _("Put before a meeting or assign"), matters.filter(state=State.ACCEPTED),
                          due=None)


def _todos(kind: str, label: str, matters, *, due="deadline"):
    for matter in matters[:PER_KIND]:
        yield Todo(kind, label, matter, matter.due if due else None)

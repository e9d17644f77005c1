"""Who may perform which action on which matter. Services call ``check``; the UI calls ``allowed``."""

from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Matter, Review
from huishang.cases.selectors import can_view, current_assignment
from huishang.cases.states import ALLOWED_FROM, Action
from huishang.core.errors import InvalidTransition, NotAllowed
from huishang.directory.models import Role

ROLES_FOR = {
    Action.ACCEPT: {Role.OFFICE, Role.ADMIN},
    Action.REJECT: {Role.OFFICE, Role.ADMIN},
    Action.MERGE: {Role.OFFICE, Role.ADMIN},
    Action.PUT_ON_AGENDA: {Role.OFFICE, Role.ADMIN},
    Action.TAKE_OFF_AGENDA: {Role.OFFICE, Role.ADMIN},
    Action.ASSIGN: {Role.OFFICE, Role.ADMIN},
    Action.REASSIGN: {Role.OFFICE, Role.ADMIN},
    Action.ACKNOWLEDGE: {Role.UNIT},
    Action.SEND_BACK: {Role.UNIT},
    Action.RESPOND: {Role.UNIT},
    Action.REVIEW: {Role.ENTERPRISE, Role.SUPERVISOR},
    Action.CLOSE: {Role.OFFICE, Role.SUPERVISOR, Role.ADMIN},
    Action.REOPEN: {Role.OFFICE, Role.SUPERVISOR, Role.ADMIN},
    Action.CONTACT: {Role.UNIT},
}

# Who may move a current assignment's deadline (after an approved extension request).
DEADLINE_ROLES = {Role.OFFICE, Role.SUPERVISOR, Role.ADMIN}

SUBMITTING_ROLES = {Role.ENTERPRISE, Role.BUTLER, Role.OFFICE, Role.ADMIN}

# The kinds of matter a role raises: a risk comes from the office's screening and a meeting decision from a
# meeting, so an enterprise contact, and a butler raising for an enterprise, raise problems and suggestions.
ENTERPRISE_KINDS = (Matter.Kind.PROBLEM, Matter.Kind.SUGGESTION)
KINDS_FOR = {Role.ENTERPRISE: ENTERPRISE_KINDS, Role.BUTLER: ENTERPRISE_KINDS}

# How a review was made: an enterprise confirms the result through the platform; checking on site or by
# phone is the supervision group's way.
REVIEW_METHODS_FOR = {Role.ENTERPRISE: (Review.Method.ONLINE,)}

UNIT_ACTIONS = {Action.ACKNOWLEDGE, Action.SEND_BACK, Action.RESPOND, Action.CONTACT}

# A unit's send-back waits for a supervisor's approval (supervision.services.request_send_back), so the
# matter page does not offer it as an action the unit does at once.
ACTIONS_NEEDING_APPROVAL = {Action.SEND_BACK}
SEND_BACK_APPROVERS = {Role.SUPERVISOR, Role.ADMIN}


def kinds_for(user) -> tuple[Matter.Kind, ...]:
    """The kinds of matter ``user`` may raise (the office: every kind)."""
    return KINDS_FOR.get(user.role, tuple(Matter.Kind))


def review_methods_for(user) -> tuple[Review.Method, ...]:
    """The review methods ``user`` may record (the supervision group: every method)."""
    return REVIEW_METHODS_FOR.get(user.role, tuple(Review.Method))


def _scope_refusal(user, action: Action, matter: Matter):
    """Why this user, whose role may do ``action``, may not do it to this particular matter."""
    if not can_view(user, matter):
        return _("You cannot act on a matter outside your scope.")
    if action in UNIT_ACTIONS:
        assignment = current_assignment(matter)
        if assignment is None or assignment.lead_unit_id != user.organization_id:
            return _("Only the lead unit of the current assignment can do this.")
    if action == Action.REVIEW and user.role == Role.ENTERPRISE and matter.enterprise_id != user.organization_id:
        if matter.submitted_by_id != user.pk:
            return _("Only the enterprise that raised the matter can review it.")
    return None


def check(user, action: Action, matter: Matter) -> None:
    """Raise NotAllowed (role or scope) or InvalidTransition (state) unless ``user`` may do ``action`` now."""
    if not user.is_authenticated or not user.is_active:
        raise NotAllowed(_("Please log in."))
    if user.role not in ROLES_FOR[action]:
        raise NotAllowed(
            _("A %(role)s may not %(action)s a matter.") % {"role": user.get_role_display(), "action": action.label}
        )
    refusal = _scope_refusal(user, action, matter)
    if refusal:
        raise NotAllowed(refusal)
    if matter.state not in ALLOWED_FROM[action]:
        raise InvalidTransition(
            _("Cannot %(action)s while the matter is %(state)s (possible only when: %(allowed)s).") % {
                "state": matter.get_state_display(),
                "action": action.label,
                "allowed": "、".join(str(state.label) for state in sorted(ALLOWED_FROM[action])),
            }
        )


def check_send_back_approver(user, matter: Matter) -> None:
    """Raise NotAllowed unless ``user`` is a supervisor (or administrator) whose scope covers the matter."""
    role = Role.ADMIN if user.is_authenticated and user.is_superuser else getattr(user, "role", None)
    if not user.is_authenticated or not user.is_active or role not in SEND_BACK_APPROVERS or not can_view(user, matter):
        raise NotAllowed(_("Only the supervision group approves a send-back."))


def allowed(user, action: Action, matter: Matter) -> bool:
    try:
        check(user, action, matter)
    except (NotAllowed, InvalidTransition):
        return False
    return True


def available_actions(user, matter: Matter) -> list[Action]:
    """The actions the matter page offers this user now."""
    # Role and state first, as ``check`` does: cheap to test, and they rule out most actions without
    # building (and translating) the refusal message ``check`` would raise.
    role = getattr(user, "role", None)
    return [
        action for action in ROLES_FOR
        if action not in ACTIONS_NEEDING_APPROVAL and role in ROLES_FOR[action] and matter.state in ALLOWED_FROM[action]
        and allowed(user, action, matter)
    ]

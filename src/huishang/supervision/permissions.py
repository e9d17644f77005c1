"""Who may do which supervision action on which matter."""

from django.utils.translation import gettext as _

from huishang.cases.selectors import can_view, current_assignment
from huishang.core.errors import NotAllowed
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Role

SUPERVISING_ROLES = {Role.SUPERVISOR, Role.ADMIN}
FOLLOW_UP_ROLES = {Role.SUPERVISOR, Role.OFFICE, Role.ADMIN}
BOARD_READERS = {Role.SUPERVISOR, Role.LEADER, Role.ADMIN}
# The service office approves or returns a lead unit's work plan (细化工作措施).
PLAN_APPROVERS = {Role.OFFICE, Role.ADMIN}


def role_of(user) -> str:
    return Role.ADMIN if user.is_superuser else user.role


def _signed_in(user) -> None:
    if not user.is_authenticated or not user.is_active:
        raise NotAllowed(_("Please log in."))


def check_supervisor(user, matter) -> None:
    """A supervisor (or administrator) whose scope covers the matter."""
    _signed_in(user)
    if role_of(user) not in SUPERVISING_ROLES:
        raise NotAllowed(_("Only the supervision group can do this."))
    if not can_view(user, matter):
        raise NotAllowed(_("You cannot act on a matter outside your scope."))


def check_follow_up(user, matter) -> None:
    _signed_in(user)
    if role_of(user) not in FOLLOW_UP_ROLES or not can_view(user, matter):
        raise NotAllowed(_("Only the supervision group or the service office follows up a matter in its scope."))


def check_lead_unit(user, matter) -> None:
    """A handler of the current assignment's lead unit."""
    _signed_in(user)
    assignment = current_assignment(matter)
    if user.role != Role.UNIT or assignment is None or assignment.lead_unit_id != user.organization_id:
        raise NotAllowed(_("Only the lead unit of the current assignment can do this."))


def check_plan_approver(user, matter) -> None:
    """The service office (or an administrator) whose scope covers the matter."""
    _signed_in(user)
    if role_of(user) not in PLAN_APPROVERS or not can_view(user, matter):
        raise NotAllowed(_("Only the service office over the matter approves its work plan."))


def check_plan_reader(user, matter) -> None:
    """Whoever may read the matter reads its work plan."""
    _signed_in(user)
    if not can_view(user, matter):
        raise NotAllowed(_("You cannot act on a matter outside your scope."))


# The city's staff read review rounds (回访督查); the supervision group runs them.
ROUND_READERS = {Role.SUPERVISOR, Role.OFFICE, Role.LEADER, Role.ADMIN}


def may_read_rounds(user) -> bool:
    return user.is_authenticated and user.is_active and role_of(user) in ROUND_READERS


def may_run_rounds(user) -> bool:
    return user.is_authenticated and user.is_active and role_of(user) in SUPERVISING_ROLES


def check_round_manager(user, review_round=None) -> None:
    """A supervisor (or administrator) opens rounds and, over the round's region, adjusts its matters."""
    _signed_in(user)
    if role_of(user) not in SUPERVISING_ROLES:
        raise NotAllowed(_("Only the supervision group runs review rounds."))
    if review_round is not None and not jurisdiction_of(user).covers(review_round.region):
        raise NotAllowed(_("The round lies outside your jurisdiction."))


def check_round_member(user, review_round) -> None:
    """A member of the round's group records its findings and finishes it."""
    _signed_in(user)
    if user.role != Role.SUPERVISOR or not review_round.members.filter(pk=user.pk).exists():
        raise NotAllowed(_("Only the round's group members record its findings."))


def may_read_board(user) -> bool:
    return user.is_authenticated and user.is_active and role_of(user) in BOARD_READERS


def allowed(check, user, matter) -> bool:
    try:
        check(user, matter)
    except NotAllowed:
        return False
    return True

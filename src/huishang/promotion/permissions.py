"""Who follows the promotion pipeline: the office works it, supervisors and leaders read it, each within its
jurisdiction (directory.jurisdiction)."""

from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Role

READERS = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER, Role.ADMIN}
MANAGERS = {Role.OFFICE, Role.ADMIN}


def role_of(user) -> str:
    return Role.ADMIN if user.is_superuser else user.role


def in_region(user, region) -> bool:
    """Whether a lead in ``region`` lies in the user's jurisdiction."""
    return jurisdiction_of(user).covers(region)


def may_read_pipeline(user) -> bool:
    return user.is_authenticated and role_of(user) in READERS


def may_manage_pipeline(user) -> bool:
    return user.is_authenticated and role_of(user) in MANAGERS


def may_manage_lead(user, lead) -> bool:
    return may_manage_pipeline(user) and in_region(user, lead.region)

"""Who runs recruitment: the service office manages rounds and events in its jurisdiction (directory.jurisdiction);
supervisors and leaders read them."""

from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Role

READERS = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER, Role.ADMIN}
MANAGERS = {Role.OFFICE, Role.ADMIN}


def role_of(user) -> str:
    return Role.ADMIN if user.is_superuser else user.role


def in_region(user, region) -> bool:
    """Whether a round or event in ``region`` lies in the user's jurisdiction."""
    return jurisdiction_of(user).covers(region)


def may_read(user) -> bool:
    return user.is_authenticated and role_of(user) in READERS


def may_manage(user, region=None) -> bool:
    return user.is_authenticated and role_of(user) in MANAGERS and (region is None or in_region(user, region))


def check_places_in(user, region) -> None:
    """A new round or event is placed only inside the manager's jurisdiction (NotAllowed naming the region)."""
    jurisdiction_of(user).check(region, field="region")

"""Who runs recruitment: the service office manages rounds and events in its region; supervisors and leaders read."""

from huishang.directory.models import Role

READERS = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER, Role.ADMIN}
MANAGERS = {Role.OFFICE, Role.ADMIN}


def role_of(user) -> str:
    return Role.ADMIN if user.is_superuser else user.role


def in_region(user, region) -> bool:
    return user.region is None or region.code.startswith(user.region.code_prefix)


def may_read(user) -> bool:
    return user.is_authenticated and role_of(user) in READERS


def may_manage(user, region=None) -> bool:
    return user.is_authenticated and role_of(user) in MANAGERS and (region is None or in_region(user, region))

"""Who may read, write and review knowledge articles. Staff read internal wording; enterprises and the public
read published public articles only. The jurisdiction bounds all of it: an article applies to its regions
(and a region's article reaches the regions below it)."""

from huishang.directory.models import Role

# Roles that read internal articles (answer wording, responsibility lists) at work.
STAFF_READERS = {Role.ADMIN, Role.OFFICE, Role.UNIT, Role.SUPERVISOR, Role.LEADER, Role.BUTLER, Role.AUDITOR}
# Roles that write articles: the office keeps the knowledge base, units write the wording of their own work.
WRITERS = {Role.ADMIN, Role.OFFICE, Role.UNIT}
# Roles that approve an article for publication (never its own author).
REVIEWERS = {Role.ADMIN, Role.OFFICE}


def _active(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


def _role(user):
    return Role.ADMIN if user.is_superuser else user.role


def reads_internal(user) -> bool:
    return _active(user) and _role(user) in STAFF_READERS


def writes(user) -> bool:
    return _active(user) and _role(user) in WRITERS


def reviews(user) -> bool:
    return _active(user) and _role(user) in REVIEWERS

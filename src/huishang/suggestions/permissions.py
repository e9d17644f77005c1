"""Who reads the suggestions on the staff pages: the staff pages and the menu both ask here."""

from huishang.directory.models import Role
from huishang.web.access import role_of

READING_ROLES = {Role.OFFICE, Role.ADMIN, Role.SUPERVISOR, Role.LEADER}


def reads_suggestions(user) -> bool:
    return user.is_authenticated and role_of(user) in READING_ROLES

MANAGING_ROLES = {Role.OFFICE, Role.ADMIN}


def manages_topics(user) -> bool:
    """The service office (and administrators) open consultation topics and handle their opinions."""
    return user is not None and user.is_authenticated and role_of(user) in MANAGING_ROLES

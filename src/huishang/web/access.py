"""Which pages of the web UI each role reaches. Object-level rules stay in the apps' selectors."""

from django.core.exceptions import PermissionDenied

from huishang.cases.permissions import SUBMITTING_ROLES
from huishang.directory.models import Role
from huishang.meetings.services import ORGANISING_ROLES


def role_of(user) -> str:
    """The role that decides the user's pages; a superuser is treated as an administrator."""
    return Role.ADMIN if user.is_superuser else user.role


def may_submit(user) -> bool:
    return role_of(user) in SUBMITTING_ROLES


def may_organise_meetings(user) -> bool:
    return role_of(user) in ORGANISING_ROLES


def require(allowed: bool) -> None:
    """Refuse the page (403) when the user's role does not reach it."""
    if not allowed:
        raise PermissionDenied

"""Who may read the figures, and over which regions. The dashboard and the API both ask here."""

from django.utils.translation import gettext as _

from huishang.cases.selectors import REGION_SCOPED_ROLES
from huishang.core.errors import NotAllowed
from huishang.directory.models import Role
from huishang.figures.scopes import scope_from
from huishang.figures.selectors import Scope

FIGURE_READERS = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER, Role.ADMIN}


def may_read_figures(user) -> bool:
    return user.is_superuser or user.role in FIGURE_READERS


def _region_within_reach(user, requested: str | None) -> str | None:
    """A region-scoped reader sees its own region (the default) and what lies inside it."""
    if user.role not in REGION_SCOPED_ROLES or user.region_id is None:
        return requested
    own = user.region
    if not requested:
        return own.code
    if not str(requested).startswith(own.code_prefix):
        raise NotAllowed(_("The region %(code)s lies outside your scope.") % {"code": requested})
    return requested


def figures_scope_for(user, *, date_from=None, date_to=None, region=None, unit=None, category=None) -> Scope:
    """The Scope ``user`` may read figures over, or NotAllowed / ValidationError naming the filter."""
    if not may_read_figures(user):
        raise NotAllowed(_("Your role cannot read the figures."))
    return scope_from(
        date_from=date_from, date_to=date_to, region=_region_within_reach(user, region), unit=unit, category=category
    )

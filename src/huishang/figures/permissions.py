"""Who may read the figures, and over which regions. The dashboard and the API both ask here.

The regions are the reader's jurisdiction (directory.jurisdiction): a region-scoped reader's figures
default to it and never leave it; a deployment-wide reader reads any region it names.
"""

from django.utils.translation import gettext as _

from huishang.core.errors import NotAllowed
from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of, outside_message
from huishang.directory.models import Role
from huishang.figures.scopes import scope_from
from huishang.figures.selectors import Scope

FIGURE_READERS = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER, Role.ADMIN}


def may_read_figures(user) -> bool:
    return user.is_superuser or user.role in FIGURE_READERS


def _region_within_reach(jurisdiction: Jurisdiction, requested: str | None) -> str | None:
    """A region-scoped reader sees its own jurisdiction (the default) and what lies inside it."""
    if jurisdiction.wide:
        return requested
    if jurisdiction.region is None:
        raise NotAllowed(_("Your role cannot read the figures."))
    if not requested:
        return jurisdiction.region.code
    if not jurisdiction.covers(str(requested)):
        raise NotAllowed(_("The region %(code)s lies outside your scope.") % {"code": requested}, field="region")
    return requested


def figures_scope_for(user, *, date_from=None, date_to=None, region=None, unit=None, category=None) -> Scope:
    """The Scope ``user`` may read figures over, or NotAllowed / ValidationError naming the filter."""
    if not may_read_figures(user):
        raise NotAllowed(_("Your role cannot read the figures."))
    jurisdiction = jurisdiction_of(user)
    scope = scope_from(
        date_from=date_from, date_to=date_to, region=_region_within_reach(jurisdiction, region), unit=unit,
        category=category,
    )
    if scope.unit is not None and not jurisdiction.wide and not jurisdiction.covers_organization(scope.unit):
        raise NotAllowed(outside_message(scope.unit), field="unit")
    return scope

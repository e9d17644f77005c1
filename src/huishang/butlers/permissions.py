"""Who may do what with butlers, visits and training records.

Where: every record lies in the acting account's jurisdiction (directory.jurisdiction), the one rule of
all apps; here only who does what within it.
"""

from django.utils.translation import gettext as _

from huishang.core.errors import NotAllowed
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Region, Role, User

# Roles that assign butlers and record their training, within their jurisdiction.
MANAGING_ROLES = {Role.OFFICE, Role.ADMIN}
# Roles that read every butler's records within their jurisdiction.
READING_ROLES = {Role.OFFICE, Role.ADMIN, Role.SUPERVISOR, Role.LEADER}


def role_of(user) -> str:
    return Role.ADMIN if user.is_superuser else user.role


def home_of(butler: User) -> Region | None:
    """Where a butler works: their own region, else their unit's."""
    return jurisdiction_of(butler).region


def check_within(user, place: Organization | User | Region | None, *, field: str) -> None:
    """NotAllowed naming ``field`` unless ``place`` (an enterprise, a butler or a region) lies in the user's
    jurisdiction."""
    if isinstance(place, Organization):
        region = place.region
    elif isinstance(place, User):
        region = home_of(place)
    else:
        region = place
    jurisdiction_of(user).check(region, field=field)


def check_manages(user) -> None:
    """Raise NotAllowed unless ``user`` manages butlers (the place is checked by ``check_within``)."""
    if not user.is_authenticated or not user.is_active:
        raise NotAllowed(_("Please log in."))
    if role_of(user) not in MANAGING_ROLES:
        raise NotAllowed(_("Only the service office assigns butlers and records their training."))


def check_visits(user, enterprise: Organization) -> None:
    """Raise NotAllowed unless ``user`` is a butler with ``enterprise`` in their care, in their jurisdiction."""
    if not user.is_authenticated or not user.is_active or role_of(user) != Role.BUTLER:
        raise NotAllowed(_("Only a butler records visits."))
    if not user.enterprises_in_care.filter(pk=enterprise.pk).exists():
        raise NotAllowed(_("A butler visits only the enterprises in their care."))
    check_within(user, enterprise, field="enterprise")


def may_read_all(user) -> bool:
    return user.is_authenticated and user.is_active and role_of(user) in READING_ROLES


def is_butler(user) -> bool:
    """The butler's own pages (workbench, new visit) are for butlers."""
    return user.is_authenticated and user.is_active and role_of(user) == Role.BUTLER


def may_read_visits(user) -> bool:
    """The visit list: a butler its own visits, an enterprise those it received, staff those in their region."""
    return is_butler(user) or may_read_all(user) or (user.is_authenticated and role_of(user) == Role.ENTERPRISE)

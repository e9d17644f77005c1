"""Who may do what with butlers, visits and training records."""

from django.utils.translation import gettext as _

from huishang.core.errors import NotAllowed
from huishang.directory.models import Organization, Region, Role

# Roles that assign butlers and record their training, within their region (none = everywhere).
MANAGING_ROLES = {Role.OFFICE, Role.ADMIN}
# Roles that read every butler's records within their region.
READING_ROLES = {Role.OFFICE, Role.ADMIN, Role.SUPERVISOR, Role.LEADER}


def role_of(user) -> str:
    return Role.ADMIN if user.is_superuser else user.role


def in_scope(user, place: Organization | Region | None) -> bool:
    """Whether ``place`` (an organisation or a region) lies in the region a region-scoped user looks after."""
    if not user.region_id or role_of(user) == Role.ADMIN:
        return True
    region = place.region if isinstance(place, Organization) else place
    return region is not None and region.code.startswith(user.region.code_prefix)


def check_manages(user, place: Organization | Region | None) -> None:
    """Raise NotAllowed unless ``user`` manages butlers over ``place`` (an organisation or a region)."""
    if not user.is_authenticated or not user.is_active:
        raise NotAllowed(_("Please log in."))
    if role_of(user) not in MANAGING_ROLES:
        raise NotAllowed(_("Only the service office assigns butlers and records their training."))
    if not in_scope(user, place):
        raise NotAllowed(_("This is outside your region."))


def check_visits(user, enterprise: Organization) -> None:
    """Raise NotAllowed unless ``user`` is a butler with ``enterprise`` in their care."""
    if not user.is_authenticated or not user.is_active or role_of(user) != Role.BUTLER:
        raise NotAllowed(_("Only a butler records visits."))
    if not user.enterprises_in_care.filter(pk=enterprise.pk).exists():
        raise NotAllowed(_("A butler visits only the enterprises in their care."))


def may_read_all(user) -> bool:
    return user.is_authenticated and user.is_active and role_of(user) in READING_ROLES

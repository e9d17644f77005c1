"""Who runs and who reads a job station and the household ledger of its region.

A station's staff run it; the service office runs the stations of its region; supervisors and
leaders read those of their region; the administrator does everything. Nobody else sees them.
"""

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from huishang.core.errors import NotAllowed
from huishang.directory.models import Region, Role
from huishang.employment.models import Household, JobStation

READING_ROLES = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER}


def _is_admin(user) -> bool:
    return user.is_superuser or user.role == Role.ADMIN


def _covers(user, region: Region) -> bool:
    return user.region_id is None or region.code.startswith(user.region.code_prefix)


def _active(user) -> bool:
    return user.is_authenticated and user.is_active


def runs_station(user, station: JobStation) -> bool:
    if not _active(user):
        return False
    if _is_admin(user) or station.staff.filter(pk=user.pk).exists():
        return True
    return user.role == Role.OFFICE and _covers(user, station.region)


def reads_station(user, station: JobStation) -> bool:
    if runs_station(user, station):
        return True
    return _active(user) and user.role in READING_ROLES and _covers(user, station.region)


def check_runs_station(user, station: JobStation) -> None:
    if not runs_station(user, station):
        raise NotAllowed(_("Only the staff of this job station can do this."))


def _region_condition(user, field: str) -> Q:
    return Q(**{f"{field}__code__startswith": user.region.code_prefix}) if user.region_id else Q()


def visible_stations(user) -> QuerySet[JobStation]:
    stations = JobStation.objects.select_related("region")
    if not _active(user):
        return stations.none()
    if _is_admin(user):
        return stations
    condition = Q(staff=user)
    if user.role in READING_ROLES:
        condition |= _region_condition(user, "region")
    return stations.filter(pk__in=JobStation.objects.filter(condition).values("pk"))


def _staff_regions(user) -> Q:
    condition = Q(pk__in=[])
    for station in JobStation.objects.filter(staff=user).select_related("region"):
        condition |= Q(region__code__startswith=station.region.code_prefix)
    return condition


def visible_households(user) -> QuerySet[Household]:
    """Households of the regions the user's stations or scope cover."""
    households = Household.objects.select_related("region")
    if not _active(user):
        return households.none()
    if _is_admin(user):
        return households
    condition = _staff_regions(user)
    if user.role in READING_ROLES:
        condition |= _region_condition(user, "region")
    return households.filter(condition)


def keeps_ledger(user, region: Region) -> bool:
    """Whether ``user`` may add to the ledger of ``region``: staff of a station there, its office, the admin."""
    if not _active(user):
        return False
    if _is_admin(user) or (user.role == Role.OFFICE and _covers(user, region)):
        return True
    return any(region.code.startswith(station.region.code_prefix)
               for station in JobStation.objects.filter(staff=user).select_related("region"))


def check_keeps_ledger(user, region: Region) -> None:
    if not keeps_ledger(user, region):
        raise NotAllowed(_("You do not keep the ledger of this area."))


def reaches_employment(user) -> bool:
    """Whether the employment pages are for this user at all (staff, office, supervisors, leaders, admin)."""
    if not _active(user):
        return False
    return _is_admin(user) or user.role in READING_ROLES or JobStation.objects.filter(staff=user).exists()

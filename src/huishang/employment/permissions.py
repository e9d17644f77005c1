"""Who runs and who reads a job station and the household ledger of its region.

A station's staff run it; the service office runs the stations of its jurisdiction; supervisors and
leaders read those of their jurisdiction; the administrator does everything. Nobody else sees them.
Where: the account's jurisdiction (directory.jurisdiction) is the outer bound of every one of these
rules; a station's staff keep the ledger of the station's area inside it.
"""

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from huishang.core.errors import NotAllowed
from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of
from huishang.directory.models import Region, Role
from huishang.employment.models import Household, JobStation

READING_ROLES = {Role.OFFICE, Role.SUPERVISOR, Role.LEADER}


def _is_admin(user) -> bool:
    return user.is_superuser or user.role == Role.ADMIN


def _active(user) -> bool:
    return user.is_authenticated and user.is_active


def _reads_in(user, region: Region) -> bool:
    """Reads reach the whole jurisdiction; a deployment-wide account reads every region."""
    jurisdiction = jurisdiction_of(user)
    return jurisdiction.wide or jurisdiction.covers(region)


def runs_station(user, station: JobStation) -> bool:
    if not _active(user) or not jurisdiction_of(user).covers(station.region):
        return False
    return _is_admin(user) or user.role == Role.OFFICE or station.staff.filter(pk=user.pk).exists()


def reads_station(user, station: JobStation) -> bool:
    if runs_station(user, station):
        return True
    return _active(user) and (_is_admin(user) or user.role in READING_ROLES) and _reads_in(user, station.region)


def check_runs_station(user, station: JobStation) -> None:
    if not runs_station(user, station):
        raise NotAllowed(_("Only the staff of this job station can do this."))


def visible_stations(user) -> QuerySet[JobStation]:
    """The stations of the user's jurisdiction: all of them for staff readers, else those it staffs."""
    stations = JobStation.objects.select_related("region")
    if not _active(user):
        return stations.none()
    stations = stations.filter(jurisdiction_of(user).within("region"))
    if _is_admin(user) or user.role in READING_ROLES:
        return stations
    return stations.filter(pk__in=JobStation.objects.filter(staff=user).values("pk"))


def _station_areas(user) -> Q:
    """The areas of the stations ``user`` staffs: each station's region and what lies below it."""
    condition = Q(pk__in=[])
    for station in JobStation.objects.filter(staff=user).select_related("region"):
        condition |= Jurisdiction(region=station.region).within("region")
    return condition


def visible_households(user) -> QuerySet[Household]:
    """Households of the user's jurisdiction; staff of no reading role see their stations' areas only."""
    households = Household.objects.select_related("region")
    if not _active(user):
        return households.none()
    households = households.filter(jurisdiction_of(user).within("region"))
    if _is_admin(user) or user.role in READING_ROLES:
        return households
    return households.filter(_station_areas(user))


def keeps_ledger(user, region: Region) -> bool:
    """Whether ``user`` may add to the ledger of ``region``: staff of a station there, its office, the admin."""
    if not _active(user) or not jurisdiction_of(user).covers(region):
        return False
    if _is_admin(user) or user.role == Role.OFFICE:
        return True
    return any(Jurisdiction(region=station.region).covers(region)
               for station in JobStation.objects.filter(staff=user).select_related("region"))


def check_region(user, region: Region) -> None:
    """A seeker, job or household is placed only inside the acting account's jurisdiction."""
    jurisdiction_of(user).check(region, field="region")


def check_keeps_ledger(user, region: Region) -> None:
    check_region(user, region)
    if not keeps_ledger(user, region):
        raise NotAllowed(_("You do not keep the ledger of this area."))


def reaches_employment(user) -> bool:
    """Whether the employment pages are for this user at all (staff, office, supervisors, leaders, admin)."""
    if not _active(user):
        return False
    return _is_admin(user) or user.role in READING_ROLES or JobStation.objects.filter(staff=user).exists()

"""Who runs and who reads a job station and the household ledger of its region.

A station's staff run it; the service office runs the stations of its jurisdiction; supervisors and
leaders read those of their jurisdiction; the staff of an employment service centre read the stations
that belong to it; the administrator does everything. Nobody else sees them.
Where: the account's jurisdiction (directory.jurisdiction) is the outer bound of every one of these
rules; a station's staff keep the ledger of the station's area inside it.
"""

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from huishang.core.errors import NotAllowed
from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of
from huishang.directory.models import Region, Role
from huishang.employment.models import (
    Cooperation, EmploymentCentre, Household, InternshipBase, JobStation, Subsidy, TrainingBase,
)

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
    if not _active(user):
        return False
    if _is_admin(user) or user.role in READING_ROLES:
        return _reads_in(user, station.region)
    return (station.centre_id is not None and jurisdiction_of(user).covers(station.region)
            and EmploymentCentre.objects.filter(pk=station.centre_id, staff=user).exists())


def check_runs_station(user, station: JobStation) -> None:
    if not runs_station(user, station):
        raise NotAllowed(_("Only the staff of this job station can do this."))


def visible_stations(user) -> QuerySet[JobStation]:
    """The stations of the user's jurisdiction: all of them for staff readers, else those it staffs."""
    stations = JobStation.objects.select_related("region", "centre")
    if not _active(user):
        return stations.none()
    stations = stations.filter(jurisdiction_of(user).within("region"))
    if _is_admin(user) or user.role in READING_ROLES:
        return stations
    return stations.filter(Q(pk__in=JobStation.objects.filter(staff=user).values("pk"))
                           | Q(centre__in=EmploymentCentre.objects.filter(staff=user).values("pk")))


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
    """Whether the employment pages are for this user at all (station and centre staff, office, supervisors,
    leaders, admin)."""
    if not _active(user):
        return False
    return (_is_admin(user) or user.role in READING_ROLES or JobStation.objects.filter(staff=user).exists()
            or EmploymentCentre.objects.filter(staff=user).exists())


# --- Employment service centres ("1+N") -------------------------------------------------------------------------
# The office opens a centre in its jurisdiction and places the stations of the centre's area under it; the centre's
# staff, the office, supervisors and leaders of the jurisdiction read the centre and compare its stations.

def runs_centre(user, centre: EmploymentCentre) -> bool:
    """The office of the centre's area, the administrator, or the centre's own staff (inside their jurisdiction)."""
    if not _active(user) or not jurisdiction_of(user).covers(centre.region):
        return False
    return _is_admin(user) or user.role == Role.OFFICE or centre.staff.filter(pk=user.pk).exists()


def reads_centre(user, centre: EmploymentCentre) -> bool:
    if runs_centre(user, centre):
        return True
    return _active(user) and (_is_admin(user) or user.role in READING_ROLES) and _reads_in(user, centre.region)


def opens_centres(user, region: Region) -> bool:
    """Who opens centres and stations and places a station under a centre: the office of the area, the admin."""
    return _active(user) and _office_in(user, region)


def may_open_centres(user) -> bool:
    """Whether the form opening a centre is for this user: the office or the administrator, placed somewhere."""
    return (_active(user) and (_is_admin(user) or user.role == Role.OFFICE)
            and not jurisdiction_of(user).nowhere)


def check_opens_centres(user, region: Region) -> None:
    jurisdiction_of(user).check(region, field="region")
    if not opens_centres(user, region):
        raise NotAllowed(_("Only the service office of the area opens employment service centres and job stations."))


def visible_centres(user) -> QuerySet[EmploymentCentre]:
    """Centres of the jurisdiction for staff readers; for anyone else, the centres they staff."""
    centres = EmploymentCentre.objects.select_related("region")
    if not _active(user):
        return centres.none()
    centres = centres.filter(jurisdiction_of(user).within("region"))
    if _is_admin(user) or user.role in READING_ROLES:
        return centres
    return centres.filter(pk__in=EmploymentCentre.objects.filter(staff=user).values("pk"))


def stations_of_centre(user, centre: EmploymentCentre) -> QuerySet[JobStation]:
    """The centre's stations ``user`` may compare: those inside the user's jurisdiction."""
    return centre.stations.select_related("region").filter(jurisdiction_of(user).within("region"))


# --- Internship bases and the subsidy ledger --------------------------------------------------------------------
# The service office reviews internship bases and keeps the subsidy ledger of its jurisdiction; an enterprise's
# contact applies for its own enterprise and, once it is recognised, keeps the base's posts and interns; supervisors
# and leaders read both within their jurisdiction.

def _contact_of(user, enterprise) -> bool:
    return user.role == Role.ENTERPRISE and enterprise is not None and user.organization_id == enterprise.pk


def _office_in(user, region: Region) -> bool:
    return (_is_admin(user) or user.role == Role.OFFICE) and jurisdiction_of(user).covers(region)


def may_apply_for_base(user, enterprise) -> bool:
    """The enterprise's own contact, or the office of its region recording the application for it."""
    if not _active(user) or enterprise is None:
        return False
    return _contact_of(user, enterprise) or _office_in(user, enterprise.region)


def applies_for_bases(user) -> bool:
    """Whether the application form is for this user: an enterprise's contact, or an office placed somewhere."""
    if not _active(user):
        return False
    if user.role == Role.ENTERPRISE:
        return user.organization_id is not None
    return (_is_admin(user) or user.role == Role.OFFICE) and not jurisdiction_of(user).nowhere


def reviews_bases(user, region: Region) -> bool:
    return _active(user) and _office_in(user, region)


def keeps_base(user, base) -> bool:
    """Who records a base's posts and interns: the office of its region, or the enterprise's own contact."""
    if not _active(user):
        return False
    return _office_in(user, base.region) or _contact_of(user, base.enterprise)


def reads_base(user, base) -> bool:
    if keeps_base(user, base):
        return True
    return _active(user) and (_is_admin(user) or user.role in READING_ROLES) and _reads_in(user, base.region)


def visible_bases(user) -> QuerySet[InternshipBase]:
    """Bases of the jurisdiction for staff readers; an enterprise's contact sees its own enterprise's."""
    bases = InternshipBase.objects.select_related("enterprise", "region")
    if not _active(user):
        return bases.none()
    if user.role == Role.ENTERPRISE:
        return bases.filter(enterprise_id=user.organization_id) if user.organization_id else bases.none()
    if _is_admin(user) or user.role in READING_ROLES:
        return bases.filter(jurisdiction_of(user).within("region"))
    return bases.none()


def keeps_subsidy_ledger(user, region: Region) -> bool:
    return _active(user) and _office_in(user, region)


def check_keeps_subsidy_ledger(user, region: Region) -> None:
    jurisdiction_of(user).check(region, field="region")
    if not keeps_subsidy_ledger(user, region):
        raise NotAllowed(_("Only the service office keeps the subsidy ledger."))


def enters_subsidies(user) -> bool:
    """Whether the subsidy ledger's entry form is for this user: the office or the administrator, placed somewhere."""
    return (_active(user) and (_is_admin(user) or user.role == Role.OFFICE)
            and not jurisdiction_of(user).nowhere)


def reads_subsidies(user) -> bool:
    return _active(user) and (_is_admin(user) or user.role in READING_ROLES)


def visible_subsidies(user) -> QuerySet[Subsidy]:
    subsidies = Subsidy.objects.select_related("enterprise", "intern__base__enterprise", "region", "approved_by")
    if not reads_subsidies(user):
        return subsidies.none()
    return subsidies.filter(jurisdiction_of(user).within("region"))


def reaches_internships(user) -> bool:
    """Whether the internship pages are for this user: staff readers, and enterprise contacts (their own base)."""
    return _active(user) and (_is_admin(user) or user.role in READING_ROLES or user.role == Role.ENTERPRISE)


# --- Training bases and school–enterprise cooperation ----------------------------------------------------------
# The service office records the training bases and the cooperations of its jurisdiction (placed where the base's
# host or the cooperating enterprise is; the school may be in another city) and their trainees; supervisors and
# leaders read them within their jurisdiction; an enterprise's contact reads those its enterprise runs or is party to.

def keeps_cooperation(user, region: Region) -> bool:
    return _active(user) and _office_in(user, region)


def check_keeps_cooperation(user, region: Region, *, field: str) -> None:
    jurisdiction_of(user).check(region, field=field)
    if not keeps_cooperation(user, region):
        raise NotAllowed(_("Only the service office records training bases and school–enterprise cooperation."))


def records_cooperation(user) -> bool:
    """Whether the forms for training bases and cooperations are for this user: the office or the administrator,
    placed somewhere."""
    return (_active(user) and (_is_admin(user) or user.role == Role.OFFICE)
            and not jurisdiction_of(user).nowhere)


def reaches_cooperation(user) -> bool:
    return _active(user) and (_is_admin(user) or user.role in READING_ROLES or user.role == Role.ENTERPRISE)


def visible_training_bases(user) -> QuerySet[TrainingBase]:
    bases = TrainingBase.objects.select_related("host", "region")
    if not _active(user):
        return bases.none()
    if user.role == Role.ENTERPRISE:
        return bases.filter(host_id=user.organization_id) if user.organization_id else bases.none()
    if _is_admin(user) or user.role in READING_ROLES:
        return bases.filter(jurisdiction_of(user).within("region"))
    return bases.none()


def visible_cooperations(user) -> QuerySet[Cooperation]:
    cooperations = Cooperation.objects.select_related("school", "enterprise", "region", "training_base")
    if not _active(user):
        return cooperations.none()
    if user.role == Role.ENTERPRISE:
        return (cooperations.filter(enterprise_id=user.organization_id) if user.organization_id
                else cooperations.none())
    if _is_admin(user) or user.role in READING_ROLES:
        return cooperations.filter(jurisdiction_of(user).within("region"))
    return cooperations.none()

"""The "1+N" employment service system (seed 004, 容东): one employment service centre and the job stations of its
area. The office opens centres and stations and places a station under the centre whose area covers it; the
centre compares its stations' figures (see ``figures.station_figures``)."""

from django.db import transaction
from django.utils.translation import gettext as _, pgettext

from huishang.core import clock
from huishang.core.errors import InvalidTransition, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import Jurisdiction
from huishang.directory.models import Region, User
from huishang.employment import checks
from huishang.employment.models import EmploymentCentre, JobStation
from huishang.employment.permissions import check_opens_centres


def _region(region) -> Region:
    if not isinstance(region, Region):
        raise ValidationError(_("Choose a region."), field="region")
    return region


@transaction.atomic
def open_centre(*, by, name: str, region) -> EmploymentCentre:
    """The office opens an employment service centre for an area of its jurisdiction; names are unique."""
    check_opens_centres(by, _region(region))
    name = checks.required_text(name, "name", pgettext("place", "Name"), 100)
    if EmploymentCentre.objects.filter(name=name).exists():
        raise ValidationError(_("A centre of this name already exists."), field="name")
    return EmploymentCentre.objects.create(name=name, region=region, opened_at=clock.now(), opened_by=by)


def _check_covers(centre: EmploymentCentre, station_region: Region, field: str) -> None:
    if not Jurisdiction(region=centre.region).covers(station_region):
        raise ValidationError(_("A station belongs only to a centre whose area covers the station's (%(area)s).") % {
            "area": centre.region.name}, field=field)


@transaction.atomic
def open_station(*, by, name: str, region, community: str, centre: EmploymentCentre | None = None) -> JobStation:
    """The office opens a job station in an area of its jurisdiction, under a centre whose area covers it if one
    is named."""
    check_opens_centres(by, _region(region))
    name = checks.required_text(name, "name", pgettext("place", "Name"), 100)
    community = checks.required_text(community, "community", _("Community"), 64)
    if JobStation.objects.filter(name=name).exists():
        raise ValidationError(_("A job station of this name already exists."), field="name")
    if centre is not None:
        check_opens_centres(by, centre.region)
        _check_covers(centre, region, "centre")
    return JobStation.objects.create(name=name, region=region, community=cleaned(community), centre=centre)


@transaction.atomic
def place_station(*, by, station: JobStation, centre: EmploymentCentre | None) -> JobStation:
    """The office places a station of its jurisdiction under a centre whose area covers it, or (``None``) takes
    it out of its centre."""
    check_opens_centres(by, station.region)
    if centre is not None:
        check_opens_centres(by, centre.region)
        _check_covers(centre, station.region, "centre")
    station = JobStation.objects.select_for_update().get(pk=station.pk)
    if station.centre_id == (centre.pk if centre else None):
        raise InvalidTransition(_("The station is already there."), field="centre")
    station.centre = centre
    station.save(update_fields=["centre"])
    return station


@transaction.atomic
def add_centre_staff(*, by, centre: EmploymentCentre, member: User) -> EmploymentCentre:
    """The office makes an active account of the centre's area one of the centre's staff."""
    check_opens_centres(by, centre.region)
    if not isinstance(member, User) or not member.is_active:
        raise ValidationError(_("Choose an active account."), field="member")
    if not Jurisdiction(region=centre.region).covers(member.region or (
            member.organization.region if member.organization_id else None)):
        raise ValidationError(_("The centre's staff work in its area."), field="member")
    centre.staff.add(member)
    return centre

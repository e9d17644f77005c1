"""The "1+N" employment service system: a centre and the job stations of its area; the centre sees and compares its
stations' figures, confined to the reader's jurisdiction."""

import datetime

import pytest

from huishang.audit.models import AuditEntry
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.employment import centres, services
from huishang.employment.figures import employment_figures, station_figures, station_totals
from huishang.employment.models import Placement
from huishang.employment.permissions import (
    reads_centre, reads_station, stations_of_centre, visible_centres, visible_stations,
)
from huishang.figures.scopes import scope_from
from tests import factories as f
from tests.employment import makers as m

pytestmark = pytest.mark.django_db


def street(code, name):
    return f.region(code, name, parent=m.rongdong())


def test_the_office_opens_a_centre_and_stations_under_it_in_its_own_area_only():
    office = f.office(scope=m.rongdong())
    centre = centres.open_centre(by=office, name="容东就业服务中心", region=m.rongdong())
    station = centres.open_station(by=office, name="南文营社区零工驿站", region=street("133100100001", "南文营社区"),
                                   community="南文营社区", centre=centre)
    assert station.centre == centre and list(centre.stations.all()) == [station]
    with pytest.raises(NotAllowed) as refused:
        centres.open_centre(by=f.office(), name="别处的中心", region=m.rongdong())  # a 内江 office
    assert refused.value.field == "region"
    for outsider in (f.supervisor(scope=m.rongdong()), f.leader(scope=m.rongdong())):
        with pytest.raises(NotAllowed):
            centres.open_centre(by=outsider, name="容东第二中心", region=m.rongdong())


@pytest.mark.parametrize("field, changes", [
    ("name", {"name": ""}), ("region", {"region": None}), ("community", {"community": " "}),
])
def test_a_bad_station_is_refused_naming_the_field(field, changes):
    arguments = {"by": f.office(scope=m.rongdong()), "name": "东西渠社区零工驿站", "region": m.rongdong(),
                 "community": "东西渠社区", **changes}
    with pytest.raises(ValidationError) as refused:
        centres.open_station(**arguments)
    assert refused.value.field == field


def test_a_station_belongs_only_to_a_centre_whose_area_covers_it():
    office = f.office(scope=m.rongdong())
    xiongan = f.region("133100", "雄安新区")
    south = street("133100100001", "南文营社区")
    north_centre = centres.open_centre(by=office, name="北文营片区中心", region=street("133100100002", "北文营社区"))
    station = m.station(in_region=south)
    with pytest.raises(ValidationError) as refused:
        centres.place_station(by=office, station=station, centre=north_centre)
    assert refused.value.field == "centre"
    wide_office = f.office(scope=xiongan)
    area_centre = centres.open_centre(by=wide_office, name="雄安新区就业服务中心", region=xiongan)
    with pytest.raises(NotAllowed):  # the 容东 office does not act on a centre of the whole new area
        centres.place_station(by=office, station=station, centre=area_centre)
    assert centres.place_station(by=wide_office, station=station, centre=area_centre).centre == area_centre
    with pytest.raises(InvalidTransition):
        centres.place_station(by=wide_office, station=station, centre=area_centre)
    assert centres.place_station(by=wide_office, station=station, centre=None).centre is None


def test_the_centres_staff_read_its_stations_but_not_a_station_outside_it():
    centre = m.centre()
    own = centres.place_station(by=f.office(scope=m.rongdong()), station=m.station(), centre=centre)
    other = m.station()
    member = f.user("union", scope=m.rongdong())  # staff of the centre who hold no reading role
    assert not reads_centre(member, centre) and not reads_station(member, own)
    centres.add_centre_staff(by=f.office(scope=m.rongdong()), centre=centre, member=member)
    assert reads_centre(member, centre) and list(visible_centres(member)) == [centre]
    assert reads_station(member, own) and not reads_station(member, other)
    assert list(visible_stations(member)) == [own]


def test_a_centre_is_read_by_the_staff_of_its_jurisdiction_and_by_nobody_else():
    centre = m.centre()
    assert reads_centre(f.supervisor(scope=m.rongdong()), centre)
    assert reads_centre(f.leader(scope=f.region("133100", "雄安新区")), centre)
    assert not reads_centre(f.office(), centre)  # 内江's office
    assert not reads_centre(f.enterprise_contact(), centre)
    assert not reads_centre(f.unit_handler(), centre)
    assert not visible_centres(f.supervisor()).exists()


def test_staff_outside_the_centres_area_are_not_made_its_staff():
    with pytest.raises(ValidationError) as refused:
        centres.add_centre_staff(by=f.office(scope=m.rongdong()), centre=m.centre(), member=f.office())
    assert refused.value.field == "member"


def _history(station, *, seekers, matched, hired, jobs):
    """``seekers`` registered on 9 October 2023, the first ``matched`` of them put forward that day for the first job,
    ``hired`` of those hired; ``jobs`` jobs posted that day with two openings each."""
    staff = m.staff_of(station)
    with clock.frozen_at(datetime.datetime(2023, 10, 9, 9, 0)):
        registered = [m.seeker(station, by=staff, name=f"求职者{n}", phone=f"1380013{n:04d}") for n in range(seekers)]
        posted = [m.job(station, by=staff, title=f"岗位{n}", openings=2) for n in range(jobs)]
    with clock.frozen_at(datetime.datetime(2023, 10, 9, 18, 0)):
        placements = [services.match(by=staff, seeker=seeker, job=posted[0]) for seeker in registered[:matched]]
    for placement in placements[:hired]:
        services.record_outcome(by=staff, placement=placement, outcome=Placement.Outcome.HIRED)


def test_the_centre_compares_its_stations_figures_which_add_up_to_the_areas():
    office = f.office(scope=m.rongdong())
    centre = m.centre(office=office)
    south, north = m.station(), m.station(community="北文营社区")
    for station in (south, north):
        centres.place_station(by=office, station=station, centre=centre)
    _history(south, seekers=4, matched=2, hired=1, jobs=2)
    _history(north, seekers=1, matched=1, hired=1, jobs=1)
    scope = scope_from(date_from="2023-10-01", date_to="2023-10-31")
    rows = station_figures(scope, stations_of_centre(office, centre).order_by("pk"))
    assert [(row["station"], row["station_registered"], row["station_matched"], row["station_placed"],
             row["station_jobs"], row["station_openings"], row["station_same_day_rate"]) for row in rows] == [
        (south, 4, 2, 1, 2, 4, 100.0), (north, 1, 1, 1, 1, 2, 100.0)]
    totals = station_totals(rows)
    area = employment_figures(scope_from(date_from="2023-10-01", date_to="2023-10-31", region="133100100"))
    assert totals == {key: area[key] for key in totals}
    november = station_figures(scope_from(date_from="2023-11-01", date_to="2023-11-30"), [south])
    assert november[0]["station_registered"] == 0 and november[0]["station_same_day_rate"] == 0.0


def test_the_comparison_is_confined_to_the_readers_jurisdiction():
    xiongan = f.region("133100", "雄安新区")
    wide_office = f.office(scope=xiongan)
    centre = centres.open_centre(by=wide_office, name="雄安新区就业服务中心", region=xiongan)
    in_rongdong = m.station()
    in_rongxi = m.station(in_region=f.region("133100200", "容西片区", parent=xiongan), community="容西社区")
    for station in (in_rongdong, in_rongxi):
        centres.place_station(by=wide_office, station=station, centre=centre)
    assert set(stations_of_centre(wide_office, centre)) == {in_rongdong, in_rongxi}
    assert list(stations_of_centre(f.supervisor(scope=m.rongdong()), centre)) == [in_rongdong]


def test_placing_a_station_under_a_centre_is_kept_in_the_audit_log():
    office = f.office(scope=m.rongdong())
    station = centres.place_station(by=office, station=m.station(), centre=m.centre(office=office))
    entry = AuditEntry.objects.filter(kind="update", subject=f"employment.JobStation:{station.pk}").get()
    assert entry.detail["fields"] == ["centre"]

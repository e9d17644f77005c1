"""The centre's pages and API: the office opens a centre and places stations under it, the centre compares its
stations' figures for a period, readers of the jurisdiction see them, others are refused."""

import datetime

import pytest

from huishang.core import clock
from huishang.employment import centres, services
from huishang.employment.models import EmploymentCentre, Placement
from tests import factories as f
from tests.api.client import as_user
from tests.employment import makers as m
from tests.web.pages import _visible_text, signed_in, text_of

pytestmark = pytest.mark.django_db


def rongdong_office():
    return f.office(scope=m.rongdong())


def centre_with_stations():
    """A centre with two stations: 南文营 (two registered on 9 October 2023, one hired that day) and 北文营 (one
    registered, one job posted)."""
    office = rongdong_office()
    centre = m.centre(office=office, name="容东就业服务中心")
    south = centres.open_station(by=office, name="南文营社区零工驿站", region=m.rongdong(), community="南文营社区",
                                 centre=centre)
    north = centres.open_station(by=office, name="北文营社区零工驿站", region=m.rongdong(), community="北文营社区",
                                 centre=centre)
    with clock.frozen_at(datetime.datetime(2023, 10, 9, 9, 0)):
        first = m.seeker(south, by=office, name="钟爱敏")
        m.seeker(south, by=office, name="王秀兰", phone="13800138001")
        job = m.job(south, by=office)
        m.seeker(north, by=office, name="李建国", phone="13800138002")
        m.job(north, by=office, title="绿化养护工", openings=3)
    with clock.frozen_at(datetime.datetime(2023, 10, 9, 19, 0)):
        placement = services.match(by=office, seeker=first, job=job)
        services.record_outcome(by=office, placement=placement, outcome=Placement.Outcome.HIRED)
    return centre, south, north


def row(page, station) -> list[str]:
    """The words of the comparison's row of ``station`` (or "total"), after its first cell."""
    html = page.content.decode()
    start = html.index(">", html.index(f'data-station="{station}"')) + 1
    return _visible_text(html[start:html.index("</tr>", start)]).split()[1:]


def test_the_centre_page_compares_its_stations_and_adds_them_up():
    centre, south, north = centre_with_stations()
    page = signed_in(f.supervisor(scope=m.rongdong())).get(f"/employment/centres/{centre.pk}/")
    assert page.status_code == 200
    assert row(page, south.name) == ["容东片区", "1", "1", "2", "1", "1", "1", "·", "100.0%", "1/1"]
    assert row(page, north.name)[:4] == ["容东片区", "1", "3", "1"]
    assert row(page, "total")[:4] == ["2", "4", "3", "1"]
    october = signed_in(rongdong_office()).get(f"/employment/centres/{centre.pk}/", {"date_from": "2023-11-01"})
    assert row(october, "total")[:4] == ["0", "0", "0", "0"]


def test_the_centre_page_is_refused_outside_its_jurisdiction_and_to_those_who_read_no_stations():
    centre, _south, _north = centre_with_stations()
    for outsider in (f.office(), f.supervisor(), f.enterprise_contact(), f.unit_handler()):
        assert signed_in(outsider).get(f"/employment/centres/{centre.pk}/").status_code in (403, 404)
    assert signed_in(f.leader(scope=f.region("133100", "雄安新区"))).get(
        f"/employment/centres/{centre.pk}/").status_code == 200


def test_the_office_opens_a_centre_from_the_list_and_a_missing_name_is_named():
    client = signed_in(rongdong_office())
    refused = client.post("/employment/centres/add/", {"name": "", "region": m.rongdong().pk})
    assert refused.status_code == 422 and "名称" in text_of(refused)
    opened = client.post("/employment/centres/add/", {"name": "容东就业服务中心", "region": m.rongdong().pk})
    centre = EmploymentCentre.objects.get()
    assert opened.status_code == 302 and opened["Location"] == f"/employment/centres/{centre.pk}/"
    assert signed_in(f.supervisor(scope=m.rongdong())).post(
        "/employment/centres/add/", {"name": "别的中心", "region": m.rongdong().pk}).status_code == 403


def test_the_office_places_a_station_under_the_centre_and_a_supervisor_may_not():
    centre = m.centre(name="容东就业服务中心")
    station = m.station()
    refused = signed_in(f.supervisor(scope=m.rongdong())).post(f"/employment/centres/{centre.pk}/stations/",
                                                              {"station": station.pk})
    assert refused.status_code == 403
    missing = signed_in(rongdong_office()).post(f"/employment/centres/{centre.pk}/stations/", {})
    assert missing.status_code == 422 and "零工驿站" in text_of(missing)
    placed = signed_in(rongdong_office()).post(f"/employment/centres/{centre.pk}/stations/", {"station": station.pk})
    assert placed.status_code == 302
    station.refresh_from_db()
    assert station.centre == centre


def test_the_api_compares_the_stations_of_a_centre_within_the_callers_jurisdiction():
    centre, south, north = centre_with_stations()
    compared = as_user(f.supervisor(scope=m.rongdong())).get(f"/employment/centres/{centre.pk}/stations",
                                                            date_from="2023-10-01", date_to="2023-10-31")
    assert compared.status_code == 200, compared.content
    body = compared.json()
    assert {station["name"]: station["figures"]["registered"] for station in body["stations"]} == {
        south.name: 2, north.name: 1}
    assert body["totals"] == {"registered": 3, "matched": 1, "placed": 1, "same_day": 1, "same_day_rate": 100.0,
                              "jobs": 2, "openings": 4}
    assert as_user(f.supervisor()).get(f"/employment/centres/{centre.pk}/stations").status_code == 404


def test_the_api_opens_a_centre_naming_the_field_and_places_a_station():
    api = as_user(rongdong_office())
    refused = api.post("/employment/centres", {"name": "容东就业服务中心", "region": "999999"})
    assert refused.status_code == 422 and refused.json()["field"] == "region"
    opened = api.post("/employment/centres", {"name": "容东就业服务中心", "region": "133100100"})
    assert opened.status_code == 201, opened.content
    station = m.station()
    placed = api.post(f"/employment/centres/{opened.json()['id']}/stations", {"station": station.pk})
    assert placed.status_code == 200
    again = api.post(f"/employment/centres/{opened.json()['id']}/stations", {"station": station.pk})
    assert again.status_code == 409 and again.json()["field"] == "centre"
    assert as_user(f.leader(scope=m.rongdong())).post("/employment/centres", {
        "name": "另一中心", "region": "133100100"}).status_code == 403

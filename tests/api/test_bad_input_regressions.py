"""The server errors that outside tools found (issue 18), each kept as the request that caused it: every one
answers 4xx naming the field, or succeeds with the right answer; none is a 500."""

import io
from xml.etree import ElementTree

import pytest
from django.test import Client
from openpyxl import load_workbook

from huishang.cases.models import Matter
from huishang.directory.models import Role
from huishang.suggestions.models import Suggestion
from tests import factories as f
from tests.api.client import as_user
from tests.suggestions import helpers

pytestmark = pytest.mark.django_db

FIRST_DAY, LAST_DAY = "0001-01-01", "9999-12-31"


def _refused(response, field: str, status: int = 422) -> None:
    assert response.status_code == status, response.content
    assert response.json()["field"] == field, response.json()


# 1. A key whose characters are digits to Python but not to int() ('³' is a superscript three).

@pytest.mark.parametrize("path", [
    "/matters/%C2%B3", "/matters/%C2%B3/accept", "/supervision/matters/%C2%B3", "/insight/matters/%C2%B3/duplicates",
    "/insight/matters/%C2%B3/suggestion", "/matters/%D9%A3", "/matters/99999999999999999999999",
])
def test_a_matter_key_of_non_ascii_digits_or_beyond_any_id_is_not_found(path):
    f.matter()
    client = as_user(f.office())
    response = client.post(path) if path.endswith("/accept") else client.get(path)
    _refused(response, "key", status=404)


def test_a_matter_is_still_found_by_its_id_and_by_its_number():
    matter = f.matter()
    client = as_user(f.office())
    assert client.get(f"/matters/{matter.pk}").json()["number"] == matter.number
    assert client.get(f"/matters/{matter.number}").json()["id"] == matter.pk


# 2. A year the calendar has no dates for.

@pytest.mark.parametrize("year", ["10000", str(2**70), "0", "-1", "²"])
def test_a_recruitment_event_year_outside_the_calendar_is_refused_naming_year(year):
    _refused(as_user(f.office()).get("/recruitment/events", year=year), "year")


def test_recruitment_events_of_the_calendars_last_year_are_an_empty_list():
    response = as_user(f.office()).get("/recruitment/events", year="9999")
    assert response.status_code == 200 and response.json() == []


# 3. The calendar's first and last days, which integrators send to mean "no limit".

FIGURES = ["/stats", "/insight/hot", "/butlers/figures", "/suggestions/figures"]


@pytest.mark.parametrize("path", FIGURES)
@pytest.mark.parametrize("period", [
    {"to": LAST_DAY}, {"from": FIRST_DAY}, {"from": FIRST_DAY, "to": LAST_DAY}, {"from": "9999-12-15"},
    {"from": "9999-12-31", "to": LAST_DAY}, {"to": "0001-01-01"},
])
def test_figures_over_the_calendars_first_and_last_days_are_answered(path, period):
    f.category()
    response = as_user(f.leader()).get(path, **period)
    assert response.status_code == 200, response.content


def test_the_calendars_first_and_last_days_count_the_same_as_no_limit():
    f.assigned_matter()
    client = as_user(f.leader())
    unlimited = client.get("/stats").json()
    assert unlimited["being_assigned"] == 1
    assert client.get("/stats", **{"from": FIRST_DAY, "to": LAST_DAY}).json() == unlimited


@pytest.mark.parametrize("period", [{"to": LAST_DAY}, {"from": FIRST_DAY}, {"from": FIRST_DAY, "to": LAST_DAY}])
def test_the_audit_log_over_the_calendars_first_and_last_days_lists_every_entry(period):
    auditor = f.user(Role.AUDITOR)
    client = as_user(auditor)
    everything = client.get("/audit/entries").json()["count"]
    assert everything >= 1
    response = client.get("/audit/entries", **period)
    assert response.status_code == 200, response.content
    assert response.json()["count"] == everything


@pytest.mark.parametrize("path, field", [("/stats", "to"), ("/insight/hot", "to"), ("/suggestions/figures", "to"),
                                         ("/butlers/figures", "to"), ("/audit/entries", "to")])
@pytest.mark.parametrize("value", ["0", "10000-01-01", "2024-13-01", "２０２４-01-01"])
def test_a_day_that_is_not_a_calendar_date_is_refused_naming_its_field(path, field, value):
    reader = f.user(Role.AUDITOR) if path.startswith("/audit") else f.leader()
    _refused(as_user(reader).get(path, to=value), field)


def test_a_period_that_ends_before_it_starts_is_refused_naming_to():
    _refused(as_user(f.leader()).get("/stats", **{"from": "2024-05-01", "to": "2024-04-30"}), "to")


# 4. One control character, sent once, made every ledger download and every Open311 XML list fail.

OPEN311 = "/open311/v2"


@pytest.fixture
def open311_world(db):
    helpers.riverside_category()
    helpers.point()


def _open311_request(**fields):
    data = {"service_code": "riverside", "description": "滨江步道夜间照明不足，建议延长亮灯时间。",
            "jurisdiction_id": helpers.YANGPU, "lat": "31.2560", "long": "121.5210", **fields}
    return Client().post(f"{OPEN311}/requests.json", data, REMOTE_ADDR="10.1.1.1")


def _xml_list(**query) -> ElementTree.Element:
    response = Client().get(f"{OPEN311}/requests.xml", query)
    assert response.status_code == 200, response.content
    return ElementTree.fromstring(response.content)


def test_a_control_character_sent_through_open311_is_not_stored_and_every_export_stays_well_formed(open311_world):
    response = _open311_request(description="a\u0001b\u001b[31m 红色\r\n第二行")
    assert response.status_code == 201, response.content
    matter = Matter.objects.get(number=response.json()[0]["service_request_id"])
    assert matter.description == "ab[31m 红色\n第二行" and "\u0001" not in matter.title
    assert _xml_list().find("request/description").text == matter.description
    ledger = as_user(f.office()).get("/ledgers/matters.xlsx")
    assert ledger.status_code == 200
    load_workbook(io.BytesIO(ledger.content))


def test_a_control_character_stored_before_intake_cleaned_text_leaves_requests_xml_well_formed(open311_world):
    number = _open311_request().json()[0]["service_request_id"]
    # SOH and US (C0 controls XML 1.0 forbids); not NUL, which PostgreSQL never stores in text.
    Matter.objects.filter(number=number).update(description="a\u0001b\u001fc")
    assert _xml_list().find("request/description").text == "abc"
    detail = Client().get(f"{OPEN311}/requests/{number}.xml")
    assert ElementTree.fromstring(detail.content).find("request/description").text == "abc"


# 5. Open311: coordinates that are no number, and the calendar's first day as a bound.

def _open311_refused(response, field: str) -> None:
    assert response.status_code == 400, response.content
    errors = response.json()
    assert errors[0]["code"] == 400 and errors[0]["description"].startswith(f"{field}:"), errors


@pytest.mark.parametrize("field, value", [("lat", "NaN"), ("lat", "inf"), ("long", "-Infinity"), ("lat", "sNaN"),
                                          ("long", "1e999"), ("lat", "91"), ("lat", "３１.2")])
def test_an_open311_coordinate_that_is_no_place_is_refused_naming_it_and_nothing_is_stored(open311_world, field, value):
    _open311_refused(_open311_request(**{field: value}), field)
    assert not Suggestion.objects.exists()


def test_an_open311_request_at_a_good_place_is_still_taken_in(open311_world):
    assert _open311_request(lat="-31.5", long="121").status_code == 201
    assert str(Suggestion.objects.get().latitude) == "-31.500000"


@pytest.mark.parametrize("query", [{"end_date": "0001-01-01T00:00:00Z"}, {"start_date": "0001-01-01"},
                                   {"start_date": "0001-01-01T00:00:00Z", "end_date": "9999-12-31T23:59:59Z"},
                                   {"start_date": "2000-01-01", "end_date": "9999-12-31T23:59:59-05:00"},
                                   {"end_date": "0001-01-01"}])
def test_open311_lists_bounded_by_the_calendars_first_and_last_moments_are_answered(open311_world, query):
    number = _open311_request().json()[0]["service_request_id"]
    response = Client().get(f"{OPEN311}/requests.json", query)
    assert response.status_code == 200, response.content
    listed = [row["service_request_id"] for row in response.json()]
    assert listed == ([] if query.get("end_date", "").startswith("0001") else [number])


@pytest.mark.parametrize("field", ["start_date", "end_date"])
@pytest.mark.parametrize("value", ["yesterday", "2024-13-01", "２０２４-01-01"])
def test_an_open311_date_that_is_no_moment_is_refused_naming_it(open311_world, field, value):
    _open311_refused(Client().get(f"{OPEN311}/requests.json", {field: value}), field)

"""Figures through the API over a small history built by hand, with the moments fixed by the clock."""

import datetime
import io
import json

import pytest
from django.core.management import call_command

from huishang.cases import services
from huishang.core import clock
from huishang.meetings import services as meeting_services
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def at(day: str, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(hour))


@pytest.fixture
def history():
    """March 2024: one consultation meeting assigns two matters of two enterprises; one is resolved,
    the other not yet acknowledged. May 2024: a third matter is assigned directly and acknowledged."""
    office, handler = f.office(), f.unit_handler()
    contacts = [f.enterprise_contact() for _ in range(3)]
    unit = handler.organization
    with clock.frozen_at(at("2024-03-01")):
        march = [f.accepted_matter(by=contact, by_office=office) for contact in contacts[:2]]
    with clock.frozen_at(at("2024-03-10")):
        meeting = meeting_services.create_meeting(by=office, held_on=datetime.date(2024, 3, 10))
        for matter in march:
            item = meeting_services.add_to_agenda(meeting, matter, by=office)
            meeting_services.decide(
                item, by=office, outcome="assigned", decision="交办", lead_unit=unit, due=datetime.date(2024, 4, 10)
            )
    with clock.frozen_at(at("2024-03-12")):
        services.acknowledge(march[0], by=handler)
    with clock.frozen_at(at("2024-03-20")):
        services.respond(march[0], by=handler, content="已解决")
    with clock.frozen_at(at("2024-03-25")):
        services.review(march[0], by=contacts[0], satisfied=True, method="online")
    with clock.frozen_at(at("2024-05-05")):
        may = f.accepted_matter(by=contacts[2], by_office=office)
        services.assign(may, by=office, lead_unit=unit, due=datetime.date(2024, 6, 5))
        services.acknowledge(may, by=handler)
    return {"office": office, "unit": unit}


def test_figures_match_the_hand_count(history):
    figures = as_user(f.leader()).get("/stats").json()
    assert figures["meetings"] == 1
    assert figures["consulted"] == 2
    assert figures["enterprises"] == 2
    assert figures["being_assigned"] == 1
    assert figures["assigned"] == 2
    assert figures["resolved"] == 1
    assert figures["resolution_rate"] == 50.0
    assert figures["on_time_rate"] == 100.0
    assert figures["satisfaction_rate"] == 100.0
    assert figures["avg_days_to_resolve"] == 15.0


def test_the_period_filter_counts_only_march(history):
    figures = as_user(f.leader()).get("/stats", **{"from": "2024-03-01", "to": "2024-03-31"}).json()
    assert (figures["meetings"], figures["being_assigned"], figures["assigned"], figures["resolved"]) == (1, 1, 1, 1)
    assert figures["resolution_rate"] == 100.0
    may = as_user(f.leader()).get("/stats", **{"from": "2024-05-01", "to": "2024-05-31"}).json()
    assert (may["meetings"], may["consulted"], may["assigned"], may["resolved"]) == (0, 0, 1, 0)


def test_the_api_gives_the_same_figures_as_the_cli(history):
    out = io.StringIO()
    call_command("stats", "--json", "--from", "2024-03-01", "--to", "2024-12-31", stdout=out)
    api = as_user(f.leader()).get("/stats", **{"from": "2024-03-01", "to": "2024-12-31"}).json()
    assert api == json.loads(out.getvalue())


def test_breakdowns_are_added_when_asked(history):
    figures = as_user(f.leader()).get("/stats", breakdown="true").json()
    by_unit = figures["breakdowns"]["by_unit"]
    assert [(row["key"], row["assigned"], row["being_assigned"], row["resolved"]) for row in by_unit] == [
        (history["unit"].pk, 2, 1, 1)
    ]
    assert [row["month"] for row in figures["breakdowns"]["by_month"]] == ["2024-03", "2024-05"]
    assert "breakdowns" not in as_user(f.leader()).get("/stats").json()


def test_a_bad_from_date_answers_422_naming_from(history):
    response = as_user(f.leader()).get("/stats", **{"from": "2024-02-30"})
    assert response.status_code == 422
    assert response.json()["field"] == "from"


def test_an_unknown_unit_answers_422_naming_unit(history):
    response = as_user(f.leader()).get("/stats", unit=99999)
    assert response.status_code == 422
    assert response.json()["field"] == "unit"


def test_an_enterprise_contact_cannot_read_the_figures():
    assert as_user(f.enterprise_contact()).get("/stats").status_code == 403


def test_a_region_scoped_reader_cannot_ask_for_another_region(history):
    reader = f.leader(scope=f.district())
    assert as_user(reader).get("/stats", region="500118").status_code == 403
    assert as_user(reader).get("/stats", region=f.district().code).status_code == 200


def test_a_region_scoped_reader_counts_its_own_region_by_default(history):
    elsewhere = f.leader(scope=f.region("500118", "永川区"))
    figures = as_user(elsewhere).get("/stats").json()
    assert (figures["meetings"], figures["assigned"]) == (0, 0)

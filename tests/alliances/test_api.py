"""The alliance API: lists, bookings (conflicts refused) and agreements, each allowed and refused."""

import datetime

import pytest

from huishang.alliances.models import Agreement
from huishang.core import clock
from tests import factories as f
from tests.alliances import world
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    keeper = world.person()
    first, second = world.member(alliance, admin=admin), world.member(alliance, admin=admin)
    resource = world.resource(alliance, admin=admin, keeper=keeper)
    return {"alliance": alliance, "keeper": keeper, "first": first, "second": second, "resource": resource}


def _days(offset, length=1):
    first = clock.today() + datetime.timedelta(days=offset)
    return first.isoformat(), (first + datetime.timedelta(days=length - 1)).isoformat()


def test_alliances_list_with_member_counts_at_a_date(setting):
    api = as_user(f.office())
    answer = api.get("/alliances", on="2022-11-17")
    assert answer.status_code == 200 and answer.json()[0]["studios"] == 0
    assert api.get("/alliances").json()[0]["studios"] == 2
    studios = api.get(f"/alliances/{setting['alliance'].pk}/studios").json()
    assert {row["name"] for row in studios} == {setting["first"].name, setting["second"].name}
    resources = api.get(f"/alliances/{setting['alliance'].pk}/resources").json()
    assert resources[0]["kind"] == "training_base"


def test_a_leader_books_and_an_overlapping_booking_is_refused_with_the_field(setting):
    first, last = _days(5, 3)
    path = f"/alliances/resources/{setting['resource'].pk}/bookings"
    made = as_user(setting["first"].leader).post(path, {"studio": setting["first"].pk, "starts_on": first,
                                                        "ends_on": last, "purpose": "实训"})
    assert made.status_code == 201 and made.json()["state"] == "pending"
    clash = as_user(setting["second"].leader).post(path, {"studio": setting["second"].pk, "starts_on": last,
                                                          "ends_on": last, "purpose": "实训"})
    assert clash.status_code == 422 and clash.json()["field"] == "starts_on"
    assert len(as_user(setting["keeper"]).get(path).json()) == 1


def test_the_owner_approves_through_the_api_and_a_leader_cannot(setting):
    first, last = _days(5)
    path = f"/alliances/resources/{setting['resource'].pk}/bookings"
    booking = as_user(setting["first"].leader).post(path, {"studio": setting["first"].pk, "starts_on": first,
                                                           "ends_on": last, "purpose": "实训"}).json()
    refused = as_user(setting["first"].leader).post(f"/alliances/bookings/{booking['id']}/approve")
    assert refused.status_code == 403 and refused.json()["code"] == "not_allowed"
    approved = as_user(setting["keeper"]).post(f"/alliances/bookings/{booking['id']}/approve", {"note": "同意"})
    assert approved.status_code == 200 and approved.json()["state"] == "approved"


def test_agreements_are_recorded_by_a_party_and_hidden_from_outsiders(setting):
    path = f"/alliances/{setting['alliance'].pk}/agreements"
    body = {"subject": "联合攻关", "parties": [setting["first"].pk, setting["second"].pk], "signed_on": "2023-05-01"}
    made = as_user(setting["first"].leader).post(path, body)
    assert made.status_code == 201 and len(made.json()["parties"]) == 2
    assert as_user(setting["second"].leader).get(path).json()[0]["subject"] == "联合攻关"
    outsider = as_user(f.enterprise_contact())
    assert outsider.get(path).status_code == 403
    # The outsider reads the alliance (its district lies below the city its member studios are placed in)
    # but is no party, so it records nothing.
    assert outsider.post(path, body).status_code == 403
    assert Agreement.objects.count() == 1


def test_an_agreement_with_one_party_is_refused_naming_the_field(setting):
    answer = as_user(setting["first"].leader).post(
        f"/alliances/{setting['alliance'].pk}/agreements",
        {"subject": "联合攻关", "parties": [setting["first"].pk], "signed_on": "2023-05-01"})
    assert answer.status_code == 422 and answer.json()["field"] == "parties"


def test_an_unknown_alliance_is_404(setting):
    assert as_user(f.office()).get("/alliances/999999/studios").status_code == 404

"""The staff API under /api/v1/suggestions: scoped reads with masked contacts, decisions and publication."""

import datetime

import pytest

from huishang.core import clock
from tests import factories as f
from tests.api.client import as_user
from tests.suggestions import worlds

pytestmark = pytest.mark.django_db


@pytest.fixture
def cast(world):
    return worlds.Cast()


def test_the_office_lists_suggestions_with_contacts_masked(cast):
    receipt = worlds.submitted()
    rows = as_user(cast.office).get("/suggestions").json()
    assert [row["number"] for row in rows] == [receipt.number]
    assert rows[0]["contact_phone"] == "138****5678" and rows[0]["contact_name"] == "王**"


def test_a_unit_handler_and_an_office_elsewhere_read_no_suggestion(cast):
    receipt = worlds.submitted()
    assert as_user(cast.handler).get("/suggestions").status_code == 403
    elsewhere = as_user(f.office(scope=f.region("511000", "内江市")))
    assert elsewhere.get("/suggestions").json() == []
    assert elsewhere.get(f"/suggestions/{receipt.number}").status_code == 404


def test_the_decision_and_the_implementation_through_the_api(cast):
    receipt = worlds.submitted()
    worlds.on_agenda(cast, receipt)
    api = as_user(cast.office)
    due = (clock.today() + datetime.timedelta(days=30)).isoformat()
    missing = api.post(f"/suggestions/{receipt.number}/decision",
                       {"outcome": "adopted", "reason": "", "lead_unit": cast.unit.pk, "due": due})
    assert missing.status_code == 422 and missing.json()["field"] == "reason"
    decided = api.post(f"/suggestions/{receipt.number}/decision",
                       {"outcome": "adopted", "reason": "切实可行", "lead_unit": cast.unit.pk, "due": due})
    assert decided.status_code == 201 and decided.json()["decision"] == "adopted"
    early = api.post(f"/suggestions/{receipt.number}/implementation", {"text": "已完成"})
    assert early.status_code == 409

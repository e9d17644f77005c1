"""Talks over /api/v1/ranking/talks: the office records one for a flagged unit, the unit reads it with its
rank the month after and marks a commitment done; refusals come back as JSON naming the field."""

import datetime

import pytest

from huishang.core import clock
from tests import factories as f
from tests.api.client import ApiClient, token_of
from tests.ranking.talks_world import HELD_ON, NOVEMBER, at, published, talk_with, world

pytestmark = pytest.mark.django_db


def _api(user) -> ApiClient:
    return ApiClient(token_of(user))


def _body(w, **changes) -> dict:
    return {"unit": w.flagged.pk, "month": "2026-10", "held_on": "2026-11-10", "chaired_by": "市政务服务局 王副局长",
            "attendees": "内江市住建局 李局长", "problems": "10月响应率偏低。",
            "commitments": [{"content": "三个工作日内回复群众诉求", "due": "2026-11-30"}], **changes}


def test_the_office_records_a_talk_over_the_api():
    w = world()
    with clock.frozen_at(at(HELD_ON, 16)):
        answer = _api(w.office).post("/ranking/talks", _body(w))

    assert answer.status_code == 201, answer.content
    talk = answer.json()
    assert talk["unit"] == {"id": w.flagged.pk, "name": "内江市住建局"} and talk["region"] == "511000"
    assert [(c["content"], c["due"], c["done_at"]) for c in talk["commitments"]] == [
        ("三个工作日内回复群众诉求", "2026-11-30", None)]
    assert talk["ranks"][0] == {"month": "2026-10", "rank": 2, "score": 80.0, "flagged": True}


@pytest.mark.parametrize(("changes", "status", "field"), [
    ({"unit": "ranked"}, 422, "unit"),
    ({"held_on": "2026-11-02"}, 422, "held_on"),
    ({"commitments": [{"content": "按期回复", "due": "2026-11-01"}]}, 422, "commitments.0.due"),
    ({"commitments": []}, 422, "commitments"),
    ({"month": "2026-13"}, 422, "month"),
])
def test_a_talk_the_service_refuses_comes_back_naming_the_field(changes, status, field):
    w = world()
    if changes.get("unit") == "ranked":
        changes["unit"] = w.ranked.pk
    with clock.frozen_at(at(HELD_ON, 16)):
        answer = _api(w.office).post("/ranking/talks", _body(w, **changes))

    assert answer.status_code == status and answer.json()["field"] == field, answer.content


def test_a_unit_handler_may_not_record_a_talk():
    w = world()
    with clock.frozen_at(at(HELD_ON, 16)):
        answer = _api(w.handler).post("/ranking/talks?region=511000", _body(w))
    assert answer.status_code == 403


def test_the_unit_reads_its_talk_and_marks_a_commitment_done_over_the_api():
    w = world()
    talk = talk_with(w)
    published(NOVEMBER, w.city, [(w.flagged, 1, False), (w.ranked, 2, True)], by=w.office,
              on=datetime.date(2026, 12, 3))
    api = _api(w.handler)

    listed = api.get("/ranking/talks").json()
    assert [row["id"] for row in listed] == [talk.pk] and listed[0]["ranks"][1]["rank"] == 1
    read = api.get(f"/ranking/talks/{talk.pk}").json()
    assert read["ranks"][1] == {"month": "2026-11", "rank": 1, "score": 90.0, "flagged": False}
    commitment = talk.commitments.first()
    done = api.post(f"/ranking/talks/{talk.pk}/commitments/{commitment.pk}/done", {"note": "已建立机制"})
    assert done.status_code == 200 and done.json()["done_note"] == "已建立机制" and done.json()["done_at"]
    again = api.post(f"/ranking/talks/{talk.pk}/commitments/{commitment.pk}/done", {"note": ""})
    assert again.status_code == 409


def test_another_units_handler_finds_no_talk():
    w = world()
    talk = talk_with(w)
    api = _api(w.ranked_handler)

    assert api.get("/ranking/talks").json() == []
    assert api.get(f"/ranking/talks/{talk.pk}").status_code == 404
    commitment = talk.commitments.first()
    assert api.post(f"/ranking/talks/{talk.pk}/commitments/{commitment.pk}/done", {}).status_code == 404
    assert _api(f.enterprise_contact()).get("/ranking/talks").json() == []


def test_a_talks_commitments_carry_the_card_they_hold_today():
    w = world()
    talk = talk_with(w)

    with clock.frozen_at(at(datetime.date(2026, 12, 2))):
        read = _api(w.office).get(f"/ranking/talks/{talk.pk}").json()
    first, second = read["commitments"]
    assert first["overdue"] and first["card"]["level"] == "yellow" and "2026-11-30" in first["card"]["reason"]
    assert second["card"] is None  # due 2027-01-15


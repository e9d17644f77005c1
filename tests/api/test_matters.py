import datetime

import pytest

from huishang.cases import services
from huishang.cases.models import Matter
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db

ITEM_KEYS = {
    "id", "number", "kind", "source", "title", "description", "state", "state_label", "category", "enterprise",
    "region", "lead_unit", "due", "submitted_at", "version",
}


def in_fortnight() -> str:
    return (datetime.date.today() + datetime.timedelta(days=14)).isoformat()


def test_a_valid_matter_answers_201_with_the_matter_of_the_contacts_enterprise():
    f.category()
    contact = f.enterprise_contact()
    response = as_user(contact).post(
        "/matters", {"title": "用工短缺", "description": "一线技工招聘困难，缺口约40人", "category": "talent"}
    )
    assert response.status_code == 201
    body = response.json()
    assert ITEM_KEYS <= body.keys()
    assert body["number"].startswith("HS-")
    assert body["state"] == "submitted"
    assert body["category"] == {"code": "talent", "name": "用工人才"}
    assert body["enterprise"] == {"id": contact.organization.pk, "name": contact.organization.name}
    assert body["region"]["code"] == contact.organization.region.code
    assert body["lead_unit"] is None
    assert [entry["action"] for entry in body["trail"]] == ["submit"]
    assert Matter.objects.get(pk=body["id"]).submitted_by == contact


def test_a_contact_cannot_raise_a_matter_for_another_enterprise():
    f.category()
    contact, other = f.enterprise_contact(), f.enterprise()
    body = {"title": "用工短缺", "description": "缺口约40人", "category": "talent", "enterprise": other.pk}
    response = as_user(contact).post("/matters", body)
    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"


def test_a_unit_handler_cannot_raise_matters():
    f.category()
    response = as_user(f.unit_handler()).post("/matters", {"title": "标题", "description": "内容", "category": "talent"})
    assert response.status_code == 403


def test_the_office_raises_a_matter_for_a_region_by_code():
    f.category()
    district = f.district()
    response = as_user(f.office()).post(
        "/matters", {"title": "电价上涨", "description": "用电成本高", "category": "talent", "region": district.code}
    )
    assert response.status_code == 201
    assert response.json()["region"] == {"code": district.code, "name": district.name}
    assert response.json()["source"] == "office"


def test_an_unknown_region_code_answers_422_naming_region():
    f.category()
    response = as_user(f.office()).post(
        "/matters", {"title": "电价上涨", "description": "用电成本高", "category": "talent", "region": "999999"}
    )
    assert response.status_code == 422
    assert response.json()["field"] == "region"


def test_a_matter_is_read_by_id_or_by_number():
    contact = f.enterprise_contact()
    matter = f.matter(by=contact)
    client = as_user(contact)
    assert client.get(f"/matters/{matter.pk}").json()["number"] == matter.number
    assert client.get(f"/matters/{matter.number}").json()["id"] == matter.pk


def test_enterprise_a_cannot_read_enterprise_bs_matter_and_lists_only_its_own():
    contact_a, contact_b = f.enterprise_contact(), f.enterprise_contact()
    own = [f.matter(by=contact_a), f.matter(by=contact_a)]
    foreign = f.matter(by=contact_b)
    client = as_user(contact_a)

    for key in (foreign.pk, foreign.number):
        response = client.get(f"/matters/{key}")
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
    listing = client.get("/matters", page_size=200).json()
    assert listing["count"] == 2
    assert {item["id"] for item in listing["items"]} == {matter.pk for matter in own}
    assert {item["enterprise"]["id"] for item in listing["items"]} == {contact_a.organization.pk}


def test_a_matter_that_does_not_exist_answers_404_like_a_hidden_one():
    client = as_user(f.enterprise_contact())
    assert client.get("/matters/99999").status_code == 404
    assert client.get("/matters/HS-2020-000001").status_code == 404
    assert client.get("/matters/99999999999999999999999").status_code == 404


def test_a_unit_handler_sees_only_matters_assigned_to_its_unit():
    handler, other_handler = f.unit_handler(), f.unit_handler()
    mine = f.assigned_matter(lead=handler.organization)
    theirs = f.assigned_matter(lead=other_handler.organization)
    waiting = f.accepted_matter()
    client = as_user(handler)

    listing = client.get("/matters").json()
    assert [item["id"] for item in listing["items"]] == [mine.pk]
    assert listing["items"][0]["lead_unit"] == {"id": handler.organization.pk, "name": handler.organization.name}
    assert client.get(f"/matters/{theirs.pk}").status_code == 404
    assert client.get(f"/matters/{waiting.pk}").status_code == 404


def test_list_filters_by_state_and_words_and_pages():
    office = f.office()
    contact = f.enterprise_contact()
    titles = ["融资难", "用工短缺", "电价上涨"]
    matters = [f.matter(by=contact, title=title) for title in titles]
    services.accept(matters[0], by=office)
    client = as_user(office)

    accepted = client.get("/matters", state="accepted").json()
    assert [item["id"] for item in accepted["items"]] == [matters[0].pk]
    assert client.get("/matters", q="电价").json()["items"][0]["title"] == "电价上涨"
    first = client.get("/matters", page=1, page_size=2).json()
    second = client.get("/matters", page=2, page_size=2).json()
    assert (first["count"], first["page"], first["page_size"]) == (3, 1, 2)
    assert len(first["items"]) == 2 and len(second["items"]) == 1
    assert {item["id"] for item in first["items"] + second["items"]} == {matter.pk for matter in matters}


def test_an_enterprise_accepting_its_own_matter_answers_403():
    contact = f.enterprise_contact()
    matter = f.matter(by=contact)
    response = as_user(contact).post(f"/matters/{matter.pk}/accept", {})
    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    matter.refresh_from_db()
    assert matter.state == "submitted"


def test_the_office_accepts_with_an_empty_body():
    matter = f.matter()
    response = as_user(f.office()).call("POST", f"/matters/{matter.pk}/accept", b"")
    assert response.status_code == 200
    assert response.json()["state"] == "accepted"


def test_a_unit_acknowledging_an_acknowledged_matter_answers_409():
    handler = f.unit_handler()
    matter = f.assigned_matter(lead=handler.organization)
    client = as_user(handler)
    assert client.post(f"/matters/{matter.pk}/acknowledge").json()["state"] == "in_progress"
    response = client.post(f"/matters/{matter.pk}/acknowledge")
    assert response.status_code == 409
    assert response.json()["code"] == "invalid_state"


def test_a_stale_version_is_refused_with_409_and_nothing_changes():
    matter = f.matter()
    office = f.office()
    response = as_user(office).post(f"/matters/{matter.pk}/accept", {"version": matter.version + 5})
    assert response.status_code == 409
    assert response.json()["code"] == "concurrent_change"
    matter.refresh_from_db()
    assert matter.state == "submitted"


def test_reject_needs_a_reason_naming_reason():
    matter = f.matter()
    response = as_user(f.office()).post(f"/matters/{matter.pk}/reject", {"reason": " "})
    assert response.status_code == 422
    assert response.json()["field"] == "reason"


def test_merge_links_the_repeat_to_the_earlier_matter_by_number():
    contact, office = f.enterprise_contact(), f.office()
    earlier, repeat = f.matter(by=contact), f.matter(by=contact)
    response = as_user(office).post(f"/matters/{repeat.pk}/merge", {"into": earlier.number})
    assert response.status_code == 200
    assert response.json()["state"] == "merged"
    assert response.json()["duplicate_of"]["id"] == earlier.pk


def test_merge_into_an_unknown_matter_answers_422_naming_into():
    repeat = f.matter()
    response = as_user(f.office()).post(f"/matters/{repeat.pk}/merge", {"into": "HS-1999-000001"})
    assert response.status_code == 422
    assert response.json()["field"] == "into"


def test_assign_with_an_unknown_lead_unit_answers_422_naming_lead_unit():
    matter = f.accepted_matter()
    response = as_user(f.office()).post(f"/matters/{matter.pk}/assign", {"lead_unit": 99999, "due": in_fortnight()})
    assert response.status_code == 422
    assert response.json()["field"] == "lead_unit"


def test_assign_with_a_bad_deadline_answers_422_naming_due():
    matter = f.accepted_matter()
    body = {"lead_unit": f.unit().pk, "due": "2026-13-45"}
    response = as_user(f.office()).post(f"/matters/{matter.pk}/assign", body)
    assert response.status_code == 422
    assert response.json()["field"] == "due"


def test_assign_and_a_supervisor_approved_send_back_through_the_api():
    office, handler, helper = f.office(), f.unit_handler(), f.unit()
    matter = f.accepted_matter(by_office=office)
    body = {"lead_unit": handler.organization.pk, "supporting_units": [helper.pk], "due": in_fortnight()}
    assigned = as_user(office).post(f"/matters/{matter.pk}/assign", body).json()
    assert assigned["state"] == "assigned"
    assert assigned["due"] == in_fortnight()
    assert assigned["assignments"][0]["supporting_units"] == [{"id": helper.pk, "name": helper.name}]

    asked = as_user(handler).post(f"/supervision/matters/{matter.pk}/send-back-requests", {"reason": "不属于本单位职责"})
    assert asked.status_code == 201
    decided = as_user(f.supervisor()).post(f"/supervision/send-back-requests/{asked.json()['id']}/decision",
                                           {"approve": True})
    assert decided.json()["status"] == "approved"
    returned = as_user(handler).get(f"/matters/{matter.pk}")
    assert returned.json()["state"] == "accepted"
    assert returned.json()["lead_unit"] is None
    assert returned.json()["assignments"][0]["send_back_reason"] == "不属于本单位职责"


def test_review_not_satisfied_needs_a_note_an_enterprise_reviews_only_online_and_the_matter_reopens():
    contact, handler = f.enterprise_contact(), f.unit_handler()
    matter = f.assigned_matter(by=contact, lead=handler.organization)
    unit_client = as_user(handler)
    unit_client.post(f"/matters/{matter.pk}/acknowledge")
    unit_client.post(f"/matters/{matter.pk}/respond", {"content": "已对接人社局"})
    client = as_user(contact)

    refused = client.post(f"/matters/{matter.pk}/review", {"satisfied": False, "solved": False})
    assert refused.status_code == 422
    assert refused.json()["field"] == "note"
    on_site = client.post(f"/matters/{matter.pk}/review", {"satisfied": False, "solved": False, "method": "on_site",
                                                           "note": "仍缺20人"})
    assert on_site.status_code == 403 and on_site.json()["field"] == "method"
    reopened = client.post(f"/matters/{matter.pk}/review", {"satisfied": False, "solved": False, "note": "仍缺20人"})
    assert reopened.json()["state"] == "in_progress"
    assert reopened.json()["reviews"][0]["satisfied"] is False


def test_detail_lists_what_the_caller_may_do_now():
    matter = f.matter()
    assert as_user(f.office()).get(f"/matters/{matter.pk}").json()["actions"] == ["accept", "reject", "merge"]
    assert as_user(matter.submitted_by).get(f"/matters/{matter.pk}").json()["actions"] == []


def test_the_api_refuses_a_risk_or_a_meeting_decision_from_an_enterprise_contact_naming_the_kind():
    f.category()
    client = as_user(f.enterprise_contact())
    for kind in ("risk", "decision"):
        response = client.post("/matters", {"title": "安全隐患", "description": "厂房消防通道堵塞", "category": "talent",
                                            "kind": kind})
        assert response.status_code == 403 and response.json()["field"] == "kind"
    assert not Matter.objects.exists()

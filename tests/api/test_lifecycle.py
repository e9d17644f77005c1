import datetime

import pytest

from huishang.core import clock
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def test_the_whole_life_of_one_matter_through_the_api():
    f.category()
    contact, office, handler, leader = f.enterprise_contact(), f.office(), f.unit_handler(), f.leader()
    enterprise, unit = as_user(contact), as_user(handler)
    staff = as_user(office)
    due = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()

    submitted = enterprise.post("/matters", {"title": "用工短缺", "description": "缺口约40人", "category": "talent"})
    assert submitted.status_code == 201
    number = submitted.json()["number"]

    assert staff.post(f"/matters/{number}/accept", {"note": "属于受理范围"}).json()["state"] == "accepted"

    meeting = staff.post("/meetings", {"held_on": datetime.date.today().isoformat(), "chair": leader.pk})
    assert meeting.status_code == 201
    meeting_id = meeting.json()["id"]
    assert meeting.json()["title"].endswith("企业化解难题问题会商会")
    item = staff.post(f"/meetings/{meeting_id}/agenda", {"matter": number})
    assert item.status_code == 201
    assert item.json()["matter"]["state"] == "on_agenda"

    decided = staff.post(
        f"/meetings/{meeting_id}/agenda/{item.json()['id']}/decision",
        {"outcome": "assigned", "decision": "人社局牵头组织专场招聘", "lead_unit": handler.organization.pk, "due": due},
    )
    assert decided.status_code == 200
    assert decided.json()["outcome"] == "assigned"
    assert decided.json()["lead_unit"]["id"] == handler.organization.pk

    assert unit.post(f"/matters/{number}/acknowledge").json()["state"] == "in_progress"
    assert unit.post(f"/matters/{number}/respond", {"content": "已举办专场招聘会，招到38人"}).json()["state"] == "responded"
    reviewed = enterprise.post(f"/matters/{number}/review", {"satisfied": True, "solved": True, "method": "online", "note": "满意"})
    assert reviewed.json()["state"] == "resolved"
    closed = staff.post(f"/matters/{number}/close", {"note": "回访完毕"})
    assert closed.status_code == 200

    matter = enterprise.get(f"/matters/{number}").json()
    assert matter["state"] == "closed"
    assert [(entry["action"], entry["to_state"]) for entry in matter["trail"]] == [
        ("submit", "submitted"),
        ("accept", "accepted"),
        ("put_on_agenda", "on_agenda"),
        ("assign", "assigned"),
        ("acknowledge", "in_progress"),
        ("respond", "responded"),
        ("resolve", "resolved"),
        ("close", "closed"),
    ]
    assert matter["trail"][1]["actor"] == {"id": office.pk, "name": office.name}
    assert matter["assignments"][0]["acknowledged_at"] is not None
    assert matter["responses"][0]["content"] == "已举办专场招聘会，招到38人"
    assert matter["reviews"][0]["method"] == "online"
    assert matter["version"] == 8


def test_assigning_within_working_days_sets_the_deadline_by_the_national_calendar():
    office, handler = f.office(), f.unit_handler()
    staff = as_user(office)
    with clock.frozen_at(datetime.datetime(2024, 9, 30, 10, 0)):
        matter = f.accepted_matter(by_office=office)
        answer = staff.post(f"/matters/{matter.pk}/assign", {"lead_unit": handler.organization_id, "working_days": 2})
    assert answer.status_code == 200, answer.content
    # 1–7 October 2024 are holidays: two working days after 30 September end on 9 October.
    assert answer.json()["due"] == "2024-10-09"

import datetime

import pytest

from huishang.core import clock
from huishang.meetings import services as meeting_services
from huishang.supervision.models import Card
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def today() -> str:
    return datetime.date.today().isoformat()


def test_the_office_schedules_a_meeting_numbered_in_its_year():
    client = as_user(f.office())
    first = client.post("/meetings", {"held_on": "2024-04-02", "location": "区政府三楼会议室"})
    second = client.post("/meetings", {"held_on": "2024-04-16"})
    assert first.status_code == 201
    assert (first.json()["sequence"], second.json()["sequence"]) == (1, 2)
    assert second.json()["title"] == "2024年第二次企业化解难题问题会商会"
    assert first.json()["kind"] == "consultation"
    assert first.json()["agenda"] == []


def test_an_enterprise_cannot_schedule_meetings():
    response = as_user(f.enterprise_contact()).post("/meetings", {"held_on": today()})
    assert response.status_code == 403


def test_a_meeting_without_a_date_answers_422_naming_held_on():
    response = as_user(f.office()).post("/meetings", {"title": "会商会"})
    assert response.status_code == 422
    assert response.json()["field"] == "held_on"


def test_meetings_are_listed_within_the_readers_region():
    home, elsewhere = f.region(), f.region("500118", "永川区")
    office = f.office(scope=home)
    meeting_services.create_meeting(by=office, held_on=datetime.date(2024, 4, 2))
    meeting_services.create_meeting(by=f.office(scope=elsewhere), held_on=datetime.date(2024, 4, 3))
    listing = as_user(office).get("/meetings").json()
    assert [meeting["region"]["code"] for meeting in listing] == [home.code]


def test_an_enterprise_sees_only_its_own_matters_on_a_shared_agenda():
    office = f.office()
    contact_a, contact_b = f.enterprise_contact(), f.enterprise_contact()
    own = f.accepted_matter(by=contact_a, by_office=office)
    foreign = f.accepted_matter(by=contact_b, by_office=office)
    meeting = f.consultation(by=office)
    for matter in (own, foreign):
        meeting_services.add_to_agenda(meeting, matter, by=office)
    unrelated = f.consultation(by=office)
    client = as_user(contact_a)

    assert [row["id"] for row in client.get("/meetings").json()] == [meeting.pk]
    agenda = client.get(f"/meetings/{meeting.pk}").json()["agenda"]
    assert [item["matter"]["id"] for item in agenda] == [own.pk]
    assert client.get(f"/meetings/{unrelated.pk}").status_code == 404
    assert len(as_user(office).get(f"/meetings/{meeting.pk}").json()["agenda"]) == 2


def test_a_submitted_matter_cannot_go_on_the_agenda():
    office = f.office()
    meeting = f.consultation(by=office)
    matter = f.matter()
    response = as_user(office).post(f"/meetings/{meeting.pk}/agenda", {"matter": matter.pk})
    assert response.status_code == 409


def test_an_unknown_matter_for_the_agenda_answers_422_naming_matter():
    office = f.office()
    meeting = f.consultation(by=office)
    response = as_user(office).post(f"/meetings/{meeting.pk}/agenda", {"matter": "HS-1999-000009"})
    assert response.status_code == 422
    assert response.json()["field"] == "matter"


def test_removing_an_undecided_item_returns_the_matter_to_accepted():
    office = f.office()
    meeting = f.consultation(by=office)
    matter = f.accepted_matter(by_office=office)
    client = as_user(office)
    item = client.post(f"/meetings/{meeting.pk}/agenda", {"matter": matter.number}).json()
    assert client.delete(f"/meetings/{meeting.pk}/agenda/{item['id']}").status_code == 204
    assert client.get(f"/matters/{matter.pk}").json()["state"] == "accepted"
    assert client.get(f"/meetings/{meeting.pk}").json()["agenda"] == []


def test_a_deferred_item_cannot_be_decided_again():
    office = f.office()
    meeting = f.consultation(by=office)
    item = meeting_services.add_to_agenda(meeting, f.accepted_matter(by_office=office), by=office)
    client = as_user(office)
    path = f"/meetings/{meeting.pk}/agenda/{item.pk}/decision"
    deferred = client.post(path, {"outcome": "deferred", "decision": "待调研后再议"})
    assert deferred.status_code == 200
    assert deferred.json()["outcome"] == "deferred"
    assert client.post(path, {"outcome": "deferred"}).status_code == 409


def test_assigning_at_a_meeting_without_a_lead_unit_answers_422_naming_lead_unit():
    office = f.office()
    meeting = f.consultation(by=office)
    item = meeting_services.add_to_agenda(meeting, f.accepted_matter(by_office=office), by=office)
    due = (datetime.date.today() + datetime.timedelta(days=10)).isoformat()
    response = as_user(office).post(
        f"/meetings/{meeting.pk}/agenda/{item.pk}/decision", {"outcome": "assigned", "due": due}
    )
    assert response.status_code == 422
    assert response.json()["field"] == "lead_unit"


def test_an_item_of_another_meeting_answers_404():
    office = f.office()
    meeting, other = f.consultation(by=office), f.consultation(by=office)
    item = meeting_services.add_to_agenda(other, f.accepted_matter(by_office=office), by=office)
    response = as_user(office).delete(f"/meetings/{meeting.pk}/agenda/{item.pk}")
    assert response.status_code == 404


def in_days(days: int) -> datetime.date:
    return datetime.date.today() + datetime.timedelta(days=days)


def test_a_decision_before_the_meetings_date_answers_422_naming_held_on_in_chinese():
    office = f.office()
    meeting = f.consultation(by=office, held_on=in_days(3))
    item = meeting_services.add_to_agenda(meeting, f.accepted_matter(by_office=office), by=office)
    response = as_user(office, language="zh-hans").post(
        f"/meetings/{meeting.pk}/agenda/{item.pk}/decision", {"outcome": "deferred"})
    assert response.status_code == 422
    assert response.json()["field"] == "held_on" and "会议召开后" in response.json()["message"]
    item.refresh_from_db()
    assert item.outcome == "pending"


def test_the_office_writes_the_minutes_and_every_reader_of_the_meeting_reads_them():
    office, contact = f.office(), f.enterprise_contact()
    meeting = f.consultation(by=office)
    meeting_services.add_to_agenda(meeting, f.accepted_matter(by=contact, by_office=office), by=office)
    written = as_user(office).call("PUT", f"/meetings/{meeting.pk}/minutes", {"minutes": "会议议定：限期办结。"})
    assert written.status_code == 200 and written.json()["minutes"] == "会议议定：限期办结。"
    assert as_user(contact).get(f"/meetings/{meeting.pk}/minutes").json()["minutes"] == "会议议定：限期办结。"
    assert as_user(contact).call("PUT", f"/meetings/{meeting.pk}/minutes", {"minutes": "改"}).status_code == 403


def test_minutes_before_the_meeting_answer_422_naming_held_on():
    office = f.office()
    meeting = f.consultation(by=office, held_on=in_days(2))
    response = as_user(office).call("PUT", f"/meetings/{meeting.pk}/minutes", {"minutes": "提前写的纪要"})
    assert response.status_code == 422 and response.json()["field"] == "held_on"


def test_the_office_changes_the_notice_before_the_meeting():
    office, leader = f.office(), f.leader()
    meeting = f.consultation(by=office, held_on=in_days(5))
    response = as_user(office).call("PUT", f"/meetings/{meeting.pk}/notice", {
        "chair": leader.pk, "location": "区政府五楼会议室", "attendees": "各责任单位"})
    assert response.status_code == 200
    assert response.json()["location"] == "区政府五楼会议室" and response.json()["chair"]["id"] == leader.pk


def test_the_papers_download_as_word_and_pdf_and_a_unit_gets_only_its_own_assignment_sheet():
    office = f.office()
    lead, other = f.unit_handler(), f.unit_handler()
    meeting = f.consultation(by=office)
    matter = f.accepted_matter(by_office=office)
    item = meeting_services.add_to_agenda(meeting, matter, by=office)
    meeting_services.decide(item, by=office, outcome="assigned", lead_unit=lead.organization, due=in_days(20))
    minutes = as_user(office).get(f"/meetings/{meeting.pk}/minutes/document", format="pdf")
    assert minutes.status_code == 200 and minutes["Content-Type"] == "application/pdf"
    assert minutes.content.startswith(b"%PDF")
    path = f"/meetings/{meeting.pk}/assignment-sheets/{lead.organization.pk}"
    own = as_user(lead).get(path, format="docx")
    assert own.status_code == 200 and own.content.startswith(b"PK")
    refused = as_user(other).get(path, format="docx")
    assert refused.status_code in (403, 404)


def test_a_carded_matter_gives_its_supervision_sheet_and_an_uncarded_one_404():
    office, handler = f.office(), f.unit_handler()
    matter = f.assigned_matter(lead=handler.organization, by_office=office)
    assert as_user(office).get(f"/matters/{matter.number}/supervision-sheet", format="pdf").status_code == 404
    Card.objects.create(matter=matter, level=Card.Level.RED, reason="超期30天", issued_at=clock.now())
    sheet = as_user(handler).get(f"/matters/{matter.number}/supervision-sheet", format="pdf")
    assert sheet.status_code == 200 and sheet.content.startswith(b"%PDF")
    assert as_user(f.enterprise_contact()).get(f"/matters/{matter.number}/supervision-sheet").status_code == 404

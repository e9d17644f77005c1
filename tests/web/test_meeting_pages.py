"""Meetings from the web: schedule one, build its agenda, record each item's decision."""

import datetime

import pytest

from huishang.audit.models import AuditEntry
from huishang.cases.states import State
from huishang.meetings import services as meeting_services
from huishang.meetings.models import AgendaItem, Meeting
from tests import factories as f
from tests.cases.worlds import cast, in_fortnight, matter_in
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def test_office_schedules_a_consultation_meeting_chaired_by_a_leader():
    office = f.office()
    leader = f.leader()
    client = signed_in(office)
    assert leader.name in client.get("/meetings/new/").content.decode()
    held_on = datetime.date(2026, 5, 20)
    response = client.post("/meetings/new/", {
        "kind": "consultation", "held_on": held_on.isoformat(), "chair": leader.pk, "location": "区政府三楼会议室",
        "attendees": "经信局、人社局",
    })
    meeting = Meeting.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/meetings/{meeting.pk}/"
    assert meeting.title == "2026年第一次企业化解难题问题会商会" and meeting.chair == leader
    assert meeting.title in text_of(client.get("/meetings/"))


def test_a_meeting_without_a_date_names_the_date_field_and_is_not_created():
    response = signed_in(f.office()).post("/meetings/new/", {"kind": "consultation", "held_on": ""})
    assert response.status_code == 422 and "日期：" in text_of(response)
    assert not Meeting.objects.exists()


def test_only_the_office_schedules_meetings():
    assert signed_in(f.leader()).get("/meetings/new/").status_code == 403
    assert signed_in(f.supervisor()).post("/meetings/new/", {"kind": "consultation"}).status_code == 403


def test_office_puts_accepted_matters_on_the_agenda_and_records_the_decisions():
    people = cast()
    first = matter_in(State.ACCEPTED, people)
    second = matter_in(State.ACCEPTED, people)
    meeting = f.consultation(by=people.office)
    client = signed_in(people.office)
    page = client.get(f"/meetings/{meeting.pk}/")
    assert first.number in page.content.decode()
    client.post(f"/meetings/{meeting.pk}/agenda/", {"matter": first.pk})
    client.post(f"/meetings/{meeting.pk}/agenda/", {"matter": second.pk})
    first_item, second_item = AgendaItem.objects.filter(meeting=meeting).order_by("order")
    due = in_fortnight()
    decided = client.post(f"/meetings/{meeting.pk}/agenda/{first_item.pk}/decide/", {
        f"item{first_item.pk}-outcome": "assigned", f"item{first_item.pk}-decision": "人社局牵头组织专场招聘",
        f"item{first_item.pk}-lead_unit": people.handler.organization.pk, f"item{first_item.pk}-due": due.isoformat(),
    })
    assert decided.status_code == 302
    client.post(
        f"/meetings/{meeting.pk}/agenda/{second_item.pk}/decide/", {f"item{second_item.pk}-outcome": "deferred"}
    )
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.state == State.ASSIGNED and first.lead_unit == people.handler.organization and first.due == due
    assert second.state == State.ON_AGENDA
    text = text_of(client.get(f"/meetings/{meeting.pk}/"))
    assert "人社局牵头组织专场招聘" in text and "暂缓" in text


def test_deciding_to_assign_without_a_lead_unit_names_the_field_and_decides_nothing():
    people = cast()
    matter = matter_in(State.ON_AGENDA, people)
    item = AgendaItem.objects.get(matter=matter)
    response = signed_in(people.office).post(f"/meetings/{item.meeting_id}/agenda/{item.pk}/decide/", {
        f"item{item.pk}-outcome": "assigned", f"item{item.pk}-due": in_fortnight().isoformat(),
    })
    assert response.status_code == 422
    assert "牵头单位：请选择一个责任单位作为牵头单位。" in text_of(response)
    item.refresh_from_db()
    matter.refresh_from_db()
    assert item.outcome == AgendaItem.Outcome.PENDING and matter.state == State.ON_AGENDA


def test_an_undecided_item_can_be_taken_off_the_agenda():
    people = cast()
    matter = matter_in(State.ON_AGENDA, people)
    item = AgendaItem.objects.get(matter=matter)
    response = signed_in(people.office).post(f"/meetings/{item.meeting_id}/agenda/{item.pk}/remove/")
    assert response.status_code == 302
    matter.refresh_from_db()
    assert matter.state == State.ACCEPTED and not AgendaItem.objects.filter(pk=item.pk).exists()


def test_an_enterprise_sees_only_its_own_items_of_a_meeting_and_no_forms():
    people = cast()
    own = matter_in(State.ON_AGENDA, people)
    meeting = AgendaItem.objects.get(matter=own).meeting
    strangers = f.accepted_matter(by_office=people.office)
    signed_in(people.office).post(f"/meetings/{meeting.pk}/agenda/", {"matter": strangers.pk})
    page = signed_in(people.contact).get(f"/meetings/{meeting.pk}/")
    html = page.content.decode()
    assert own.number in html and strangers.number not in html
    assert "/decide/" not in html and "/agenda/\"" not in html


def test_a_meeting_outside_the_users_scope_is_404():
    meeting = f.consultation()
    assert signed_in(f.enterprise_contact()).get(f"/meetings/{meeting.pk}/").status_code == 404
    assert signed_in(f.office(scope=f.region("500118", "永川区"))).get(f"/meetings/{meeting.pk}/").status_code == 404


def in_days(days: int) -> datetime.date:
    return datetime.date.today() + datetime.timedelta(days=days)


def test_before_the_meeting_the_page_offers_no_decision_form_and_a_decision_is_refused_422_in_chinese():
    people = cast()
    matter = matter_in(State.ACCEPTED, people)
    meeting = f.consultation(by=people.office, held_on=in_days(3))
    client = signed_in(people.office)
    assert client.post(f"/meetings/{meeting.pk}/agenda/", {"matter": matter.pk}).status_code == 302
    item = AgendaItem.objects.get(meeting=meeting)
    page = client.get(f"/meetings/{meeting.pk}/")
    assert "/decide/" not in page.content.decode()
    assert f"会议召开后（{in_days(3).isoformat()}起）方可记录议定结果" in text_of(page)
    refused = client.post(f"/meetings/{meeting.pk}/agenda/{item.pk}/decide/", {f"item{item.pk}-outcome": "deferred"})
    assert refused.status_code == 422
    assert f"会议召开后（{in_days(3).isoformat()}起）方可记录议定结果。" in text_of(refused)
    item.refresh_from_db()
    assert item.outcome == AgendaItem.Outcome.PENDING


def test_the_office_writes_the_minutes_on_the_meeting_page_and_the_enterprise_reads_them_there():
    people = cast()
    matter = matter_in(State.ON_AGENDA, people)
    meeting = AgendaItem.objects.get(matter=matter).meeting
    client = signed_in(people.office)
    assert "/minutes/" in client.get(f"/meetings/{meeting.pk}/").content.decode()
    saved = client.post(f"/meetings/{meeting.pk}/minutes/", {"minutes": "会议听取了企业诉求，议定限期办结。"})
    assert saved.status_code == 302
    reader = signed_in(people.contact).get(f"/meetings/{meeting.pk}/")
    assert "会议听取了企业诉求，议定限期办结。" in text_of(reader) and "/minutes/\"" not in reader.content.decode()
    assert signed_in(people.contact).post(f"/meetings/{meeting.pk}/minutes/", {"minutes": "改"}).status_code == 403


def test_minutes_before_the_meeting_are_refused_422_in_chinese():
    office = f.office()
    meeting = f.consultation(by=office, held_on=in_days(2))
    response = signed_in(office).post(f"/meetings/{meeting.pk}/minutes/", {"minutes": "提前写的纪要"})
    assert response.status_code == 422 and "会议召开后" in text_of(response) and "方可录入会议纪要" in text_of(response)
    meeting.refresh_from_db()
    assert meeting.minutes == ""


def test_the_meeting_page_is_the_notice_and_the_office_changes_it_before_the_meeting():
    office, leader = f.office(), f.leader()
    meeting = f.consultation(by=office, held_on=in_days(4))
    client = signed_in(office)
    changed = client.post(f"/meetings/{meeting.pk}/notice/", {
        "chair": leader.pk, "location": "区政府五楼会议室", "attendees": "区经信局、区人社局"})
    assert changed.status_code == 302
    text = text_of(client.get(f"/meetings/{meeting.pk}/"))
    for words in ("会议通知", in_days(4).isoformat(), "区政府五楼会议室", leader.name, "区经信局、区人社局", "议题"):
        assert words in text, words


def test_the_papers_are_linked_from_the_meeting_and_matter_pages_and_a_unit_opens_only_its_own_sheet():
    people = cast()
    other = f.unit_handler()
    matter = matter_in(State.ON_AGENDA, people)
    item = AgendaItem.objects.get(matter=matter)
    meeting_services.decide(item, by=people.office, outcome="assigned", lead_unit=people.handler.organization,
                            due=in_fortnight())
    meeting, unit = item.meeting, people.handler.organization
    sheet = f"/meetings/{meeting.pk}/assignment-sheets/{unit.pk}.pdf"
    assert sheet in signed_in(people.office).get(f"/meetings/{meeting.pk}/").content.decode()
    assert sheet in signed_in(people.handler).get(f"/matters/{matter.number}/").content.decode()
    opened = signed_in(people.handler).get(sheet)
    assert opened.status_code == 200 and opened["Content-Type"] == "application/pdf"
    minutes = signed_in(people.contact).get(f"/meetings/{meeting.pk}/minutes.docx")
    assert minutes.status_code == 200 and minutes.content.startswith(b"PK")
    assert signed_in(other).get(sheet).status_code in (403, 404)
    assert signed_in(people.contact).get(sheet).status_code == 403
    printed = AuditEntry.objects.filter(kind="export", subject=f"meetings.Meeting:{meeting.pk}")
    assert sorted(entry.detail["action"] for entry in printed) == ["打印交办单 交办〔%s〕1号" % meeting.year, "打印会议纪要"]

"""Meetings from the web: schedule one, build its agenda, record each item's decision."""

import datetime

import pytest

from huishang.cases.states import State
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

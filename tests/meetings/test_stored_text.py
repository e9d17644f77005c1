"""What the office types about a meeting is stored printable (core.text): a control character never reaches
the minutes, the decisions or the documents written from them."""

import datetime

import pytest

from huishang.meetings import services
from huishang.meetings.models import AgendaItem, Meeting
from tests import factories as f
from tests.api.client import as_user
from tests.cases.worlds import in_fortnight
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db

TYPED = " 第一行\u0001\r\n第二行\u0000\u0085 "
STORED = "第一行\n第二行"


def test_a_meetings_title_location_attendees_and_minutes_are_stored_without_control_characters():
    office = f.office()
    meeting = services.create_meeting(by=office, held_on=datetime.date(2024, 4, 2), title=TYPED, location=TYPED,
                                      attendees=TYPED)
    services.record_minutes(meeting, by=office, minutes=TYPED)
    meeting.refresh_from_db()
    assert (meeting.title, meeting.location, meeting.attendees, meeting.minutes) == (STORED,) * 4


def test_a_meetings_decision_is_stored_without_control_characters_and_so_is_the_matters_trail():
    office, handler = f.office(), f.unit_handler()
    item = services.add_to_agenda(f.consultation(by=office), f.accepted_matter(by_office=office), by=office)
    services.decide(item, by=office, outcome="assigned", decision=TYPED, lead_unit=handler.organization,
                    due=in_fortnight())
    item.refresh_from_db()
    assert item.decision == STORED
    assert item.matter.trail.last().note == f"{item.meeting.title}：{STORED}"


def test_a_meeting_scheduled_on_the_web_is_stored_without_control_characters():
    response = signed_in(f.office()).post("/meetings/new/", {
        "kind": "consultation", "held_on": "2026-05-20", "title": "专题\u0001会商会", "location": "三楼\u0007会议室",
        "attendees": "经信局\u001b、人社局",
    })
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert (meeting.title, meeting.location, meeting.attendees) == ("专题会商会", "三楼会议室", "经信局、人社局")


def test_a_decision_recorded_through_the_api_is_stored_without_control_characters():
    office = f.office()
    item = services.add_to_agenda(f.consultation(by=office), f.accepted_matter(by_office=office), by=office)
    response = as_user(office).post(f"/meetings/{item.meeting_id}/agenda/{item.pk}/decision",
                                    {"outcome": "deferred", "decision": "下次\u0001再议"})
    assert response.status_code == 200, response.content
    assert AgendaItem.objects.get(pk=item.pk).decision == "下次再议"

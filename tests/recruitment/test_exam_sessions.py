"""The office schedules a round's written test and interview sessions after the deadline: time, place, rooms, seats."""

import datetime

import pytest

from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.recruitment import sessions
from tests import factories as f
from tests.recruitment.exams import EXAM_DAY, moment, written_session
from tests.recruitment.published import published_round
from tests.recruitment.rounds import DEADLINE, proofreader_round

pytestmark = pytest.mark.django_db


@pytest.fixture
def office():
    return f.office()


@pytest.fixture
def round_(office):
    return proofreader_round(office)


def schedule(round_, by, **overrides):
    fields = dict(kind="written", starts_at=moment(EXAM_DAY, 9), ends_at=moment(EXAM_DAY, 11),
                  place="内江师范学院东区教学楼", rooms=[("第一考场", 30), ("第二考场", 25)])
    fields.update(overrides)
    return sessions.schedule_session(round_, by=by, **fields)


def test_a_session_keeps_its_kind_time_place_and_rooms_with_their_seats(office, round_):
    session = written_session(round_, office, rooms=[("第一考场", 30), ("第二考场", 25)])
    assert (session.kind, session.place) == ("written", "内江师范学院东区教学楼")
    assert session.starts_at == moment(EXAM_DAY, 9) and session.ends_at == moment(EXAM_DAY, 11)
    assert [(room.name, room.seats) for room in session.rooms.all()] == [("第一考场", 30), ("第二考场", 25)]
    assert session.scheduled_by == office


def test_a_session_is_held_after_the_application_deadline(office, round_):
    with pytest.raises(ValidationError) as refused:
        schedule(round_, office, starts_at=moment(DEADLINE, 9), ends_at=moment(DEADLINE, 11))
    assert refused.value.field == "starts_at"


@pytest.mark.parametrize("overrides, field", [
    ({"kind": "oral"}, "kind"),
    ({"starts_at": None}, "starts_at"),
    ({"ends_at": moment(EXAM_DAY, 8)}, "ends_at"),
    ({"place": "  "}, "place"),
    ({"rooms": []}, "rooms"),
    ({"rooms": [("第一考场", 0)]}, "rooms"),
    ({"rooms": [("第一考场", 30), ("第一考场", 20)]}, "rooms"),
    ({"rooms": [("", 30)]}, "rooms"),
    ({"rooms": [("体育馆", sessions.MAX_SEATS + 1)]}, "rooms"),
])
def test_bad_input_names_the_field(office, round_, overrides, field):
    with pytest.raises(ValidationError) as refused:
        schedule(round_, office, **overrides)
    assert refused.value.field == field


@pytest.mark.parametrize("make", [f.supervisor, f.leader, f.enterprise_contact, f.unit_handler])
def test_only_the_office_schedules_sessions(round_, make):
    with pytest.raises(NotAllowed):
        schedule(round_, make())


def test_the_office_of_another_region_does_not_schedule_sessions(round_):
    elsewhere = f.office(scope=f.region("500118", "永川区"))
    with pytest.raises(NotAllowed):
        schedule(round_, elsewhere)


def test_no_session_is_scheduled_once_the_result_is_published():
    round_, office = published_round()
    with pytest.raises(InvalidTransition):
        schedule(round_, office, starts_at=moment(DEADLINE + datetime.timedelta(days=40), 9),
                 ends_at=moment(DEADLINE + datetime.timedelta(days=40), 11))

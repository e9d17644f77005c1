"""The demo's proofreader round of seed 004: "笔试、面试时间地点另行通知" made real — its sessions scheduled with
rooms and seats, an admission ticket for each applicant who passed review, the conditions checked by the
office, and the preferences breaking the tie as the round's rule says."""

import pytest

from huishang.recruitment.models import AdmissionTicket, ApplicantNotice, Application, ConditionCheck, Round
from huishang.recruitment.ranking import ranking

pytestmark = pytest.mark.django_db


def proofreader_round():
    return Round.objects.exclude(published_at=None).get(title="内江日报社招聘校对人员公告")


def test_the_round_has_its_written_test_and_interview_scheduled_with_rooms_and_seats(demo_world):
    sessions = list(proofreader_round().sessions.order_by("starts_at"))
    assert [session.kind for session in sessions] == ["written", "interview"]
    assert [f"{session.starts_at:%Y-%m-%d}" for session in sessions] == ["2023-11-25", "2023-11-26"]
    assert [[(room.name, room.seats) for room in session.rooms.all()] for session in sessions] == [
        [("第一考场", 6), ("第二考场", 6)], [("面试室", 10)]]


def test_everyone_who_passed_review_holds_one_ticket_of_each_kind_and_no_one_else_holds_any(demo_world):
    round_ = proofreader_round()
    passed = set(round_.applications.filter(review=Application.Review.APPROVED))
    tickets = AdmissionTicket.objects.filter(application__round=round_)
    assert len(passed) == 8 and tickets.count() == 16
    for kind in ("written", "interview"):
        assert {ticket.application for ticket in tickets.filter(kind=kind)} == passed
    assert len({(ticket.room_id, ticket.seat) for ticket in tickets}) == 16
    assert all(1 <= ticket.seat <= ticket.room.seats for ticket in tickets)
    assert ApplicantNotice.objects.filter(application__round=round_).count() == 16


def test_the_office_checked_every_condition_of_everyone_who_passed(demo_world):
    round_ = proofreader_round()
    checked = ConditionCheck.objects.filter(application__round=round_)
    assert checked.filter(condition="未受过各类刑事处罚（无犯罪记录证明）").count() == 8
    assert {check.checked_by.username for check in checked} == {round_.published_by.username}


def test_the_preferences_break_the_tie_at_86(demo_world):
    rows = [row for row in ranking(proofreader_round()) if str(row["total"]) == "86.00"]
    # 张宇航 (86/86, experience) before 杨帆 (85/87, no preference): the higher interview no longer decides.
    assert [row["application"].name for row in rows] == ["张宇航", "杨帆"]

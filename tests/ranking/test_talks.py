"""约谈: the office records a talk with a unit flagged at the bottom of a published month, with commitments;
the unit marks them done; a commitment past its date is reminded once a day; each reads only what it may."""

import datetime

import pytest
from django.core.management import call_command

from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, NotFound, ValidationError
from huishang.notifications.models import Notification
from huishang.ranking import talks
from huishang.supervision.models import CardRule
from tests import factories as f
from tests.ranking.talks_world import (
    HELD_ON, NOVEMBER, OCTOBER, PUBLISHED_ON, at, promises, published, talk_with, world,
)

pytestmark = pytest.mark.django_db


def _record(w, *, by=None, unit=None, month=OCTOBER, region=None, held_on=HELD_ON, commitments=None, **changes):
    values = {"chaired_by": "王副局长", "attendees": "李局长", "problems": "响应率偏低", **changes}
    with clock.frozen_at(at(HELD_ON, 16)):
        return talks.record_talk(by=by or w.office, unit=unit or w.flagged, month=month, region=region or w.city,
                                 held_on=held_on, commitments=promises(datetime.date(2026, 11, 30))
                                 if commitments is None else commitments, **values)


def _refusal(call, kind) -> str | None:
    with pytest.raises(kind) as caught:
        call()
    return caught.value.field


def test_the_office_records_a_talk_with_a_flagged_unit_and_its_commitments():
    w = world()
    talk = talk_with(w)

    assert (talk.unit, talk.month, talk.region, talk.held_on) == (w.flagged, OCTOBER, w.city, HELD_ON)
    assert talk.chaired_by == "市政务服务局 王副局长" and talk.recorded_by == w.office
    assert [(c.due, c.done_at) for c in talk.commitments.all()] == [
        (datetime.date(2026, 11, 30), None), (datetime.date(2027, 1, 15), None)]


def test_the_units_handlers_are_told_of_the_talk_and_its_commitments():
    w = world()
    talk_with(w)

    told = Notification.objects.get(event="ranking.talk_recorded")
    assert told.recipient == w.handler and "内江市住建局" in told.subject and "2026-11-30" in told.body
    assert not Notification.objects.filter(recipient=w.ranked_handler).exists()


def test_a_unit_not_flagged_that_month_gets_no_talk():
    w = world()
    assert _refusal(lambda: _record(w, unit=w.ranked), ValidationError) == "unit"


def test_a_month_not_published_yet_flags_nobody():
    w = world()
    assert _refusal(lambda: _record(w, month=NOVEMBER), ValidationError) == "unit"


def test_a_correction_that_no_longer_flags_the_unit_leaves_it_without_a_talk():
    w = world()
    published(OCTOBER, w.city, [(w.flagged, 1, False), (w.ranked, 2, True)], by=w.office, on=PUBLISHED_ON, version=2,
              reason="回访结果录入有误")

    assert _refusal(lambda: _record(w), ValidationError) == "unit"
    assert _record(w, unit=w.ranked).unit == w.ranked


def test_only_the_office_of_the_rankings_region_records_a_talk():
    w = world()
    elsewhere = f.office(f.region("500118", "永川区"))

    assert _refusal(lambda: _record(w, by=elsewhere), NotAllowed) is None
    assert _refusal(lambda: _record(w, by=w.handler), NotAllowed) is None
    assert _refusal(lambda: _record(w, by=f.supervisor(w.city)), NotAllowed) is None


def test_the_office_records_a_talk_only_with_a_unit_of_its_jurisdiction():
    w = world()
    district_office = f.office(f.district())
    district = published(OCTOBER, district_office.region, [(w.flagged, 1, True)], by=w.office, on=PUBLISHED_ON)

    assert _refusal(lambda: _record(w, by=district_office, region=district.region), NotAllowed) == "unit"


def test_a_unit_is_talked_to_once_a_month():
    w = world()
    talk_with(w)
    with pytest.raises(InvalidTransition):
        _record(w)


@pytest.mark.parametrize(("changes", "field"), [
    ({"held_on": datetime.date(2026, 11, 11)}, "held_on"),  # tomorrow, seen on the day it is recorded
    ({"held_on": datetime.date(2026, 11, 2)}, "held_on"),  # before the month was published
    ({"chaired_by": "  "}, "chaired_by"),
    ({"attendees": ""}, "attendees"),
    ({"problems": "问" * 2001}, "problems"),
    ({"commitments": []}, "commitments"),
    ({"commitments": promises(datetime.date(2026, 11, 9))}, "commitments.0.due"),
    ({"commitments": [*promises(datetime.date(2026, 12, 1)), talks.Promise(" ", datetime.date(2026, 12, 1))]},
     "commitments.1.content"),
    ({"commitments": [talks.Promise("按期回复", None)]}, "commitments.0.due"),
])
def test_a_talk_needs_its_day_chair_attendees_problems_and_commitments(changes, field):
    w = world()
    assert _refusal(lambda: _record(w, **changes), ValidationError) == field
    assert not w.flagged.ranking_talks.exists()


def test_the_unit_marks_a_commitment_done_once():
    w = world()
    commitment = talk_with(w).commitments.first()

    with clock.frozen_at(at(datetime.date(2026, 11, 20))):
        done = talks.mark_done(commitment, by=w.handler, note="已建立每日调度机制")
    assert done.done_at == at(datetime.date(2026, 11, 20)) and done.done_by == w.handler
    assert done.done_note == "已建立每日调度机制"
    with pytest.raises(InvalidTransition):
        talks.mark_done(commitment, by=w.handler)


def test_nobody_but_the_units_handlers_marks_its_commitments_done():
    w = world()
    commitment = talk_with(w).commitments.first()

    for someone in (w.ranked_handler, w.office, f.admin()):
        with pytest.raises(NotAllowed):
            talks.mark_done(commitment, by=someone)
    commitment.refresh_from_db()
    assert commitment.done_at is None


def test_a_unit_reads_its_own_talks_and_the_office_those_of_its_jurisdiction():
    w = world()
    talk = talk_with(w)

    assert list(talks.visible_talks(w.handler)) == [talk] and talks.talk_of(w.office, talk.pk) == talk
    assert list(talks.visible_talks(f.leader(w.city))) == [talk]
    for outsider in (w.ranked_handler, f.office(f.region("500118", "永川区")), f.enterprise_contact()):
        assert not talks.visible_talks(outsider).exists()
        with pytest.raises(NotFound):
            talks.talk_of(outsider, talk.pk)
        with pytest.raises(NotFound):
            talks.commitment_of(outsider, talk.pk, talk.commitments.first().pk)


def test_a_commitment_past_its_date_is_reminded_to_the_unit_once_a_day():
    w = world()
    talk = talk_with(w)
    second_handler = f.unit_handler(w.flagged)

    assert talks.remind_overdue_commitments(today=datetime.date(2026, 11, 30)) == 0  # due that day: not late yet
    assert talks.remind_overdue_commitments(today=datetime.date(2026, 12, 1)) == 2
    assert talks.remind_overdue_commitments(today=datetime.date(2026, 12, 1)) == 0
    assert talks.remind_overdue_commitments(today=datetime.date(2026, 12, 2)) == 2

    reminders = Notification.objects.filter(event="ranking.commitment_overdue")
    assert {row.recipient for row in reminders} == {w.handler, second_handler}
    first = reminders.filter(recipient=w.handler).order_by("pk").first()
    assert "2026-11-30" in first.subject and "第1项整改" in first.body and "1" in first.body
    assert first.link == f"/ranking/talks/{talk.pk}/"


def test_a_commitment_done_is_no_longer_reminded():
    w = world()
    talk = talk_with(w)
    talks.mark_done(talk.commitments.first(), by=w.handler)

    assert talks.remind_overdue_commitments(today=datetime.date(2026, 12, 1)) == 0


@pytest.mark.parametrize(("today", "card"), [
    (datetime.date(2026, 11, 20), None),  # six working days before its date
    (datetime.date(2026, 11, 26), "warning"),  # two working days before: due soon
    (datetime.date(2026, 11, 30), "warning"),  # its date
    (datetime.date(2026, 12, 1), "yellow"),  # past it
    (datetime.date(2026, 12, 14), "yellow"),  # ten working days past: not yet long past
    (datetime.date(2026, 12, 15), "red"),  # eleven working days past
])
def test_an_open_commitment_is_carded_by_its_date_as_a_matter_by_its_deadline(today, card):
    w = world()
    commitment = talk_with(w).commitments.get(due=datetime.date(2026, 11, 30))

    held = talks.commitment_cards([commitment], today=today)[commitment.pk]
    assert (held.level if held else None) == card


def test_the_card_rule_of_the_deployment_cards_commitments_and_a_done_commitment_holds_none():
    w = world()
    talk = talk_with(w)
    CardRule.objects.create(category=None, warning_days=3, red_after_days=2, red_reopenings=2)
    first, second = talk.commitments.order_by("due")

    assert talks.commitment_cards([first], today=datetime.date(2026, 12, 3))[first.pk].level == "red"
    talks.mark_done(first, by=w.handler)
    first.refresh_from_db()
    cards = talks.commitment_cards([first, second], today=datetime.date(2026, 12, 3))
    assert cards == {first.pk: None, second.pk: None}  # the second falls due on 2027-01-15
    assert talks.worst_card(cards.values()) is None


def test_the_units_rank_in_the_month_after_the_talk_is_shown_once_published():
    w = world()
    talk = talk_with(w)

    before = talks.ranks_beside(talk)
    assert before["line"]["rank"] == 2 and before["next_month"] == NOVEMBER and before["next_line"] is None
    published(NOVEMBER, w.city, [(w.flagged, 1, False), (w.ranked, 2, True)], by=w.office,
              on=datetime.date(2026, 12, 3))
    after = talks.ranks_beside(talk)
    assert after["next_line"]["rank"] == 1 and not after["next_line"]["flagged"]


def test_the_office_sees_the_flagged_units_still_awaiting_a_talk():
    w = world()
    waiting = talks.awaiting_talks(w.office)
    assert [(row["unit"], row["published"]) for row in waiting] == [(w.flagged, w.october)]

    talk_with(w)
    assert talks.awaiting_talks(w.office) == []
    assert talks.awaiting_talks(f.office(f.region("500118", "永川区"))) == []


def test_the_workers_daily_run_reminds_the_overdue_commitments(capsys):
    w = world()
    talk_with(w, dues=(datetime.date(2026, 11, 30),))

    with clock.frozen_at(at(datetime.date(2026, 12, 1), 8)):
        call_command("worker", "--once")
    assert "overdue talk commitments reminded 1" in capsys.readouterr().out
    assert Notification.objects.filter(event="ranking.commitment_overdue", recipient=w.handler).count() == 1

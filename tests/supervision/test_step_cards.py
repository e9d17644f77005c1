"""Late signing (未按时签收) or a late first response (未按时响应) earns the same yellow card, and so the same daily
reminders, as a late answer; signing for it, or contacting the submitter or answering, clears the card."""

import datetime

import pytest

from huishang.cases import services
from huishang.core import clock
from huishang.supervision import jobs
from huishang.supervision.cards import compute_cards
from huishang.supervision.models import Card, Reminder
from tests.supervision.conftest import START, at, handed_out

pytestmark = pytest.mark.django_db
D = datetime.date
TUESDAY, FRIDAY = D(2024, 3, 5), D(2024, 3, 8)  # handed out on Monday 4 March 2024 at 10:00


def active(matter):
    return list(Card.objects.filter(matter=matter, cleared_at=None).values_list("level", "reason"))


def test_a_matter_not_signed_for_within_the_signing_limit_gets_a_yellow_card():
    matter = handed_out(acknowledged=False)  # sign for by Tuesday 11:00
    compute_cards(today=TUESDAY)
    [(level, reason)] = active(matter)
    assert level == Card.Level.YELLOW and reason.startswith("未按时签收") and "2024-03-05 11:00" in reason


def test_a_matter_still_within_its_signing_limit_gets_no_card():
    matter = handed_out(acknowledged=False)
    with clock.frozen_at(at(TUESDAY, 10)):
        compute_cards()
    assert active(matter) == []


def test_signing_for_it_late_clears_the_card_until_the_first_response_is_late_too():
    people_matter = handed_out(acknowledged=False)
    compute_cards(today=TUESDAY)
    with clock.frozen_at(at(TUESDAY, 15)):
        services.acknowledge(people_matter, by=people_matter.lead_unit.members.first())
    compute_cards(today=TUESDAY)
    assert active(people_matter) == []
    compute_cards(today=FRIDAY)  # first response due Thursday 14:30
    [(level, reason)] = active(people_matter)
    assert level == Card.Level.YELLOW and reason.startswith("未按时响应")


def test_a_contact_within_the_response_limit_means_no_card():
    matter = handed_out()  # signed for and the submitter contacted at once
    compute_cards(today=FRIDAY)
    assert active(matter) == []


def test_a_late_first_contact_clears_the_response_card():
    matter = handed_out(contacted=False)
    compute_cards(today=FRIDAY)
    assert [level for level, _reason in active(matter)] == [Card.Level.YELLOW]
    handler = matter.lead_unit.members.first()
    with clock.frozen_at(at(FRIDAY, 9)):
        services.record_contact(matter, by=handler, method="online", contacted_at=clock.now())
    compute_cards(today=FRIDAY)
    assert active(matter) == []


def test_an_answer_is_a_response():
    matter = handed_out(contacted=False)
    handler = matter.lead_unit.members.first()
    with clock.frozen_at(at(START, 11)):
        services.respond(matter, by=handler, content="已协调")
    compute_cards(today=FRIDAY)
    assert active(matter) == []


def test_a_late_step_is_reminded_like_a_late_answer():
    matter = handed_out(acknowledged=False)
    result = jobs.run_daily(today=TUESDAY + datetime.timedelta(days=1))
    assert result["reminders"] == 1
    assert "未按时签收" in Reminder.objects.get(matter=matter).note

"""Cards by rule, each rule both ways: due soon → warning, overdue → yellow card, overdue beyond N working
days or reopened twice → red card; per-category rules; the job is idempotent and clears what no longer holds."""

import datetime

import pytest

from huishang.cases import services
from huishang.core import clock
from huishang.supervision.cards import compute_cards
from huishang.supervision.models import Card, CardRule
from tests import factories as f
from tests.cases.worlds import cast
from tests.supervision.conftest import START, at, handed_out, resolve

D = datetime.date
pytestmark = pytest.mark.django_db
DUE = D(2024, 3, 18)  # a Monday


def active(matter):
    return list(Card.objects.filter(matter=matter, cleared_at=None).values_list("level", flat=True))


def test_a_matter_due_within_three_working_days_gets_a_warning():
    matter = handed_out(due=DUE)
    compute_cards(today=D(2024, 3, 13))  # Wed: 14, 15, 18 remain
    assert active(matter) == [Card.Level.WARNING]
    assert "3" in Card.objects.get(matter=matter).reason


def test_a_matter_due_in_four_working_days_gets_no_warning():
    matter = handed_out(due=DUE)
    compute_cards(today=D(2024, 3, 12))
    assert active(matter) == []


def test_an_overdue_matter_gets_a_yellow_card():
    matter = handed_out(due=DUE)
    compute_cards(today=D(2024, 3, 19))
    assert active(matter) == [Card.Level.YELLOW]


def test_a_matter_on_its_deadline_day_is_not_overdue():
    matter = handed_out(due=DUE)
    compute_cards(today=DUE)
    assert active(matter) == [Card.Level.WARNING]


def test_overdue_beyond_ten_working_days_gets_a_red_card_and_ten_stays_yellow():
    matter = handed_out(due=DUE)
    compute_cards(today=D(2024, 4, 1))  # 10 working days after the 18th
    assert active(matter) == [Card.Level.YELLOW]
    compute_cards(today=D(2024, 4, 2))
    assert active(matter) == [Card.Level.RED]
    # The yellow card is kept, cleared, beside the red one.
    assert Card.objects.filter(matter=matter, level=Card.Level.YELLOW).exclude(cleared_at=None).count() == 1


def _reopen(matter, people, times):
    for _ in range(times):
        services.respond(matter, by=people.handler, content="已办理")
        services.review(matter, by=people.contact, satisfied=False, note="问题仍未解决")
        matter.refresh_from_db()


def test_a_matter_reopened_twice_gets_a_red_card():
    people = cast()
    matter = handed_out(people, due=D(2024, 5, 31))
    with clock.frozen_at(at(START)):
        _reopen(matter, people, 2)
    compute_cards(today=START)
    card = Card.objects.get(matter=matter, cleared_at=None)
    assert card.level == Card.Level.RED and "2" in card.reason


def test_a_matter_reopened_once_gets_no_red_card():
    people = cast()
    matter = handed_out(people, due=D(2024, 5, 31))
    with clock.frozen_at(at(START)):
        _reopen(matter, people, 1)
    compute_cards(today=START)
    assert active(matter) == []


def test_a_category_rule_replaces_the_default_rule():
    CardRule.objects.create(category=None, warning_days=1)
    CardRule.objects.create(category=f.category("finance", "融资"), warning_days=5)
    talent = handed_out(due=DUE)
    finance = handed_out(due=DUE, category="finance")
    compute_cards(today=D(2024, 3, 12))  # 4 working days left
    assert active(talent) == [] and active(finance) == [Card.Level.WARNING]


def test_running_the_card_job_twice_changes_nothing_the_second_time():
    matter = handed_out(due=DUE)
    assert compute_cards(today=D(2024, 3, 19)) == {"issued": 1, "cleared": 0}
    assert compute_cards(today=D(2024, 3, 19)) == {"issued": 0, "cleared": 0}
    assert Card.objects.filter(matter=matter).count() == 1


def test_a_card_is_cleared_once_the_matter_is_resolved():
    people = cast()
    matter = handed_out(people, due=DUE)
    compute_cards(today=D(2024, 3, 19))
    resolve(matter, people, on=D(2024, 3, 20))
    assert compute_cards(today=D(2024, 3, 20)) == {"issued": 0, "cleared": 1}
    assert active(matter) == []

import datetime

from huishang.figures.selectors import Scope
from huishang.supervision.figures import supervision_figures
from huishang.supervision.models import Card, Reminder
from tests import factories as f
from tests.cases.worlds import cast
from tests.supervision.conftest import START, at, handed_out

WEEK = Scope(date_from=START, date_to=START + datetime.timedelta(days=6))


def _flagged(category: str):
    people = cast()
    f.category(code="finance", name="融资")
    matter = handed_out(people, category=category)
    Card.objects.create(matter=matter, level=Card.Level.YELLOW, reason="逾期", issued_at=at(START + datetime.timedelta(days=1)))
    Reminder.objects.create(matter=matter, unit=people.handler.organization, note="请办结", at=at(START + datetime.timedelta(days=2)))
    return matter


def test_the_figures_without_a_filter_count_every_matter_of_the_period(db):
    _flagged("talent")
    _flagged("finance")
    figures = supervision_figures(WEEK)["supervision"]
    assert figures["cards_yellow"] == 2 and figures["reminders"] == 2


def test_a_category_scope_counts_only_the_cards_and_reminders_of_its_matters(db):
    _flagged("talent")
    _flagged("finance")
    figures = supervision_figures(Scope(date_from=WEEK.date_from, date_to=WEEK.date_to, category="finance"))["supervision"]
    assert figures["cards_yellow"] == 1 and figures["reminders"] == 1


def test_cards_and_reminders_outside_the_period_are_not_counted(db):
    _flagged("talent")
    later = Scope(date_from=START + datetime.timedelta(days=7))
    figures = supervision_figures(later)["supervision"]
    assert figures["cards_yellow"] == 0 and figures["reminders"] == 0

"""Deadlines count Chinese working days: holidays and 调休 make-up days from chinese_calendar, corrected
by the deployment's calendar overrides."""

import datetime

import pytest

from huishang.supervision.deadlines import is_due_soon, is_overdue, remaining_working_days
from huishang.workdays.calendar import add_working_days, due_in_working_days, is_working_day, working_days_between
from huishang.workdays.models import CalendarOverride
from tests.supervision.conftest import handed_out

D = datetime.date
pytestmark = pytest.mark.django_db


def test_spring_festival_days_off_are_skipped_and_the_make_up_sunday_counts():
    # 2024: 10–17 February off; Sunday 4 and Sunday 18 February are working days (调休).
    assert is_working_day(D(2024, 2, 4)) and is_working_day(D(2024, 2, 18))
    assert not is_working_day(D(2024, 2, 12))
    assert add_working_days(D(2024, 2, 8), 1) == D(2024, 2, 9)
    assert add_working_days(D(2024, 2, 8), 2) == D(2024, 2, 18)
    assert add_working_days(D(2024, 2, 8), 3) == D(2024, 2, 19)
    assert add_working_days(D(2024, 2, 2), 1) == D(2024, 2, 4)


def test_national_day_week_is_skipped_and_the_make_up_saturday_counts():
    # 2024: 1–7 October off; Sunday 29 September and Saturday 12 October are working days.
    assert add_working_days(D(2024, 9, 27), 1) == D(2024, 9, 29)
    assert add_working_days(D(2024, 9, 30), 1) == D(2024, 10, 8)
    assert working_days_between(D(2024, 9, 30), D(2024, 10, 12)) == 5
    assert working_days_between(D(2024, 10, 12), D(2024, 9, 30)) == -5


def test_a_deployment_holiday_is_skipped_and_a_deployment_working_day_counts():
    assert add_working_days(D(2024, 3, 4), 1) == D(2024, 3, 5)
    CalendarOverride.objects.create(day=D(2024, 3, 5), is_working_day=False, note="本地假日")
    assert add_working_days(D(2024, 3, 4), 1) == D(2024, 3, 6)
    CalendarOverride.objects.create(day=D(2024, 3, 9), is_working_day=True, note="补班")
    assert working_days_between(D(2024, 3, 8), D(2024, 3, 11)) == 2


def test_an_assignment_deadline_can_be_given_as_working_days():
    # 6–9 February are 4, then 18–23 February the other 6.
    assert due_in_working_days(10, start=D(2024, 2, 5)) == D(2024, 2, 23)
    matter = handed_out(on=D(2024, 2, 5), due=due_in_working_days(10, start=D(2024, 2, 5)))
    assert matter.due == D(2024, 2, 23)


def test_a_matters_remaining_days_and_due_soon_are_counted_in_working_days():
    matter = handed_out(on=D(2024, 2, 1), due=D(2024, 2, 19))
    # Friday 9 February: the festival week does not count, so only 2 working days remain (18th, 19th).
    assert remaining_working_days(matter, today=D(2024, 2, 9)) == 2
    assert is_due_soon(matter, today=D(2024, 2, 9))
    assert not is_due_soon(matter, today=D(2024, 2, 1))
    assert not is_overdue(matter, today=D(2024, 2, 19))
    assert is_overdue(matter, today=D(2024, 2, 20))
    assert remaining_working_days(matter, today=D(2024, 2, 21)) == -2

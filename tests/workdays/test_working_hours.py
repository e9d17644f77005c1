"""Working-hour limits (签收, first response) run only in office hours of working days: 09:00–12:00 and
13:30–17:30 local time by default, holidays skipped and 调休 make-up days counted."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from huishang.workdays.calendar import add_working_hours
from huishang.workdays.models import CalendarOverride

pytestmark = pytest.mark.django_db
SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


def test_hours_within_a_morning_end_the_same_morning():
    assert add_working_hours(at(2024, 3, 4, 9), 2) == at(2024, 3, 4, 11)


def test_the_lunch_break_does_not_count():
    assert add_working_hours(at(2024, 3, 4, 11), 2) == at(2024, 3, 4, 14, 30)


def test_a_limit_ending_at_closing_time_ends_then_and_the_rest_runs_the_next_working_morning():
    assert add_working_hours(at(2024, 3, 4, 9), 7) == at(2024, 3, 4, 17, 30)
    assert add_working_hours(at(2024, 3, 4, 9), 8) == at(2024, 3, 5, 10)


def test_a_start_outside_office_hours_counts_from_the_next_opening():
    assert add_working_hours(at(2024, 3, 4, 20), 1) == at(2024, 3, 5, 10)
    assert add_working_hours(at(2024, 3, 4, 12, 30), 1) == at(2024, 3, 4, 14, 30)


def test_a_friday_evening_assignment_runs_from_monday():
    # Friday 8 March 2024, after hours: Saturday and Sunday are not working days.
    assert add_working_hours(at(2024, 3, 8, 18), 4) == at(2024, 3, 11, 14, 30)


def test_the_spring_festival_is_skipped_and_the_make_up_sunday_counts():
    # 2024: Friday 9 February is a working day, 10–17 February off, Sunday 18 February a make-up day (调休).
    assert add_working_hours(at(2024, 2, 9, 16, 30), 3) == at(2024, 2, 18, 11)
    # Sunday 4 February 2024 is a make-up working day too.
    assert add_working_hours(at(2024, 2, 3, 10), 1) == at(2024, 2, 4, 10)


def test_a_deployment_holiday_is_skipped():
    CalendarOverride.objects.create(day=datetime.date(2024, 3, 5), is_working_day=False, note="本地假日")
    assert add_working_hours(at(2024, 3, 4, 17), 1) == at(2024, 3, 6, 9, 30)


def test_office_hours_are_a_setting(settings):
    settings.HUISHANG_OFFICE_HOURS = [("08:30", "12:00"), ("14:00", "18:00")]
    assert add_working_hours(at(2024, 3, 4, 11), 2) == at(2024, 3, 4, 15, 0)


def test_a_limit_of_several_days_counts_whole_working_days():
    # 24 working hours from Monday 09:00 at 7 a day: three whole days and 3 hours into Thursday.
    assert add_working_hours(at(2024, 3, 4, 9), 24) == at(2024, 3, 7, 12)

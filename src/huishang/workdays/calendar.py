"""Chinese working days: the national calendar of ``chinese_calendar`` (holidays and 调休 make-up days),
corrected by the deployment's CalendarOverride rows."""

import datetime

import chinese_calendar
from django.conf import settings
from django.utils import timezone

from huishang.core import clock
from huishang.workdays.models import CalendarOverride

ONE_DAY = datetime.timedelta(days=1)


def _overrides(start: datetime.date, end: datetime.date) -> dict[datetime.date, bool]:
    rows = CalendarOverride.objects.filter(day__gte=min(start, end), day__lte=max(start, end))
    return dict(rows.values_list("day", "is_working_day"))


def _national(day: datetime.date) -> bool:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        # Years the package does not know yet: Monday to Friday.
        return day.weekday() < 5


def is_working_day(day: datetime.date, overrides: dict | None = None) -> bool:
    overrides = _overrides(day, day) if overrides is None else overrides
    return overrides.get(day, _national(day))


def add_working_days(start: datetime.date, days: int) -> datetime.date:
    """The day ``days`` working days after ``start`` (``start`` itself not counted)."""
    overrides = _overrides(start, start + datetime.timedelta(days=days * 3 + 30))
    day = start
    left = days
    while left > 0:
        day += ONE_DAY
        if is_working_day(day, overrides):
            left -= 1
    return day


def overrides_between(start: datetime.date, end: datetime.date) -> dict[datetime.date, bool]:
    """The deployment's corrections for the days from ``start`` to ``end``, to count many spans with one query."""
    return _overrides(start, end)


def working_days_between(start: datetime.date, end: datetime.date, overrides: dict | None = None) -> int:
    """Working days after ``start`` up to and including ``end``; negative when ``end`` is earlier."""
    if end < start:
        return -working_days_between(end, start, overrides)
    overrides = _overrides(start, end) if overrides is None else overrides
    count = 0
    day = start
    while day < end:
        day += ONE_DAY
        count += is_working_day(day, overrides)
    return count


def due_in_working_days(days: int, *, start: datetime.date | None = None) -> datetime.date:
    """The deadline ``days`` working days from today (or ``start``)."""
    return add_working_days(start or clock.today(), days)


def office_hours() -> list[tuple[datetime.time, datetime.time]]:
    """The spans of a working day in which working hours run (settings.HUISHANG_OFFICE_HOURS), in order."""
    return sorted(
        (datetime.time.fromisoformat(start), datetime.time.fromisoformat(end))
        for start, end in settings.HUISHANG_OFFICE_HOURS
    )


def add_working_hours(start: datetime.datetime, hours: float) -> datetime.datetime:
    """The moment ``hours`` office hours of working days after ``start`` (holidays, weekends and time outside
    office hours do not count; 调休 make-up days do). A limit that ends exactly at the close of a span ends
    there, not at the opening of the next."""
    local = timezone.localtime(start)
    zone = local.tzinfo
    spans = office_hours()
    daily = sum((datetime.datetime.combine(local.date(), end) - datetime.datetime.combine(local.date(), begin)
                 for begin, end in spans), datetime.timedelta())
    if not daily:
        raise ValueError("settings.HUISHANG_OFFICE_HOURS holds no office hours")
    left = datetime.timedelta(hours=hours)
    day = local.date()
    loaded_until = day + datetime.timedelta(days=int(left / daily) * 3 + 30)
    overrides = _overrides(day, loaded_until)
    while True:
        if is_working_day(day, overrides):
            for begin, end in spans:
                opens = datetime.datetime.combine(day, begin, tzinfo=zone)
                closes = datetime.datetime.combine(day, end, tzinfo=zone)
                counted_from = max(opens, local)
                if counted_from >= closes:
                    continue
                if left <= closes - counted_from:
                    return counted_from + left
                left -= closes - counted_from
        day += ONE_DAY
        if day > loaded_until:
            loaded_until = day + datetime.timedelta(days=60)
            overrides.update(_overrides(day, loaded_until))

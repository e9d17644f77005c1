"""Reading the values clients type or send: record keys, days, periods, years, moments and coordinates.

One place for every surface (the API, Open311, filters, commands), so that the same bad input is refused the
same way, with a ValidationError naming the field, and no value the database or the calendar cannot hold
reaches a query: an id beyond a 64-bit integer, a year past 9999, a day after which no day follows, a
coordinate that is not a number.
"""

import datetime
import re
from decimal import Decimal
from typing import Annotated

from django.utils import timezone
from django.utils.translation import gettext as _
from pydantic import BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from huishang.core.errors import ValidationError

# The largest id a 64-bit integer column holds (SQLite's INTEGER, PostgreSQL's bigint).
LARGEST_ID = 2**63 - 1
FIRST_YEAR, LAST_YEAR = datetime.MINYEAR, datetime.MAXYEAR

# Moments a query may compare with: a day inside what a datetime holds in every time zone, so that turning
# one into UTC or local time, or adding an hour, never overflows.
EARLIEST = datetime.datetime.min.replace(tzinfo=datetime.timezone.utc) + datetime.timedelta(days=1)
LATEST = datetime.datetime.max.replace(tzinfo=datetime.timezone.utc) - datetime.timedelta(days=1)

_ID = re.compile(r"[0-9]+")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,3})?")
# Characters no record's key holds; PostgreSQL refuses a NUL in any text it is sent.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def record_key(value) -> int | str | None:
    """A key naming a record by id or by number: an int for ASCII digits, the text otherwise, and None
    for a key that can name nothing (digits beyond any id, control characters, nothing at all).

    ``str.isdigit`` is no test for an id: it holds for '³' and '٣', which ``int`` refuses or reads."""
    key = str(value if value is not None else "").strip()
    if not key or _CONTROL.search(key):
        return None
    if _ID.fullmatch(key):
        number = int(key)
        return number if 1 <= number <= LARGEST_ID else None
    return key


def day(value, field: str) -> datetime.date | None:
    """A day written YYYY-MM-DD (ASCII digits, as ISO 8601 and HTML forms write it), or None for nothing.

    Stricter than ``date.fromisoformat``, which also reads 20240101 and week dates, and than pydantic,
    which reads 0 as 1970-01-01."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        raise ValidationError(_("%(field)s must be a date written YYYY-MM-DD.") % {"field": field}, field=field)
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    try:
        if not _DAY.fullmatch(text):
            raise ValueError(text)
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(_("%(field)s must be a date written YYYY-MM-DD.") % {"field": field}, field=field)


def period(first, last, *, fields=("from", "to")) -> tuple[datetime.date | None, datetime.date | None]:
    """The first and last days of a period (both included), each None for an open end.

    Integrators send the calendar's first day (0001-01-01) and last day (9999-12-31) to mean "no limit",
    and so they are read."""
    start, end = day(first, fields[0]), day(last, fields[1])
    if start and end and start > end:
        raise ValidationError(_("The period ends before it starts."), field=fields[1])
    if start == datetime.date.min:
        start = None
    if end == datetime.date.max:
        end = None
    return start, end


def clamped(moment: datetime.datetime) -> datetime.datetime:
    """``moment`` in UTC, brought inside EARLIEST..LATEST: a bound before every record or after them all
    selects the same rows as the nearest moment a database can compare with."""
    if timezone.is_naive(moment):
        try:
            moment = timezone.make_aware(moment)
        except (OverflowError, ValueError):
            return EARLIEST if moment.year == FIRST_YEAR else LATEST
    try:
        moment = moment.astimezone(datetime.timezone.utc)
    except OverflowError:
        return EARLIEST if moment.year == FIRST_YEAR else LATEST
    return min(max(moment, EARLIEST), LATEST)


def start_of(day_: datetime.date) -> datetime.datetime:
    """The moment ``day_`` begins in local time, clamped as ``clamped`` says."""
    return clamped(datetime.datetime.combine(day_, datetime.time.min))


def end_of(day_: datetime.date) -> datetime.datetime:
    """The moment after ``day_`` ends (the next day's start), clamped; the calendar's last day ends at LATEST."""
    if day_ >= datetime.date.max:
        return LATEST
    return start_of(day_ + datetime.timedelta(days=1))


def moment(value, field: str) -> datetime.datetime | None:
    """A W3C date-time (ISO 8601, "Z" or an offset; a bare day or local time is read in local time), or
    None for nothing; clamped so that any moment of the calendar can bound a query."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        if not text.isascii():
            raise ValueError(text)
        parsed = datetime.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ValidationError(
            _("%(field)s must be a date-time such as 2024-05-01T08:00:00+08:00.") % {"field": field}, field=field)
    return clamped(parsed)


def days_before(moment_: datetime.datetime, days: int) -> datetime.datetime:
    """``days`` days before ``moment_``, or EARLIEST when the calendar has no such day."""
    moment_, span = clamped(moment_), datetime.timedelta(days=days)
    return moment_ - span if moment_ - EARLIEST > span else EARLIEST


def coordinate(value, field: str, *, limit: int) -> Decimal | None:
    """A latitude (``limit`` 90) or longitude (``limit`` 180) in degrees to six places, or None for nothing.

    Written in ASCII digits: NaN, infinities, "1_0" and "９" are numbers to Decimal, but no place on the map."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if not _DECIMAL.fullmatch(text):
        raise ValidationError(_("Give the place as a number."), field=field)
    number = Decimal(text)
    if not -limit <= number <= limit:
        raise ValidationError(_("The place lies outside the map."), field=field)
    return number.quantize(Decimal("0.000001"))


def _day_for_schema(value):
    """What a request schema reads as a day: the same text ``day`` reads (a date object passes)."""
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str) and _DAY.fullmatch(value.strip()):
        return value.strip()
    raise PydanticCustomError("date_parsing", "Input should be a date written YYYY-MM-DD")


# Shapes for request schemas (ninja / pydantic), which refuse with 422 naming the field.
Day = Annotated[datetime.date, BeforeValidator(_day_for_schema),
                WithJsonSchema({"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"})]
Year = Annotated[int, Field(ge=FIRST_YEAR, le=LAST_YEAR)]


# The longest date-time written as ISO 8601: 2024-05-01T08:00:00.123456+08:00 and some room.
MOMENT_MAX = 40


def _moment_for_schema(value):
    """What a request schema reads as a moment: the text ``moment`` reads (a date-time object passes)."""
    if isinstance(value, str) and len(value) <= MOMENT_MAX:
        try:
            return moment(value, "moment") or _not_a_moment()
        except ValidationError:
            _not_a_moment()
    if isinstance(value, datetime.datetime):
        return clamped(value)
    _not_a_moment()


def _not_a_moment():
    raise PydanticCustomError("datetime_parsing", "Input should be a date-time such as 2024-05-01T08:00:00+08:00")


Moment = Annotated[datetime.datetime, BeforeValidator(_moment_for_schema),
                   WithJsonSchema({"type": "string", "format": "date-time", "maxLength": MOMENT_MAX})]

"""One reading of keys, days, periods, moments and coordinates: bad input is refused naming the field, and no
value the database or the calendar cannot hold comes out."""

import datetime
from decimal import Decimal

import pytest

from huishang.core import parsing
from huishang.core.errors import ValidationError


@pytest.mark.parametrize("key, expected", [
    ("12", 12), (" 12 ", 12), (str(2**63 - 1), 2**63 - 1), (str(2**63), None), ("0", None), ("", None), (None, None),
    ("HS-2024-000001", "HS-2024-000001"), ("³", "³"), ("٣", "٣"), ("a\x00b", None),
])
def test_a_key_is_an_id_only_in_ascii_digits_within_a_64_bit_integer(key, expected):
    assert parsing.record_key(key) == expected


@pytest.mark.parametrize("text", ["0", "20240501", "2024-W18-3", "2024-13-01", "10000-01-01", "２０２４-05-01",
                                  "x"])
def test_a_day_not_written_yyyy_mm_dd_is_refused_naming_the_field(text):
    with pytest.raises(ValidationError) as refused:
        parsing.day(text, "held_on")
    assert refused.value.field == "held_on"


def test_a_day_written_yyyy_mm_dd_or_given_as_a_date_is_read():
    assert parsing.day("2024-05-01", "to") == datetime.date(2024, 5, 1)
    assert parsing.day(datetime.date(2024, 5, 1), "to") == datetime.date(2024, 5, 1)
    assert parsing.day("", "to") is None


def test_the_calendars_first_and_last_days_bound_no_period():
    assert parsing.period("0001-01-01", "9999-12-31") == (None, None)
    assert parsing.period("0001-01-02", "9999-12-30") == (datetime.date(1, 1, 2), datetime.date(9999, 12, 30))


def test_a_period_that_ends_before_it_starts_is_refused_naming_its_end():
    with pytest.raises(ValidationError) as refused:
        parsing.period("2024-05-02", "2024-05-01")
    assert refused.value.field == "to"


@pytest.mark.parametrize("day", [datetime.date.min, datetime.date(1, 1, 2), datetime.date(9999, 12, 30),
                                 datetime.date.max])
def test_every_day_of_the_calendar_has_a_start_and_an_end_a_database_can_compare_with(day):
    start, end = parsing.start_of(day), parsing.end_of(day)
    assert parsing.EARLIEST <= start <= end <= parsing.LATEST
    for moment in (start, end):  # shown in any zone without overflowing
        moment.astimezone(datetime.timezone(datetime.timedelta(hours=14)))
        moment.astimezone(datetime.timezone(datetime.timedelta(hours=-12)))


def test_a_local_day_starts_at_local_midnight():
    assert parsing.start_of(datetime.date(2024, 5, 1)) == datetime.datetime(2024, 4, 30, 16, tzinfo=datetime.UTC)


@pytest.mark.parametrize("text, expected", [
    ("2024-05-01T08:00:00+08:00", datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)),
    ("2024-05-01T00:00:00Z", datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)),
    ("0001-01-01", parsing.EARLIEST), ("0001-01-01T00:00:00Z", parsing.EARLIEST),
    ("9999-12-31T23:59:59-05:00", parsing.LATEST),
])
def test_a_moment_is_read_and_brought_inside_what_a_database_compares(text, expected):
    assert parsing.moment(text, "start_date") == expected


def test_ninety_days_before_the_first_moment_is_the_first_moment():
    assert parsing.days_before(parsing.EARLIEST, 90) == parsing.EARLIEST


@pytest.mark.parametrize("text", ["yesterday", "2024-05-01T25:00", "２０２４-05-01"])
def test_a_moment_that_is_no_w3c_date_time_is_refused_naming_the_field(text):
    with pytest.raises(ValidationError) as refused:
        parsing.moment(text, "end_date")
    assert refused.value.field == "end_date"


@pytest.mark.parametrize("value", ["NaN", "nan", "sNaN", "inf", "-Infinity", "1_0", "９", "1e99999", "", None])
def test_a_coordinate_that_is_no_number_of_degrees_is_refused_or_absent(value):
    if value in ("", None):
        assert parsing.coordinate(value, "latitude", limit=90) is None
        return
    with pytest.raises(ValidationError) as refused:
        parsing.coordinate(value, "latitude", limit=90)
    assert refused.value.field == "latitude"


def test_a_coordinate_off_the_map_is_refused_and_one_on_it_is_kept_to_six_places():
    with pytest.raises(ValidationError):
        parsing.coordinate("180.5", "longitude", limit=180)
    assert parsing.coordinate("-31.2560001", "latitude", limit=90) == Decimal("-31.256000")
    assert parsing.coordinate(121.5, "longitude", limit=180) == Decimal("121.500000")

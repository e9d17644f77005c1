"""The matter list marks deadlines in working days, as the supervision cards count them."""

import datetime

import pytest

from huishang.core import clock
from tests import factories as f

pytestmark = pytest.mark.django_db

# 2024: 1–7 October are the National Day holiday; Sunday 29 September is a make-up working day.
MONDAY_BEFORE_NATIONAL_DAY = datetime.datetime(2024, 9, 30, 10, 0)


def row_class(client, office, matter) -> str:
    client.force_login(office)
    with clock.frozen_at(MONDAY_BEFORE_NATIONAL_DAY):
        html = client.get("/matters/").content.decode()
    row = html[: html.index(matter.number)]
    return row[row.rindex("<tr"):]


def test_a_deadline_two_working_days_away_across_the_holiday_is_due_soon(client):
    office = f.office()
    with clock.frozen_at(MONDAY_BEFORE_NATIONAL_DAY):
        matter = f.assigned_matter(by_office=office, due=datetime.date(2024, 10, 9))
    assert 'class="due-soon"' in row_class(client, office, matter)


def test_a_deadline_seven_working_days_away_is_not_marked(client):
    office = f.office()
    with clock.frozen_at(MONDAY_BEFORE_NATIONAL_DAY):
        matter = f.assigned_matter(by_office=office, due=datetime.date(2024, 10, 15))
    assert 'class=""' in row_class(client, office, matter)

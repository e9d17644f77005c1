"""The matter list marks deadlines in working days, as the supervision cards count them."""

import datetime

import pytest

from huishang.core import clock
from tests import factories as f
from tests.web.pages import signed_in, text_of

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


def _assign(office, matter, handler, **fields):
    data = {"assign-version": matter.version, "assign-lead_unit": handler.organization.pk, "assign-note": ""}
    data.update({f"assign-{name}": value for name, value in fields.items()})
    with clock.frozen_at(MONDAY_BEFORE_NATIONAL_DAY):
        return signed_in(office).post(f"/matters/{matter.number}/assign/", data)


def test_the_office_assigns_within_working_days_and_the_deadline_skips_the_holiday():
    office, handler = f.office(), f.unit_handler()
    with clock.frozen_at(MONDAY_BEFORE_NATIONAL_DAY):
        matter = f.accepted_matter(by_office=office)
    assert _assign(office, matter, handler, working_days=2).status_code == 302
    matter.refresh_from_db()
    assert matter.due == datetime.date(2024, 10, 9)


def test_a_date_and_a_number_of_working_days_together_are_refused_naming_the_field():
    office, handler = f.office(), f.unit_handler()
    with clock.frozen_at(MONDAY_BEFORE_NATIONAL_DAY):
        matter = f.accepted_matter(by_office=office)
    refused = _assign(office, matter, handler, working_days=2, due="2024-10-20")
    assert refused.status_code in (400, 422) and "工作日" in text_of(refused)
    matter.refresh_from_db()
    assert matter.due is None and not matter.assignments.exists()

"""时限: each assignment gets the moments by which its unit must sign for it and first respond, in working
hours from the hand-over, from the StepLimit row of the matter's category and urgency, else the row for every
category, else the built-in defaults (supervision.limits); the 办结 deadline defaults to the limit's working days."""

import datetime

import pytest

from huishang.cases import services
from huishang.cases.models import Matter
from huishang.core import clock
from huishang.core.errors import NotAllowed
from huishang.supervision.limits import DEFAULTS
from huishang.supervision.models import StepLimit
from huishang.workdays.calendar import add_working_days
from tests import factories as f
from tests.api.client import as_user
from tests.cases.worlds import cast
from tests.supervision.conftest import START, at, handed_out
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db
D = datetime.date
HALF_HOUR = datetime.timedelta(minutes=30)


def test_without_a_row_a_normal_matter_is_signed_for_in_8_working_hours_and_first_answered_in_24():
    matter = handed_out(acknowledged=False)  # Monday 4 March 2024, 10:00
    assignment = matter.assignments.get()
    assert assignment.acknowledge_due == at(D(2024, 3, 5), 11)  # 7 hours on Monday, 1 more on Tuesday
    # 6 hours on Monday, 7 on Tuesday and on Wednesday, 4 on Thursday (3 before lunch, 1 after).
    assert assignment.response_due == at(D(2024, 3, 7), 14) + HALF_HOUR
    assert DEFAULTS[Matter.Urgency.NORMAL]["resolve_days"] == 15


def test_the_categorys_row_comes_before_the_row_for_every_category():
    f.category()
    StepLimit.objects.create(category=None, urgency="normal", acknowledge_hours=2, respond_hours=4, resolve_days=10)
    matter = handed_out(acknowledged=False)
    assert matter.assignments.get().acknowledge_due == at(D(2024, 3, 4), 12)
    talent = f.category()
    StepLimit.objects.create(category=talent, urgency="normal", acknowledge_hours=1, respond_hours=3, resolve_days=5)
    other = handed_out(acknowledged=False)
    assert other.assignments.get().acknowledge_due == at(D(2024, 3, 4), 11)
    assert other.assignments.get().response_due == at(D(2024, 3, 4), 14) + HALF_HOUR  # after lunch


def test_an_assignment_without_a_deadline_gets_the_limits_working_days():
    people = cast()
    with clock.frozen_at(at(START)):
        matter = f.matter(by=people.contact)
        services.accept(matter, by=people.office)
        services.assign(matter, by=people.office, lead_unit=people.handler.organization, due=None, urgency="urgent")
    matter.refresh_from_db()
    assert matter.urgency == "urgent"
    assert matter.due == add_working_days(START, DEFAULTS[Matter.Urgency.URGENT]["resolve_days"])
    assert matter.assignments.get().acknowledge_due == at(START, 15) + HALF_HOUR  # urgent: 4 working hours


def test_the_office_sets_the_urgency_at_submission_and_an_enterprise_cannot():
    people = cast()
    urgent = services.submit_matter(by=people.office, title="停电", description="园区停电", category=f.category(),
                                    enterprise=people.contact.organization, urgency="urgent")
    assert urgent.urgency == "urgent"
    assert f.matter(by=people.contact).urgency == "normal"
    with pytest.raises(NotAllowed) as refused:
        services.submit_matter(by=people.contact, title="停电", description="园区停电", category="talent",
                               urgency="urgent")
    assert refused.value.field == "urgency"


def test_the_api_takes_the_urgency_at_submission_and_assignment_and_defaults_the_deadline():
    people = cast()
    f.category()
    office = as_user(people.office)
    made = office.post("/matters", {"title": "停电", "description": "园区停电", "category": "talent",
                                    "enterprise": people.contact.organization.pk, "urgency": "urgent"})
    assert made.status_code == 201 and made.json()["urgency"] == "urgent" and made.json()["urgency_label"] == "紧急"
    number = made.json()["number"]
    office.post(f"/matters/{number}/accept", {})
    assigned = office.post(f"/matters/{number}/assign", {"lead_unit": people.handler.organization.pk,
                                                        "urgency": "normal"})
    assert assigned.status_code == 200, assigned.json()
    assert assigned.json()["urgency"] == "normal"
    assert assigned.json()["due"] == add_working_days(clock.today(), 15).isoformat()
    refused = as_user(people.contact).post("/matters", {"title": "停电", "description": "园区停电",
                                                        "category": "talent", "urgency": "urgent"})
    assert refused.status_code == 403 and refused.json()["field"] == "urgency"


def test_the_assign_form_is_pre_filled_with_the_limits_deadline_and_shows_the_urgency():
    people = cast()
    matter = f.matter(by=people.contact)
    services.accept(matter, by=people.office)
    page = signed_in(people.office).get(f"/matters/{matter.number}/").content.decode()
    assert f'value="{add_working_days(clock.today(), 15).isoformat()}"' in page
    assert 'name="assign-urgency"' in page and 'data-urgency="normal"' in page

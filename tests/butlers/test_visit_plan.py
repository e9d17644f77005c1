"""The visit plan: each enterprise in care is visited at least every N days; who sets N; the overdue alert;
``visits_overdue`` in the figures; the plan page and API, allowed and refused, within the jurisdiction."""

import datetime
import io
import json

import pytest
from django.core.management import call_command

from huishang.butlers import jobs, services, tasks
from huishang.butlers.figures import butler_figures
from huishang.butlers.models import ServiceArea, VisitFrequency
from huishang.butlers.plan import cares_on, visit_interval_days, visit_plan
from huishang.butlers.selectors import workbench
from huishang.core import clock
from huishang.core.errors import NotAllowed, ValidationError
from huishang.figures.selectors import Scope
from huishang.notifications.models import Notification
from tests import factories as f
from tests.api.client import as_user
from tests.butlers.people import butler, butler_world
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db

CARE_DAY = datetime.date(2024, 1, 2)


def at(day):
    return clock.frozen_at(datetime.datetime.combine(day, datetime.time(10)))


def cared_for_since(day):
    with at(day):
        return butler_world()


def visit(world, day):
    with at(day):
        services.record_visit(by=world.butler, enterprise=world.enterprise, visited_on=day, people_met="王总",
                              areas=[ServiceArea.NEEDS])


def plan_on(day):
    return visit_plan(cares_on(day), on=day)


@pytest.fixture
def every_30_days(settings):
    settings.HUISHANG_BUTLER_VISIT_DAYS = 30


# --- the rule -------------------------------------------------------------------------------------------------

def test_a_visit_is_due_n_days_after_the_last_and_overdue_only_from_the_day_after(every_30_days):
    world = cared_for_since(CARE_DAY)
    visit(world, datetime.date(2024, 3, 1))
    [on_due_day] = plan_on(datetime.date(2024, 3, 31))
    assert on_due_day.due == datetime.date(2024, 3, 31) and not on_due_day.overdue
    [day_after] = plan_on(datetime.date(2024, 4, 1))
    assert day_after.overdue and day_after.days_overdue == 1


def test_an_enterprise_never_visited_falls_due_n_days_after_its_care_began(every_30_days):
    cared_for_since(CARE_DAY)
    [row] = plan_on(datetime.date(2024, 2, 1))
    assert row.last_visit is None and row.due == datetime.date(2024, 2, 1) and not row.overdue
    [row] = plan_on(datetime.date(2024, 2, 2))
    assert row.overdue


def test_only_the_current_butlers_visits_count_and_a_visit_after_the_day_does_not(every_30_days):
    world = cared_for_since(CARE_DAY)
    visit(world, datetime.date(2024, 1, 10))
    successor = butler()
    with at(datetime.date(2024, 1, 20)):
        services.assign_butler(by=world.office, enterprise=world.enterprise, butler=successor)
    [row] = plan_on(datetime.date(2024, 2, 19))
    assert row.butler == successor and row.last_visit is None and row.due == datetime.date(2024, 2, 19)
    [row] = plan_on(datetime.date(2024, 2, 20))
    assert row.overdue


def test_an_ended_care_leaves_the_plan(every_30_days):
    world = cared_for_since(CARE_DAY)
    with at(datetime.date(2024, 1, 5)):
        services.end_care(by=world.office, enterprise=world.enterprise)
    assert plan_on(datetime.date(2024, 3, 1)) == []


# --- the frequency --------------------------------------------------------------------------------------------

def test_without_a_setting_the_deployment_default_holds_and_the_offices_setting_holds_from_its_day(settings):
    settings.HUISHANG_BUTLER_VISIT_DAYS = 45
    world = cared_for_since(CARE_DAY)
    assert visit_interval_days() == 45
    with at(datetime.date(2024, 3, 1)):
        services.set_visit_frequency(by=world.office, days=20, note="加密走访")
    assert visit_interval_days(datetime.date(2024, 2, 29)) == 45
    assert visit_interval_days(datetime.date(2024, 3, 1)) == visit_interval_days() == 20
    [row] = plan_on(datetime.date(2024, 3, 1))
    assert row.due == datetime.date(2024, 1, 22) and row.overdue


def test_only_the_office_sets_the_frequency():
    world = butler_world()
    for other in (world.butler, f.supervisor(), world.contact, f.unit_handler()):
        with pytest.raises(NotAllowed):
            services.set_visit_frequency(by=other, days=10)
    assert services.set_visit_frequency(by=world.office, days=10).days == 10


@pytest.mark.parametrize("days", [0, 367, -3, "30", True, None])
def test_a_frequency_outside_1_to_366_days_is_refused_naming_days(days):
    with pytest.raises(ValidationError) as refused:
        services.set_visit_frequency(by=f.office(), days=days)
    assert refused.value.field == "days" and not VisitFrequency.objects.exists()


def test_the_frequency_through_the_api_is_the_offices_and_names_the_field_on_bad_input():
    world = butler_world()
    assert as_user(world.butler).post("/butlers/visit-frequency", {"days": 10}).status_code == 403
    refused = as_user(world.office).post("/butlers/visit-frequency", {"days": 400})
    assert refused.status_code == 422 and refused.json()["field"] == "days"
    response = as_user(world.office).post("/butlers/visit-frequency", {"days": 14, "note": "加密走访"})
    assert response.status_code == 201 and response.json()["days"] == 14
    assert as_user(world.butler).get("/butlers/visit-frequency").json()["days"] == 14
    assert as_user(world.contact).get("/butlers/visit-frequency").status_code == 403


# --- the alert ------------------------------------------------------------------------------------------------

def test_the_alert_tells_the_butler_and_the_office_once_per_missed_due_day(every_30_days):
    world = cared_for_since(CARE_DAY)
    visit(world, datetime.date(2024, 3, 1))
    assert jobs.alert_overdue_visits(today=datetime.date(2024, 3, 31)) == 0
    assert jobs.alert_overdue_visits(today=datetime.date(2024, 4, 1)) == 2
    told = Notification.objects.filter(event="butlers.visit_overdue")
    assert {notice.recipient for notice in told} == {world.butler, world.office}
    assert world.enterprise.name in told.get(recipient=world.butler).subject
    assert jobs.alert_overdue_visits(today=datetime.date(2024, 4, 2)) == 0
    visit(world, datetime.date(2024, 4, 3))
    assert jobs.alert_overdue_visits(today=datetime.date(2024, 5, 3)) == 0
    assert jobs.alert_overdue_visits(today=datetime.date(2024, 5, 4)) == 2


def test_the_workers_daily_run_and_the_periodic_task_send_the_alert(every_30_days, capsys):
    world = cared_for_since(CARE_DAY)
    with at(datetime.date(2024, 2, 2)):
        call_command("worker", "--once")
    assert "overdue visit notices 2" in capsys.readouterr().out
    with at(datetime.date(2024, 2, 2)):
        assert tasks.overdue_visit_alerts.call_local() == 0
    assert Notification.objects.filter(event="butlers.visit_overdue", recipient=world.butler).count() == 1


def test_the_alert_goes_to_no_office_outside_the_enterprises_jurisdiction(every_30_days):
    world = cared_for_since(CARE_DAY)
    elsewhere = f.office(scope=f.region(code="320100", name="南京市"))
    jobs.alert_overdue_visits(today=datetime.date(2024, 3, 1))
    assert not Notification.objects.filter(recipient=elsewhere).exists()
    assert Notification.objects.filter(recipient=world.office).exists()


# --- the figures ----------------------------------------------------------------------------------------------

def test_visits_overdue_counts_cares_not_visited_in_time_at_the_end_of_the_period(every_30_days):
    world = cared_for_since(CARE_DAY)
    other = butler()
    late = f.enterprise()
    with at(CARE_DAY):
        services.assign_butler(by=world.office, enterprise=late, butler=other)
    visit(world, datetime.date(2024, 3, 1))

    def overdue(first, last):
        return butler_figures(Scope(date_from=first, date_to=last))["butlers"]

    march = overdue(datetime.date(2024, 3, 1), datetime.date(2024, 3, 31))
    assert march["visits_overdue"] == 1
    assert {row["name"]: row["visits_overdue"] for row in march["by_butler"]} == {world.butler.name: 0, other.name: 1}
    assert overdue(datetime.date(2024, 4, 1), datetime.date(2024, 4, 1))["visits_overdue"] == 2
    assert overdue(datetime.date(2024, 1, 1), datetime.date(2024, 1, 31))["visits_overdue"] == 0


def test_stats_json_has_visits_overdue(every_30_days):
    cared_for_since(CARE_DAY)
    out = io.StringIO()
    call_command("stats", "--json", "--from", "2024-03-01", "--to", "2024-03-31", stdout=out)
    assert json.loads(out.getvalue())["butlers"]["visits_overdue"] == 1


# --- the pages and the API ------------------------------------------------------------------------------------

def test_the_butlers_workbench_marks_an_enterprise_not_visited_in_time(every_30_days):
    world = butler_world()
    visit(world, clock.today() - datetime.timedelta(days=31))
    [row] = workbench(world.butler)
    assert row.overdue and row.days_overdue == 1
    page = signed_in(world.butler).get("/butlers/")
    assert "data-overdue" in page.content.decode()


def test_the_office_reads_the_plan_of_its_jurisdiction_with_the_overdue_marked_and_others_are_refused(every_30_days):
    world = butler_world()
    visit(world, clock.today() - datetime.timedelta(days=31))
    page = signed_in(world.office).get("/butlers/plan/?overdue=1")
    assert page.status_code == 200 and world.enterprise.name in text_of(page)
    assert "data-overdue" in page.content.decode()
    for other in (world.butler, world.contact, f.unit_handler()):
        assert signed_in(other).get("/butlers/plan/").status_code == 403
    assert signed_in(f.supervisor()).get("/butlers/plan/").status_code == 200


def test_the_office_sets_the_frequency_on_the_plan_page_and_a_supervisor_may_not():
    world = butler_world()
    assert signed_in(f.supervisor()).post("/butlers/plan/", {"days": 10}).status_code == 403
    refused = signed_in(world.office).post("/butlers/plan/", {"days": 0})
    assert refused.status_code == 422
    assert signed_in(world.office).post("/butlers/plan/", {"days": 21}).status_code == 302
    assert visit_interval_days() == 21


def test_the_plan_api_gives_a_butler_their_own_and_the_office_its_jurisdictions(every_30_days):
    world = butler_world()
    visit(world, clock.today() - datetime.timedelta(days=31))
    elsewhere_office = f.office(scope=f.region(code="320100", name="南京市"))
    [row] = as_user(world.butler).get("/butlers/plan").json()
    assert row["enterprise"] == world.enterprise.pk and row["overdue"] and row["days_overdue"] == 1
    assert len(as_user(world.office).get("/butlers/plan?overdue=true").json()) == 1
    assert as_user(elsewhere_office).get("/butlers/plan").json() == []
    assert as_user(world.contact).get("/butlers/plan").status_code == 403
    assert as_user(world.butler).get("/butlers/workbench").json()[0]["overdue"] is True

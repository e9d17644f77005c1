"""The butler API: visits, assignments, training and figures, each allowed and refused by role."""

import pytest

from huishang.butlers.models import Care, Visit
from huishang.core import clock
from tests import factories as f
from tests.api.client import as_user
from tests.butlers.people import butler, butler_world

pytestmark = pytest.mark.django_db


def visit_body(world, **overrides):
    body = {"enterprise": world.enterprise.pk, "visited_on": clock.today().isoformat(), "people_met": "王总经理",
            "areas": ["needs"], "problems": [{"title": "技工招聘难", "description": "缺口20人", "category": "talent"}]}
    body.update(overrides)
    return body


def test_a_butler_records_a_visit_through_the_api_and_gets_its_matter():
    world = butler_world()
    response = as_user(world.butler).post("/butlers/visits", visit_body(world))
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["matters"][0]["number"].startswith("HS-") and body["areas"] == ["needs"]
    assert as_user(world.butler).get("/butlers/visits").json()[0]["id"] == body["id"]


def test_a_visit_outside_the_butlers_care_answers_403_and_bad_areas_422_naming_the_field():
    world = butler_world()
    assert as_user(world.butler).post("/butlers/visits", visit_body(world, enterprise=f.enterprise().pk)).status_code == 403
    refused = as_user(world.butler).post("/butlers/visits", visit_body(world, areas=[]))
    assert refused.status_code == 422 and refused.json()["field"] == "areas"
    assert as_user(world.office).post("/butlers/visits", visit_body(world)).status_code == 403
    assert not Visit.objects.exists()


def test_the_office_assigns_a_butler_through_the_api_and_a_butler_may_not():
    office, enterprise, person = f.office(), f.enterprise(), butler()
    response = as_user(office).post("/butlers/cares", {"enterprise": enterprise.pk, "butler": person.pk})
    assert response.status_code == 201 and response.json()["ended_at"] is None
    assert as_user(person).post("/butlers/cares", {"enterprise": enterprise.pk, "butler": butler().pk}).status_code == 403
    assert Care.objects.count() == 1


def test_training_through_the_api_is_the_offices():
    office, person = f.office(), butler()
    body = {"butler": person.pk, "topic": "problem_handling", "title": "问题办理", "held_on": "2024-04-19", "hours": 2}
    assert as_user(office).post("/butlers/trainings", body).status_code == 201
    assert as_user(person).post("/butlers/trainings", body).status_code == 403


def test_the_workbench_is_a_butlers_and_the_figures_are_staffs():
    world = butler_world()
    rows = as_user(world.butler).get("/butlers/workbench").json()
    assert rows[0]["enterprise_name"] == world.enterprise.name and rows[0]["visit_due"] is True
    assert as_user(world.office).get("/butlers/workbench").status_code == 403
    assert as_user(world.office).get("/butlers/figures").json()["enterprises_covered"] == 1
    assert as_user(world.butler).get("/butlers/figures").status_code == 403

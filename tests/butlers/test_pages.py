"""The butler pages: recording a visit, assignments and training through the web, each role allowed or refused."""

import datetime

import pytest

from huishang.butlers.models import Care, Training, Visit
from huishang.cases.models import Matter
from huishang.core import clock
from tests import factories as f
from tests.butlers.people import butler, butler_world
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def visit_form(world, **overrides):
    data = {
        "enterprise": world.enterprise.pk, "visited_on": clock.today().isoformat(), "people_met": "王总经理",
        "areas": ["needs", "problems"], "notes": "了解用工需求",
        "problem-TOTAL_FORMS": "2", "problem-INITIAL_FORMS": "0", "problem-MIN_NUM_FORMS": "0",
        "problem-MAX_NUM_FORMS": "10",
        "problem-0-title": "技工招聘难", "problem-0-description": "数控技工缺口20人",
        "problem-0-category": f.category().pk,
    }
    data.update(overrides)
    return data


def test_a_butler_records_a_visit_on_the_web_and_its_problem_becomes_a_matter():
    world = butler_world()
    response = signed_in(world.butler).post("/butlers/visits/new/", visit_form(world))
    assert response.status_code == 302
    visit = Visit.objects.get()
    assert response["Location"] == f"/butlers/visits/{visit.pk}/"
    matter = visit.matters.get()
    assert matter.source == Matter.Source.BUTLER
    page = signed_in(world.butler).get(response["Location"])
    assert matter.number in text_of(page)


def test_a_visit_form_without_whom_was_met_shows_the_error_and_saves_nothing():
    world = butler_world()
    response = signed_in(world.butler).post("/butlers/visits/new/", visit_form(world, people_met=""))
    assert response.status_code == 422
    assert "接待人员" in text_of(response)
    assert not Visit.objects.exists() and not Matter.objects.exists()


def test_a_problem_without_a_category_is_refused_and_nothing_is_saved():
    world = butler_world()
    response = signed_in(world.butler).post("/butlers/visits/new/", visit_form(world, **{"problem-0-category": ""}))
    assert response.status_code == 422
    assert not Visit.objects.exists() and not Matter.objects.exists()


def test_only_a_butler_opens_the_visit_form():
    world = butler_world()
    for other in (world.office, world.contact, f.supervisor()):
        assert signed_in(other).get("/butlers/visits/new/").status_code == 403


def test_another_butler_cannot_read_a_visit():
    world = butler_world()
    signed_in(world.butler).post("/butlers/visits/new/", visit_form(world))
    visit = Visit.objects.get()
    assert signed_in(butler()).get(f"/butlers/visits/{visit.pk}/").status_code == 404
    assert signed_in(world.office).get(f"/butlers/visits/{visit.pk}/").status_code == 200


def test_the_office_assigns_a_butler_on_the_web_and_a_supervisor_may_only_read():
    office = f.office()
    enterprise, person = f.enterprise(), butler()
    response = signed_in(office).post("/butlers/assignments/", {"enterprise": enterprise.pk, "butler": person.pk})
    assert response.status_code == 302
    assert Care.objects.get().butler == person
    supervisor = f.supervisor()
    assert signed_in(supervisor).get("/butlers/assignments/").status_code == 200
    refused = signed_in(supervisor).post("/butlers/assignments/", {"enterprise": enterprise.pk, "butler": butler().pk})
    assert refused.status_code == 403
    assert signed_in(person).get("/butlers/assignments/").status_code == 403


def test_the_office_records_training_on_the_web_and_a_butler_may_not():
    office, person = f.office(), butler()
    data = {"butler": person.pk, "topic": "safety", "title": "安全生产", "held_on": "2024-04-19", "hours": "2"}
    assert signed_in(office).post("/butlers/trainings/", data).status_code == 302
    assert Training.objects.get().butler == person
    assert signed_in(person).post("/butlers/trainings/", data).status_code == 403
    assert "安全生产" in text_of(signed_in(person).get("/butlers/trainings/"))


def test_the_figures_page_shows_butler_rows_to_staff_and_not_to_butlers():
    world = butler_world()
    signed_in(world.butler).post("/butlers/visits/new/", visit_form(world))
    page = signed_in(world.office).get("/butlers/figures/")
    assert page.status_code == 200 and world.butler.name in text_of(page)
    assert signed_in(world.butler).get("/butlers/figures/").status_code == 403


def test_the_figures_page_filters_by_period():
    world = butler_world()
    signed_in(world.butler).post("/butlers/visits/new/", visit_form(world))
    page = signed_in(world.office).get("/butlers/figures/", {"from": "1990-01-01", "to": "1990-12-31"})
    assert world.butler.name not in text_of(page)
    assert datetime.date(1990, 1, 1).isoformat() in page.content.decode()

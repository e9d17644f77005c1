"""What butlers and the office type is stored printable (core.text): a control character never reaches a
visit's notes, a care's note or a training record."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from huishang.butlers import services
from huishang.butlers.models import Care, ServiceArea, Visit
from huishang.core import clock
from huishang.core.errors import ValidationError
from tests import factories as f
from tests.api.client import as_user
from tests.butlers.people import butler, butler_world
from tests.butlers.test_pages import visit_form
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db

TYPED = " 第一行\u0001\r\n第二行\u0000\u0085 "
STORED = "第一行\n第二行"
# A form refuses a NUL outright (Django's own check); every other control character is dropped.
TYPED_ON_A_FORM = TYPED.replace("\u0000", "")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def test_a_visits_notes_and_people_met_are_stored_without_control_characters():
    world = butler_world()
    visit = services.record_visit(
        by=world.butler, enterprise=world.enterprise, visited_on=clock.today(), people_met="王\u0001总经理",
        areas=[ServiceArea.NEEDS], notes=TYPED,
        photos=[SimpleUploadedFile("现场\u0007.png", PNG, content_type="image/png")],
    )
    visit.refresh_from_db()
    assert (visit.people_met, visit.notes) == ("王总经理", STORED)
    assert visit.photos.get().original_name == "现场.png"


def test_people_met_of_only_control_characters_is_refused_as_missing():
    world = butler_world()
    with pytest.raises(ValidationError) as refused:
        services.record_visit(by=world.butler, enterprise=world.enterprise, visited_on=clock.today(),
                              people_met="\u0001\u0007", areas=[ServiceArea.NEEDS])
    assert refused.value.field == "people_met" and not Visit.objects.exists()


def test_a_visit_recorded_on_the_web_is_stored_without_control_characters():
    world = butler_world()
    response = signed_in(world.butler).post("/butlers/visits/new/", visit_form(world, notes=TYPED_ON_A_FORM,
                                                                               people_met="王\u0001总经理"))
    assert response.status_code == 302
    visit = Visit.objects.get()
    assert (visit.people_met, visit.notes) == ("王总经理", STORED)


def test_a_visit_recorded_through_the_api_is_stored_without_control_characters():
    world = butler_world()
    response = as_user(world.butler).post("/butlers/visits", {
        "enterprise": world.enterprise.pk, "visited_on": clock.today().isoformat(), "people_met": "王\u0001总经理",
        "areas": ["needs"], "notes": "了解\u0001用工需求"})
    assert response.status_code == 201, response.content
    visit = Visit.objects.get()
    assert (visit.people_met, visit.notes) == ("王总经理", "了解用工需求")


def test_a_cares_notes_and_a_trainings_title_are_stored_without_control_characters():
    office, enterprise, person = f.office(), f.enterprise(), butler()
    services.assign_butler(by=office, enterprise=enterprise, butler=person, note=TYPED)
    assert Care.objects.get().note == STORED
    ended = services.end_care(by=office, enterprise=enterprise, note="企业\u0001迁出")
    assert ended.note == "企业迁出"
    training = services.record_training(by=office, butler=person, topic="problem_handling", title="问题\u0001办理",
                                        held_on=clock.today(), hours=2)
    training.refresh_from_db()
    assert training.title == "问题办理"

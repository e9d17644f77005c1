"""Visits: a butler records them for enterprises in care; each problem found becomes a linked matter."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from huishang.butlers import services
from huishang.butlers.models import ServiceArea, Visit
from huishang.butlers.selectors import visible_visits
from huishang.cases.models import Matter
from huishang.core import clock
from huishang.core.errors import NotAllowed, ValidationError
from tests import factories as f
from tests.butlers.people import butler, butler_world

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def visit(world, **overrides):
    fields = dict(by=world.butler, enterprise=world.enterprise, visited_on=clock.today(), people_met="王总经理",
                  areas=[ServiceArea.NEEDS, ServiceArea.PROBLEMS], notes="了解用工需求")
    fields.update(overrides)
    return services.record_visit(**fields)


def test_each_problem_found_on_a_visit_becomes_a_butler_matter_linked_to_the_visit():
    world = butler_world()
    recorded = visit(world, problems=[
        {"title": "技工招聘难", "description": "数控技工缺口20人", "category": "talent"},
        {"title": "员工宿舍不足", "description": "新招员工无处住宿", "category": "talent"},
    ], photos=[SimpleUploadedFile("现场.png", PNG, content_type="image/png")])
    matters = list(recorded.matters.order_by("id"))
    assert [m.title for m in matters] == ["技工招聘难", "员工宿舍不足"]
    assert {(m.source, m.enterprise_id, m.submitted_by_id) for m in matters} == {
        (Matter.Source.BUTLER, world.enterprise.pk, world.butler.pk)}
    assert recorded.area_list == ["needs", "problems"]
    assert recorded.photos.get().original_name == "现场.png"


def test_a_bad_problem_leaves_neither_the_visit_nor_any_matter():
    world = butler_world()
    with pytest.raises(ValidationError) as refusal:
        visit(world, problems=[
            {"title": "技工招聘难", "description": "数控技工缺口20人", "category": "talent"},
            {"title": "", "description": "没有标题", "category": "talent"},
        ])
    assert refusal.value.field == "title"
    assert not Visit.objects.exists() and not Matter.objects.exists()


def test_a_butler_cannot_record_a_visit_to_an_enterprise_outside_their_care():
    world = butler_world()
    with pytest.raises(NotAllowed):
        visit(world, enterprise=f.enterprise())


@pytest.mark.parametrize("role_maker", [f.office, f.supervisor, f.enterprise_contact, f.unit_handler, f.admin])
def test_only_butlers_record_visits(role_maker):
    world = butler_world()
    with pytest.raises(NotAllowed):
        visit(world, by=role_maker())


@pytest.mark.parametrize("field,overrides", [
    ("people_met", {"people_met": "  "}),
    ("areas", {"areas": []}),
    ("areas", {"areas": ["fun"]}),
    ("visited_on", {"visited_on": clock.today() + datetime.timedelta(days=1)}),
    ("photos", {"photos": [SimpleUploadedFile("a.txt", b"text", content_type="text/plain")]}),
])
def test_a_visit_with_bad_input_is_refused_naming_the_field(field, overrides):
    world = butler_world()
    with pytest.raises(ValidationError) as refusal:
        visit(world, **overrides)
    assert refusal.value.field == field
    assert not Visit.objects.exists()


def test_visits_are_read_by_their_butler_the_enterprise_and_staff_in_the_region_only():
    world = butler_world()
    recorded = visit(world)
    readers = [world.butler, world.contact, world.office, f.supervisor(), f.leader(), f.admin()]
    for reader in readers:
        assert visible_visits(reader).filter(pk=recorded.pk).exists(), reader.role
    outsiders = [butler(), f.enterprise_contact(), f.unit_handler(), f.office(f.region("500118", "永川区"))]
    for outsider in outsiders:
        assert not visible_visits(outsider).filter(pk=recorded.pk).exists(), outsider.role


def test_a_butler_links_a_matter_of_the_visited_enterprise_but_not_of_another():
    world = butler_world()
    recorded = visit(world)
    own = f.matter(by=world.contact)
    services.link_matter(recorded, by=world.butler, matter=own)
    assert list(recorded.matters.all()) == [own]
    with pytest.raises(ValidationError):
        services.link_matter(recorded, by=world.butler, matter=f.matter())
    with pytest.raises(NotAllowed):
        services.link_matter(recorded, by=butler(), matter=own)

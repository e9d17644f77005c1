"""Assigning enterprises to butlers: the office does it, reassignment keeps history, scope follows."""

import pytest

from huishang.butlers import services
from huishang.butlers.models import Care
from huishang.cases.selectors import visible_matters
from huishang.core.errors import NotAllowed, ValidationError
from tests import factories as f
from tests.butlers.people import butler, butler_world

pytestmark = pytest.mark.django_db


def test_the_office_assigns_a_butler_who_then_sees_the_enterprises_matters():
    world = butler_world()
    matter = f.matter(by=world.contact)
    assert world.butler.enterprises_in_care.filter(pk=world.enterprise.pk).exists()
    assert visible_matters(world.butler).filter(pk=matter.pk).exists()


@pytest.mark.parametrize("role_maker", [f.enterprise_contact, f.unit_handler, f.supervisor, f.leader, butler])
def test_only_the_office_and_administrators_assign_butlers(role_maker):
    enterprise = f.enterprise()
    with pytest.raises(NotAllowed):
        services.assign_butler(by=role_maker(), enterprise=enterprise, butler=butler())
    assert not Care.objects.exists()


def test_an_administrator_may_assign_a_butler():
    care = services.assign_butler(by=f.admin(), enterprise=f.enterprise(), butler=butler())
    assert care.is_current


def test_an_office_cannot_assign_butlers_outside_its_region():
    elsewhere = f.enterprise(in_region=f.region("500118", "永川区"))
    with pytest.raises(NotAllowed):
        services.assign_butler(by=f.office(), enterprise=elsewhere, butler=butler())


def test_reassignment_ends_the_current_care_keeps_it_as_history_and_moves_the_scope():
    world = butler_world()
    matter = f.matter(by=world.contact)
    successor = butler()
    services.assign_butler(by=world.office, enterprise=world.enterprise, butler=successor, note="调整分工")
    history = list(Care.objects.filter(enterprise=world.enterprise).order_by("started_at", "id"))
    assert [care.butler for care in history] == [world.butler, successor]
    assert history[0].ended_at is not None and history[1].ended_at is None
    assert not visible_matters(world.butler).filter(pk=matter.pk).exists()
    assert visible_matters(successor).filter(pk=matter.pk).exists()


def test_assigning_the_same_butler_again_is_refused_naming_the_butler():
    world = butler_world()
    with pytest.raises(ValidationError) as refusal:
        services.assign_butler(by=world.office, enterprise=world.enterprise, butler=world.butler)
    assert refusal.value.field == "butler"


def test_only_a_butler_account_can_be_assigned():
    with pytest.raises(ValidationError) as refusal:
        services.assign_butler(by=f.office(), enterprise=f.enterprise(), butler=f.office())
    assert refusal.value.field == "butler"


def test_ending_care_removes_the_enterprise_from_the_butlers_scope():
    world = butler_world()
    care = services.end_care(by=world.office, enterprise=world.enterprise)
    assert care.ended_at is not None
    assert not world.butler.enterprises_in_care.exists()

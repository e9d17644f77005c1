"""Every demo account logs in with the demo password and sees what its role is for."""

import pytest
from django.contrib.auth import authenticate

from huishang.cases import permissions
from huishang.cases.models import Matter
from huishang.cases.selectors import in_region, visible_matters
from huishang.cases.states import Action, State
from huishang.demo.seed_neijiang import FEATURED_ENTERPRISE
from huishang.directory.models import Organization, Region, Role, User
from huishang.meetings.models import Meeting
from tests.demo.conftest import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

ONE_PER_ROLE = {
    "admin": Role.ADMIN, "office": Role.OFFICE, "unit": Role.UNIT, "supervisor": Role.SUPERVISOR,
    "leader": Role.LEADER, "enterprise": Role.ENTERPRISE, "butler": Role.BUTLER,
}


def account(username: str) -> User:
    return User.objects.get(username=username)


def test_every_demo_account_logs_in_with_the_demo_password_and_no_other(demo_world):
    for user in demo_world.accounts:
        assert authenticate(username=user.username, password=DEMO_PASSWORD) == user
        assert authenticate(username=user.username, password=DEMO_PASSWORD + "x") is None


def test_the_table_starts_with_one_account_per_role(demo_world):
    shown = demo_world.accounts[: len(ONE_PER_ROLE)]
    assert {user.username: user.role for user in shown} == ONE_PER_ROLE


def test_enterprise_contacts_who_only_appear_in_records_cannot_log_in(demo_world):
    shown = {user.pk for user in demo_world.accounts}
    contacts = User.objects.filter(role=Role.ENTERPRISE).exclude(pk__in=shown)
    # Neijiang's enterprises but the featured one.
    assert contacts.count() == 84
    assert all(not contact.has_usable_password() for contact in contacts)


def test_admin_may_use_the_django_admin(demo_world):
    admin = account("admin")
    assert admin.is_staff and admin.is_superuser


def test_office_supervisor_and_leader_cover_neijiang(demo_world):
    neijiang = Matter.objects.filter(in_region(Region.objects.get(code="511000")))
    for username, kind in [("office", Organization.Kind.OFFICE), ("supervisor", Organization.Kind.SUPERVISION),
                           ("supervisor_jxj", Organization.Kind.SUPERVISION), ("leader", None)]:
        user = account(username)
        assert user.region.code == "511000"
        assert (user.organization.kind if user.organization else None) == kind
        assert set(visible_matters(user)) == set(neijiang)


def test_the_leader_chairs_every_consultation_meeting(demo_world):
    meetings = Meeting.objects.filter(kind=Meeting.Kind.CONSULTATION)
    assert meetings.count() == 12
    assert set(meetings.values_list("chair__username", flat=True)) == {"leader"}


def test_the_unit_account_has_a_matter_to_acknowledge_and_one_to_answer(demo_world):
    unit = account("unit")
    assert unit.organization.name == "内江市人力资源和社会保障局"
    mine = visible_matters(unit)
    assert any(permissions.allowed(unit, Action.ACKNOWLEDGE, matter) for matter in mine.filter(state=State.ASSIGNED))
    assert any(permissions.allowed(unit, Action.RESPOND, matter) for matter in mine.filter(state=State.IN_PROGRESS))


def test_every_unit_has_a_handler_account(demo_world):
    for unit in Organization.objects.filter(kind=Organization.Kind.UNIT):
        handlers = unit.members.filter(role=Role.UNIT)
        assert handlers.count() == 1
        assert handlers.get().username == "unit" or handlers.get().username.startswith("unit_")


def test_the_enterprise_account_sees_only_its_own_matters_one_awaiting_its_review(demo_world):
    enterprise = account("enterprise")
    assert enterprise.organization.name == FEATURED_ENTERPRISE
    mine = visible_matters(enterprise)
    assert mine.count() >= 4
    assert {matter.enterprise_id for matter in mine} == {enterprise.organization_id}
    awaiting = [matter for matter in mine.filter(state=State.RESPONDED)]
    assert any(permissions.allowed(enterprise, Action.REVIEW, matter) for matter in awaiting)


def test_butlers_care_for_yongchuan_enterprises_and_see_their_matters(demo_world):
    butlers = User.objects.filter(role=Role.BUTLER)
    assert butlers.count() >= 3 and "butler" in {butler.username for butler in butlers}
    for butler in butlers:
        cared = butler.enterprises_in_care.all()
        assert cared.count() >= 2
        assert {enterprise.region.code for enterprise in cared} == {"500118"}
        assert set(visible_matters(butler)) == set(Matter.objects.filter(enterprise__in=cared))

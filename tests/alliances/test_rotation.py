import datetime

import pytest

from huishang.alliances import services
from huishang.core.errors import NotAllowed, ValidationError
from tests import factories as f
from tests.alliances import world

pytestmark = pytest.mark.django_db
D = datetime.date


def _alliance_with_two_members():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    return admin, alliance, world.member(alliance, admin=admin), world.member(alliance, admin=admin)


def test_rotation_terms_cannot_overlap():
    admin, alliance, first, second = _alliance_with_two_members()
    services.start_rotation_term(alliance, by=admin, host=first, starts_on=D(2022, 11, 18), ends_on=D(2023, 10, 31))
    with pytest.raises(ValidationError) as refused:
        services.start_rotation_term(alliance, by=admin, host=second, starts_on=D(2023, 10, 31), ends_on=D(2024, 10, 31))
    assert refused.value.field == "starts_on"
    with pytest.raises(ValidationError):
        services.start_rotation_term(alliance, by=admin, host=second, starts_on=D(2022, 1, 1), ends_on=D(2025, 1, 1))
    assert alliance.rotation_terms.count() == 1


def test_a_term_may_start_the_day_after_the_last_one_ends():
    admin, alliance, first, second = _alliance_with_two_members()
    services.start_rotation_term(alliance, by=admin, host=first, starts_on=D(2022, 11, 18), ends_on=D(2023, 10, 31))
    services.start_rotation_term(alliance, by=admin, host=second, starts_on=D(2023, 11, 1), ends_on=D(2024, 10, 31))
    assert [term.host for term in alliance.rotation_terms.all()] == [first, second]


def test_terms_of_different_alliances_may_overlap():
    admin, alliance, first, _second = _alliance_with_two_members()
    other = world.alliance(admin=admin)
    other_host = world.member(other, admin=admin)
    services.start_rotation_term(alliance, by=admin, host=first, starts_on=D(2023, 1, 1), ends_on=D(2023, 12, 31))
    services.start_rotation_term(other, by=admin, host=other_host, starts_on=D(2023, 1, 1), ends_on=D(2023, 12, 31))


def test_the_host_must_be_a_member_when_its_term_starts():
    admin, alliance, _first, _second = _alliance_with_two_members()
    outsider = world.studio(admin=admin)
    with pytest.raises(ValidationError) as refused:
        services.start_rotation_term(alliance, by=admin, host=outsider, starts_on=D(2023, 1, 1), ends_on=D(2023, 12, 31))
    assert refused.value.field == "host"


def test_a_term_cannot_end_before_it_starts():
    admin, alliance, first, _second = _alliance_with_two_members()
    with pytest.raises(ValidationError) as refused:
        services.start_rotation_term(alliance, by=admin, host=first, starts_on=D(2023, 5, 1), ends_on=D(2023, 4, 1))
    assert refused.value.field == "ends_on"


def test_only_the_alliance_manager_sets_the_rotation():
    admin, alliance, first, _second = _alliance_with_two_members()
    with pytest.raises(NotAllowed):
        services.start_rotation_term(alliance, by=first.leader, host=first, starts_on=D(2023, 1, 1), ends_on=D(2023, 12, 31))
    secretary = world.secretary(alliance, admin=admin)
    services.start_rotation_term(alliance, by=secretary, host=first, starts_on=D(2023, 1, 1), ends_on=D(2023, 12, 31))

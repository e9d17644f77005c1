"""``can_view`` keeps a yes on the matter instance to spare repeated queries within a request; the kept
answer must never let anyone else see the matter, nor the same person once their scope changed."""

import pytest

from huishang.cases.selectors import can_view, get_visible_matter
from tests import factories as f

pytestmark = pytest.mark.django_db


def _matter_in_another_district():
    contact = f.enterprise_contact(of=f.enterprise(in_region=f.region("511024", "威远县", parent=f.region())))
    return f.matter(by=contact)


def test_a_matter_read_by_one_user_stays_hidden_from_a_user_outside_its_scope():
    matter = _matter_in_another_district()
    city_office, district_office = f.office(), f.office(scope=f.district())
    seen = get_visible_matter(city_office, matter.pk)
    assert seen is not None
    assert can_view(city_office, seen)
    assert not can_view(district_office, seen)


def test_a_kept_yes_is_asked_again_after_the_users_scope_changed():
    matter = _matter_in_another_district()
    office = f.office()
    assert can_view(office, matter)
    office.region = f.district()
    assert not can_view(office, matter)


def test_a_kept_yes_is_asked_again_after_the_user_was_deactivated():
    matter = _matter_in_another_district()
    office = f.office()
    assert can_view(office, matter)
    office.is_active = False
    assert not can_view(office, matter)

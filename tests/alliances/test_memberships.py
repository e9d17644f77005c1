import datetime

import pytest

from huishang.alliances import selectors, services
from huishang.core.errors import ValidationError
from tests import factories as f
from tests.alliances import world

pytestmark = pytest.mark.django_db


def test_member_count_follows_join_and_leave_dates():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    world.member(alliance, admin=admin, joined_on=datetime.date(2023, 1, 1))
    late = world.member(alliance, admin=admin, joined_on=datetime.date(2023, 6, 1))
    membership = alliance.memberships.get(studio=late)
    services.record_leaving(membership, by=admin, left_on=datetime.date(2023, 12, 31))

    assert selectors.member_count_on(alliance, datetime.date(2022, 12, 31)) == 0
    assert selectors.member_count_on(alliance, datetime.date(2023, 5, 31)) == 1
    assert selectors.member_count_on(alliance, datetime.date(2023, 6, 1)) == 2
    assert selectors.member_count_on(alliance, datetime.date(2023, 12, 31)) == 2
    assert selectors.member_count_on(alliance, datetime.date(2024, 1, 1)) == 1


def test_a_studio_cannot_be_admitted_twice_at_once():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    studio = world.member(alliance, admin=admin)
    with pytest.raises(ValidationError) as refused:
        services.admit_studio(alliance, by=admin, studio=studio, joined_on=datetime.date(2024, 1, 1))
    assert refused.value.field == "studio"
    assert alliance.memberships.count() == 1


def test_a_studio_that_left_can_join_again_later():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    studio = world.member(alliance, admin=admin)
    services.record_leaving(alliance.memberships.get(), by=admin, left_on=datetime.date(2023, 3, 31))
    services.admit_studio(alliance, by=admin, studio=studio, joined_on=datetime.date(2024, 1, 1))
    assert selectors.member_count_on(alliance, datetime.date(2023, 6, 1)) == 0
    assert selectors.member_count_on(alliance, datetime.date(2024, 6, 1)) == 1


def test_a_studio_cannot_join_before_the_alliance_was_founded():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    with pytest.raises(ValidationError) as refused:
        world.member(alliance, admin=admin, joined_on=datetime.date(2020, 1, 1))
    assert refused.value.field == "joined_on"

import datetime

import pytest

from huishang.alliances import services
from huishang.core.errors import NotAllowed
from tests import factories as f
from tests.alliances import world

pytestmark = pytest.mark.django_db


def test_a_studio_leader_edits_their_own_studio():
    studio = world.studio()
    services.update_studio(studio, by=studio.leader, field="智能制造", members="张三、李四")
    studio.refresh_from_db()
    assert studio.field == "智能制造"


def test_a_studio_leader_cannot_edit_another_studio():
    mine, theirs = world.studio(), world.studio()
    with pytest.raises(NotAllowed):
        services.update_studio(theirs, by=mine.leader, field="改掉")
    theirs.refresh_from_db()
    assert theirs.field == "数控加工"


def test_the_alliance_secretary_manages_the_alliance():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    secretary = world.secretary(alliance, admin=admin)
    studio = world.studio(admin=admin)
    services.admit_studio(alliance, by=secretary, studio=studio, joined_on=datetime.date(2023, 1, 1))
    services.record_activity(alliance, by=secretary, kind="exchange_visit", title="观摩交流", held_on=datetime.date(2023, 6, 1))
    assert alliance.memberships.count() == 1 and alliance.activities.count() == 1


def test_the_secretary_of_another_alliance_cannot_manage_this_one():
    admin = f.admin()
    alliance, other = world.alliance(admin=admin), world.alliance(admin=admin)
    outsider = world.secretary(other, admin=admin)
    with pytest.raises(NotAllowed):
        services.admit_studio(alliance, by=outsider, studio=world.studio(admin=admin), joined_on=datetime.date(2023, 1, 1))
    with pytest.raises(NotAllowed):
        services.record_activity(alliance, by=outsider, kind="training", title="培训", held_on=datetime.date(2023, 6, 1))


def test_a_studio_leader_cannot_manage_the_alliance():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    studio = world.member(alliance, admin=admin)
    with pytest.raises(NotAllowed):
        services.admit_studio(alliance, by=studio.leader, studio=world.studio(admin=admin), joined_on=datetime.date(2023, 1, 1))


def test_a_party_leader_records_an_agreement_but_an_outsider_cannot():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    first, second = world.member(alliance, admin=admin), world.member(alliance, admin=admin)
    outsider = world.member(alliance, admin=admin)
    with pytest.raises(NotAllowed):
        services.record_agreement(alliance, by=outsider.leader, subject="联合攻关", parties=[first, second],
                                  signed_on=datetime.date(2023, 5, 1))
    agreement = services.record_agreement(alliance, by=first.leader, subject="联合攻关", parties=[first, second],
                                          signed_on=datetime.date(2023, 5, 1))
    assert set(agreement.parties.all()) == {first, second}


def test_a_secretarys_seat_ends_their_management():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    secretary = world.secretary(alliance, admin=admin)
    secretary.council_seats.update(ends_on=datetime.date(2020, 1, 1))
    with pytest.raises(NotAllowed):
        services.record_activity(alliance, by=secretary, kind="training", title="培训", held_on=datetime.date(2023, 6, 1))

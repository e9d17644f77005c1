import datetime

import pytest

from huishang.alliances import services
from huishang.cases import services as matter_services
from huishang.cases.states import State
from huishang.core.errors import NotAllowed, ValidationError
from huishang.meetings.models import Meeting
from tests import factories as f
from tests.alliances import world

pytestmark = pytest.mark.django_db


def test_a_matter_raised_in_an_alliance_goes_before_its_joint_meeting():
    f.category()
    office = f.office()
    alliance = world.alliance()
    link = services.raise_matter(alliance, by=office, title="刀具寿命短", description="需要联合攻关", category="talent",
                                 enterprise=f.enterprise())
    matter_services.accept(link.matter, by=office)
    meeting = services.hold_joint_meeting([alliance], by=office, held_on=datetime.date(2030, 10, 31))
    assert meeting.kind == Meeting.Kind.JOINT
    item = services.put_before_joint_meeting(link, by=office, meeting=meeting)
    link.matter.refresh_from_db()
    assert item.meeting == meeting and link.matter.state == State.ON_AGENDA


def test_a_matter_cannot_go_before_another_alliances_joint_meeting():
    f.category()
    office = f.office()
    alliance, other = world.alliance(), world.alliance()
    link = services.raise_matter(alliance, by=office, title="刀具寿命短", description="需要联合攻关", category="talent",
                                 enterprise=f.enterprise())
    matter_services.accept(link.matter, by=office)
    meeting = services.hold_joint_meeting([other], by=office, held_on=datetime.date(2030, 10, 31))
    with pytest.raises(ValidationError) as refused:
        services.put_before_joint_meeting(link, by=office, meeting=meeting)
    assert refused.value.field == "meeting"


def test_a_studio_leader_cannot_bring_a_matter_to_the_alliance():
    f.category()
    alliance = world.alliance()
    studio = world.member(alliance)
    matter = f.matter()
    with pytest.raises(NotAllowed):
        services.link_matter(alliance, by=studio.leader, matter=matter)

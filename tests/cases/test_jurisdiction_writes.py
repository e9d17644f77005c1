"""Matters and meetings are placed, assigned, merged and put on agendas only inside the acting account's
jurisdiction (directory.jurisdiction): a refusal names the field and stores nothing.

Two places side by side, as in the demo: 内江 (511000) and 永川 (500118), each served by the deployment.
"""

import datetime

import pytest

from huishang.cases import services
from huishang.cases.models import Assignment, Matter
from huishang.cases.states import State
from huishang.core.errors import NotAllowed
from huishang.directory.models import Role
from huishang.meetings import services as meeting_services
from huishang.meetings.models import AgendaItem, Meeting
from tests import factories

pytestmark = pytest.mark.django_db

NEXT_MONTH = datetime.date.today() + datetime.timedelta(days=30)


@pytest.fixture
def places():
    return factories.two_served_places()


def _refused(field, action):
    with pytest.raises(NotAllowed) as refusal:
        action()
    assert refusal.value.field == field
    return refusal.value


def test_an_office_cannot_raise_a_matter_for_another_places_enterprise(places):
    neijiang, shizhong, yongchuan = places
    neijiang_enterprise = factories.enterprise(in_region=shizhong)
    office_yc = factories.office(scope=yongchuan)
    _refused("enterprise", lambda: services.submit_matter(
        by=office_yc, title="用工", description="缺工", category=factories.category(), enterprise=neijiang_enterprise))
    assert not Matter.objects.exists()


def test_an_office_cannot_place_a_matter_in_another_places_region(places):
    neijiang, _shizhong, yongchuan = places
    office_yc = factories.office(scope=yongchuan)
    _refused("region", lambda: services.submit_matter(
        by=office_yc, title="用工", description="缺工", category=factories.category(), region=neijiang))
    assert not Matter.objects.exists()


def test_an_office_places_a_matter_in_its_own_region(places):
    _neijiang, _shizhong, yongchuan = places
    office_yc = factories.office(scope=yongchuan)
    matter = services.submit_matter(by=office_yc, title="用工", description="缺工", category=factories.category())
    assert matter.region == yongchuan


def test_an_administrator_places_matters_only_in_the_deployments_served_regions(places):
    elsewhere = factories.region("310110", "杨浦区", parent=factories.region("310000", "上海市"))
    admin = factories.admin()
    _refused("region", lambda: services.submit_matter(
        by=admin, title="用工", description="缺工", category=factories.category(), region=elsewhere))
    assert not Matter.objects.exists()


def test_a_matter_is_assigned_only_to_units_of_its_own_place(places):
    neijiang, shizhong, yongchuan = places
    office = factories.office(scope=neijiang)
    matter = factories.accepted_matter(by_office=office, by=factories.enterprise_contact(
        of=factories.enterprise(in_region=shizhong)))
    yongchuan_unit = factories.unit("区科技局", in_region=yongchuan)
    _refused("lead_unit", lambda: services.assign(matter, by=office, lead_unit=yongchuan_unit, due=NEXT_MONTH))
    _refused("supporting_units", lambda: services.assign(
        matter, by=office, lead_unit=factories.unit(in_region=neijiang), supporting_units=[yongchuan_unit],
        due=NEXT_MONTH))
    matter.refresh_from_db()
    assert matter.state == State.ACCEPTED and not Assignment.objects.exists()


def test_even_an_administrator_cannot_assign_a_matter_to_another_places_unit(places):
    neijiang, shizhong, yongchuan = places
    matter = factories.accepted_matter(by_office=factories.office(scope=neijiang), by=factories.enterprise_contact(
        of=factories.enterprise(in_region=shizhong)))
    _refused("lead_unit", lambda: services.assign(
        matter, by=factories.admin(), lead_unit=factories.unit(in_region=yongchuan), due=NEXT_MONTH))
    services.assign(matter, by=factories.admin(), lead_unit=factories.unit(in_region=neijiang), due=NEXT_MONTH)
    assert Assignment.objects.count() == 1


def test_a_matter_is_not_merged_into_one_of_another_place(places):
    neijiang, shizhong, yongchuan = places
    admin = factories.admin()
    here = factories.accepted_matter(by_office=admin, by=factories.enterprise_contact(
        of=factories.enterprise(in_region=shizhong)))
    there = factories.accepted_matter(by_office=admin, by=factories.enterprise_contact(
        of=factories.enterprise(in_region=yongchuan)))
    _refused("into", lambda: services.merge(here, by=admin, into=there))
    here.refresh_from_db()
    assert here.state == State.ACCEPTED and here.duplicate_of is None


def test_an_office_cannot_schedule_a_meeting_in_another_place(places):
    neijiang, _shizhong, yongchuan = places
    office_yc = factories.office(scope=yongchuan)
    _refused("region", lambda: meeting_services.create_meeting(by=office_yc, held_on=NEXT_MONTH, region=neijiang))
    assert not Meeting.objects.exists()


def test_a_meeting_is_chaired_by_a_leader_of_its_own_place(places):
    neijiang, _shizhong, yongchuan = places
    office = factories.office(scope=neijiang)
    _refused("chair", lambda: meeting_services.create_meeting(
        by=office, held_on=NEXT_MONTH, chair=factories.leader(scope=yongchuan)))
    assert not Meeting.objects.exists()
    meeting = meeting_services.create_meeting(by=office, held_on=NEXT_MONTH, chair=factories.leader(scope=neijiang))
    assert meeting.region == neijiang


def test_a_meeting_takes_on_its_agenda_only_matters_of_its_own_region(places):
    neijiang, shizhong, yongchuan = places
    admin = factories.admin()
    meeting = meeting_services.create_meeting(by=admin, held_on=NEXT_MONTH, region=neijiang)
    there = factories.accepted_matter(by_office=admin, by=factories.enterprise_contact(
        of=factories.enterprise(in_region=yongchuan)))
    _refused("matter", lambda: meeting_services.add_to_agenda(meeting, there, by=admin))
    there.refresh_from_db()
    assert there.state == State.ACCEPTED and not AgendaItem.objects.exists()


def test_another_places_office_cannot_touch_a_meetings_agenda(places):
    neijiang, shizhong, yongchuan = places
    office = factories.office(scope=neijiang)
    meeting = meeting_services.create_meeting(by=office, held_on=NEXT_MONTH)
    matter = factories.accepted_matter(by_office=office, by=factories.enterprise_contact(
        of=factories.enterprise(in_region=shizhong)))
    item = meeting_services.add_to_agenda(meeting, matter, by=office)
    office_yc = factories.office(scope=yongchuan)
    _refused("meeting", lambda: meeting_services.record_minutes(meeting, by=office_yc, minutes="改写"))
    _refused("meeting", lambda: meeting_services.remove_from_agenda(item, by=office_yc))
    meeting.refresh_from_db()
    assert meeting.minutes == "" and AgendaItem.objects.filter(pk=item.pk).exists()


def test_a_butler_still_raises_matters_for_the_enterprises_in_care(places):
    _neijiang, _shizhong, yongchuan = places
    cared_for = factories.enterprise(in_region=yongchuan)
    butler = factories.user(Role.BUTLER, scope=yongchuan)
    butler.enterprises_in_care.add(cared_for)
    matter = services.submit_matter(by=butler, title="融资", description="贷款", category=factories.category(),
                                    enterprise=cared_for)
    assert matter.region == yongchuan

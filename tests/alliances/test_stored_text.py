"""What alliance managers and studio leaders type is stored printable (core.text): no control character in an
alliance, a studio, a booking or an agreement's progress."""

import datetime

import pytest

from huishang.alliances import services
from huishang.core import clock
from tests import factories as f
from tests.alliances import world

pytestmark = pytest.mark.django_db


def test_an_alliances_and_a_studios_texts_are_stored_without_control_characters():
    admin = f.admin()
    alliance = services.create_alliance(by=admin, name="装备\u0001联盟", short_name="装备", field="装备\u0007制造",
                                        founded_on=world.FOUNDED, organiser=world.union(), introduction="简介\u001b")
    assert (alliance.name, alliance.field, alliance.introduction) == ("装备联盟", "装备制造", "简介")
    studio = world.studio(admin=admin)
    services.update_studio(studio, by=studio.leader, members="张三\u0001、李四", introduction="数控\u0000加工")
    studio.refresh_from_db()
    assert (studio.members, studio.introduction) == ("张三、李四", "数控加工")


def test_a_bookings_purpose_and_decision_and_an_agreements_progress_are_stored_without_control_characters():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    keeper = world.person()
    resource = world.resource(alliance, admin=admin, keeper=keeper)
    first, second = world.member(alliance, admin=admin), world.member(alliance, admin=admin)
    with clock.frozen_at(datetime.datetime(2024, 3, 1, 9, 0)):
        booking = services.book_resource(resource, by=first.leader, studio=first, starts_on=datetime.date(2024, 3, 10),
                                         ends_on=datetime.date(2024, 3, 12), purpose="技能\u0001实训")
        booking = services.approve_booking(booking, by=keeper, note="同意\u0007")
        agreement = services.record_agreement(alliance, by=admin, subject="联合\u0001攻关", parties=[first, second],
                                              signed_on=datetime.date(2024, 3, 1), goals="目标\u001b")
        agreement = services.report_progress(agreement, by=admin, progress=50, note="完成\u0001一半")
    assert (booking.purpose, booking.decision_note) == ("技能实训", "同意")
    assert (agreement.subject, agreement.goals) == ("联合攻关", "目标")
    assert agreement.progress_note.endswith("：完成一半")

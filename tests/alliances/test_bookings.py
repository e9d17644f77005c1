import datetime

import pytest

from huishang.alliances import selectors, services
from huishang.alliances.models import Booking
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from tests import factories as f
from tests.alliances import world

pytestmark = pytest.mark.django_db
D = datetime.date
NOW = datetime.datetime(2024, 3, 1, 9, 0)


@pytest.fixture
def setting():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    keeper = world.person()
    resource = world.resource(alliance, admin=admin, keeper=keeper)
    first, second = world.member(alliance, admin=admin), world.member(alliance, admin=admin)
    with clock.frozen_at(NOW):
        yield {"resource": resource, "keeper": keeper, "first": first, "second": second, "alliance": alliance}


def _book(setting, studio, first, last):
    return services.book_resource(setting["resource"], by=studio.leader, studio=studio, starts_on=first, ends_on=last,
                                  purpose="技能实训")


def test_a_booking_that_overlaps_a_pending_one_is_refused(setting):
    _book(setting, setting["first"], D(2024, 3, 10), D(2024, 3, 12))
    with pytest.raises(ValidationError) as refused:
        _book(setting, setting["second"], D(2024, 3, 12), D(2024, 3, 15))
    assert refused.value.field == "starts_on"
    assert setting["resource"].bookings.count() == 1


def test_a_booking_that_overlaps_an_approved_one_is_refused(setting):
    booking = _book(setting, setting["first"], D(2024, 3, 10), D(2024, 3, 12))
    services.approve_booking(booking, by=setting["keeper"])
    with pytest.raises(ValidationError):
        _book(setting, setting["second"], D(2024, 3, 8), D(2024, 3, 20))


def test_days_of_a_refused_or_cancelled_booking_can_be_booked_again(setting):
    refused = _book(setting, setting["first"], D(2024, 3, 10), D(2024, 3, 12))
    services.refuse_booking(refused, by=setting["keeper"], note="检修")
    cancelled = _book(setting, setting["second"], D(2024, 3, 10), D(2024, 3, 12))
    services.cancel_booking(cancelled, by=setting["second"].leader)
    again = _book(setting, setting["first"], D(2024, 3, 11), D(2024, 3, 11))
    assert again.state == Booking.State.PENDING


def test_back_to_back_bookings_are_allowed(setting):
    _book(setting, setting["first"], D(2024, 3, 10), D(2024, 3, 12))
    _book(setting, setting["second"], D(2024, 3, 13), D(2024, 3, 14))
    days = {row["day"]: len(row["bookings"]) for row in selectors.calendar(setting["resource"], D(2024, 3, 9), 7)}
    assert days == {D(2024, 3, 9): 0, D(2024, 3, 10): 1, D(2024, 3, 11): 1, D(2024, 3, 12): 1,
                    D(2024, 3, 13): 1, D(2024, 3, 14): 1, D(2024, 3, 15): 0}


def test_only_the_owner_approves_a_booking(setting):
    booking = _book(setting, setting["first"], D(2024, 3, 10), D(2024, 3, 12))
    with pytest.raises(NotAllowed):
        services.approve_booking(booking, by=setting["first"].leader)
    with pytest.raises(NotAllowed):
        services.approve_booking(booking, by=world.secretary(setting["alliance"]))
    approved = services.approve_booking(booking, by=setting["keeper"])
    assert approved.state == Booking.State.APPROVED and approved.decided_by == setting["keeper"]


def test_a_decided_booking_cannot_be_decided_again(setting):
    booking = _book(setting, setting["first"], D(2024, 3, 10), D(2024, 3, 12))
    services.approve_booking(booking, by=setting["keeper"])
    with pytest.raises(InvalidTransition):
        services.refuse_booking(booking, by=setting["keeper"])


def test_only_a_member_studios_leader_books_for_it(setting):
    with pytest.raises(NotAllowed):
        services.book_resource(setting["resource"], by=setting["second"].leader, studio=setting["first"],
                               starts_on=D(2024, 3, 10), ends_on=D(2024, 3, 10), purpose="实训")
    outsider = world.studio()
    with pytest.raises(NotAllowed):
        _book(setting, outsider, D(2024, 3, 10), D(2024, 3, 10))


def test_a_booking_cannot_start_in_the_past_or_end_before_it_starts(setting):
    with pytest.raises(ValidationError) as past:
        _book(setting, setting["first"], D(2024, 2, 1), D(2024, 2, 2))
    assert past.value.field == "starts_on"
    with pytest.raises(ValidationError) as backwards:
        _book(setting, setting["first"], D(2024, 3, 5), D(2024, 3, 4))
    assert backwards.value.field == "ends_on"

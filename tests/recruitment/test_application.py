"""Anyone applies without an account, within the round's dates, once per ID number, and follows it with two codes."""

import datetime

import pytest

from huishang.core.errors import InvalidTransition, NotFound, ValidationError
from huishang.recruitment import services
from huishang.recruitment.models import Application
from tests.recruitment.rounds import DEADLINE, apply, id_number, proofreader_round

pytestmark = pytest.mark.django_db


def test_an_application_gets_a_tracking_number_and_a_follow_up_code():
    application, code = apply(proofreader_round())
    assert application.tracking_number.startswith("ZP2023")
    assert len(code) == 8
    assert code not in application.follow_up_code_hash


def test_the_application_is_followed_with_both_codes():
    application, code = apply(proofreader_round())
    assert services.track(tracking_number=application.tracking_number, follow_up_code=code) == application


def test_a_wrong_follow_up_code_finds_nothing():
    application, _code = apply(proofreader_round())
    with pytest.raises(NotFound) as refused:
        services.track(tracking_number=application.tracking_number, follow_up_code="WRONG123")
    assert refused.value.field == "follow_up_code"


def test_the_deadline_day_still_accepts_applications():
    application, _code = apply(proofreader_round(), day=DEADLINE, hour=23)
    assert application.pk


def test_the_day_after_the_deadline_refuses_applications():
    with pytest.raises(InvalidTransition):
        apply(proofreader_round(), day=DEADLINE + datetime.timedelta(days=1))


def test_an_invalid_id_number_is_refused_naming_the_field():
    number = id_number(datetime.date(1995, 1, 1))
    wrong_check = number[:17] + ("0" if number[17] != "0" else "1")
    with pytest.raises(ValidationError) as refused:
        apply(proofreader_round(), id_number=wrong_check)
    assert refused.value.field == "id_number"
    assert not Application.objects.exists()


def test_one_person_applies_once_per_round_and_sending_again_changes_nothing():
    round_ = proofreader_round()
    number = id_number(datetime.date(1995, 1, 1))
    first, _code = apply(round_, id_number=number)
    again, code = apply(round_, id_number=number, name="冒名者", phone="13900000000")
    assert list(round_.applications.all()) == [first]
    first.refresh_from_db()
    assert first.name == "李思雨" and first.phone == "13883201234"
    assert again.tracking_number != first.tracking_number and again.original == first
    assert services.track(tracking_number=again.tracking_number, follow_up_code=code) == again


def test_the_other_conditions_must_be_confirmed():
    with pytest.raises(ValidationError) as refused:
        apply(proofreader_round(), confirms_conditions=False)
    assert refused.value.field == "confirms_conditions"


def test_a_mobile_number_needs_eleven_digits():
    with pytest.raises(ValidationError) as refused:
        apply(proofreader_round(), phone="12345")
    assert refused.value.field == "phone"

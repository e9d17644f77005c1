"""The automatic check applies the round's conditions at their edges and names every failure."""

import datetime

import pytest
from django.utils import translation

from huishang.recruitment.models import Education
from tests.recruitment.rounds import apply, proofreader_round

pytestmark = pytest.mark.django_db


def test_born_on_1983_01_01_meets_the_age_condition():
    application, _code = apply(proofreader_round(), born_on=datetime.date(1983, 1, 1))
    assert application.eligible
    assert application.failed_conditions == []


def test_born_on_1982_12_31_fails_with_the_reason():
    application, _code = apply(proofreader_round(), born_on=datetime.date(1982, 12, 31))
    assert not application.eligible
    assert application.failed_conditions == ["born_before"]
    with translation.override("zh-hans"):
        assert application.reasons == ["1983-01-01以前出生。"]


def test_the_birth_date_is_read_from_the_id_number():
    application, _code = apply(proofreader_round(), born_on=datetime.date(1982, 12, 31))
    assert application.born_on == datetime.date(1982, 12, 31)


def test_junior_college_is_enough():
    application, _code = apply(proofreader_round(), education=Education.JUNIOR_COLLEGE)
    assert application.eligible


def test_higher_degrees_meet_the_education_condition():
    round_ = proofreader_round()
    for level in (Education.BACHELOR, Education.MASTER, Education.DOCTOR):
        application, _code = apply(round_, education=level)
        assert application.eligible, level


def test_senior_high_school_fails_with_the_reason():
    application, _code = apply(proofreader_round(), education=Education.HIGH_SCHOOL)
    assert application.failed_conditions == ["education"]
    with translation.override("zh-hans"):
        assert application.reasons == ["学历低于大学专科。"]


def test_part_time_education_fails_when_full_time_is_required():
    application, _code = apply(proofreader_round(), full_time=False)
    assert application.failed_conditions == ["full_time"]


def test_part_time_education_is_fine_when_the_round_does_not_require_full_time():
    application, _code = apply(proofreader_round(full_time_required=False), full_time=False)
    assert application.eligible


def test_every_failed_condition_is_listed():
    application, _code = apply(proofreader_round(), education=Education.HIGH_SCHOOL, full_time=False,
                               born_on=datetime.date(1980, 5, 1))
    assert application.failed_conditions == ["education", "full_time", "born_before"]

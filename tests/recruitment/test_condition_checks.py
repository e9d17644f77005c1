"""Conditions such as 无犯罪记录 are checked by staff, not only confirmed by the applicant: a record of who checked
which condition of which applicant, when and with what result, required before the result is published."""

import datetime

import pytest

from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.recruitment import checks, services
from huishang.recruitment.ranking import ranking
from tests import factories as f
from tests.recruitment.rounds import DEADLINE, apply, at, proofreader_round

pytestmark = pytest.mark.django_db
AFTER_DEADLINE = DEADLINE + datetime.timedelta(days=5)
CONDITIONS = "无犯罪记录\n身体健康"


@pytest.fixture
def office():
    return f.office()


@pytest.fixture
def round_(office):
    return proofreader_round(office, conditions_to_verify=CONDITIONS)


def passed_and_scored(round_, office, name, day=2, written=80, interview=80, **claims):
    application, _code = apply(round_, name=name, day=datetime.date(2023, 11, day), **claims)
    services.review_application(application, by=office, approve=True)
    with at(AFTER_DEADLINE):
        services.record_scores(application, by=office, written=written, interview=interview)
    application.refresh_from_db()
    return application


def check_all(application, office, result="met"):
    for condition in checks.required(application):
        checks.record_check(application, by=office, condition=condition, result=result,
                            note="" if result == "met" else "未提供证明")


def test_a_check_records_who_checked_which_condition_when_and_the_result(office, round_):
    application = passed_and_scored(round_, office, "李思雨")
    with at(AFTER_DEADLINE, 15):
        check = checks.record_check(application, by=office, condition="无犯罪记录", result="met",
                                    note="派出所证明已核验")
    assert (check.application, check.condition, check.result, check.checked_by) == (
        application, "无犯罪记录", "met", office)
    assert check.checked_at.hour == 15 and check.note == "派出所证明已核验"


def test_the_round_lists_the_conditions_staff_check_one_a_line(round_):
    assert round_.verified_conditions == ["无犯罪记录", "身体健康"]


def test_claimed_preferences_are_checked_when_the_rule_counts_them(office):
    counted = proofreader_round(office, preference_rule="tie_break", conditions_to_verify="无犯罪记录")
    application = passed_and_scored(counted, office, "李思雨", has_experience=True)
    assert checks.required(application) == ["无犯罪记录", checks.EXPERIENCE]
    ignored = proofreader_round(office, conditions_to_verify="无犯罪记录")
    other = passed_and_scored(ignored, office, "王晓婷", has_experience=True)
    assert checks.required(other) == ["无犯罪记录"]


def test_a_condition_is_checked_once(office, round_):
    application = passed_and_scored(round_, office, "李思雨")
    checks.record_check(application, by=office, condition="无犯罪记录", result="met")
    with pytest.raises(InvalidTransition):
        checks.record_check(application, by=office, condition="无犯罪记录", result="not_met", note="改判")


def test_only_an_applicant_who_passed_review_is_checked(office, round_):
    application, _code = apply(round_, name="李思雨")
    with pytest.raises(InvalidTransition):
        checks.record_check(application, by=office, condition="无犯罪记录", result="met")


@pytest.mark.parametrize("condition, result, note, field", [
    ("无违纪记录", "met", "", "condition"), ("无犯罪记录", "maybe", "", "result"), ("无犯罪记录", "not_met", " ", "note"),
])
def test_bad_input_names_the_field(office, round_, condition, result, note, field):
    application = passed_and_scored(round_, office, "李思雨")
    with pytest.raises(ValidationError) as refused:
        checks.record_check(application, by=office, condition=condition, result=result, note=note)
    assert refused.value.field == field


@pytest.mark.parametrize("make", [f.supervisor, f.leader, f.enterprise_contact, f.unit_handler])
def test_only_the_office_checks_conditions(office, round_, make):
    application = passed_and_scored(round_, office, "李思雨")
    with pytest.raises(NotAllowed):
        checks.record_check(application, by=make(), condition="无犯罪记录", result="met")


def test_the_office_of_another_region_does_not_check_conditions(office, round_):
    application = passed_and_scored(round_, office, "李思雨")
    with pytest.raises(NotAllowed):
        checks.record_check(application, by=f.office(scope=f.region("500118", "永川区")), condition="无犯罪记录",
                            result="met")


def test_publishing_is_refused_naming_the_applicants_not_checked(office, round_):
    first = passed_and_scored(round_, office, "李思雨")
    second = passed_and_scored(round_, office, "王晓婷", day=3)
    checks.record_check(first, by=office, condition="无犯罪记录", result="met")
    checks.record_check(second, by=office, condition="无犯罪记录", result="met")
    checks.record_check(second, by=office, condition="身体健康", result="met")
    with at(AFTER_DEADLINE), pytest.raises(InvalidTransition) as refused:
        services.publish_result(round_, by=office)
    message = str(refused.value.message)
    assert f"{first.tracking_number} 李思雨（身体健康）" in message and second.tracking_number not in message
    round_.refresh_from_db()
    assert round_.published_at is None


def test_the_result_is_published_once_every_condition_of_everyone_who_passed_is_checked(office, round_):
    first = passed_and_scored(round_, office, "李思雨")
    second = passed_and_scored(round_, office, "王晓婷", day=3)
    check_all(first, office)
    check_all(second, office)
    with at(AFTER_DEADLINE):
        assert services.publish_result(round_, by=office).published_at is not None


def test_an_applicant_found_not_meeting_a_condition_is_not_ranked(office, round_):
    first = passed_and_scored(round_, office, "李思雨", written=95, interview=95)
    second = passed_and_scored(round_, office, "王晓婷", day=3)
    checks.record_check(first, by=office, condition="无犯罪记录", result="not_met", note="有刑事处罚记录")
    assert [row["application"] for row in ranking(round_)] == [second]


def test_no_check_is_recorded_after_publication(office):
    round_ = proofreader_round(office, conditions_to_verify="")
    application = passed_and_scored(round_, office, "李思雨")
    with at(AFTER_DEADLINE):
        services.publish_result(round_, by=office)
    application.refresh_from_db()
    with pytest.raises(InvalidTransition):
        checks.record_check(application, by=office, condition="无犯罪记录", result="met")

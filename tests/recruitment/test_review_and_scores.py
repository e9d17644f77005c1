"""The office reviews each application once, scores those that passed after the deadline, and publishes the ranking."""

import datetime

import pytest

from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.recruitment import services
from tests import factories as f
from tests.recruitment.rounds import DEADLINE, apply, at, proofreader_round

pytestmark = pytest.mark.django_db
AFTER_DEADLINE = DEADLINE + datetime.timedelta(days=3)


@pytest.fixture
def office():
    return f.office()


@pytest.fixture
def round_(office):
    return proofreader_round(office)


def test_the_office_passes_an_eligible_application(office, round_):
    application, _code = apply(round_)
    assert services.review_application(application, by=office, approve=True).review == "approved"


def test_an_ineligible_application_cannot_pass_review(office, round_):
    application, _code = apply(round_, born_on=datetime.date(1982, 12, 31))
    with pytest.raises(InvalidTransition):
        services.review_application(application, by=office, approve=True)


def test_failing_review_needs_a_reason(office, round_):
    application, _code = apply(round_)
    with pytest.raises(ValidationError) as refused:
        services.review_application(application, by=office, approve=False)
    assert refused.value.field == "note"


def test_an_application_is_reviewed_once(office, round_):
    application, _code = apply(round_)
    services.review_application(application, by=office, approve=True)
    with pytest.raises(InvalidTransition):
        services.review_application(application, by=office, approve=False, note="重复")


@pytest.mark.parametrize("make", [f.supervisor, f.leader, f.enterprise_contact, f.unit_handler])
def test_only_the_office_reviews(round_, make):
    application, _code = apply(round_)
    with pytest.raises(NotAllowed):
        services.review_application(application, by=make(), approve=True)


def test_the_office_of_another_region_does_not_review(round_):
    application, _code = apply(round_)
    elsewhere = f.office(scope=f.region("500118", "永川区"))
    with pytest.raises(NotAllowed):
        services.review_application(application, by=elsewhere, approve=True)


def test_scores_wait_for_the_deadline(office, round_):
    application, _code = apply(round_)
    services.review_application(application, by=office, approve=True)
    with at(DEADLINE), pytest.raises(InvalidTransition):
        services.record_scores(application, by=office, written=80, interview=80)
    with at(AFTER_DEADLINE):
        assert services.record_scores(application, by=office, written=80, interview=85).interview_score == 85


def test_only_an_application_that_passed_review_is_scored(office, round_):
    application, _code = apply(round_)
    with at(AFTER_DEADLINE), pytest.raises(InvalidTransition):
        services.record_scores(application, by=office, written=80, interview=80)


@pytest.mark.parametrize("written, interview, field", [(-1, 80, "written_score"), (80, 100.5, "interview_score"),
                                                      ("abc", 80, "written_score")])
def test_scores_lie_between_0_and_100(office, round_, written, interview, field):
    application, _code = apply(round_)
    services.review_application(application, by=office, approve=True)
    with at(AFTER_DEADLINE), pytest.raises(ValidationError) as refused:
        services.record_scores(application, by=office, written=written, interview=interview)
    assert refused.value.field == field


def test_the_result_waits_until_every_application_is_reviewed(office, round_):
    apply(round_)
    with at(AFTER_DEADLINE), pytest.raises(InvalidTransition):
        services.publish_result(round_, by=office)


def test_the_result_waits_until_every_approved_application_is_scored(office, round_):
    application, _code = apply(round_)
    services.review_application(application, by=office, approve=True)
    with at(AFTER_DEADLINE), pytest.raises(InvalidTransition):
        services.publish_result(round_, by=office)


def test_nothing_changes_after_publication(office, round_):
    first, _code = apply(round_)
    second, _code = apply(round_, name="王晓婷")
    services.review_application(first, by=office, approve=True)
    services.review_application(second, by=office, approve=False, note="未提交作品")
    with at(AFTER_DEADLINE):
        services.record_scores(first, by=office, written=80, interview=80)
        services.publish_result(round_, by=office)
        with pytest.raises(InvalidTransition):
            services.record_scores(first, by=office, written=99, interview=99)
        with pytest.raises(InvalidTransition):
            services.publish_result(round_, by=office)


def test_the_weights_add_up_to_100(office):
    with pytest.raises(ValidationError) as refused:
        proofreader_round(office, written_weight=60, interview_weight=60)
    assert refused.value.field == "written_weight"

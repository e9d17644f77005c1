"""A form sent again with an ID number that already applied (a resubmission) reads on the tracker like a real
application at every stage: awaiting review like the pending ones until the result is published, then failed
like an application the office did not pass, with the same wording."""

import datetime

import pytest
from django.utils import translation

from huishang.recruitment import services
from huishang.recruitment.models import Application, Resubmission
from tests import factories as f
from tests.recruitment.rounds import DEADLINE, apply, at, id_number, proofreader_round
from tests.web.pages import text_of

pytestmark = pytest.mark.django_db

SENT = datetime.date(2023, 11, 3)


def _round_with_a_resubmission():
    """A round with an application, the same ID number sent again and another application, all sent at the same
    moment and all meeting the conditions: (office, round, original, (resubmission, code), (other, code))."""
    office = f.office()
    round_ = proofreader_round(office)
    number = id_number(datetime.date(1994, 3, 8))
    original, _code = apply(round_, day=SENT, id_number=number)
    again = apply(round_, day=SENT, id_number=number, name="冒名者", phone="13900000000")
    other = apply(round_, day=SENT, id_number=id_number(datetime.date(1994, 3, 8)), name="冒名者",
                  phone="13900000000")
    assert isinstance(again[0], Resubmission) and isinstance(other[0], Application)
    return office, round_, original, again, other


def _tracked(client, found) -> str:
    """The tracker's page for ``found`` (a receipt and its code), less its tracking number."""
    receipt, code = found
    with at(DEADLINE + datetime.timedelta(days=6)):
        page = client.post("/recruitment/track/", {"tracking_number": receipt.tracking_number, "follow_up_code": code})
    assert page.status_code == 200
    return text_of(page).replace(receipt.tracking_number, "…")


def _publish(office, round_, passed):
    services.review_application(passed, by=office, approve=True)
    with at(DEADLINE + datetime.timedelta(days=5)):
        services.record_scores(passed, by=office, written=80, interview=85)
        services.publish_result(round_, by=office)


def test_before_the_result_a_resubmission_reads_awaiting_review_like_a_pending_application(client):
    _office, _round, _original, again, other = _round_with_a_resubmission()
    assert again[0].review == other[0].review == Application.Review.PENDING
    assert _tracked(client, again) == _tracked(client, other)
    assert "待审查" in _tracked(client, again)


def test_after_the_result_a_resubmission_reads_failed_like_an_application_the_office_did_not_pass(client):
    office, round_, original, again, other = _round_with_a_resubmission()
    services.review_application(other[0], by=office, approve=False, note="不具备校对经验")
    _publish(office, round_, original)
    again[0].refresh_from_db()
    assert again[0].review == Application.Review.REJECTED
    assert _tracked(client, again) == _tracked(client, other)
    tracked = _tracked(client, again)
    assert "审查不通过" in tracked and "您的报名未通过资格审查。如有疑问，请与发布本次招聘的工作专班联系。" in tracked
    assert "不具备校对经验" not in tracked and "重复" not in tracked


def test_the_note_a_failed_applicant_reads_is_translated_and_never_the_offices_own_reason():
    office, _round, _original, again, other = _round_with_a_resubmission()
    rejected = services.review_application(other[0], by=office, approve=False, note="不具备校对经验")
    assert rejected.review_note == "不具备校对经验"
    with translation.override("en"):
        assert rejected.note_for_applicant.startswith("Your application did not pass review.")
    with translation.override("zh-hans"):
        assert rejected.note_for_applicant == "您的报名未通过资格审查。如有疑问，请与发布本次招聘的工作专班联系。"
        assert again[0].note_for_applicant == ""

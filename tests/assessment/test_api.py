"""The union-work API: ranking shown only once published to those outside the assessment, scores through it."""

import pytest

from huishang.assessment import services
from huishang.assessment.figures import assessment_figures
from huishang.figures.scopes import scope_from
from tests import factories as f
from tests.api.client import as_user
from tests.assessment import makers as m

pytestmark = pytest.mark.django_db


def test_reviewers_score_through_the_api_and_the_ranking_is_public_only_once_published():
    run, organiser, indicators, participants, reviewers = m.assessment(weights=(50, 50), unions=2)
    services.open_for_reports(by=organiser, assessment=run)
    services.start_review(by=organiser, assessment=run)
    reviewer = as_user(reviewers[0])
    for participant, value in zip(participants, (90, 70)):
        for indicator in indicators:
            answer = reviewer.post(f"/assessment/assessments/{run.pk}/scores",
                                   {"participant": participant.pk, "indicator": indicator.pk, "score": value})
            assert answer.status_code == 201, answer.content
    union_officer = as_user(m.officer(participants[1].union))
    assert union_officer.get(f"/assessment/assessments/{run.pk}").json()["standings"] is None
    assert reviewer.get(f"/assessment/assessments/{run.pk}").json()["standings"][0]["total"] == 90.0
    assert as_user(organiser).post(f"/assessment/assessments/{run.pk}/publish").status_code == 200
    ranking = union_officer.get(f"/assessment/assessments/{run.pk}").json()["standings"]
    assert [(row["rank"], row["union"]["name"], row["total"]) for row in ranking] == [
        (1, "基层工会A", 90.0), (2, "基层工会B", 70.0)]
    figures = assessment_figures(scope_from())
    assert figures["assessments_published"] == 1 and figures["assessed_unions"] == 2
    assert figures["assessment_top"]["union"] == "基层工会A"


def test_a_score_out_of_range_is_refused_naming_the_field():
    run, organiser, indicators, participants, reviewers = m.assessment()
    services.open_for_reports(by=organiser, assessment=run)
    services.start_review(by=organiser, assessment=run)
    answer = as_user(reviewers[0]).post(f"/assessment/assessments/{run.pk}/scores",
                                        {"participant": participants[0].pk, "indicator": indicators[0].pk,
                                         "score": 101})
    assert answer.status_code == 422 and answer.json()["field"] == "score"


def test_an_enterprise_contact_sees_no_draft_assessment_and_cannot_record_a_risk():
    run, *_rest = m.assessment()
    client = as_user(f.enterprise_contact())
    assert client.get(f"/assessment/assessments/{run.pk}").status_code == 404
    refused = client.post("/assessment/risks", {"title": "欠薪隐患", "description": "x", "level": "general",
                                                "responsible_unit": f.unit().pk})
    assert refused.status_code == 403

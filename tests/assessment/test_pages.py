"""The union-work pages: self-reports, scoring and publishing through the forms, and the risk register."""

import pytest

from huishang.assessment import services
from huishang.assessment.models import Assessment, Risk, Score, SelfReport
from tests import factories as f
from tests.assessment import makers as m
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def test_a_union_reports_a_reviewer_scores_and_the_organiser_publishes_through_the_pages():
    run, organiser, indicators, participants, reviewers = m.assessment(weights=(50, 50), unions=1)
    officer = signed_in(m.officer(participants[0].union))
    signed_in(organiser).post(f"/assessment/{run.pk}/advance/")
    officer.post(f"/assessment/{run.pk}/indicators/{indicators[0].pk}/self-report/",
                 {"self_score": "95", "evidence": "活动台账"})
    assert SelfReport.objects.get().self_score == 95
    signed_in(organiser).post(f"/assessment/{run.pk}/advance/")
    reviewer = signed_in(reviewers[0])
    for indicator in indicators:
        reviewer.post(f"/assessment/{run.pk}/unions/{participants[0].pk}/indicators/{indicator.pk}/score/",
                      {"score": "88"})
    assert Score.objects.count() == 2
    signed_in(organiser).post(f"/assessment/{run.pk}/advance/")
    run.refresh_from_db()
    assert run.state == Assessment.State.PUBLISHED
    assert "88.00" in text_of(officer.get(f"/assessment/{run.pk}/"))


def test_a_union_officer_cannot_score_through_the_page():
    run, organiser, indicators, participants, _reviewers = m.assessment()
    services.open_for_reports(by=organiser, assessment=run)
    services.start_review(by=organiser, assessment=run)
    officer = signed_in(m.officer(participants[0].union))
    officer.post(f"/assessment/{run.pk}/unions/{participants[0].pk}/indicators/{indicators[0].pk}/score/",
                 {"score": "100"})
    assert not Score.objects.exists()


def test_the_office_records_a_risk_and_a_missing_level_is_named_in_chinese():
    unit = f.unit()
    f.category("other", "其他")
    office = signed_in(f.office())
    refused = office.post("/assessment/risks/", {"title": "欠薪隐患", "description": "工资延迟发放",
                                                 "category": f.category("other").pk, "responsible_unit": unit.pk})
    assert refused.status_code == 422 and "风险等级" in text_of(refused)
    office.post("/assessment/risks/", {"title": "欠薪隐患", "description": "工资延迟发放", "level": "general",
                                       "category": f.category("other").pk, "responsible_unit": unit.pk})
    assert Risk.objects.get().level == Risk.Level.GENERAL
    assert "欠薪隐患" in text_of(office.get("/assessment/risks/"))


def test_a_union_officer_does_not_reach_the_risk_register():
    assert signed_in(m.officer(m.union())).get("/assessment/risks/").status_code == 403

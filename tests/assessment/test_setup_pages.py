"""A union's officer sets up a year's assessment from the web: the assessment, its indicators with weights and
scoring rules, the unions assessed and the reviewers; only the organisers, and only while it is a draft."""

import pytest

from huishang.assessment import services
from huishang.assessment.models import Assessment, AssessmentRole, Indicator, Participant
from tests import factories as f
from tests.assessment import makers as m
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def test_a_federation_officer_sets_up_a_years_assessment_with_indicators_unions_and_reviewers():
    federation = m.union("永川区总工会")
    organiser = m.officer(federation)
    client = signed_in(organiser)
    answer = client.post("/assessment/new/", {"title": "2024年度基层工会工作综合目标考核", "year": "2024",
                                              "organiser": federation.pk})
    run = Assessment.objects.get()
    assert answer.status_code == 302 and answer["Location"] == f"/assessment/{run.pk}/"
    for name, weight in (("组织建设", 60), ("维权服务", 40)):
        client.post(f"/assessment/{run.pk}/indicators/", {"indicator-name": name, "indicator-weight": weight,
                                                          "indicator-rule": "按完成情况评分"})
    grassroots, reviewer = m.union("基层工会甲"), m.officer(federation)
    client.post(f"/assessment/{run.pk}/unions/", {"participant-union": grassroots.pk})
    client.post(f"/assessment/{run.pk}/reviewers/", {"reviewer-reviewer": reviewer.pk})
    assert list(run.indicators.values_list("name", "weight")) == [("组织建设", 60), ("维权服务", 40)]
    assert run.participants.get().union == grassroots
    assert run.roles.filter(role=AssessmentRole.Role.REVIEWER, user=reviewer).exists()
    assert 'data-weight-total="100"' in client.get(f"/assessment/{run.pk}/").content.decode()
    services.open_for_reports(by=organiser, assessment=run)


def test_weights_above_100_are_refused_in_chinese_and_nothing_is_added():
    run, organiser, _indicators, _participants, _reviewers = m.assessment(weights=(60, 40))
    answer = signed_in(organiser).post(f"/assessment/{run.pk}/indicators/", {
        "indicator-name": "额外指标", "indicator-weight": "5", "indicator-rule": "x"})
    assert answer.status_code == 422 and "权重合计将超过 100（目前为 100）。" in text_of(answer)
    assert Indicator.objects.filter(assessment=run).count() == 2


def test_an_officer_of_another_union_cannot_set_up_its_assessment():
    federation, other = m.union("永川区总工会"), m.union("其他工会")
    answer = signed_in(m.officer(other)).post("/assessment/new/", {"title": "x", "year": "2024",
                                                                   "organiser": federation.pk})
    assert answer.status_code == 422 and not Assessment.objects.exists()
    assert signed_in(f.office()).get("/assessment/new/").status_code == 403


def test_only_an_organiser_adds_indicators_and_only_while_the_assessment_is_a_draft():
    run, organiser, _indicators, participants, reviewers = m.assessment(weights=(60,))
    reviewer = signed_in(reviewers[0])
    assert 'data-form="indicator"' not in reviewer.get(f"/assessment/{run.pk}/").content.decode()
    answer = reviewer.post(f"/assessment/{run.pk}/indicators/", {
        "indicator-name": "维权服务", "indicator-weight": "40", "indicator-rule": "x"})
    assert answer.status_code == 403 and Indicator.objects.filter(assessment=run).count() == 1
    signed_in(organiser).post(f"/assessment/{run.pk}/indicators/", {
        "indicator-name": "维权服务", "indicator-weight": "40", "indicator-rule": "x"})
    services.open_for_reports(by=organiser, assessment=run)
    page = signed_in(organiser).get(f"/assessment/{run.pk}/").content.decode()
    assert 'data-form="indicator"' not in page
    answer = signed_in(organiser).post(f"/assessment/{run.pk}/unions/", {"participant-union": m.union().pk})
    assert answer.status_code == 409 and "考核处于“自评中”状态，不能进行此操作。" in text_of(answer)
    assert Participant.objects.filter(assessment=run).count() == len(participants)


def test_the_setup_form_is_offered_to_union_officers_only():
    federation = m.union("永川区总工会")
    officer = signed_in(m.officer(federation))
    assert "设立年度考核" in text_of(officer.get("/assessment/"))
    assert officer.get("/assessment/new/").status_code == 200
    assert "设立年度考核" not in text_of(signed_in(f.supervisor()).get("/assessment/"))

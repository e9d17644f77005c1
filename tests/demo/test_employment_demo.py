"""The demo's extensions built by these apps, checked once on one demo world: Rongdong's ledger and job station
(钟爱敏 matched the evening she registered), Yongchuan's 2023 union assessment published at the plenary of
18 April 2024 with graded risks, and the CPPCC survey of 16 April 2024 linking its matters."""

import datetime

import pytest
from django.utils import timezone

from huishang.assessment.models import Assessment, Risk
from huishang.assessment.selectors import standings
from huishang.cases.models import Matter
from huishang.employment.figures import employment_figures
from huishang.employment.models import Household, Placement, Seeker
from huishang.figures.scopes import scope_from
from huishang.figures.selectors import matter_figures
from huishang.surveys.models import Survey

pytestmark = pytest.mark.django_db


def test_zhong_aimin_was_matched_the_evening_she_registered_and_hired(demo_world):
    zhong = Seeker.objects.get(name="钟爱敏")
    placement = zhong.placements.get()
    assert timezone.localdate(placement.matched_at) == timezone.localdate(zhong.registered_at)
    assert timezone.localtime(placement.matched_at).hour >= 18
    assert placement.job.employer == "南文营社区养老服务驿站" and placement.job.title == "保洁员"
    assert placement.outcome == Placement.Outcome.HIRED
    assert zhong.resident.get_status_display() and zhong.resident.status == "employed"
    assert zhong.resident.household.community == "南文营社区"


def test_the_rongdong_ledger_and_station_figures_are_counted_from_the_demo_records(demo_world):
    figures = employment_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31"))
    assert figures["ledger_households"] == Household.objects.count() == 40
    assert figures["station_same_day"] >= 1 and figures["station_placed"] >= 1
    assert figures["training_completed"] >= 1


def test_the_2023_assessment_was_published_on_the_day_of_the_plenary_with_ten_unions_ranked(demo_world):
    assessment = Assessment.objects.get(year=2023)
    assert assessment.state == Assessment.State.PUBLISHED
    assert timezone.localdate(assessment.published_at) == datetime.date(2024, 4, 18)
    assert sum(assessment.indicators.values_list("weight", flat=True)) == 100
    rows = standings(assessment)
    assert len(rows) == 10 and rows[0].rank == 1 and rows[0].total >= rows[-1].total


def test_every_risk_matter_of_the_screening_has_a_level_and_the_seed_figures_stay(demo_world):
    assert not Matter.objects.filter(kind=Matter.Kind.RISK, risk__isnull=True).exists()
    # 2024's four of the seed world (April), and the two 2023's screening found (assessment/demo.py).
    assert Risk.objects.count() == 4 + 2
    figures = matter_figures(scope_from())
    assert (figures["assigned"], figures["resolved"], figures["resolution_rate"]) == (118, 95, 80.5)


def test_the_survey_links_every_survey_matter_of_yongchuan_without_duplicating_them(demo_world):
    survey = Survey.objects.get(held_on=datetime.date(2024, 4, 16))
    survey_matters = Matter.objects.filter(source=Matter.Source.SURVEY)
    assert set(survey.matters.all()) == set(survey_matters) and survey_matters.count() == 6
    assert "重庆磐谷动力技术有限公司" in survey.enterprises.values_list("name", flat=True)
    assert survey.questions.count() == 4 and survey.questions.first().answers.count() == 3

"""The demo's labour-field risk screening (seed 000): 2023's campaign done, 2024's under way, and worker-rights cases
taken in. None is assigned in the demo (assessment/demo.py says why); tests/assessment carries them to resolution."""

import pytest

from huishang.assessment.figures import assessment_figures
from huishang.assessment.models import Risk
from huishang.figures.scopes import scope_from

pytestmark = pytest.mark.django_db


def union_figures(year: int) -> dict:
    return assessment_figures(scope_from(date_from=f"{year}-01-01", date_to=f"{year}-12-31", region="500118"))


def test_2023s_campaign_screened_every_enterprise_and_found_two_risks(demo_world):
    assert union_figures(2023)["risk_screening"] == {
        "campaigns": 1, "enterprises_to_screen": 6, "enterprises_screened": 6, "coverage": 100.0, "risks_found": 2,
        "risks_resolved": 0}


def test_2024s_campaign_is_under_way_with_aprils_risks_open(demo_world):
    assert union_figures(2024)["risk_screening"] == {
        "campaigns": 1, "enterprises_to_screen": 7, "enterprises_screened": 4, "coverage": 57.1, "risks_found": 4,
        "risks_resolved": 0}


def test_a_re_graded_risk_keeps_its_history_and_the_serious_ones_have_a_plan(demo_world):
    regraded = Risk.objects.get(matter__title="外包工程款拖欠导致农民工工资支付风险")
    assert [(g.from_level, g.to_level) for g in regraded.gradings.all()] == [("", "serious"), ("serious", "general")]
    assert regraded.stability_plans.exists()
    assert Risk.objects.get(matter__title="订单下滑拟缩减产线，存在集中裁员风险").stability_plans.exists()


def test_2023s_worker_rights_cases_are_counted_as_received_from_the_matters(demo_world):
    assert union_figures(2023)["rights_cases"] == {"received": 3, "assigned": 0, "resolved": 0,
                                                   "resolution_rate": 0.0}

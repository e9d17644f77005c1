"""Seed 004's internships and subsidies in the demo: 8 recognised bases, 109 interns, about 350,000 yuan of
subsidies of the three kinds the page names, every one of them eligible."""

import pytest

from huishang.employment.figures import internship_figures
from huishang.employment.models import InternshipBase, Subsidy
from huishang.figures.scopes import scope_from

pytestmark = pytest.mark.django_db


def test_eight_service_outsourcing_bases_took_109_interns_in_2023(demo_world):
    figures = internship_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31", region="511000"))
    assert (figures["internship_bases"], figures["interns"]) == (8, 109)
    assert set(InternshipBase.objects.values_list("enterprise__industry", flat=True)) == {"服务外包"}
    assert set(InternshipBase.objects.values_list("state", flat=True)) == {"recognised", "refused", "applied"}


def test_about_350_thousand_yuan_of_subsidies_of_the_three_kinds_the_page_names(demo_world):
    figures = internship_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31", region="511000"))
    assert round(figures["subsidies_yuan"] / 10_000) == 35
    assert all(figures["subsidies_by_kind"][kind] > 0 for kind in ("internship", "hiring_reward", "social_insurance"))
    assert not Subsidy.objects.filter(kind="internship", intern__isnull=True).exists()

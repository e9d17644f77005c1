"""The demo counts seed 004's investment-promotion and recruitment figures from its records, and only in 2023."""

import pytest

from huishang.figures.scopes import scope_from
from huishang.figures.subjects import figures_for
from huishang.recruitment.figures import recruitment_figures
from huishang.promotion.models import Lead, Stage
from huishang.promotion.selectors import funnel

pytestmark = pytest.mark.django_db

YEAR_2023 = {"date_from": "2023-01-01", "date_to": "2023-12-31"}


def test_promotion_figures_of_2023_are_the_seeds(demo_world):
    figures = figures_for("promotion", scope_from(**YEAR_2023))
    assert figures["contacted"] >= 80
    assert figures["negotiating"] >= 30
    assert figures["signed"] == 12
    assert figures["seats"] >= 2700


def test_the_named_projects_are_among_the_signed(demo_world):
    signed = set(Lead.objects.filter(signed_on__year=2023).values_list("enterprise_name", flat=True))
    assert {"同程旅行", "软通动力"} <= signed
    assert {"太平财险", "壹网壹创"} <= set(Lead.objects.values_list("enterprise_name", flat=True))


def test_recruitment_figures_of_2023_are_the_seeds(demo_world):
    figures = recruitment_figures(scope_from(**YEAR_2023))
    assert figures["events"] == 66
    assert figures["intentions"] >= 4500
    assert figures["positions"] >= 1000
    assert figures["campus_events"] >= 50
    assert figures["universities"] >= 20
    assert figures["campus_intentions"] >= 3000


def test_a_window_in_1990_gives_zeros(demo_world):
    window = scope_from(date_from="1990-01-01", date_to="1990-12-31")
    assert set(figures_for("promotion", window).values()) == {0}
    recruitment = recruitment_figures(window)
    assert all(recruitment[key] == 0 for key in ("events", "intentions", "positions", "campus_events", "universities"))


def test_the_funnel_narrows_from_contacted_to_landed(demo_world):
    counts = [row["count"] for row in funnel(Lead.objects.all())]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] == Lead.objects.count()
    assert counts[-1] == Lead.objects.filter(stage=Stage.LANDED).count()


def test_the_landed_projects_show_seats_650_toward_1000_and_14_yi_of_output_expecting_20(demo_world):
    figures = figures_for("promotion", scope_from(**YEAR_2023))
    assert figures["output_value_yuan"] == 1_400_000_000
    assert figures["output_value_expected_yuan"] == 2_000_000_000
    assert figures["business_lines_added"] == 6
    douyin = Lead.objects.get(enterprise_name="抖音集团")
    assert douyin.operation_reports.get().seats_actual == 650
    change = douyin.seat_plan_changes.get()
    assert (change.from_seats, change.to_seats, douyin.planned_seats) == (650, 1000, 1000)
    assert figures["seats_actual"] == sum(lead.operation_reports.get().seats_actual for lead in Lead.objects.filter(
        operation_reports__isnull=False))

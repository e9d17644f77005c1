"""The funnel counts leads that reached each stage; leads without progress for 30 days are flagged stale."""

import datetime

import pytest

from huishang.figures.scopes import scope_from
from huishang.promotion import services
from huishang.promotion.figures import promotion_figures
from huishang.promotion.models import Lead, Stage
from huishang.promotion.selectors import funnel, stale_leads
from tests import factories as f
from tests.promotion.leads import at, lead

pytestmark = pytest.mark.django_db


def pipeline(office):
    """Four leads: one contacted, one negotiating, one signed (200 seats) and one landed (300 seats)."""
    lead(office, name="甲")
    with at(datetime.date(2023, 4, 1)):
        services.advance(lead(office, name="乙"), by=office, to=Stage.NEGOTIATING)
        signed = services.advance(lead(office, name="丙"), by=office, to=Stage.NEGOTIATING)
        landed = services.advance(lead(office, name="丁"), by=office, to=Stage.NEGOTIATING)
    with at(datetime.date(2023, 6, 1)):
        services.advance(signed, by=office, to=Stage.SIGNED, planned_seats=200)
        landed = services.advance(landed, by=office, to=Stage.SIGNED, planned_seats=300)
    with at(datetime.date(2024, 2, 1)):
        services.advance(landed, by=office, to=Stage.LANDED)


def test_the_funnel_counts_leads_that_reached_each_stage():
    pipeline(f.office())
    assert [row["count"] for row in funnel(Lead.objects.all())] == [4, 3, 2, 1]


def test_the_figures_count_each_stage_in_its_period():
    pipeline(f.office())
    figures = promotion_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31"))
    assert figures == {
        "contacted": 4, "negotiating": 1, "signed": 2, "seats": 500, "landed": 0, "dropped": 0, "landed_projects": 0,
        "landed_seats_planned": 0, "seats_actual": 0, "output_value_yuan": 0, "output_value_expected_yuan": 0,
        "business_lines_added": 0}
    assert promotion_figures(scope_from(date_from="2024-01-01", date_to="2024-12-31"))["landed"] == 1


def test_a_lead_signed_after_the_period_still_counts_as_negotiating_in_it():
    pipeline(f.office())
    figures = promotion_figures(scope_from(date_from="2023-01-01", date_to="2023-05-31"))
    assert (figures["negotiating"], figures["signed"]) == (3, 0)


def test_a_lead_without_progress_for_30_days_is_stale():
    office = f.office()
    quiet = lead(office, day=datetime.date(2023, 3, 1), name="甲")
    lead(office, day=datetime.date(2023, 3, 25), name="乙")
    with at(datetime.date(2023, 4, 1)):
        assert list(stale_leads(Lead.objects.all())) == [quiet]


def test_a_visit_clears_the_stale_flag():
    office = f.office()
    quiet = lead(office, day=datetime.date(2023, 3, 1))
    with at(datetime.date(2023, 4, 1)):
        services.record_visit(quiet, by=office, visited_on=datetime.date(2023, 3, 31), notes="电话回访")
        assert not stale_leads(Lead.objects.all()).exists()


def test_a_landed_lead_is_never_stale():
    pipeline(f.office())
    with at(datetime.date(2025, 1, 1)):
        assert "丁" not in set(stale_leads(Lead.objects.all()).values_list("enterprise_name", flat=True))

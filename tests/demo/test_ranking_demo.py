"""The demo's monthly unit ranking: 内江's 2023 scheme, three months published from the records, October open
for the office to publish; `huishang ranking --json` ranks by score within each kind of unit, lists units
without matters unranked and gives every rate its numerator and denominator."""

import io
import json

import pytest
from django.core.management import call_command

from huishang.ranking.models import PublishedMonth, Scheme

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_scheme_three_published_months_and_an_open_one(demo_world):
    assert Scheme.objects.filter(region__code="511000", year=2023).exists()
    published = PublishedMonth.objects.filter(region__code="511000").order_by("month")
    assert [f"{month.month:%Y-%m}" for month in published] == ["2023-07", "2023-08", "2023-09"]
    assert [month.document_number for month in published] == ["〔2023〕1号", "〔2023〕2号", "〔2023〕3号"]
    assert not PublishedMonth.objects.filter(month="2023-10-01").exists()


def test_the_cli_ranks_a_demo_month_by_score_within_each_kind(demo_world):
    out = io.StringIO()
    call_command("ranking", "--month", "2023-10", "--region", "511000", "--json", stdout=out)
    units = json.loads(out.getvalue())["units"]
    assert units and all(set(rate) == {"value", "numerator", "denominator"}
                         for line in units for rate in line["rates"].values())
    for kind in {line["kind"] for line in units}:
        ranked = [line for line in units if line["kind"] == kind and line["rank"] is not None]
        assert ranked and ranked[0]["rank"] == 1
        for before, after in zip(ranked, ranked[1:]):
            assert before["score"] >= after["score"]
            assert (before["rank"] == after["rank"]) == (before["score"] == after["score"])
    unranked = [line for line in units if line["rank"] is None]
    assert unranked and all(line["score"] is None and not line["flagged"] for line in unranked)

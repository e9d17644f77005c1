"""The bench generator writes matters without the services; its closing rebuild makes the rollups equal a
recount of what it wrote."""

import datetime
import importlib.util
from pathlib import Path

import pytest
from django.utils import timezone

from huishang.cases.models import Category
from huishang.directory.models import Organization, Region
from huishang.figures import rollups
from huishang.figures.raised import raised_per_butler, recount_raised_per_butler
from huishang.figures.recount import recount_breakdowns, recount_matter_figures
from huishang.figures.selectors import Scope, breakdowns, matter_figures
from tests.figures.test_rollups import _sorted_rows

pytestmark = pytest.mark.django_db


def _generate(matters: int) -> None:
    path = Path(__file__).resolve().parents[2] / "bench" / "generate.py"
    spec = importlib.util.spec_from_file_location("bench_generate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(matters, seed=5)


def test_generated_matters_are_counted_in_the_rollups_as_a_recount_counts_them():
    _generate(300)
    year = timezone.localdate().year - 1
    district = Region.objects.filter(parent__isnull=False).order_by("code").first()
    unit = Organization.objects.filter(kind=Organization.Kind.UNIT).order_by("pk").first()
    scopes = [
        Scope(),
        Scope(date_from=datetime.date(year, 1, 1), date_to=datetime.date(year, 12, 31)),
        Scope(date_from=datetime.date(year, 2, 10), date_to=datetime.date(year, 8, 20)),
        Scope(region=district),
        Scope(unit=unit),
        Scope(category=Category.objects.order_by("code").values_list("code", flat=True).first()),
    ]
    assert recount_matter_figures(Scope())["resolved"] > 50
    assert recount_matter_figures(Scope())["consulted"] > 10
    assert rollups.differences() == []
    for scope in scopes:
        assert matter_figures(scope) == recount_matter_figures(scope), scope
        assert _sorted_rows(breakdowns(scope)) == _sorted_rows(recount_breakdowns(scope)), scope
        assert raised_per_butler(scope) == recount_raised_per_butler(scope), scope

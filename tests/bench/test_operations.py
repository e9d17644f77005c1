"""Every operation bench/huishang_ops.py times does what it says on a generated database: a broken page or call
would otherwise be timed as a fast one."""

import importlib.util
from pathlib import Path

import pytest

from huishang.cases.models import Matter

pytestmark = pytest.mark.django_db

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _module(name):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_timed_operation_including_the_html_pages_succeeds_on_a_generated_database(settings):
    _module("generate").generate(120, seed=5)
    settings.ALLOWED_HOSTS = ["testserver"]
    report = _module("report")
    operations = _module("huishang_ops").operations()
    before = Matter.objects.count()
    assert set(report.PAGES) <= set(operations), "every page the report holds to a target is timed"
    for name in [*report.PAGES, "page_create", "create", "transition"]:
        for run in range(2):
            operations[name](run)
    assert Matter.objects.count() == before + 4, "the API and the web form each created a matter per run"

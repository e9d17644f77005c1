"""Butler figures, counted from a hand-built history, in ``huishang stats --json`` under ``butlers``."""

import datetime
import io
import json

import pytest
from django.core.management import call_command

from huishang.butlers import services
from huishang.butlers.figures import butler_figures
from huishang.butlers.models import ServiceArea
from huishang.cases import services as matter_services
from huishang.core import clock
from huishang.figures.selectors import Scope
from tests import factories as f
from tests.butlers.people import butler

pytestmark = pytest.mark.django_db


def at(day):
    return clock.frozen_at(datetime.datetime.combine(day, datetime.time(10)))


def history():
    """Two butlers of two units. In March 2024: 3 visits, 3 problems raised, 2 resolved; in May: 1 visit."""
    f.category()
    office = f.office()
    first, second = butler(username="b_first"), butler(username="b_second")
    ent_a, ent_b, ent_c = f.enterprise(), f.enterprise(), f.enterprise()
    with at(datetime.date(2024, 1, 2)):
        services.assign_butler(by=office, enterprise=ent_a, butler=first)
        services.assign_butler(by=office, enterprise=ent_b, butler=first)
        services.assign_butler(by=office, enterprise=ent_c, butler=second)
    problem = {"title": "技工招聘难", "description": "缺口20人", "category": "talent"}
    with at(datetime.date(2024, 3, 5)):
        one = services.record_visit(by=first, enterprise=ent_a, visited_on=datetime.date(2024, 3, 5), people_met="王总",
                                    areas=[ServiceArea.NEEDS], problems=[problem, problem])
        services.record_visit(by=first, enterprise=ent_b, visited_on=datetime.date(2024, 3, 5), people_met="李总",
                              areas=[ServiceArea.GROWTH])
        two = services.record_visit(by=second, enterprise=ent_c, visited_on=datetime.date(2024, 3, 5), people_met="赵总",
                                    areas=[ServiceArea.PROBLEMS], problems=[problem])
    handler = f.unit_handler()
    for matter in [*one.matters.all()[:1], *two.matters.all()]:
        with at(datetime.date(2024, 3, 6)):
            matter_services.accept(matter, by=office)
            matter_services.assign(matter, by=office, lead_unit=handler.organization, due=datetime.date(2024, 4, 30))
            matter_services.acknowledge(matter, by=handler)
            matter_services.respond(matter, by=handler, content="已对接人才市场")
            matter_services.review(matter, by=f.supervisor(), satisfied=True)
    with at(datetime.date(2024, 5, 8)):
        services.record_visit(by=second, enterprise=ent_c, visited_on=datetime.date(2024, 5, 8), people_met="赵总",
                              areas=[ServiceArea.NEEDS])
        services.record_training(by=office, butler=second, topic="safety", title="安全生产", hours=2,
                                 held_on=datetime.date(2024, 5, 8))
    return first, second


def test_butler_figures_count_cover_visits_problems_and_resolution_in_the_period():
    first, second = history()
    march = butler_figures(Scope(date_from=datetime.date(2024, 3, 1), date_to=datetime.date(2024, 3, 31)))["butlers"]
    assert {key: march[key] for key in ("enterprises_covered", "butlers", "visits", "problems_raised",
                                        "problems_resolved", "resolution_rate", "trainings")} == {
        "enterprises_covered": 3, "butlers": 2, "visits": 3, "problems_raised": 3, "problems_resolved": 2,
        "resolution_rate": 66.7, "trainings": 0}
    rows = {row["name"]: row for row in march["by_butler"]}
    assert (rows[first.name]["visits"], rows[first.name]["problems_raised"], rows[first.name]["problems_resolved"]) == (
        2, 2, 1)
    assert rows[second.name]["resolution_rate"] == 100.0
    assert sum(unit["visits"] for unit in march["by_unit"]) == 3


def test_a_period_with_no_records_gives_zeros():
    history()
    empty = butler_figures(Scope(date_from=datetime.date(1990, 1, 1), date_to=datetime.date(1990, 12, 31)))["butlers"]
    assert empty["enterprises_covered"] == empty["visits"] == empty["problems_raised"] == 0
    assert empty["resolution_rate"] == 0.0 and empty["by_butler"] == []


def test_stats_json_has_the_butler_figures():
    history()
    out = io.StringIO()
    call_command("stats", "--json", "--from", "2024-05-01", "--to", "2024-05-31", stdout=out)
    butlers = json.loads(out.getvalue())["butlers"]
    assert (butlers["visits"], butlers["trainings"], butlers["problems_raised"]) == (1, 1, 0)

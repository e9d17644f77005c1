"""Every list costs the same number of queries for 5 rows as for 50: no query per row (no N+1).

Each case makes a viewer, adds rows the viewer can see, and asks for the list twice: with 5 rows and
with 50. Pages are made long enough to show all 50, so the count would grow with the page if any row
cost a query of its own. Lists inside one record (a meeting's agenda, a station's jobs) add rows to
that record. Every route the application answers, page or API operation, has a case here or is named
in ``not_lists`` with the reason it is not a list, so a new list without a case fails
``test_every_route_is_a_checked_list_or_named_as_not_a_list``.
"""

import pytest

from tests.scale import cases, not_lists
from tests.scale.counting import FEW, MANY, queries_of
from tests.security.routes import api_operations, pages

pytestmark = pytest.mark.django_db


def _count_with(case, client, world) -> tuple[int, object]:
    return queries_of(client, case.address(world), **case.query)


def _counts_on_one_world(case) -> tuple[int, int]:
    world = case.make_world()
    client = case.client(world)
    case.add_rows(world, FEW)
    _count_with(case, client, world)  # the first request fills per-process caches (language, vocabulary)
    few, response = _count_with(case, client, world)
    assert case.shown(response, world) == case.expected(FEW)
    case.add_rows(world, MANY - FEW)
    many, response = _count_with(case, client, world)
    assert case.shown(response, world) == case.expected(MANY)
    return few, many


def _counts_on_two_worlds(case) -> tuple[int, int]:
    counts = []
    for rows in (FEW, MANY):
        world = case.make_world()
        client = case.client(world)
        case.add_rows(world, rows)
        _count_with(case, client, world)
        count, response = _count_with(case, client, world)
        assert case.shown(response, world) == case.expected(rows)
        counts.append(count)
    return counts[0], counts[1]


@pytest.mark.parametrize("case", cases.ALL, ids=lambda case: case.name)
def test_a_list_makes_as_many_queries_for_50_rows_as_for_5(case, monkeypatch):
    for module, name in case.page_size_constants:
        monkeypatch.setattr(module, name, MANY * 2)
    few, many = _counts_on_two_worlds(case) if case.separate_worlds else _counts_on_one_world(case)
    assert many == few, f"{case.name}: {few} queries for {FEW} rows, {many} for {MANY}"


def _routes() -> set[str]:
    operations = {route.pattern for route in api_operations() if route.methods == ("GET",)}
    return operations | {route.key for route in pages()}


def test_every_route_is_a_checked_list_or_named_as_not_a_list():
    checked = {case.route for case in cases.ALL}
    routes = _routes()
    unaccounted = {route for route in routes - checked if not not_lists.reason_for(route)}
    assert unaccounted == set(), "a route without a query-count case: add one to tests/scale/cases.py"
    assert not_lists.named() - routes == set(), "not_lists names a route that no longer exists"
    assert not_lists.named() & checked == set(), "a route is both checked and named as not a list"

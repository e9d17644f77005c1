"""Every list costs the same number of queries for 5 rows as for 50: no query per row (no N+1).

Each case makes a viewer, adds rows the viewer can see, and asks for the list twice: with 5 rows and
with 50. Pages are made long enough to show all 50, so the count would grow with the page if any row
cost a query of its own. The API's list endpoints are read from its OpenAPI schema, so a new list
endpoint without a case here fails ``test_every_api_list_endpoint_has_a_query_count_case``.
"""

import pytest

from tests.scale import cases
from tests.api.client import BASE
from tests.scale.counting import FEW, MANY, queries_of

pytestmark = pytest.mark.django_db


def _count_with(case, client) -> tuple[int, object]:
    return queries_of(client, case.path, **case.query)


@pytest.mark.parametrize("case", cases.API + cases.WEB, ids=lambda case: case.name)
def test_a_list_makes_as_many_queries_for_50_rows_as_for_5(case, monkeypatch):
    for module, name in case.page_size_constants:
        monkeypatch.setattr(module, name, MANY * 2)
    world = case.make_world()
    client = case.client(world)
    case.add_rows(world, FEW)
    _count_with(case, client)  # the first request fills per-process caches (language, vocabulary)
    few, response = _count_with(case, client)
    assert case.shown(response, world) == FEW
    case.add_rows(world, MANY - FEW)
    many, response = _count_with(case, client)
    assert case.shown(response, world) == MANY
    assert many == few, f"{case.name}: {few} queries for {FEW} rows, {many} for {MANY}"


def test_every_api_list_endpoint_has_a_query_count_case():
    from huishang.api.urls import api

    covered = {case.path for case in cases.API} | set(cases.NOT_LISTS)
    lists = set()
    for path, operations in api.get_openapi_schema()["paths"].items():
        get = operations.get("get")
        if not get or "{" in path:
            continue
        schema = get["responses"].get(200, {}).get("content", {}).get("application/json", {}).get("schema", {})
        if schema.get("type") == "array" or schema.get("$ref", "").endswith("Page"):
            lists.add(path.removeprefix(BASE))
    assert lists - covered == set()

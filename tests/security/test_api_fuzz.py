"""The whole API judged from its own OpenAPI document by Schemathesis (in-process, through WSGI).

Every operation is called as the demo's service office and as its enterprise contact, in the demo world.
Both generating phases of Schemathesis run:
- the coverage phase sends the boundary values of each field the document describes (the shortest and
  longest texts, the smallest and largest numbers, days such as 0000-00-00, wrong types, missing and unknown
  fields, methods and content types the operation does not take), and the values that broke the API before
  (fuzz_boundaries.py: the calendar's first and last days, digits that are not ASCII, a NUL, years past 9999),
  each in its own case; as the enterprise, only the valid ones (the invalid ones are refused before any
  rule of a role is read, so the office's run has tried them);
- the fuzzing phase sends random requests, valid and invalid.
A value the case is not about names a real record of the world (objects.py), and a coverage case about one
field leaves out the optional others, so that the value tried gets past "not found" into the services.

Every check of Schemathesis that applies to single requests runs: no answer may be a server error, carry a
status or content type the document does not list for the operation, break the schema the document gives
for its status, accept what the document refuses, or refuse what it accepts (but with the statuses of a
business rule, POSITIVE_REFUSALS). The figures (operations, cases, answers, failures by check) are
printed at the end of the run (conftest.py).
"""

import re

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.meta import TestPhase

from huishang.api.tokens import issue_token
from huishang.api.urls import api
from huishang.directory.models import Role
from tests.security import fuzz_figures, routes
from tests.security.conftest import FUZZED
from tests.security.fuzz_boundaries import with_boundaries
from tests.security.objects import BY_FIELD, DemoObjects, home_records, role_accounts

pytestmark = pytest.mark.django_db

# Random requests per operation and role in the fuzzing phase (the coverage phase sends every case it finds).
FUZZED_PER_OPERATION = 10
# A request the document accepts may still be refused by a rule of the service (an unknown organisation, a
# deadline in the past, a transition the state forbids, another's record): 403, 404, 409 or 422; and a sign-in
# by a locked account (423) or from an address that tried too often (429); each as the document lists it.
POSITIVE_REFUSALS = ["2xx", "401", "403", "404", "409", "422", "423", "429"]

DOCUMENT = api.get_openapi_schema(path_prefix="/api/v1/")
OPERATIONS = {route.key: route for route in routes.api_operations()}
# The codes a body names, besides the records objects.BY_FIELD names: (route key matching this, field) -> value.
BY_CODE = [(r".", "category", lambda r: r.matter.category.code), (r".", "region", lambda r: r.matter.region.code)]
SENT: list[fuzz_figures.Sent] = []


def _record(context, case, response, results):
    """Schemathesis's after_validate hook: each request and the checks that failed on it, for the figures."""
    SENT.append(fuzz_figures.sent(case, response, results))


def _schema(coverage_mode: str):
    """The document with the boundary examples, judged as Schemathesis's config below says."""
    config = SchemathesisConfig.from_dict({
        "seed": 18,
        "phases": {"examples": {"enabled": False}, "stateful": {"enabled": False},
                   "coverage": {"generation": {"mode": coverage_mode}}},
        # The role's own token goes with every request; a missing or wrong one is the ignored_auth check's.
        "generation": {"mode": "all", "max-examples": FUZZED_PER_OPERATION, "with-security-parameters": False},
        "checks": {"positive_data_acceptance": {"expected-statuses": POSITIVE_REFUSALS}},
    })
    loaded = schemathesis.openapi.from_dict(with_boundaries(DOCUMENT), config=config)
    loaded.app, loaded.location = get_wsgi_application(), "/api/v1/openapi.json"
    loaded.hook("after_validate")(_record)
    return loaded


as_office, as_enterprise = _schema("all"), _schema("positive")


@pytest.fixture(autouse=True)
def test_transaction_kept_open():
    """Called directly, the WSGI handler closes "old" connections when a request starts and ends, which
    Django's test client prevents; on PostgreSQL that would close the connection holding the test's data."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(scope="module", autouse=True)
def figures(request):
    yield
    request.config.stash[FUZZED] = request.config.stash.get(FUZZED, []) + SENT


@pytest.fixture
def caller(role, demo_world, settings, tmp_path) -> tuple[dict, DemoObjects]:
    """The role's bearer header and the demo records its requests name."""
    settings.MEDIA_ROOT = tmp_path
    accounts = role_accounts()
    key, _token = issue_token(accounts[role])
    return {"Authorization": f"Bearer {key}"}, DemoObjects(home_records(accounts))


def _tried(case, location: ParameterLocation) -> set[str] | None:
    """The names at ``location`` that the case is about: the field or parameter the coverage phase varies (its
    description names a body field: "Object with valid 'due' value: ..."); None when the part is invalid."""
    meta = case.meta
    if meta.is_negative_at(location):
        return None
    data = meta.phase.data
    if meta.phase.name != TestPhase.COVERAGE or data.parameter_location != location:
        return set()
    if location == ParameterLocation.BODY:
        return set(re.findall(r"'(\w+)'", data.description)[:1])
    return {data.parameter} - {None}


def _required(operation: dict, location: ParameterLocation) -> set[str]:
    if location == ParameterLocation.QUERY:
        return {p["name"] for p in operation.get("parameters", []) if p["in"] == "query" and p.get("required")}
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    if "$ref" in body:
        body = DOCUMENT["components"]["schemas"][body["$ref"].rsplit("/", 1)[-1]]
    return set(body.get("required", []))


def naming_real_records(case, objects: DemoObjects):
    """The case as it reaches the services: a case about one field leaves out the optional others (a filter or
    an expected version of no concern to it would answer for it), and every path parameter and body field that
    names a record (or a category or region code) names a real one, but for the values the case is about."""
    route = OPERATIONS[case.operation.label]
    method, path = case.operation.label.split(" ", 1)
    operation = DOCUMENT["paths"][path][method.lower()]
    for location, part in ((ParameterLocation.QUERY, "query"), (ParameterLocation.BODY, "body")):
        tried, given = _tried(case, location), getattr(case, part)
        if tried and isinstance(given, dict):
            kept = tried | _required(operation, location)
            setattr(case, part, {name: value for name, value in given.items() if name in kept})
    tried = _tried(case, ParameterLocation.PATH)
    if case.path_parameters and tried is not None:
        case.path_parameters = {**case.path_parameters, **{
            name: str(value) for name, value in objects.arguments(route).items() if name not in tried}}
    tried = _tried(case, ParameterLocation.BODY)
    if isinstance(case.body, dict) and tried is not None:
        for pattern, field, value in [*BY_FIELD, *BY_CODE]:
            if field in case.body and field not in tried and re.search(pattern, route.key):
                case.body[field] = value(objects.records)
                tried.add(field)
    return case


def judged(case, caller) -> None:
    headers, objects = caller
    naming_real_records(case, objects).call_and_validate(headers=headers)


EACH_OPERATION = settings(deadline=None, derandomize=True, database=None, phases=[Phase.explicit, Phase.generate],
                          suppress_health_check=list(HealthCheck))


# The role is a parameter so that each test's id names it along with the operation.
@as_office.parametrize()
@pytest.mark.parametrize("role", [Role.OFFICE])
@EACH_OPERATION
def test_no_operation_answers_the_office_a_server_error_or_breaks_its_documented_contract(case, caller):
    judged(case, caller)


@as_enterprise.parametrize()
@pytest.mark.parametrize("role", [Role.ENTERPRISE])
@EACH_OPERATION
def test_no_operation_answers_an_enterprise_a_server_error_or_breaks_its_documented_contract(case, caller):
    judged(case, caller)

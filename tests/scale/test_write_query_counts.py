"""Creating a matter and moving it cost a fixed number of queries, written down here so that the count
cannot grow unnoticed (the side-by-side benchmark with django-helpdesk depends on it, bench/README.md).

Each budget is what the request needs today; the comment beside it says where the queries go. A change
that needs more should raise the budget in the same commit and say why.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from huishang.cases import services
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def _audit_append() -> int:
    """Appending audit entries, however many: advance the chain head, then write the entries and the head's
    new hash (one statement on PostgreSQL, two on SQLite; audit/log.py)."""
    return 2 if connection.vendor == "postgresql" else 3


# token, enterprise, BEGIN, category, number, matter, submit trail entry, one audit append for both,
# vocabulary check, search document, COMMIT, the office's regional visibility for the answer's actions
def create_by_office() -> int:
    return 11 + _audit_append()


# token, matter, BEGIN, guarded update, trail entry, audit append, COMMIT, trail
def accept() -> int:
    return 7 + _audit_append()


def _queries(call) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as captured:
        response = call()
    return len(captured), response


def _submit(client, enterprise, n: int):
    return client.post("/matters", {"title": f"用工短缺{n}", "description": "一线技工招聘困难，缺口约40人",
                                    "category": "talent", "enterprise": enterprise.pk})


def test_submitting_a_matter_stays_within_its_query_budget():
    f.category()
    client, enterprise = as_user(f.office()), f.enterprise()
    _submit(client, enterprise, 0)  # the first request fills per-process caches (language, vocabulary)
    count, response = _queries(lambda: _submit(client, enterprise, 1))
    assert response.status_code == 201, response.content
    assert count <= create_by_office(), f"{count} queries to submit a matter, budget {create_by_office()}"


def test_accepting_a_matter_stays_within_its_query_budget():
    f.category()
    office, enterprise = f.office(), f.enterprise()
    client = as_user(office)
    first, second = (_submit(client, enterprise, n).json()["id"] for n in range(2))
    client.post(f"/matters/{first}/accept")
    count, response = _queries(lambda: client.post(f"/matters/{second}/accept"))
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "accepted"
    assert count <= accept(), f"{count} queries to accept a matter, budget {accept()}"


def _acknowledged(unit):
    matter = f.assigned_matter(lead=unit)
    return services.acknowledge(matter, by=f.unit_handler(of=unit))


def test_a_transition_costs_the_same_queries_however_long_the_matters_history():
    unit = f.unit()
    short, long = _acknowledged(unit), _acknowledged(unit)
    handler = f.unit_handler(of=unit)
    for round_ in range(3):  # responses the enterprise found wanting: a longer trail, more responses and reviews
        services.respond(long, by=handler, content=f"第{round_}次答复")
        services.review(long, by=long.submitted_by, satisfied=False, note="问题仍未解决")
    client = as_user(handler)
    client.get(f"/matters/{short.pk}")  # a token's first use records it (once a minute, tokens.py)
    counts = []
    for matter in (short, long):
        count, response = _queries(lambda matter=matter: client.post(f"/matters/{matter.pk}/respond",
                                                                     {"content": "已协调解决"}))
        assert response.status_code == 200, response.content
        counts.append(count)
    assert len(response.json()["responses"]) == 4
    assert counts[0] == counts[1], f"{counts[0]} queries for a short history, {counts[1]} for a long one"

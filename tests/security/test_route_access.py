"""Every route × every role: each route has a rule in access_rules.py, and the application keeps it.

The routes are read from the URL resolver and the API's OpenAPI document, so a new page or
operation without a rule fails here before it can ship untested. Each route is requested as each
role (directory.models.Role and no one) with real demo records; every answer must be the rule's:
allowed (2xx, a redirect elsewhere than a sign-in page, or a 4xx judging the content) or refused
(401, 403, 404, or a redirect to sign in). No answer may be a server error.
"""

import pytest

from huishang.directory.models import Role
from tests.security import access_rules, probe, routes
from tests.security.objects import ANONYMOUS, DemoObjects, role_accounts

pytestmark = pytest.mark.django_db

API_OPERATIONS = routes.api_operations()
PAGES = routes.pages()


def test_every_api_operation_the_resolver_answers_is_in_the_openapi_document():
    assert routes.operation_paths_in_resolver() == {route.pattern for route in API_OPERATIONS}


def test_every_route_has_a_rule_and_every_rule_a_route():
    unruled = sorted(route.key for route in API_OPERATIONS + PAGES if access_rules.rule_for(route) is None)
    assert not unruled, f"routes without an access rule in tests/security/access_rules.py: {unruled}"
    keys = {route.key for route in API_OPERATIONS + PAGES}
    assert not sorted(access_rules.RULES.keys() - keys), "rules for routes that no longer exist"


def test_the_rules_name_every_role():
    assert set(access_rules.ROLES) == set(Role.values) | {ANONYMOUS}


@pytest.fixture
def visitors(demo_world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    accounts = role_accounts()
    return DemoObjects(accounts), {role: probe.Visitor(role, user) for role, user in accounts.items()}


def _check(route, method, url, visitors, *, api, report, body=None):
    rule = access_rules.rule_for(route)
    allowed = rule if api else getattr(rule, method.lower())
    for role, visitor in visitors.items():
        if not api and not access_rules.probed(route, method, role):
            continue
        response = visitor.request(method, url, api=api, body=body)
        seen = probe.outcome(response)
        if allowed is None:
            expected = (probe.NO_SUCH_METHOD,)
        elif role in allowed:
            expected = (probe.ALLOWED, probe.JUDGED)
        else:
            expected = (probe.REFUSED, probe.NO_SUCH_METHOD, probe.JUDGED)
        report.append((route.key, method, role, seen, response.status_code))
        if seen not in expected:
            yield f"{method} {url} as {role}: {seen} ({response.status_code}), rule says {allowed and sorted(allowed)}"


def test_every_route_answers_every_role_as_its_rule_says(visitors, capsys):
    objects, visitors_by_role = visitors
    wrong, report = [], []
    for route in API_OPERATIONS:
        url = probe.operation_url(route, objects.arguments(route))
        wrong += _check(route, route.methods[0], url, visitors_by_role, api=True, report=report,
                        body=objects.body(route))
    for route in PAGES:
        url = probe.page_url(route, objects.arguments(route))
        for method in route.methods:
            wrong += _check(route, method, url, visitors_by_role, api=False, report=report)
    with capsys.disabled():
        print(f"\nroute access: {len(API_OPERATIONS) + len(PAGES)} routes ({len(API_OPERATIONS)} API operations, "
              f"{len(PAGES)} pages) x {len(visitors_by_role)} roles = {len(report)} requests checked")
    assert not wrong, "\n".join(wrong)

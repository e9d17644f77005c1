"""Every route × every role × own or another jurisdiction: each route has a rule in access_rules.py, and the
application keeps it.

The routes are read from the URL resolver and the API's OpenAPI document, so a new page or operation
without a rule fails here before it can ship untested. Each route is requested as each role
(directory.models.Role and no one) with real demo records; every answer must be the rule's: allowed (2xx,
a redirect elsewhere than a sign-in page, or a 4xx judging the content) or refused (401, 403, 404, or a
redirect to sign in). No answer may be a server error.

A route whose path names a record is requested twice: with a record of the probing accounts' own
jurisdiction (RULES), and with the same kind of record placed in another jurisdiction (OTHER_JURISDICTION:
nobody reaches it but the deployment-wide accounts, unless the page is public), where a role not let in
must be refused outright.
"""

from collections import Counter

import pytest

from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of
from huishang.directory.models import Role
from tests.security import access_rules, probe, routes
from tests.security.elsewhere import other_jurisdiction_records
from tests.security.objects import ANONYMOUS, PLACE_ACCOUNTS, DemoObjects, home_records, place_of, role_accounts

pytestmark = pytest.mark.django_db

API_OPERATIONS = routes.api_operations()
PAGES = routes.pages()
NAMING_A_RECORD = [route for route in API_OPERATIONS + PAGES if DemoObjects(None).kind(route)]


def test_every_api_operation_the_resolver_answers_is_in_the_openapi_document():
    assert routes.operation_paths_in_resolver() == {route.pattern for route in API_OPERATIONS}


def test_every_route_has_a_rule_and_every_rule_a_route():
    unruled = sorted(route.key for route in API_OPERATIONS + PAGES if access_rules.rule_for(route) is None)
    assert not unruled, f"routes without an access rule in tests/security/access_rules.py: {unruled}"
    keys = {route.key for route in API_OPERATIONS + PAGES}
    assert not sorted(access_rules.RULES.keys() - keys), "rules for routes that no longer exist"


def test_every_route_naming_a_record_has_a_rule_for_another_jurisdictions():
    naming = {route.key for route in NAMING_A_RECORD}
    unruled = sorted(naming - access_rules.OTHER_JURISDICTION.keys())
    assert not unruled, f"routes without an OTHER_JURISDICTION entry in tests/security/access_rules.py: {unruled}"
    assert not sorted(access_rules.OTHER_JURISDICTION.keys() - naming), "entries for routes naming no record"


def test_the_rules_name_every_role():
    assert set(access_rules.ROLES) == set(Role.values) | {ANONYMOUS}


def test_the_admin_sites_record_pages_let_in_deployment_wide_accounts_only_so_no_jurisdiction_is_crossed():
    record_pages = [route for route in PAGES if route.pattern.startswith("admin/") and "object_id" in route.parameters]
    assert record_pages
    for route in record_pages:
        rule = access_rules.rule_for(route)
        assert (rule.get or set()) | (rule.post or set()) <= access_rules.WIDE, route.key


@pytest.fixture
def probing(demo_world, settings, tmp_path):
    """The records of the own jurisdiction and, per place, the accounts that probe them."""
    settings.MEDIA_ROOT = tmp_path
    default = role_accounts()
    visitors = {role: probe.Visitor(role, user) for role, user in default.items()}
    by_place = {}
    for place, accounts in PLACE_ACCOUNTS.items():
        placed = role_accounts(place)
        by_place[place] = {role: visitors[role] if placed[role] == default[role] else probe.Visitor(role, placed[role])
                           for role in placed}
    return DemoObjects(home_records(default)), visitors, by_place


def _visitors_of(route, objects, visitors, by_place):
    """A route naming a record of a place is probed by that place's accounts; any other by the default ones."""
    region = objects.region(route)
    return by_place[place_of(region)] if region is not None else visitors


def _check(route, method, url, visitors, *, api, report, body=None, other=None, missing_url=None):
    rule = other.rule if other else access_rules.rule_for(route)
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
        elif other and role in other.undecided:
            expected = (probe.ALLOWED, probe.JUDGED, probe.REFUSED, probe.NO_SUCH_METHOD)
        else:
            expected = (probe.REFUSED, probe.NO_SUCH_METHOD, probe.JUDGED)
        report.append((route.key, method, role, seen, response.status_code))
        who = visitor.user.username if visitor.user else role
        if seen not in expected:
            yield (f"{method} {url} as {role} ({who}): {seen} ({response.status_code}), "
                   f"rule says {allowed and sorted(allowed)}")
        elif seen == probe.JUDGED and other and other.outright and role not in access_rules.WIDE | (allowed or set()):
            # Refused outright, or judged just as a record that does not exist would be: nothing told.
            missing = visitor.request(method, missing_url, api=api, body=body)
            if missing.status_code != response.status_code:
                yield (f"{method} {url} as {role} ({who}): judged ({response.status_code}) where a missing record "
                       f"is answered {missing.status_code}: tells another jurisdiction's record is there")


def _probe(route, objects, visitors, report, other=None):
    api = route in API_OPERATIONS
    url_of = probe.operation_url if api else probe.page_url
    url = url_of(route, objects.arguments(route))
    missing_url = url_of(route, objects.missing_arguments(route)) if other else None
    for method in route.methods:
        yield from _check(route, method, url, visitors, api=api, report=report,
                          body=objects.body(route) if api else None, other=other, missing_url=missing_url)


def test_every_route_answers_every_role_as_its_rule_says(probing, capsys):
    objects, visitors, by_place = probing
    wrong, report = [], []
    for route in API_OPERATIONS + PAGES:
        wrong += _probe(route, objects, _visitors_of(route, objects, visitors, by_place), report)
    with capsys.disabled():
        print(f"\nroute access: {len(API_OPERATIONS) + len(PAGES)} routes ({len(API_OPERATIONS)} API operations, "
              f"{len(PAGES)} pages) x {len(visitors)} roles = {len(report)} requests checked")
    assert not wrong, "\n".join(wrong)


def _probing_accounts_holding(region, visitors) -> list[str]:
    """The probing accounts (deployment-wide ones aside) whose jurisdiction holds ``region`` or lies inside it."""
    inside = []
    for visitor in visitors.values():
        jurisdiction = jurisdiction_of(visitor.user) if visitor.user else None
        if jurisdiction is None or jurisdiction.wide or jurisdiction.nowhere:
            continue
        if jurisdiction.covers(region) or Jurisdiction(region=region).covers(jurisdiction.region):
            inside.append(visitor.user.username)
    return inside


def test_a_record_of_another_jurisdiction_is_reached_by_nobody_but_its_rule(probing, capsys):
    home, visitors, by_place = probing
    admin = visitors[Role.ADMIN].user
    elsewhere = DemoObjects(other_jurisdiction_records(home.records, admin=admin))
    wrong, report = [], []
    for route in NAMING_A_RECORD:
        probing_accounts = _visitors_of(route, home, visitors, by_place)
        region = elsewhere.region(route)
        inside = _probing_accounts_holding(region, probing_accounts)
        assert not inside, f"{route.key}: the other record ({region.code}) lies in the jurisdiction of {inside}"
        wrong += _probe(route, elsewhere, probing_accounts, report,
                        other=access_rules.other_jurisdiction_rule(route))
    let_in = Counter(role for _key, _method, role, seen, _status in report if seen == probe.ALLOWED)
    with capsys.disabled():
        print(f"\nroute access, another jurisdiction: {len(NAMING_A_RECORD)} routes naming a record "
              f"x {len(visitors)} roles = {len(report)} requests checked; let in: {dict(let_in)}")
    assert not wrong, "\n".join(wrong)

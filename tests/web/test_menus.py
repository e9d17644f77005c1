"""Every demo account's menu offers only pages it may open, and its workbench shows what it has to do.

The demo world is built once for this module (it has records in every module and accounts of both
kinds: roles, and accounts whose work is one module's records: a job station's staff, a promoter, a
collection point's keeper, an alliance's council). Each account signs in as a person would (two-factor
accounts with the device the world gives them), reads its menu and follows every link in it.
"""

import re

import pytest
from django.test import Client

from tests.security.conftest import built_demo_world
from tests.web.pages import section_of

pytestmark = pytest.mark.django_db

NAV = re.compile(r'<nav class="mainnav".*?</nav>', re.S)
LINK = re.compile(r'<a href="([^"]+)"[^>]*>([^<]+)</a>')
PANEL_COUNT = re.compile(r'data-section="([^"]+)" data-count="(\d+)"')


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The demo world, rolled back after this module (tests/security builds the same for its package)."""
    with django_db_blocker.unblock(), built_demo_world() as built:
        yield built


@pytest.fixture
def visit(world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    accounts = {account.username: account for account in world.accounts}

    def signed_in(username) -> Client:
        client = Client()
        client.force_login(accounts[username])
        return client

    return signed_in


def menu_of(page) -> list[tuple[str, str]]:
    """The (label, url) of every link of the page's main menu, the "more services" list included."""
    return [(label.strip(), url) for url, label in LINK.findall(NAV.search(page.content.decode()).group(0))]


def labels_of(page) -> list[str]:
    return [label for label, _url in menu_of(page)]


def test_every_link_of_every_demo_accounts_menu_opens_for_that_account(world, visit):
    refused = []
    for account in world.accounts:
        client = visit(account.username)
        workbench = client.get("/")
        assert workbench.status_code == 200, account.username
        for label, url in menu_of(workbench):
            status = client.get(url).status_code
            if status in (403, 404) or status >= 500:
                refused.append(f"{account.username}: {label} {url} answered {status}")
    assert not refused, "\n".join(refused)


def test_union_officers_and_the_keeper_are_not_offered_the_alliances_their_role_cannot_open(visit):
    for username in ("keeper", "union", "union_review"):
        assert "工作室联盟" not in labels_of(visit(username).get("/")), username
    assert "工作室联盟" in labels_of(visit("alliance_chair").get("/"))


def test_a_union_assessment_is_offered_where_it_applies_not_to_another_citys_enterprise_or_office(visit):
    # The demo's one assessment is 永川's.
    for username in ("enterprise", "office"):
        assert "目标考核" not in labels_of(visit(username).get("/")), username
    for username in ("union", "union_review", "union_bf", "office_yc"):
        assert "目标考核" in labels_of(visit(username).get("/")), username


def test_the_audit_log_is_offered_to_the_auditor_only(world, visit):
    offered = {account.username for account in world.accounts
               if "审计日志" in labels_of(visit(account.username).get("/"))}
    assert offered == {"auditor"}


def test_an_account_with_a_short_menu_sees_it_all_on_the_bar(visit):
    page = visit("keeper").get("/")
    assert labels_of(page) == ["工作台", "录入纸质建议", "通知"]
    assert 'class="morenav"' not in NAV.search(page.content.decode()).group(0)


def test_every_demo_accounts_workbench_shows_records_it_has_to_do_or_watch(world, visit):
    empty = []
    for account in world.accounts:
        page = visit(account.username).get("/")
        assert page.status_code == 200, account.username
        if not any(int(count) for _key, count in PANEL_COUNT.findall(page.content.decode())):
            empty.append(f"{account.username}: {[key for key, _count in PANEL_COUNT.findall(page.content.decode())]}")
    assert not empty, "workbenches with nothing from the records:\n" + "\n".join(empty)


def count_of(page, key: str) -> int:
    """The number of records the workbench panel ``key`` holds (0 when the panel is not shown)."""
    return int(dict(PANEL_COUNT.findall(page.content.decode())).get(key, 0))


def test_the_workbench_of_an_account_working_in_one_module_leads_to_that_modules_records(visit):
    station = visit("station").get("/")
    # The staff keep the stations of 容东's centre (the 1+N centre of the demo).
    assert count_of(station, "job_stations") >= 1 and "零工驿站" in section_of(station, "job_stations")
    assert count_of(station, "households") > 0
    # The station's place has no matters: no empty office queue stands in front of its work.
    assert 'data-section="to_accept"' not in station.content.decode()
    assert count_of(visit("investment").get("/"), "leads") > 0
    keeper = visit("keeper").get("/")
    assert count_of(keeper, "points") > 0 and count_of(keeper, "collected") > 0
    assert count_of(visit("alliance_chair").get("/"), "alliances") == 1
    assert count_of(visit("resource_keeper").get("/"), "bookings") > 0
    assert count_of(visit("union_review").get("/"), "assessments") > 0
    assert count_of(visit("union_bf").get("/"), "assessments") > 0
    assert count_of(visit("auditor").get("/"), "audit") > 0
    assert count_of(visit("butler").get("/"), "care") > 0
    # 永川's units have nothing assigned yet: they watch the enterprises their butlers care for.
    assert count_of(visit("unit_yc_kjj").get("/"), "cares") > 0

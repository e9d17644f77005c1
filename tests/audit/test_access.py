"""Only auditors read the audit log, on the web and through the API; everyone else is refused."""

import datetime
import json

import pytest
from django.utils import timezone

from huishang.audit import demo, views
from huishang.audit.log import record_event
from huishang.audit.models import AuditEntry
from huishang.core import clock
from huishang.demo import extensions
from huishang.demo.accounts import Accounts
from huishang.directory.models import Role, User
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db

OTHER_ROLES = [Role.ADMIN, Role.OFFICE, Role.UNIT, Role.SUPERVISOR, Role.LEADER, Role.ENTERPRISE, Role.BUTLER,
               Role.UNION]


def auditor():
    return f.user(Role.AUDITOR)


def someone(role):
    organization = {Role.ENTERPRISE: f.enterprise, Role.UNIT: f.unit}.get(role)
    return f.user(role, organization=organization() if organization else None)


def test_an_auditor_reads_the_log_page_with_the_chain_status(client):
    record_event("login", subject="office1")
    client.force_login(auditor())
    page = client.get("/audit/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-chain="intact"' in html and "office1" in html


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_other_roles_are_refused_the_log_page_and_its_export(client, role):
    client.force_login(someone(role))
    assert client.get("/audit/").status_code == 403
    assert client.get("/audit/export/?format=csv").status_code == 403


def test_a_superuser_is_refused_the_log_too(client):
    boss = f.admin()
    boss.is_superuser = True
    boss.save()
    client.force_login(boss)
    assert client.get("/audit/").status_code == 403


def test_the_log_page_filters_by_kind_and_account(client):
    record_event("login", subject="kept", actor=f.office())
    record_event("reveal", subject="filtered out")
    reader = auditor()
    client.force_login(reader)
    html = client.get("/audit/", {"kind": "login"}).content.decode()
    assert "kept" in html and "filtered out" not in html


def test_the_log_page_explains_a_wrong_date_range_in_chinese(client):
    client.force_login(auditor())
    page = client.get("/audit/", {"date_from": "2026-05-02", "date_to": "2026-05-01"},
                      headers={"accept-language": "zh-hans"})
    assert page.status_code == 422
    assert "最后一天早于第一天" in page.content.decode()


def test_only_auditors_see_the_menu_entry(client):
    client.force_login(auditor())
    assert 'href="/audit/"' in client.get("/").content.decode()
    client.force_login(f.office())
    assert 'href="/audit/"' not in client.get("/").content.decode()


def test_the_auditor_exports_the_log_without_the_exports_own_entry_and_the_export_is_logged(client):
    record_event("login", subject="a")
    reader = auditor()
    client.force_login(reader)
    response = client.get("/audit/export/", {"format": "jsonl"})
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    rows = [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]
    assert rows and "export" not in {row["kind"] for row in rows}
    export = AuditEntry.objects.filter(kind="export", subject="audit").get()
    assert export.actor_username == reader.username and export.detail["count"] == len(rows)


def test_the_api_gives_auditors_the_entries_newest_first():
    record_event("backup", subject="first")
    record_event("backup", subject="second")
    response = as_user(auditor()).get("/audit/entries", kind="backup")
    assert response.status_code == 200
    subjects = [item["subject"] for item in response.json()["items"]]
    assert subjects[:2] == ["second", "first"]


@pytest.mark.parametrize("role", [Role.ADMIN, Role.OFFICE, Role.ENTERPRISE, Role.BUTLER])
def test_the_api_refuses_the_log_to_other_roles(role):
    response = as_user(someone(role)).get("/audit/entries")
    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    assert as_user(someone(role)).get("/audit/chain").status_code == 403


def test_the_api_reports_the_chain_status_to_auditors():
    record_event("login", subject="x")
    body = as_user(auditor()).get("/audit/chain").json()
    assert body["intact"] is True and body["broken_seq"] is None


def test_the_demo_has_an_auditor_account_that_reads_the_log(client):
    assert "auditor" in extensions.usernames()
    demo.build_demo(Accounts(f.PASSWORD), rng=None)
    account = User.objects.get(username="auditor")
    assert account.role == Role.AUDITOR and account.check_password(f.PASSWORD)
    client.force_login(account)
    assert client.get("/audit/").status_code == 200


def test_a_large_log_is_checked_on_request_only(client, monkeypatch):
    monkeypatch.setattr(views, "CHECK_ON_EVERY_VISIT_UP_TO", 0)
    record_event("login", subject="x")
    client.force_login(auditor())
    assert 'data-chain="unchecked"' in client.get("/audit/").content.decode()
    assert 'data-chain="intact"' in client.get("/audit/", {"verify": "1"}).content.decode()


def test_the_csv_export_opens_in_excel_and_names_every_column(client):
    record_event("login", subject="王经理")
    client.force_login(auditor())
    body = b"".join(client.get("/audit/export/", {"format": "csv", "kind": "login"}).streaming_content).decode()
    assert body.startswith("\ufeffseq,at,kind,actor_id,actor_username")
    assert "王经理" in body


def test_the_api_filters_entries_by_day():
    for day in (1, 2, 3):
        with clock.frozen_at(timezone.make_aware(datetime.datetime(2026, 3, day, 12))):
            record_event("backup", subject=f"day {day}")
    body = as_user(auditor()).get("/audit/entries", **{"from": "2026-03-02", "to": "2026-03-02"}).json()
    assert [item["subject"] for item in body["items"]] == ["day 2"]
    refused = as_user(auditor()).get("/audit/entries", **{"from": "2026-02-30"})
    assert refused.status_code == 422 and refused.json()["code"] == "validation_error"

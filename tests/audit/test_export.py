"""The log can be exported by date as CSV or JSON Lines; exports of personal data elsewhere are logged."""

import csv
import datetime
import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from huishang.audit.log import record_event
from huishang.audit.models import AuditEntry
from huishang.core import clock
from huishang.directory.models import Role
from tests import factories as f
from tests.api.client import as_user

pytestmark = pytest.mark.django_db


def at(day):
    return clock.frozen_at(timezone.make_aware(datetime.datetime.combine(day, datetime.time(12))))


def entries_on(*days):
    for day in days:
        with at(day):
            record_event("login", subject=day.isoformat())


def test_export_jsonl_keeps_only_the_days_asked_for(tmp_path):
    entries_on(datetime.date(2026, 3, 1), datetime.date(2026, 3, 2), datetime.date(2026, 3, 3))
    out = tmp_path / "audit.jsonl"
    call_command("audit", "export", "--from", "2026-03-02", "--to", "2026-03-02", "--format", "jsonl",
                 "--output", str(out))
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["subject"] for row in rows] == ["2026-03-02"]
    assert set(rows[0]) >= {"seq", "at", "kind", "actor_username", "detail", "prev_hash", "hash"}


def test_export_csv_has_a_header_and_one_row_per_entry(tmp_path):
    entries_on(datetime.date(2026, 3, 1), datetime.date(2026, 3, 2))
    out = tmp_path / "audit.csv"
    call_command("audit", "export", "--format", "csv", "--output", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [row["subject"] for row in rows if row["kind"] == "login"] == ["2026-03-01", "2026-03-02"]


def test_exporting_the_log_is_itself_logged(tmp_path):
    entries_on(datetime.date(2026, 3, 1))
    call_command("audit", "export", "--output", str(tmp_path / "a.jsonl"))
    assert AuditEntry.objects.filter(kind="export", subject="audit").exists()


def test_a_wrong_date_is_refused_naming_the_option():
    with pytest.raises(CommandError, match="--from"):
        call_command("audit", "export", "--from", "2026-13-01")


def test_the_ledger_export_on_the_web_is_logged_with_who_and_which_filters(client):
    officer = f.office()
    client.force_login(officer)
    response = client.get("/ledgers/matters.xlsx", {"state": "assigned"})
    assert response.status_code == 200
    entry = AuditEntry.objects.filter(kind="export", subject="ledgers.matters").get()
    assert entry.actor_username == officer.username and entry.detail["filters"] == {"state": "assigned"}


def test_the_ledger_export_through_the_api_is_logged():
    officer = f.office()
    assert as_user(officer).get("/ledgers/matters.xlsx").status_code == 200
    assert AuditEntry.objects.filter(kind="export", subject="ledgers.matters", actor_username=officer.username).exists()


def test_the_household_ledger_export_is_logged(client):
    officer = f.user(Role.OFFICE)
    client.force_login(officer)
    assert client.get("/employment/ledger/export/").status_code == 200
    assert AuditEntry.objects.filter(kind="export", subject="employment.ledger").exists()

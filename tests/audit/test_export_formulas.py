"""A failed sign-in's username and User-Agent, chosen by anyone, start no formula in the auditor's CSV export
(CWE-1236); the JSON Lines export keeps them exactly as logged."""

import json

import pytest
from django.core.management import call_command
from django.test import Client

from huishang.directory.models import Role
from tests import factories as f
from tests.formulas import FORMULAS, HYPERLINK, csv_fields
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db


def _failed_sign_ins():
    for formula in FORMULAS[:4]:
        answer = Client().post("/api/v1/auth/token", {"username": formula, "password": "wrong"},
                               content_type="application/json", headers={"User-Agent": HYPERLINK})
        assert answer.status_code in (401, 429)


def test_an_anonymous_callers_username_and_user_agent_are_text_in_the_csv_export():
    _failed_sign_ins()
    response = signed_in(f.user(Role.AUDITOR)).get("/audit/export/", {"format": "csv"})
    assert response.status_code == 200
    fields = csv_fields(b"".join(response.streaming_content).decode("utf-8"))
    assert f"'{HYPERLINK}" in fields and f"'{FORMULAS[0]}" in fields


def test_the_command_lines_csv_export_quotes_them_too_and_json_lines_keep_them_verbatim(tmp_path):
    _failed_sign_ins()
    call_command("audit", "export", "--format", "csv", "--output", str(tmp_path / "a.csv"))
    csv_fields((tmp_path / "a.csv").read_text(encoding="utf-8"))
    call_command("audit", "export", "--format", "jsonl", "--output", str(tmp_path / "a.jsonl"))
    rows = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert HYPERLINK in {row["user_agent"] for row in rows}

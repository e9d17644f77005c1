"""The audit page reads as Chinese: kinds by their names, records by their own names and numbers, the detail as
labelled lines; the stored entry keeps its codes (the hash covers them and the export carries them)."""

import ast
from pathlib import Path

import pytest
from django.utils import translation

import huishang
from huishang.audit.log import record_event
from huishang.audit.readable import DETAIL_KEYS, detail_lines
from huishang.audit.models import AuditEntry
from huishang.directory.models import Role
from tests import factories as f
from tests.web.pages import text_of

pytestmark = pytest.mark.django_db


def test_the_log_page_names_kinds_records_and_changed_fields_in_chinese(client):
    record_event("login_failed", subject="office1")
    record_event("update", subject="cases.Matter:169", detail={"model": "cases.Matter", "pk": 169, "fields": ["title"]})
    client.force_login(f.user(Role.AUDITOR))
    page = client.get("/audit/", headers={"accept-language": "zh-hans"})
    text = text_of(page)
    assert "登录失败" in text and "login_failed" not in text
    assert "事项 #169" in text and "cases.Matter:169" not in text
    assert "字段 标题" in text and '"fields"' not in page.content.decode()
    assert AuditEntry.objects.filter(kind="update", subject="cases.Matter:169").exists()


def test_the_kind_filter_offers_kinds_by_their_names(client):
    record_event("export", subject="employment.ledger")
    client.force_login(f.user(Role.AUDITOR))
    html = client.get("/audit/", headers={"accept-language": "zh-hans"}).content.decode()
    assert '<option value="export">导出数据</option>' in html


def _detail_keys_written_by_the_code() -> set[str]:
    """Every key of a ``detail={...}`` literal passed to record_event anywhere in the code."""
    keys = set()
    for path in Path(huishang.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "record_event":
                for keyword in node.keywords:
                    if keyword.arg == "detail" and isinstance(keyword.value, ast.Dict):
                        keys |= {key.value for key in keyword.value.keys if isinstance(key, ast.Constant)}
    return keys


def test_every_detail_key_the_code_writes_has_a_name_on_the_log_page():
    written = _detail_keys_written_by_the_code()
    assert {"channel", "step", "format"} <= written, "the walk finds the record_event calls"
    assert written - set(DETAIL_KEYS) == set()


def test_a_failed_sign_in_reads_its_channel_and_step_in_chinese():
    with translation.override("zh-hans"):
        lines = dict(detail_lines({"channel": "web", "step": "password", "forced": True}))
    assert lines == {"渠道": "网页", "环节": "密码", "强制": "是"}

"""Probes and logs an operator relies on: /healthz, /readyz, JSON log lines carrying the request id."""

import json
import logging

import pytest
from django.test import Client

from huishang.core import health
from huishang.core.logging import JsonFormatter, RequestContextFilter
from tests import factories as f


def test_liveness_answers_ok_without_touching_the_database():
    # Without the db mark pytest-django refuses every query, so a 200 here proves none was made.
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_readiness_answers_ok_when_database_and_queue_answer():
    response = Client().get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "queue": "ok"}, "failed": []}


@pytest.mark.django_db
def test_readiness_answers_503_naming_the_queue_when_the_queue_cannot_be_reached(monkeypatch, tmp_path):
    from huey import SqliteHuey

    # A queue file inside a folder that does not exist cannot be opened: the real failure an operator meets.
    unreachable = SqliteHuey("huishang", filename=str(tmp_path / "missing" / "queue.sqlite3"), create_tables=False)
    monkeypatch.setattr("huishang.core.queue.queue", unreachable)
    response = Client().get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"status": "failed", "checks": {"database": "ok", "queue": "failed"},
                                "failed": ["queue"]}


def test_readiness_answers_503_naming_the_database_when_it_cannot_be_queried():
    # Without the db mark pytest-django refuses every query: to the view that is an unreachable database.
    response = Client().get("/readyz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["database"]
    assert response.json()["checks"]["database"] == "failed"


def test_probes_refuse_writes():
    assert Client().post("/healthz").status_code == 405
    assert health.CHECKS.keys() == {"database", "queue"}


@pytest.mark.django_db
def test_a_request_id_sent_by_the_caller_comes_back_and_a_missing_one_is_made():
    echoed = Client().get("/healthz", headers={"X-Request-ID": "lb-42.abc"})
    assert echoed["X-Request-ID"] == "lb-42.abc"
    made = Client().get("/healthz")
    assert len(made["X-Request-ID"]) == 32
    unsafe = Client().get("/healthz", headers={"X-Request-ID": "bad id\r\nwith spaces"})
    assert unsafe["X-Request-ID"] != "bad id\r\nwith spaces"


class _Lines(logging.Handler):
    """Collects lines formatted exactly as the console handler formats them in JSON mode."""

    def __init__(self):
        super().__init__()
        self.lines = []
        self.setFormatter(JsonFormatter())
        self.addFilter(RequestContextFilter())

    def emit(self, record):
        self.lines.append(self.format(record))


@pytest.fixture
def json_lines():
    handler = _Lines()
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler.lines
    root.removeHandler(handler)


@pytest.mark.django_db
def test_every_log_line_of_a_request_is_one_json_object_with_its_request_id_user_path_status_and_duration(
        json_lines):
    f.category()
    contact = f.enterprise_contact()
    client = Client()
    client.force_login(contact)
    response = client.get("/matters/", headers={"X-Request-ID": "trace-7"})
    assert response.status_code == 200
    entries = [json.loads(line) for line in json_lines]
    finished = [entry for entry in entries if entry["logger"] == "huishang.request"]
    assert len(finished) == 1
    line = finished[0]
    assert set(line) >= {"time", "level", "logger", "message", "request_id", "user", "path", "status", "duration_ms"}
    assert line["request_id"] == "trace-7"
    assert line["user"] == contact.username
    assert line["path"] == "/matters/"
    assert line["status"] == 200
    assert line["duration_ms"] >= 0


@pytest.mark.django_db
def test_a_line_logged_by_any_code_during_the_request_carries_the_request_id(json_lines, monkeypatch):
    monkeypatch.setitem(health.CHECKS, "queue",
                        lambda: logging.getLogger("huishang.somewhere").warning("looking at the queue"))
    Client().get("/readyz", headers={"X-Request-ID": "trace-8"})
    note = next(json.loads(line) for line in json_lines if "looking at the queue" in line)
    assert note["request_id"] == "trace-8"
    assert note["path"] == "/readyz"
    assert note["logger"] == "huishang.somewhere"


def test_serve_and_the_environment_choose_json_and_tests_default_to_plain(monkeypatch):
    from huishang.core.logging import ConfiguredFormatter

    record = logging.LogRecord("huishang.x", logging.WARNING, __file__, 1, "hello %s", ("world",), None)
    monkeypatch.delenv("HUISHANG_LOG_FORMAT", raising=False)
    assert "hello world" in ConfiguredFormatter().format(record)
    assert not ConfiguredFormatter().format(record).startswith("{")
    monkeypatch.setenv("HUISHANG_LOG_FORMAT", "json")
    assert json.loads(ConfiguredFormatter().format(record))["message"] == "hello world"

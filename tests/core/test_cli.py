"""The ``huishang`` command as an operator uses it: a fresh database, the figures, the server."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

HUISHANG = shutil.which("huishang", path=str(Path(sys.executable).parent)) or "huishang"


@pytest.fixture
def environment(tmp_path):
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", HUISHANG_DATA_DIR=str(tmp_path))
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def huishang(*args, env, check=True):
    return subprocess.run([HUISHANG, *args], env=env, capture_output=True, text=True, timeout=120, check=check)


def test_djangos_own_commands_are_reachable_and_the_sqlite_database_runs_in_wal_mode(environment):
    huishang("migrate", "--noinput", env=environment)
    mode = huishang("shell", "-c", "from django.db import connection; c = connection.cursor(); "
                    "c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])", env=environment)
    assert mode.stdout.strip().splitlines()[-1] == "wal"


def test_stats_prints_one_json_object_with_the_figures_and_zeros_for_an_empty_period(environment):
    huishang("migrate", "--noinput", env=environment)
    figures = json.loads(huishang("stats", "--json", "--from", "1990-01-01", "--to", "1990-12-31", env=environment).stdout)
    for key in ("meetings", "enterprises", "consulted", "being_assigned", "assigned", "resolved", "resolution_rate"):
        assert figures[key] == 0


@pytest.mark.parametrize("args,named", [(["--from", "2023-13-01"], "--from"), (["--region", "999999"], "--region")])
def test_stats_refuses_a_bad_filter_naming_it(environment, args, named):
    huishang("migrate", "--noinput", env=environment)
    refused = huishang("stats", "--json", *args, env=environment, check=False)
    assert refused.returncode != 0 and named in refused.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_migrates_a_fresh_database_and_serves_pages_and_static_files(environment):
    port = _free_port()
    server = subprocess.Popen([HUISHANG, "serve", "--host", "127.0.0.1", "--port", str(port)], env=environment,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while True:
            try:
                login = urllib.request.urlopen(f"{base}/login/", timeout=10)
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("the server did not answer within 90 s")
                time.sleep(0.3)
        assert login.status == 200
        css = urllib.request.urlopen(f"{base}/static/admin/css/base.css", timeout=5)
        assert css.status == 200 and "css" in css.headers["Content-Type"]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            raise
    assert f"http://127.0.0.1:{port}/" in server.stdout.read().decode()

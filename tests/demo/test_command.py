"""``huishang demo --no-serve`` as an operator runs it, then ``huishang stats --json``."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.demo.test_seed_figures import SEED_FIGURES

HUISHANG = shutil.which("huishang", path=str(Path(sys.executable).parent)) or "huishang"


@pytest.fixture
def environment(tmp_path):
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp_path / 'demo.sqlite3'}", HUISHANG_DATA_DIR=str(tmp_path),
               HUISHANG_DEMO_PASSWORD="Demo-Command-2026")
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


# A bound against a hung command, not a timing: the demo grows with every part of the product, and CI builds it
# while the other database's suite runs on the other core.
COMMAND_TIMEOUT_SECONDS = 900


def huishang(*args, env, check=True):
    return subprocess.run([HUISHANG, *args], env=env, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_SECONDS,
                          check=check)


def _stats(env) -> dict:
    figures = json.loads(huishang("stats", "--json", env=env).stdout)
    return {key: figures[key] for key in SEED_FIGURES}


def _signs_in(env, username, password) -> bool:
    check = huishang("shell", "-c", "from django.contrib.auth import authenticate; "
                     f"print(authenticate(username={username!r}, password={password!r}) is not None)", env=env)
    return check.stdout.strip().splitlines()[-1] == "True"


# The demo is built twice here, not once per rule: each build takes minutes, and CI builds it on both databases.
def test_the_demo_command_builds_seed_figures_prints_a_generated_password_once_and_replaces_only_its_own_world(
        environment):
    # A first build with no password in the environment generates one and prints it once.
    without_password = dict(environment)
    del without_password["HUISHANG_DEMO_PASSWORD"]
    lines = huishang("demo", "--no-serve", env=without_password).stdout.splitlines()
    announced = next(n for n, line in enumerate(lines) if "HUISHANG_DEMO_PASSWORD" in line)
    generated = lines[announced + 1].strip()
    assert len(generated) >= 16 and sum(generated in line for line in lines) == 1
    assert _signs_in(environment, "leader", generated)
    assert _stats(environment) == SEED_FIGURES

    # An account the demo did not make stops a rebuild, which would delete it, until --force is given.
    huishang("shell", "-c", "from huishang.directory.models import User; User.objects.create(username='zhangwei')",
             env=environment)
    refused = huishang("demo", "--no-serve", env=environment, check=False)
    assert refused.returncode != 0 and "zhangwei" in refused.stderr and "--force" in refused.stderr

    # The forced rebuild replaces the first world instead of adding to it, and keeps the given password unprinted.
    rebuilt = huishang("demo", "--no-serve", "--force", env=environment)
    assert _stats(environment) == SEED_FIGURES
    for username in ("admin", "office", "unit", "supervisor", "leader", "enterprise", "butler"):
        assert f"\n  {username} " in rebuilt.stdout
    assert "Demo-Command-2026" not in rebuilt.stdout
    assert _signs_in(environment, "leader", "Demo-Command-2026")
    assert not _signs_in(environment, "leader", generated)

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


def test_the_demo_command_builds_a_fresh_database_whose_stats_are_the_seed_figures(environment):
    for _run in range(2):  # the second run replaces the first world instead of adding to it
        built = huishang("demo", "--no-serve", env=environment)
        figures = json.loads(huishang("stats", "--json", env=environment).stdout)
        assert {key: figures[key] for key in SEED_FIGURES} == SEED_FIGURES
    for username in ("admin", "office", "unit", "supervisor", "leader", "enterprise", "butler"):
        assert f"\n  {username} " in built.stdout
    assert "Demo-Command-2026" not in built.stdout


def test_the_demo_refuses_to_replace_a_database_with_accounts_it_did_not_make(environment):
    huishang("migrate", "--noinput", env=environment)
    huishang("shell", "-c", "from huishang.directory.models import User; User.objects.create(username='zhangwei')",
             env=environment)
    refused = huishang("demo", "--no-serve", env=environment, check=False)
    assert refused.returncode != 0 and "zhangwei" in refused.stderr and "--force" in refused.stderr
    huishang("demo", "--no-serve", "--force", env=environment)


def test_without_a_password_in_the_environment_one_is_generated_and_printed_once(environment):
    del environment["HUISHANG_DEMO_PASSWORD"]
    lines = huishang("demo", "--no-serve", env=environment).stdout.splitlines()
    announced = next(n for n, line in enumerate(lines) if "HUISHANG_DEMO_PASSWORD" in line)
    password = lines[announced + 1].strip()
    assert len(password) >= 16 and sum(password in line for line in lines) == 1
    check = huishang("shell", "-c", "from django.contrib.auth import authenticate; "
                     f"print(authenticate(username='leader', password={password!r}) is not None)", env=environment)
    assert check.stdout.strip().splitlines()[-1] == "True"

"""A Huishang process killed with SIGKILL in the middle of a transition, a ledger import or a meeting's
decisions on several matters leaves all of it or none of it: the matter's state, version, trail and
assignments agree, and the database passes its integrity check."""

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.crash_worker import BULK_ITEMS, IMPORT_ROWS, MIDWAY
from tests.vault.commands import environment, huishang

SOURCE_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash")
    huishang("migrate", "--noinput", env=environment(folder, folder / "template.sqlite3"))
    return folder / "template.sqlite3"


@pytest.fixture
def database(migrated, tmp_path):
    """A fresh copy of the migrated database for one run."""
    copy = tmp_path / "huishang.sqlite3"
    with sqlite3.connect(migrated) as template, sqlite3.connect(copy) as target:
        template.backup(target)
    return copy


def worker(scenario, database, *extra):
    env = environment(database.parent / "data", database)
    return subprocess.Popen([sys.executable, "-m", "tests.reliability.crash_worker", scenario, *extra],
                            cwd=SOURCE_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill_midway(scenario, database) -> str:
    process = worker(scenario, database)
    for line in process.stdout:
        if line.startswith(MIDWAY):
            process.send_signal(signal.SIGKILL)
            process.wait()
            assert process.returncode == -signal.SIGKILL
            return line.strip()
    process.wait()
    pytest.fail(f"the worker ended before the middle of {scenario}: {process.stderr.read()[-2000:]}")


def run_to_the_end(scenario, database) -> None:
    process = worker(scenario, database, "--complete")
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0 and "DONE" in out, err[-2000:]


def matters(database) -> dict[int, dict]:
    """Each matter as the database holds it: state, version, trail and assignments."""
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        found = {pk: {"state": state, "version": version, "trail": [], "assignments": 0}
                 for pk, state, version in connection.execute("SELECT id, state, version FROM cases_matter")}
        for matter_id, action, to_state in connection.execute(
                "SELECT matter_id, action, to_state FROM cases_transition ORDER BY at, id"):
            found[matter_id]["trail"].append((action, to_state))
        for (matter_id,) in connection.execute("SELECT matter_id FROM cases_assignment"):
            found[matter_id]["assignments"] += 1
    return found


def assert_each_matter_agrees_with_its_trail(found):
    for matter in found.values():
        assert matter["version"] == len(matter["trail"])
        assert matter["state"] == matter["trail"][-1][1]
        assert matter["assignments"] == sum(action == "assign" for action, _state in matter["trail"])


def agenda_outcomes(database) -> list[str]:
    with sqlite3.connect(database) as connection:
        return [outcome for (outcome,) in connection.execute("SELECT outcome FROM meetings_agendaitem")]


def test_a_transition_killed_after_its_writes_but_before_commit_leaves_the_matter_as_it_was(database):
    kill_midway("transition", database)
    [matter] = matters(database).values()
    assert_each_matter_agrees_with_its_trail({1: matter})
    assert (matter["state"], matter["version"], matter["assignments"]) == ("accepted", 2, 0)


def test_the_same_transition_not_killed_is_there_whole(database):
    run_to_the_end("transition", database)
    [matter] = matters(database).values()
    assert_each_matter_agrees_with_its_trail({1: matter})
    assert (matter["state"], matter["version"], matter["assignments"]) == ("assigned", 3, 1)


def test_an_import_killed_between_batches_leaves_no_matter(database):
    where = kill_midway("import", database)
    assert f"of {IMPORT_ROWS} rows written" in where
    assert matters(database) == {}


def test_the_same_import_not_killed_leaves_every_row_with_its_trail(database):
    run_to_the_end("import", database)
    found = matters(database)
    assert len(found) == IMPORT_ROWS
    assert_each_matter_agrees_with_its_trail(found)
    assert sum(matter["state"] == "assigned" for matter in found.values()) == IMPORT_ROWS // 2


def test_a_meeting_killed_half_way_through_its_decisions_assigns_none_of_its_matters(database):
    kill_midway("bulk", database)
    found = matters(database)
    assert len(found) == BULK_ITEMS
    assert_each_matter_agrees_with_its_trail(found)
    assert {matter["state"] for matter in found.values()} == {"on_agenda"}
    assert agenda_outcomes(database) == ["pending"] * BULK_ITEMS


def test_the_same_decisions_not_killed_assign_every_matter(database):
    run_to_the_end("bulk", database)
    found = matters(database)
    assert_each_matter_agrees_with_its_trail(found)
    assert {matter["state"] for matter in found.values()} == {"assigned"}
    assert agenda_outcomes(database) == ["assigned"] * BULK_ITEMS

"""bench/run times Huishang and its peer in alternating rounds (bench/side_by_side.py), each system in its
own process answering timing requests (timing.serve)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def side_by_side(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import side_by_side

    return side_by_side


def _system(tmp_path: Path, name: str, operations: list[str], side_by_side):
    command = [sys.executable, Path(__file__).with_name("logging_system.py"), name, tmp_path / "calls.log",
               ",".join(operations)]
    return side_by_side.TimingProcess(command, env=None, cwd=tmp_path, system=name)


def _calls(tmp_path: Path) -> list[tuple[str, str, int]]:
    lines = (tmp_path / "calls.log").read_text().split("\n")
    return [(system, operation, int(i)) for system, operation, i in (line.split() for line in lines if line)]


def test_each_operation_is_timed_in_alternating_rounds_of_both_systems(tmp_path, side_by_side, monkeypatch):
    monkeypatch.setattr(side_by_side, "OPERATIONS", ["create", "transition"])
    systems = [_system(tmp_path, "ours", ["create", "transition"], side_by_side),
               _system(tmp_path, "peer", ["create", "transition"], side_by_side)]
    rows = side_by_side.time_side_by_side(systems, "sqlite", runs=9)
    for process in systems:
        process.close()

    calls = _calls(tmp_path)
    creates = [system for system, operation, _ in calls if operation == "create"]
    # Round one: 3 warm-up and 3 timed runs each; rounds two and three: 3 timed runs each, ours first.
    assert creates == ["ours"] * 6 + ["peer"] * 6 + ["ours"] * 3 + ["peer"] * 3 + ["ours"] * 3 + ["peer"] * 3
    ours = [i for system, operation, i in calls if system == "ours" and operation == "create"]
    assert ours == list(range(12)), "the run numbers carry on across rounds, so inputs are not repeated"
    assert [(row["operation"], row["system"]) for row in rows] == [
        ("create", "ours"), ("create", "peer"), ("transition", "ours"), ("transition", "peer")]
    assert all(row["database"] == "sqlite" and row["p95_ms"] >= row["p50_ms"] >= 0 for row in rows)


def test_an_operation_the_peer_lacks_is_timed_for_us_alone(tmp_path, side_by_side, monkeypatch):
    monkeypatch.setattr(side_by_side, "OPERATIONS", ["list_by_state", "create"])
    systems = [_system(tmp_path, "ours", ["list_by_state", "create"], side_by_side),
               _system(tmp_path, "peer", ["create"], side_by_side)]
    rows = side_by_side.time_side_by_side(systems, "postgresql", runs=3)
    for process in systems:
        process.close()

    assert [(row["operation"], row["system"]) for row in rows] == [
        ("list_by_state", "ours"), ("create", "ours"), ("create", "peer")]
    assert not [call for call in _calls(tmp_path) if call[0] == "peer" and call[1] == "list_by_state"]


def test_a_serving_process_answers_one_json_line_per_request_and_nothing_else(tmp_path):
    requests = [{"operation": "create", "runs": 2, "warmup": 1, "start": 0, "budget": 90},
                {"operation": "search", "runs": 2, "warmup": 0, "start": 0, "budget": 90}]
    done = subprocess.run(
        [sys.executable, Path(__file__).with_name("logging_system.py"), "ours", tmp_path / "calls.log", "create",
         "--serve"],
        input="".join(json.dumps(request) + "\n" for request in requests), capture_output=True, text=True, check=True,
    )
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(answers[0]["timings"]) == 2 and answers[0]["stopped"] is False
    assert answers[1] == {"timings": None, "stopped": True}, "an operation the system lacks"
    assert len(answers) == 2
    assert "a stray line" in done.stderr

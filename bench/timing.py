"""Repeat an operation, keep the wall-clock times, report median and 95th percentile in milliseconds.

Shared by every system's timing script (stdlib only: it also runs in the helpdesk virtualenv).
"""

import json
import math
import statistics
import sys
import time

RUNS = 30
WARMUP = 3
# A slow operation (a peer's dashboard at a million rows) stops after this long, with at least MIN_RUNS runs.
BUDGET_SECONDS = 90
MIN_RUNS = 3


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the smallest value at or above ``share`` of the sorted values."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def timed_runs(operation, *, runs: int = RUNS, warmup: int = WARMUP, budget: float = BUDGET_SECONDS,
               start: int = 0) -> tuple[list[float], bool]:
    """Call ``operation(i)`` warmup + runs times, ``i`` counting from ``start`` so that it can vary its input.
    Returns the timed runs in ms, and whether the budget cut them short.

    Stops early once ``budget`` seconds have passed and MIN_RUNS runs are in, or after a single
    run when one call alone takes more than a third of the budget.
    """
    deadline = time.perf_counter() + budget
    slow = BUDGET_SECONDS / MIN_RUNS
    for i in range(start, start + warmup):
        started = time.perf_counter()
        operation(i)
        if time.perf_counter() - started > slow or time.perf_counter() > deadline:
            break
    timings = []
    for i in range(start + warmup, start + warmup + runs):
        started = time.perf_counter()
        operation(i)
        timings.append((time.perf_counter() - started) * 1000)
        if time.perf_counter() > deadline and (len(timings) >= MIN_RUNS or timings[-1] > slow * 1000):
            return timings, True
    return timings, False


def summary(timings: list[float]) -> dict:
    return {"p50_ms": round(statistics.median(timings), 2), "p95_ms": round(percentile(timings, 0.95), 2),
            "runs": len(timings)}


def measure(operation, *, runs: int = RUNS, warmup: int = WARMUP, budget: float = BUDGET_SECONDS) -> dict:
    """Median and 95th percentile of ``timed_runs``."""
    return summary(timed_runs(operation, runs=runs, warmup=warmup, budget=budget)[0])


def serve(operations: dict) -> None:
    """Time operations on request, so that bench/run can time a system and its peer in alternating rounds
    (a shared machine's load then weighs on both alike). One JSON request a line on standard input,
    ``{"operation", "runs", "warmup", "start", "budget"}``; one JSON answer a line on standard output,
    ``{"timings": [ms, ...], "stopped": bool}`` (``timings`` null for an operation this system lacks).
    The operations keep their state between requests (a create's matters are the next transitions')."""
    answers, sys.stdout = sys.stdout, sys.stderr  # whatever else prints must not garble the answers
    for line in sys.stdin:
        request = json.loads(line)
        operation = operations.get(request["operation"])
        if operation is None:
            answer = {"timings": None, "stopped": True}
        else:
            timings, stopped = timed_runs(operation, runs=request["runs"], warmup=request["warmup"],
                                          budget=request["budget"], start=request["start"])
            answer = {"timings": timings, "stopped": stopped}
        answers.write(json.dumps(answer) + "\n")
        answers.flush()


def result(operation: str, system: str, database: str, timings: dict) -> dict:
    """One row of the issue's JSON format; how many runs it took is printed, not stored."""
    row = {"operation": operation, "system": system, "database": database,
           "p50_ms": timings["p50_ms"], "p95_ms": timings["p95_ms"]}
    print(f"  {system:16} {database:10} {operation:18} p50 {row['p50_ms']:9.2f} ms  p95 {row['p95_ms']:9.2f} ms"
          f"  ({timings['runs']} runs)", file=sys.stderr, flush=True)
    return row


def write(rows: list[dict], path: str | None) -> None:
    text = json.dumps(rows, ensure_ascii=False, indent=1)
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        print(text)


def expect(response, status: int):
    """A timed request that did not do what it should is a broken benchmark, not a fast one."""
    if response.status_code != status:
        raise SystemExit(f"{response.request.get('PATH_INFO')}: HTTP {response.status_code}, expected {status}: "
                         f"{response.content[:300]!r}")
    return response

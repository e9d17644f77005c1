"""Time Huishang and its peer in alternating rounds, each in its own process and virtualenv.

The machine is shared: another job's load comes and goes within minutes. Timing all of Huishang's
operations and then all of helpdesk's put minutes between the two halves of every ratio, and a create
measured 1.5x helpdesk's in one run and 2.5x in the next on the same database. Here each operation is
timed in ROUNDS rounds, ours then the peer's, a third of the runs each, so both see the same moments;
the warm-up runs come in the first round only, and the rounds' timings are pooled into one median and p95.
"""

import json
import subprocess
import time

from report import OPERATIONS
from timing import BUDGET_SECONDS, MIN_RUNS, WARMUP, result, summary

ROUNDS = 3


class TimingProcess:
    """A system's timing script in ``--serve`` mode (timing.serve): it times what it is asked, when asked."""

    def __init__(self, command: list, env: dict, cwd, system: str):
        self.system = system
        self.process = subprocess.Popen([*map(str, command), "--serve"], env=env, cwd=cwd, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def time(self, operation: str, *, runs: int, warmup: int, start: int, budget: float) -> dict:
        request = {"operation": operation, "runs": runs, "warmup": warmup, "start": start, "budget": budget}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise SystemExit(f"{self.system}'s timing process ended (exit {self.process.wait()}) while timing "
                             f"{operation}; its error is above")
        return json.loads(answer)

    def close(self) -> None:
        self.process.stdin.close()
        if self.process.wait(timeout=60):
            raise SystemExit(f"{self.system}'s timing process failed (exit {self.process.returncode})")


def _runs_in_round(runs: int, round_: int) -> int:
    """An even share of ``runs`` for this round; the shares add up to ``runs``."""
    return runs * (round_ + 1) // ROUNDS - runs * round_ // ROUNDS


def time_side_by_side(systems: list[TimingProcess], database: str, runs: int) -> list[dict]:
    """Every operation, by every system that has it, in alternating rounds: the issue's JSON rows."""
    rows = []
    for operation in OPERATIONS:
        timings = {process.system: [] for process in systems}
        calls = {process.system: 0 for process in systems}
        spent = {process.system: 0.0 for process in systems}
        active = list(systems)
        for round_ in range(ROUNDS):
            for process in list(active):
                warmup = WARMUP if round_ == 0 else 0
                started = time.perf_counter()
                answer = process.time(operation, runs=_runs_in_round(runs, round_), warmup=warmup,
                                      start=calls[process.system], budget=BUDGET_SECONDS - spent[process.system])
                spent[process.system] += time.perf_counter() - started
                if answer["timings"] is None:  # this system has no such operation
                    active.remove(process)
                    continue
                calls[process.system] += warmup + len(answer["timings"])
                timings[process.system] += answer["timings"]
                out_of_budget = spent[process.system] >= BUDGET_SECONDS and len(timings[process.system]) >= MIN_RUNS
                if answer["stopped"] or out_of_budget:
                    active.remove(process)
        for process in systems:
            if timings[process.system]:
                rows.append(result(operation, process.system, database, summary(timings[process.system])))
    return rows

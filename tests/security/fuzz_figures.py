"""The figures of an API fuzzing run (test_api_fuzz.py): operations, cases, statuses and failures by check."""

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Sent:
    """One request Schemathesis sent and what its checks found."""

    operation: str  # "POST /api/v1/matters"
    phase: str  # coverage or fuzzing
    status: int
    failed: tuple[str, ...]  # the names of the checks that failed


def sent(case, response, results) -> Sent:
    failed = tuple(sorted({result.name for result in results if result.failure is not None}))
    return Sent(case.operation.label, case.meta.phase.name.value, response.status_code, failed)


def summary(records: list[Sent]) -> list[str]:
    """Lines for the end of the run: the totals, then each failed check with the operations it failed on."""
    phases = Counter(record.phase for record in records)
    statuses = Counter(f"{record.status // 100}xx" for record in records)
    failing = [record for record in records if record.failed]
    lines = [
        f"API fuzzing: {len(records)} cases ({', '.join(f'{n} {phase}' for phase, n in sorted(phases.items()))}) "
        f"over {len({record.operation for record in records})} operations; "
        f"answers {', '.join(f'{n} {status}' for status, n in sorted(statuses.items()))}; "
        f"{len(failing)} failing cases",
    ]
    by_check = Counter(check for record in failing for check in record.failed)
    for check, count in by_check.most_common():
        operations = Counter(record.operation for record in failing if check in record.failed)
        lines.append(f"  {check}: {count} cases on {len(operations)} operations")
        lines += [f"    {n:5d}  {operation}" for operation, n in operations.most_common()]
    return lines

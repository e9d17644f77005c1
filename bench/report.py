"""The table `bench/run` prints: p50/p95 per operation, system and database, ratios and targets."""

READS = ["list_by_state", "list_open", "list_by_region", "list_by_category", "list_by_deadline", "matter_page",
         "search", "dashboard_year", "dashboard_all", "hot_issues"]
# The HTML pages people open most, whole (view, queries and template), held to the same read targets.
PAGES = ["page_workbench", "page_matter_list", "page_matter", "page_new_matter", "page_dashboard"]
WRITES = ["create", "transition", "page_create"]
OPERATIONS = READS + PAGES + WRITES
READ_P50_MS, READ_P95_MS, PEER_RATIO = 50, 150, 2.0
# Reads held to a p95 alone: the year's dashboard, and the hot issues read from the worker's last grouping.
P95_TARGET_MS = {"dashboard_year": 200, "hot_issues": 200}


def _index(results: list[dict]) -> dict:
    return {(row["operation"], row["system"], row["database"]): row for row in results}


def targets_for(operation: str, ours: dict, peer: dict | None) -> list[tuple[str, bool]]:
    """(target, met) pairs for one of our rows."""
    checks = []
    if operation in P95_TARGET_MS:
        checks.append((f"p95<{P95_TARGET_MS[operation]}", ours["p95_ms"] < P95_TARGET_MS[operation]))
    elif operation in READS or operation in PAGES:
        checks.append((f"p50<{READ_P50_MS}", ours["p50_ms"] < READ_P50_MS))
        checks.append((f"p95<{READ_P95_MS}", ours["p95_ms"] < READ_P95_MS))
    if peer:
        checks.append((f"{PEER_RATIO:g}x helpdesk", peer["p50_ms"] >= PEER_RATIO * ours["p50_ms"]))
    return checks


def _ms(row: dict | None, key: str = "p50_ms") -> str:
    return f"{row[key]:.1f}" if row else "-"


def table(results: list[dict], databases: list[str]) -> tuple[str, int, int]:
    """The printable table (markdown) and how many targets were met out of how many."""
    rows = _index(results)
    lines = [
        "| operation | db | huishang p50 | p95 | helpdesk p50 | p95 | helpdesk/huishang | bare-sql p50 | "
        "bare-django p50 | ceiling share | targets |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    met = total = 0
    for database in databases:
        for operation in OPERATIONS:
            ours = rows.get((operation, "huishang", database))
            if not ours:
                continue
            peer = rows.get((operation, "django-helpdesk", database))
            sql = rows.get((operation, "bare-sql", database))
            bare = rows.get((operation, "bare-django", database))
            # What the machine allows for this operation: the bare Django view where one exists, else bare SQL.
            ceiling = bare or sql
            share = f"{100 * ceiling['p50_ms'] / ours['p50_ms']:.0f} %" if ceiling and ours["p50_ms"] else "-"
            ratio = f"{peer['p50_ms'] / ours['p50_ms']:.1f}x" if peer and ours["p50_ms"] else "-"
            checks = targets_for(operation, ours, peer)
            met += sum(ok for _, ok in checks)
            total += len(checks)
            verdicts = ", ".join(f"{name} {'pass' if ok else 'MISS'}" for name, ok in checks)
            lines.append(
                f"| {operation} | {database} | {_ms(ours)} | {_ms(ours, 'p95_ms')} | {_ms(peer)} | "
                f"{_ms(peer, 'p95_ms')} | {ratio} | {_ms(sql)} | {_ms(bare)} | {share} | {verdicts} |"
            )
    return "\n".join(lines), met, total

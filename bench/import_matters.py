"""Time ``import_matters`` on a 10,000-row ledger sheet and print the median of a few runs.

    .venv/bin/python bench/import_matters.py [--rows 10000] [--runs 3]

Runs against a fresh SQLite database in a temporary folder (the settings' WAL mode), with a small
directory of enterprises and units; every row names a unit and a deadline, so each is submitted,
accepted and assigned, as ``huishang import matters`` does: all rows checked, then written in batches
by ``cases.bulk`` in one transaction. The target is well under 20 s for 10,000 rows. Besides the wall
time it prints the CPU time of the process, which a machine shared with other work inflates less.
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _setup(folder: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    os.environ.setdefault("HUISHANG_DATA_DIR", str(folder))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "huishang.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _directory(enterprises: int, units: int):
    from huishang.cases.models import Category
    from huishang.directory.credit_code import check_character
    from huishang.directory.models import Organization, Region, Role, User

    region = Region.objects.create(code="511000", name="内江市")
    Category.objects.create(code="other", name="其他")
    Organization.objects.bulk_create([
        Organization(kind=Organization.Kind.ENTERPRISE, name=f"压测企业{n:04d}有限公司", region=region,
                     credit_code=f"91511000MA{n:07d}" + check_character(f"91511000MA{n:07d}"))
        for n in range(enterprises)
    ])
    Organization.objects.bulk_create([
        Organization(kind=Organization.Kind.UNIT, name=f"压测局{n:02d}", region=region) for n in range(units)
    ])
    return User.objects.create(username="bench-admin", role=Role.ADMIN, name="压测")


def _sheet(path: Path, rows: int, enterprises: int, units: int) -> None:
    from openpyxl import Workbook

    due = (datetime.date.today() + datetime.timedelta(days=60)).isoformat()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("台账")
    sheet.append(["序号", "企业名称", "问题描述", "责任单位", "办理时限"])
    for n in range(rows):
        sheet.append([n + 1, f"压测企业{n % enterprises:04d}有限公司",
                      f"第{n + 1}号问题：厂区周边道路照明不足，夜班职工通勤存在安全隐患，希望协调增设路灯。",
                      f"压测局{n % units:02d}", due])
    workbook.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        _setup(folder)
        from huishang.ledgers.services import import_matters

        importer = _directory(enterprises=500, units=30)
        path = folder / "ledger.xlsx"
        _sheet(path, options.rows, 500, 30)
        timings, cpu_timings = [], []
        for run in range(1, options.runs + 1):
            started, cpu_started = time.perf_counter(), time.process_time()
            with path.open("rb") as handle:
                report = import_matters(handle, by=importer)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            assert not report.refused and len(report.imported) == options.rows, report.errors[:5]
            timings.append(elapsed)
            cpu_timings.append(cpu)
            print(f"run {run}: {options.rows} rows in {elapsed:.1f} s (CPU {cpu:.1f} s)", file=sys.stderr)
        median = statistics.median(timings)
        print(f"import_matters: {options.rows} rows, median of {options.runs} runs: {median:.1f} s "
              f"({options.rows / median:.0f} rows/s; CPU {statistics.median(cpu_timings):.1f} s; "
              f"load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()

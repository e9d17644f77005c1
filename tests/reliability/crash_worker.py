"""A real Huishang process for the crash tests: it builds a small world, starts one operation and, in the
middle of it, says so and waits to be killed.

    python -m tests.reliability.crash_worker transition|import|bulk [--complete]

The pause comes from the outside, never from production code: a Django signal receiver (the operation's
own row writes send post_save) or the import's progress callback. With --complete there is no pause.
"""

import datetime
import os
import sys
import tempfile
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "huishang.settings")
django.setup()

from django.db.models.signals import post_save  # noqa: E402

from huishang.cases import services as matter_services  # noqa: E402
from huishang.cases.models import Assignment  # noqa: E402
from huishang.ledgers.services import IMPORTING, import_matters  # noqa: E402
from huishang.meetings import services as meeting_services  # noqa: E402
from huishang.meetings.models import AgendaItem  # noqa: E402
from tests import factories as f  # noqa: E402
from tests.ledgers.sheets import in_days, sheet  # noqa: E402

MIDWAY = "MIDWAY"
IMPORT_ROWS = 700  # more than one of the bulk intake's batches of 500
BULK_ITEMS = 4


def wait_to_be_killed(where: str) -> None:
    print(MIDWAY, where, flush=True)
    time.sleep(300)
    sys.exit("the test did not kill this process")


def pause_on_save(model, *, after: int):
    """Pause when the ``after``-th row of ``model`` has been written, inside the operation's transaction."""
    seen = []

    def receiver(sender, instance, created, **kwargs):
        seen.append(instance.pk)
        if len(seen) == after:
            wait_to_be_killed(f"{model.__name__} #{after} written")

    post_save.connect(receiver, sender=model, weak=False)


def transition(complete: bool) -> None:
    office = f.office()
    matter = f.accepted_matter(by_office=office)
    print("READY", flush=True)
    if not complete:
        # The matter row and its trail entry are written by now; the commit is not.
        pause_on_save(Assignment, after=1)
    matter_services.assign(matter, by=office, lead_unit=f.unit(), due=datetime.date.today() + datetime.timedelta(30))


def ledger_import(complete: bool) -> None:
    office = f.office()
    f.category("other", "其他")
    enterprise, unit = f.enterprise("内江测试机械有限公司"), f.unit("内江市经济和信息化局")
    def row(n):
        # Every odd row names a unit and a deadline, so the import assigns half of the matters it makes.
        unit_and_deadline = (unit.name, in_days(30)) if n % 2 else (None, None)
        return [n, enterprise.name, f"第{n}号问题：厂区道路照明不足", *unit_and_deadline]

    rows = [row(n) for n in range(1, IMPORT_ROWS + 1)]
    with tempfile.NamedTemporaryFile(suffix=".xlsx") as file:
        file.write(sheet(rows).getvalue())
        file.flush()
        file.seek(0)
        print("READY", flush=True)

        def progress(phase, done, total):
            if phase == IMPORTING and 0 < done < total and not complete:
                wait_to_be_killed(f"{done} of {total} rows written")

        report = import_matters(file, by=office, on_progress=progress)
    assert len(report.imported) == IMPORT_ROWS, report.errors[:3]


def bulk(complete: bool) -> None:
    office = f.office()
    meeting = f.consultation(by=office)
    items = [meeting_services.add_to_agenda(meeting, f.accepted_matter(by_office=office, title=f"议题{n}"), by=office)
             for n in range(BULK_ITEMS)]
    lead = f.unit()
    print("READY", flush=True)
    if not complete:
        pause_on_save(AgendaItem, after=BULK_ITEMS // 2)
    meeting_services.decide_all(meeting, by=office, decisions=[
        {"item": item, "outcome": AgendaItem.Outcome.ASSIGNED, "decision": "由经信局牵头", "lead_unit": lead,
         "due": datetime.date.today() + datetime.timedelta(days=30)} for item in items
    ])


SCENARIOS = {"transition": transition, "import": ledger_import, "bulk": bulk}

if __name__ == "__main__":
    SCENARIOS[sys.argv[1]](complete="--complete" in sys.argv[2:])
    print("DONE", flush=True)

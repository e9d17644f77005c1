"""Fill django-helpdesk with N tickets whose statuses and follow-ups mirror the Huishang bench data.

    DATABASE_URL=... bench/.venv-helpdesk/bin/python bench/helpdesk_project/generate.py --tickets N

One queue per responsible unit; every ticket has the follow-up helpdesk writes when it is opened,
and one more (with its TicketChange) for each status change it went through, in the proportions of
the matters (mostly closed or resolved). Rows go in with plain ``executemany`` on helpdesk's own
tables: ``bulk_create`` spent nine tenths of its time building and preparing model instances, and
it overwrote ``created`` and ``modified`` (auto_now) with the moment of the fill.
"""

import argparse
import datetime
import os
import random
import sys
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
BATCH = 10_000
YEARS = 4
# status -> share of tickets (helpdesk: 1 open, 2 reopened, 3 resolved, 4 closed, 5 duplicate)
STATUS_SHARES = {1: 0.03, 2: 0.01, 3: 0.25, 4: 0.69, 5: 0.02}
QUEUES = ["人力资源社会保障", "经济和信息化", "发展改革", "自然资源规划", "住房城乡建设", "生态环境", "市场监管", "商务",
          "财政", "税务", "供电", "水务", "交通运输", "地方金融", "科技", "应急管理"]
TEXTS = [
    ("数控车工、磨工等一线技工缺口约{n}人", "企业订单增长，一线技工缺口约{n}人，希望协助组织专场招聘。"),
    ("厂区供电容量不足，新增产线无法投产", "企业新增{n}台大功率加工设备，现有变压器容量不足。"),
    ("技术改造专项补助资金约{n}万元尚未拨付", "技术改造项目已通过验收，补助资金约{n}万元至今尚未拨付。"),
    ("流动资金贷款{n}万元续贷困难", "企业流动资金贷款{n}万元即将到期，续贷审批进展缓慢。"),
]


def setup_django() -> None:
    sys.path.insert(0, str(HERE))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")
    import django

    django.setup()


class TableWriter:
    """Rows of one model's table, written a batch at a time by one INSERT run with executemany.

    Each row gives the values of ``columns`` (attnames); times are adapted as Django would store them.
    """

    def __init__(self, model, columns: list[str]):
        from django.db import connection

        self.connection = connection
        quote = connection.ops.quote_name
        fields = [model._meta.get_field(name) for name in columns]
        self.times = [n for n, field in enumerate(fields) if field.get_internal_type() == "DateTimeField"]
        names = ", ".join(quote(field.column) for field in fields)
        self.sql = (f"INSERT INTO {quote(model._meta.db_table)} ({names}) "
                    f"VALUES ({', '.join(['%s'] * len(fields))})")
        self.rows = []

    def add(self, *values) -> None:
        values = list(values)
        for n in self.times:
            values[n] = self.connection.ops.adapt_datetimefield_value(values[n])
        self.rows.append(values)

    def flush(self) -> None:
        if self.rows:
            with self.connection.cursor() as cursor:
                cursor.executemany(self.sql, self.rows)
            self.rows.clear()


def generate(tickets: int, seed: int) -> None:
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone
    from helpdesk.models import FollowUp, Queue, Ticket, TicketChange

    rng = random.Random(seed)
    staff = get_user_model().objects.create_superuser("bench-staff", "staff@bench.invalid", "bench-password-x1")
    queues = [Queue.objects.create(title=title, slug=f"q{n:02d}", email_address=f"q{n:02d}@bench.invalid")
              for n, title in enumerate(QUEUES)]
    statuses, weights = list(STATUS_SHARES), list(STATUS_SHARES.values())
    now = timezone.now()
    span = datetime.timedelta(days=365 * YEARS).total_seconds()
    start = now - datetime.timedelta(days=365 * YEARS)
    ticket_id, followup_id = 1, 1
    labels = {status: str(label) for status, label in Ticket.STATUS_CHOICES}
    ticket_rows = TableWriter(Ticket, [
        "id", "title", "queue_id", "created", "modified", "submitter_email", "assigned_to_id", "status", "on_hold",
        "description", "resolution", "priority", "due_date", "last_escalation", "secret_key", "kbitem_id",
        "merged_to_id",
    ])
    followup_rows = TableWriter(FollowUp, [
        "id", "ticket_id", "date", "title", "comment", "public", "user_id", "new_status", "message_id", "time_spent",
        "email_recipients",
    ])
    change_rows = TableWriter(TicketChange, ["followup_id", "field", "old_value", "new_value"])

    def flush():
        with transaction.atomic():
            for rows in (ticket_rows, followup_rows, change_rows):
                rows.flush()

    started = time.perf_counter()
    for n in range(tickets):
        created = start + datetime.timedelta(seconds=span * (n + rng.random()) / tickets)
        status = rng.choices(statuses, weights)[0]
        title, description = rng.choice(TEXTS)
        number = rng.randrange(10, 500)
        modified = min(now, created + datetime.timedelta(days=rng.uniform(1, 60)))
        description = description.format(n=number)
        ticket_rows.add(
            ticket_id, title.format(n=number), rng.choice(queues).pk, created, modified,
            f"contact{n % 50000:05d}@bench.invalid", staff.pk if status != 1 else None, status, False, description,
            None, rng.choice((2, 3, 3, 3, 4)), created + datetime.timedelta(days=30), None,
            str(uuid.UUID(int=rng.getrandbits(128), version=4)), None, None,
        )
        followup_rows.add(followup_id, ticket_id, created, "Ticket Opened", description, True, staff.pk, None, None,
                          None, None)
        followup_id += 1
        path = {3: [3], 4: [3, 4], 2: [3, 2], 5: [5]}.get(status, [])
        previous, moment = 1, created
        for new_status in path:
            moment = moment + (modified - created) / len(path)
            followup_rows.add(followup_id, ticket_id, moment, labels[new_status], "已处理", True, staff.pk, new_status,
                              None, None, None)
            change_rows.add(followup_id, "Status", labels[previous], labels[new_status])
            previous = new_status
            followup_id += 1
        ticket_id += 1
        if len(ticket_rows.rows) >= BATCH:
            flush()
            if ticket_id % (BATCH * 20) == 1:
                print(f"  {ticket_id - 1:,} tickets, {time.perf_counter() - started:.0f} s", file=sys.stderr,
                      flush=True)
    flush()
    from django.core.management.color import no_style
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for statement in connection.ops.sequence_reset_sql(no_style(), [Ticket, FollowUp, TicketChange]):
                cursor.execute(statement)
            # As for Huishang's data: statistics and the visibility map autovacuum would have built.
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    setup_django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    generate(options.tickets, options.seed)
    print(f"{options.tickets:,} helpdesk tickets in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()

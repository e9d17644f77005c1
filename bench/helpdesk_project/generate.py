"""Fill django-helpdesk with N tickets whose statuses and follow-ups mirror the Huishang bench data.

    DATABASE_URL=... bench/.venv-helpdesk/bin/python bench/helpdesk_project/generate.py --tickets N

One queue per responsible unit; every ticket has the follow-up helpdesk writes when it is opened,
and one more (with its TicketChange) for each status change it went through. Rows are bulk-created
through helpdesk's own models, in the proportions of the matters (mostly closed or resolved).
"""

import argparse
import datetime
import os
import random
import sys
import time
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
    pending_tickets, pending_followups, pending_changes = [], [], []
    labels = dict(Ticket.STATUS_CHOICES)

    def flush():
        with transaction.atomic():
            Ticket.objects.bulk_create(pending_tickets)
            FollowUp.objects.bulk_create(pending_followups)
            TicketChange.objects.bulk_create(pending_changes)
        pending_tickets.clear(), pending_followups.clear(), pending_changes.clear()

    started = time.perf_counter()
    for n in range(tickets):
        created = start + datetime.timedelta(seconds=span * (n + rng.random()) / tickets)
        status = rng.choices(statuses, weights)[0]
        title, description = rng.choice(TEXTS)
        number = rng.randrange(10, 500)
        modified = min(now, created + datetime.timedelta(days=rng.uniform(1, 60)))
        pending_tickets.append(Ticket(
            id=ticket_id, title=title.format(n=number), queue=rng.choice(queues), created=created, modified=modified,
            submitter_email=f"contact{n % 50000:05d}@bench.invalid", assigned_to=staff if status != 1 else None,
            status=status, description=description.format(n=number), priority=rng.choice((2, 3, 3, 3, 4)),
            due_date=created + datetime.timedelta(days=30),
        ))
        pending_followups.append(FollowUp(id=followup_id, ticket_id=ticket_id, date=created, title="Ticket Opened",
                                          comment=description.format(n=number), public=True, user=staff))
        followup_id += 1
        path = {3: [3], 4: [3, 4], 2: [3, 2], 5: [5]}.get(status, [])
        previous, moment = 1, created
        for new_status in path:
            moment = moment + (modified - created) / len(path)
            pending_followups.append(FollowUp(id=followup_id, ticket_id=ticket_id, date=moment,
                                              title=f"{labels[new_status]}", comment="已处理", public=True,
                                              user=staff, new_status=new_status))
            pending_changes.append(TicketChange(followup_id=followup_id, field="Status",
                                                old_value=labels[previous], new_value=labels[new_status]))
            previous = new_status
            followup_id += 1
        ticket_id += 1
        if len(pending_tickets) >= BATCH:
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

"""``huishang worker``: run the task queue (cards, reminders, follow-ups, digests) until stopped."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the task queue; --once runs the daily jobs now and exits."

    def add_arguments(self, parser):
        parser.add_argument("--workers", type=int, default=1, help="worker threads (default 1)")
        parser.add_argument("--once", action="store_true", help="run the daily jobs once in this process and exit")
        parser.add_argument("--no-periodic", action="store_true",
                            help="only run queued tasks; leave the schedule to other workers")

    def handle(self, *args, workers, once, no_periodic, **options):
        from huishang.supervision import jobs, tasks

        if once:
            result = jobs.run_daily()
            self.stdout.write(
                f"cards issued {result['cards']['issued']}, cleared {result['cards']['cleared']}; "
                f"reminders {result['reminders']}; follow-ups {result['follow_ups']}; digests {result['digests']}"
            )
            return
        # Imported for its task: web imports of ledger sheets run in this queue too.
        from huishang.ledgers import jobs as ledger_jobs  # noqa: F401
        # Imported for its schedule: grouping the newest matters into hot issues.
        from huishang.insight import tasks as insight_tasks  # noqa: F401

        consumer = tasks.queue.create_consumer(workers=workers, worker_type="thread", periodic=not no_periodic)
        self.stdout.write(f"worker started ({tasks.queue.storage.__class__.__name__})")
        consumer.run()

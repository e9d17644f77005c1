"""``huishang worker``: run the task queue until stopped. Every app declares its own queued and scheduled work
in its ``tasks`` module; the worker loads them all."""

from django.core.management.base import BaseCommand

from huishang.core import queue


class Command(BaseCommand):
    help = "Run the task queue; --once runs the daily jobs now and exits."

    def add_arguments(self, parser):
        parser.add_argument("--workers", type=int, default=1, help="worker threads (default 1)")
        parser.add_argument("--once", action="store_true", help="run the daily jobs once in this process and exit")
        parser.add_argument("--no-periodic", action="store_true",
                            help="only run queued tasks; leave the schedule to other workers")

    def handle(self, *args, workers, once, no_periodic, **options):
        queue.load_app_tasks()
        if once:
            for name, summary in queue.run_daily_jobs():
                self.stdout.write(f"{name}: {summary}")
            return
        consumer = queue.queue.create_consumer(workers=workers, worker_type="thread", periodic=not no_periodic)
        self.stdout.write(f"worker started ({queue.queue.storage.__class__.__name__})")
        consumer.run()

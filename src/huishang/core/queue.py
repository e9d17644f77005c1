"""The task queue: huey with its SQLite file in the data folder, needing no server on one machine.

HUISHANG_QUEUE_URL    redis://host:6379/0 to use Redis instead (several machines); default: SQLite
HUISHANG_QUEUE_IMMEDIATE  "1" to run tasks at once in the caller (tests, development)

Each app declares its queued and periodic tasks in its own ``tasks`` module (loaded by ``load_app_tasks``,
which the worker calls), and may register a daily job that ``huishang worker --once`` runs at once.

Every worker may run the scheduler: a periodic task is enqueued only by the scheduler that first claims
its minute in the queue's shared storage, so two machines' workers run each scheduled job once.
"""

import datetime
import importlib
import importlib.util
import os
from collections.abc import Callable
from pathlib import Path

from django.apps import apps
from django.conf import settings
from huey import RedisHuey, SqliteHuey


class ScheduledOnce:
    """Mixed into a huey class: each periodic task is enqueued once per scheduled minute, whoever schedules it."""

    def read_periodic(self, timestamp):
        timestamp = timestamp or self._get_timestamp()
        return [task for task in super().read_periodic(timestamp) if self._claim(task.name, timestamp)]

    def _claim(self, task_name: str, timestamp: datetime.datetime) -> bool:
        claimed = self.put_if_empty(_slot_key(task_name, timestamp), "1")
        if claimed:
            # Claims of a day ago can no longer be contested; dropping them keeps the storage small.
            self.delete(_slot_key(task_name, timestamp - datetime.timedelta(days=1)))
        return claimed


def _slot_key(task_name: str, timestamp: datetime.datetime) -> str:
    return f"scheduled:{task_name}:{timestamp:%Y-%m-%dT%H:%M}"


class SharedRedisQueue(ScheduledOnce, RedisHuey):
    pass


class LocalSqliteQueue(ScheduledOnce, SqliteHuey):
    pass


def make_queue(*, url: str | None = None, sqlite_file: Path | None = None, immediate: bool | None = None):
    """The queue the settings describe (environment variables above), or the one the arguments name."""
    url = os.environ.get("HUISHANG_QUEUE_URL", "") if url is None else url
    if immediate is None:
        immediate = os.environ.get("HUISHANG_QUEUE_IMMEDIATE") == "1"
    if url.startswith("redis"):
        return SharedRedisQueue("huishang", url=url, immediate=immediate, utc=False)
    sqlite_file = sqlite_file or settings.DATA_DIR / "queue.sqlite3"
    return LocalSqliteQueue("huishang", filename=str(sqlite_file), immediate=immediate, utc=False)


queue = make_queue()

# name → (job, summary of its result): the daily jobs that `huishang worker --once` runs in order.
_daily_jobs: dict[str, tuple[Callable[[], object], Callable[[object], str]]] = {}


def daily_job(name: str, *, summary: Callable[[object], str] = str):
    """Register ``job`` as one of the daily jobs that ``huishang worker --once`` runs (its schedule is the
    app's own periodic task)."""
    def register(job):
        _daily_jobs[name] = (job, summary)
        return job
    return register


def run_daily_jobs() -> list[tuple[str, str]]:
    return [(name, summary(job())) for name, (job, summary) in _daily_jobs.items()]


def load_app_tasks() -> None:
    """Import every installed Huishang app's ``tasks`` module, which registers its tasks with the queue."""
    for app in apps.get_app_configs():
        module = f"{app.name}.tasks"
        if app.name.startswith("huishang.") and importlib.util.find_spec(module) is not None:
            importlib.import_module(module)

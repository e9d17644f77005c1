"""What the worker runs for insight on its schedule: grouping the newest matters into hot issues."""

from huey import crontab

from huishang.insight.hot_runs import compute_hot_issues
from huishang.supervision.queue import queue


@queue.periodic_task(crontab(minute="*/15"))
def group_hot_issues() -> None:
    compute_hot_issues()

"""What the worker runs for insight on its schedule: grouping the newest matters into hot issues."""

from huey import crontab

from huishang.core.queue import queue
from huishang.insight.hot_runs import compute_hot_issues


@queue.periodic_task(crontab(minute="*/15"))
def group_hot_issues() -> None:
    compute_hot_issues()

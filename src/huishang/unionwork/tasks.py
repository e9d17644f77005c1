"""What the worker runs for union work on its schedule (local time)."""

from huey import crontab

from huishang.core.queue import daily_job, queue
from huishang.unionwork import jobs


@queue.periodic_task(crontab(hour="8", minute="10"))
def remind_overdue_tasks():
    return jobs.remind_overdue()


daily_job("unionwork", summary=lambda sent: f"overdue task reminders {sent}")(jobs.remind_overdue)

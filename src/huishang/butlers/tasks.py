"""What the worker runs for the butler service on its schedule (local time)."""

from huey import crontab

from huishang.butlers import jobs
from huishang.core.queue import daily_job, queue


@queue.periodic_task(crontab(hour="7", minute="45"))
def overdue_visit_alerts():
    return jobs.alert_overdue_visits()


daily_job("butlers", summary=lambda told: f"overdue visit notices {told}")(jobs.alert_overdue_visits)

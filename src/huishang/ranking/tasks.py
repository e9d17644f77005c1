"""What the worker runs for the monthly ranking on its schedule (local time): each morning, the commitments
made at talks (约谈) and past their date are reminded to their units, once per commitment, unit handler and day."""

from huey import crontab

from huishang.core.queue import daily_job, queue
from huishang.ranking import talks


def _summary(told: int) -> str:
    return f"overdue talk commitments reminded {told}"


@queue.periodic_task(crontab(hour="8", minute="5"))
def remind_overdue_commitments():
    return talks.remind_overdue_commitments()


daily_job("ranking", summary=_summary)(talks.remind_overdue_commitments)

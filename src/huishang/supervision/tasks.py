"""What the worker runs for supervision on its schedule (local time). Each task calls an idempotent job of
``jobs.py``."""

from huey import crontab

from huishang.core.queue import daily_job, queue
from huishang.supervision import jobs
from huishang.supervision.cards import compute_cards


def _summary(result: dict) -> str:
    return (f"cards issued {result['cards']['issued']}, cleared {result['cards']['cleared']}; "
            f"reminders {result['reminders']}; follow-ups {result['follow_ups']}; digests {result['digests']}")


@queue.periodic_task(crontab(minute="*/30"))
def refresh_cards():
    return compute_cards()


@queue.periodic_task(crontab(hour="8", minute="0"))
def morning_round():
    return jobs.run_daily()


@queue.task()
def run_daily_now():
    return jobs.run_daily()


daily_job("supervision", summary=_summary)(jobs.run_daily)

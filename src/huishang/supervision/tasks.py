"""What the worker runs on its schedule (local time). Each task calls an idempotent job of ``jobs.py``."""

from huey import crontab

from huishang.supervision import jobs
from huishang.supervision.cards import compute_cards
from huishang.supervision.notifications import deliver_pending
from huishang.supervision.queue import queue


@queue.periodic_task(crontab(minute="*/30"))
def refresh_cards():
    return compute_cards()


@queue.periodic_task(crontab(hour="8", minute="0"))
def morning_round():
    return jobs.run_daily()


@queue.periodic_task(crontab(minute="*/10"))
def retry_unsent_mail():
    return deliver_pending()


@queue.task()
def run_daily_now():
    return jobs.run_daily()

"""What the worker runs for the knowledge base: each morning, articles about to expire are flagged to their
authors (services.flag_expiring, idempotent: one notice per article and expiry date)."""

from huey import crontab

from huishang.core.queue import daily_job, queue
from huishang.knowledge.services import flag_expiring


@queue.periodic_task(crontab(hour="7", minute="30"))
def flag_articles_expiring():
    return flag_expiring()


daily_job("knowledge", summary=lambda flagged: f"articles flagged before expiry {flagged}")(flag_expiring)

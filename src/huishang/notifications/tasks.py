"""What the worker runs for notifications: sending again the e-mail and SMS that could not be sent."""

from huey import crontab

from huishang.core.queue import queue
from huishang.notifications.services import deliver_pending


@queue.periodic_task(crontab(minute="*/10"))
def retry_unsent_mail():
    return deliver_pending()

"""What the worker runs for recruitment: sending again the applicants' SMS that could not be sent."""

from huey import crontab

from huishang.core.queue import queue
from huishang.recruitment.applicant_notices import deliver_pending


@queue.periodic_task(crontab(minute="*/10"))
def retry_unsent_applicant_sms():
    return deliver_pending()

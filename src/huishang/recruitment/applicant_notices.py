"""Notices to applicants, who have no account: each is kept for the tracker, where the applicant reads it with
their codes, and sent once by SMS to the phone they gave, through the notifications' texts (an administrator's
edited template, else ``recruitment/messages/<name>.txt``) and SMS gateway with its pre-approved templates.
What the gateway could not send is sent again by the worker (tasks.py)."""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import translation

from huishang.core import clock
from huishang.notifications import sms
from huishang.notifications.texts import rendered
from huishang.recruitment.models import ApplicantNotice, Application

logger = logging.getLogger(__name__)
RETRY_FOR = datetime.timedelta(days=3)


def tell(application: Application, *, key: str, event: str, context: dict) -> ApplicantNotice | None:
    """Tell the applicant once per ``key`` (None when the key was used): stored for the tracker, and by SMS
    after the change commits when ``event`` has an SMS template."""
    if ApplicantNotice.objects.filter(key=key).exists():
        return None
    context = {"application": application, **context}
    with translation.override(settings.LANGUAGE_CODE):
        subject, body = rendered(event, context)
    template = sms.template_for(event)
    notice = ApplicantNotice.objects.create(
        application=application, key=key, event=event, subject=subject, body=body, created_at=clock.now(),
        by_sms=template is not None, sms_params=template.values({"subject": subject, **context}) if template else [],
    )
    transaction.on_commit(lambda: deliver(notice))
    return notice


def deliver(notice: ApplicantNotice) -> None:
    """Send the SMS owed and not sent yet; a failure leaves it for the next run."""
    if not notice.by_sms or notice.texted_at is not None:
        return
    template = sms.templates().get(notice.event)
    if template is None:
        ApplicantNotice.objects.filter(pk=notice.pk).update(by_sms=False)
        return
    try:
        sms.backend().send(notice.application.phone, code=template.code, params=notice.sms_params,
                           text=notice.subject)
    except (OSError, sms.SmsFailed):
        logger.exception("SMS to applicant %s failed", notice.application_id)
    else:
        ApplicantNotice.objects.filter(pk=notice.pk).update(texted_at=clock.now())


def deliver_pending() -> int:
    """Retry the SMS that could not be sent, for up to RETRY_FOR after the notice was made; the number retried."""
    pending = ApplicantNotice.objects.select_related("application").filter(
        by_sms=True, texted_at=None, created_at__gte=clock.now() - RETRY_FOR)
    count = 0
    for notice in pending.order_by("created_at", "pk"):
        deliver(notice)
        count += 1
    return count

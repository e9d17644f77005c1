"""Notifications: each is stored for the bell and sent by e-mail and SMS once; its key makes sending idempotent."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from huishang.core import clock
from huishang.notifications import sms
from huishang.notifications.models import Notification

logger = logging.getLogger(__name__)


def notify(recipient, *, key: str, event: str, context: dict, link: str = "") -> Notification | None:
    """Tell ``recipient`` once per ``key``: the bell, an e-mail when they have an address, an SMS when they
    have a phone. A key already used sends nothing and returns None. ``event`` is "<app>.<name>"; its text
    comes from the app's ``<app>/messages/<name>.txt`` (first line the subject), in the deployment's
    language."""
    if Notification.objects.filter(key=key).exists():
        return None
    with translation.override(settings.LANGUAGE_CODE):
        subject, _newline, body = render_to_string(
            message_template(event), {"recipient": recipient, **context}
        ).strip().partition("\n")
    notification = Notification.objects.create(
        recipient=recipient, key=key, subject=subject.strip(), body=body.strip(), link=link, created_at=clock.now()
    )
    transaction.on_commit(lambda: deliver(notification))
    return notification


def message_template(event: str) -> str:
    app, _dot, name = event.partition(".")
    return f"{app}/messages/{name}.txt"


def deliver(notification: Notification) -> None:
    """Send by e-mail and SMS what has not been sent yet; a failure leaves it unsent for the next run."""
    recipient = notification.recipient
    if recipient.email and notification.emailed_at is None:
        try:
            send_mail(notification.subject, notification.body, None, [recipient.email])
        except OSError:
            logger.exception("e-mail to %s failed", recipient.email)
        else:
            Notification.objects.filter(pk=notification.pk).update(emailed_at=clock.now())
    if recipient.phone and notification.texted_at is None:
        try:
            sms.backend().send(recipient.phone, notification.subject)
        except OSError:
            logger.exception("SMS to %s failed", recipient.phone)
        else:
            Notification.objects.filter(pk=notification.pk).update(texted_at=clock.now())


def deliver_pending() -> int:
    """Retry what could not be sent (the mail server was down)."""
    pending = Notification.objects.select_related("recipient").filter(emailed_at=None).exclude(recipient__email="")
    count = 0
    for notification in pending:
        deliver(notification)
        count += 1
    return count


def of(user):
    return Notification.objects.filter(recipient=user)


def unread(user):
    return Notification.objects.filter(recipient=user, read_at=None)


def mark_read(user, *, pk=None) -> int:
    """Mark one (or all) of the user's own notifications read."""
    rows = unread(user)
    if pk is not None:
        rows = rows.filter(pk=pk)
    return rows.update(read_at=clock.now())

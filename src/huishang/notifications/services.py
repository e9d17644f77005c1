"""Notifications: each is stored for the bell and sent by e-mail and SMS once; its key makes sending idempotent."""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import ValidationError
from huishang.notifications import events, sms
from huishang.notifications.models import Channel, MutedEvent, Notification
from huishang.notifications.texts import rendered

logger = logging.getLogger(__name__)


def notify(recipient, *, key: str, event: str, context: dict, link: str = "", at=None) -> Notification | None:
    """Tell ``recipient`` once per ``key``: the bell always; an e-mail when they have an address and did not
    mute ``event`` by e-mail; an SMS when they have a phone, did not mute it by SMS and the event has an SMS
    template. A key already used sends nothing and returns None. ``event`` is "<app>.<name>"; its text is
    the administrator's edited template or the app's file (texts.py), in the deployment's language. ``at``
    dates it (the moment of the step it tells of; now by default)."""
    if Notification.objects.filter(key=key).exists():
        return None
    context = {"recipient": recipient, **context}
    with translation.override(settings.LANGUAGE_CODE):
        subject, body = rendered(event, context)
    muted = muted_channels(recipient, event)
    template = sms.template_for(event) if recipient.phone and Channel.SMS not in muted else None
    notification = Notification.objects.create(
        recipient=recipient, key=key, event=event, subject=subject, body=body, link=link, created_at=at or clock.now(),
        by_email=bool(recipient.email) and Channel.EMAIL not in muted,
        by_sms=template is not None, sms_params=template.values({"subject": subject, **context}) if template else [],
    )
    transaction.on_commit(lambda: deliver(notification))
    return notification


def deliver(notification: Notification) -> None:
    """Send by e-mail and SMS what is owed and not sent yet; a failure leaves it unsent for the next run.
    A channel the recipient muted since (or whose address was removed) is no longer owed."""
    recipient = notification.recipient
    muted = muted_channels(recipient, notification.event)
    if notification.by_email and notification.emailed_at is None:
        if not recipient.email or Channel.EMAIL in muted:
            Notification.objects.filter(pk=notification.pk).update(by_email=False)
        else:
            try:
                send_mail(notification.subject, notification.body, None, [recipient.email])
            except OSError:
                logger.exception("e-mail to %s failed", recipient.email)
            else:
                Notification.objects.filter(pk=notification.pk).update(emailed_at=clock.now())
    if notification.by_sms and notification.texted_at is None:
        template = sms.templates().get(notification.event)
        if not recipient.phone or Channel.SMS in muted or template is None:
            Notification.objects.filter(pk=notification.pk).update(by_sms=False)
        else:
            try:
                sms.backend().send(recipient.phone, code=template.code, params=notification.sms_params,
                                   text=notification.subject)
            except (OSError, sms.SmsFailed):
                logger.exception("SMS to %s failed", recipient.pk)
            else:
                Notification.objects.filter(pk=notification.pk).update(texted_at=clock.now())


# What could not be sent within this time is given up: stale news, or a provider that keeps refusing it.
RETRY_FOR = datetime.timedelta(days=3)


def deliver_pending() -> int:
    """Retry what could not be sent (the mail server or the SMS provider was down) for up to RETRY_FOR after it
    was made; the number retried."""
    pending = Notification.objects.select_related("recipient").filter(
        Q(by_email=True, emailed_at=None) | Q(by_sms=True, texted_at=None), created_at__gte=clock.now() - RETRY_FOR,
    )
    count = 0
    for notification in pending.order_by("created_at", "id"):
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


# --- preferences --------------------------------------------------------------------------------------

def muted_channels(user, event: str) -> set[str]:
    return set(MutedEvent.objects.filter(user=user, event=event).values_list("channel", flat=True))


def preferences(user) -> list[dict]:
    """Per kind of notification the user may receive: its label and whether it comes by e-mail and by SMS."""
    muted = set(MutedEvent.objects.filter(user=user).values_list("event", "channel"))
    return [
        {"event": event.name, "label": str(event.label),
         **{channel: (event.name, channel) not in muted for channel in Channel.values}}
        for event in events.of(user)
    ]


@transaction.atomic
def set_preferences(user, choices: list[dict]) -> list[dict]:
    """Record which kinds ``user`` receives by e-mail and by SMS (``{"event", "email", "sms"}`` each; a channel
    left out keeps its choice); the bell always shows every notification. Refuses a kind the user never gets."""
    offered = {event.name for event in events.of(user)}
    for choice in choices:
        if choice["event"] not in offered:
            raise ValidationError(_("Unknown kind of notification: %(event)s") % {"event": choice["event"]},
                                  field="event")
    for choice in choices:
        for channel in Channel.values:
            wanted = choice.get(channel)
            if wanted is None:
                continue
            rows = MutedEvent.objects.filter(user=user, channel=channel, event=choice["event"])
            if wanted:
                rows.delete()
            elif not rows.exists():
                MutedEvent.objects.create(user=user, channel=channel, event=choice["event"])
    return preferences(user)

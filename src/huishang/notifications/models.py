"""Notifications: one message to one user, for the bell, e-mail and SMS."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Notification(models.Model):
    """A message to one user, shown under the bell and sent by e-mail (and SMS) once, by its key."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications", verbose_name=_("recipient")
    )
    key = models.CharField(_("key"), max_length=120, unique=True)
    subject = models.CharField(pgettext_lazy("notification", "subject"), max_length=200)
    body = models.TextField(_("message"))
    link = models.CharField(_("link"), max_length=200, blank=True)
    # "<app>.<name>" (events.py); empty on notifications made before events were recorded.
    event = models.CharField(_("kind"), max_length=60, blank=True)
    # Whether it is (or was) to go out by e-mail and by SMS: decided when it is made from the recipient's
    # addresses, preferences and the SMS mapping, so that the worker retries only what is owed.
    by_email = models.BooleanField(_("by email"), default=False)
    by_sms = models.BooleanField(_("by SMS"), default=False)
    # The values of the provider's pre-approved SMS template, in its order (sms.py).
    sms_params = models.JSONField(_("SMS parameters"), default=list, blank=True)
    created_at = models.DateTimeField(_("at"))
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)
    texted_at = models.DateTimeField(_("texted at"), null=True, blank=True)

    class Meta:
        # The table keeps the name it had when notifications lived in supervision.
        db_table = "supervision_notification"
        ordering = ["-created_at", "-id"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [models.Index(fields=["recipient", "read_at"], name="supervision_recipie_514b32_idx")]


class Channel(models.TextChoices):
    """The ways a notification goes out besides the bell, which always shows it."""

    EMAIL = "email", _("e-mail")
    SMS = "sms", _("SMS")


class MutedEvent(models.Model):
    """A user's choice not to receive one kind of notification by one channel (no row: they receive it)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="muted_events")
    channel = models.CharField(_("channel"), max_length=8, choices=Channel.choices)
    event = models.CharField(_("kind"), max_length=60)

    class Meta:
        verbose_name = _("muted notification")
        verbose_name_plural = _("muted notifications")
        constraints = [models.UniqueConstraint(fields=["user", "channel", "event"], name="one_mute_per_channel_event")]


class MessageTemplate(models.Model):
    """The bell and e-mail text of one event as an administrator wrote it; without a row the app's file
    template (``<app>/messages/<name>.txt``) is used. Subject and body are template source limited to
    variables, filters, ``{% if %}`` and i18n (texts.py)."""

    event = models.CharField(_("kind"), max_length=60, unique=True)
    subject = models.CharField(pgettext_lazy("notification", "subject"), max_length=200)
    body = models.TextField(_("message"))

    class Meta:
        ordering = ["event"]
        verbose_name = _("message template")
        verbose_name_plural = _("message templates")

    def __str__(self):
        return self.event

    def clean(self):
        from huishang.notifications.texts import check_source

        check_source(subject=self.subject, body=self.body)

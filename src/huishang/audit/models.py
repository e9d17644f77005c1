"""The audit log's entries and the head of their hash chain."""

import json

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("the audit log is append-only")

    def delete(self):
        raise TypeError("the audit log is append-only")


class AuditEntry(models.Model):
    """One event. ``hash`` covers every field and ``prev_hash``, so any edit or removal breaks the chain.

    The actor is copied as id and username, not a foreign key: deleting an account keeps its trail.
    """

    seq = models.PositiveBigIntegerField(_("sequence"), primary_key=True)
    at = models.DateTimeField(_("at"), db_index=True)
    kind = models.CharField(_("kind"), max_length=32, db_index=True)
    actor_id = models.BigIntegerField(_("actor id"), null=True, blank=True)
    actor_username = models.CharField(_("actor"), max_length=150, blank=True, db_index=True)
    address = models.CharField(_("client address"), max_length=45, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=300, blank=True)
    subject = models.CharField(pgettext_lazy("audit", "subject"), max_length=200, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    prev_hash = models.CharField(_("previous hash"), max_length=64, blank=True)
    hash = models.CharField(_("hash"), max_length=64)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        ordering = ["-seq"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        indexes = [models.Index(fields=["kind", "at"])]

    def __str__(self):
        return f"#{self.seq} {self.kind} {self.subject}"

    @property
    def detail_text(self) -> str:
        return json.dumps(self.detail, ensure_ascii=False, sort_keys=True)

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TypeError("audit entries are append-only")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError("audit entries are append-only")


class ChainHead(models.Model):
    """The last entry's sequence number and hash, in one row.

    Appending locks this row first, so concurrent appends queue; and a removed last entry shows
    because the head still names it.
    """

    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("audit chain head")

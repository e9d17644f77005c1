"""Bearer tokens for API clients. Only a hash of each token is stored, so a leaked database
cannot be replayed against the API."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens", verbose_name=_("user")
    )
    key_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"))
    expires_at = models.DateTimeField(_("expires at"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.user} {self.created_at:%Y-%m-%d %H:%M}"


class IdempotencyKey(models.Model):
    """A create request a client may retry: the first answer is kept and replayed for the same key.

    ``caller`` says whose key it is (a user, an Open311 client, an address), so two callers never
    share a key; the unique constraint makes two racing requests with one key create one record.
    """

    caller = models.CharField(_("caller"), max_length=100)
    key = models.CharField(_("idempotency key"), max_length=255)
    fingerprint = models.CharField(_("request fingerprint"), max_length=64)
    created_at = models.DateTimeField(_("created at"))
    status = models.PositiveSmallIntegerField(_("response status"))
    content_type = models.CharField(_("response content type"), max_length=100)
    body = models.TextField(_("response body"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["caller", "key"], name="api_idempotency_key_once_per_caller")]
        indexes = [models.Index(fields=["created_at"], name="api_idempotency_created")]
        verbose_name = _("idempotency key")
        verbose_name_plural = _("idempotency keys")

    def __str__(self):
        return f"{self.caller} {self.key}"

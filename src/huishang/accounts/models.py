"""What sign-in remembers: earlier password hashes, every attempt, and the lockouts they caused."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PasswordHistory(models.Model):
    """One password an account used, as its hash, so that a new password cannot repeat it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="password_history")
    password = models.CharField(_("password hash"), max_length=128)
    set_at = models.DateTimeField(_("set at"))

    class Meta:
        ordering = ["-set_at", "-pk"]
        verbose_name = _("earlier password")
        verbose_name_plural = _("earlier passwords")


class LoginAttempt(models.Model):
    """One try at signing in (password or one-time code), on the web or for an API token."""

    class Channel(models.TextChoices):
        WEB = "web", _("web")
        API = "api", _("API")
        UNLOCK = "unlock", _("unlock with the second factor")

    username = models.CharField(_("username"), max_length=150)
    address = models.CharField(_("client address"), max_length=45)
    at = models.DateTimeField(_("at"))
    succeeded = models.BooleanField(_("succeeded"))
    channel = models.CharField(_("channel"), max_length=8, choices=Channel.choices)

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["username", "at"]), models.Index(fields=["address", "at"])]
        verbose_name = _("login attempt")
        verbose_name_plural = _("login attempts")


class Lockout(models.Model):
    """An account at one client address, or a client address for every account, refused sign-in until
    ``until`` (or until lifted by an administrator, or by the account's own second factor)."""

    class Scope(models.TextChoices):
        # An account is locked only at the address its failures came from, so that a stranger who
        # knows a username cannot lock its owner out from elsewhere.
        ACCOUNT = "account", _("account at one address")
        ADDRESS = "address", _("client address")

    scope = models.CharField(_("scope"), max_length=8, choices=Scope.choices)
    key = models.CharField(_("username or address"), max_length=150)
    address = models.CharField(_("client address"), max_length=45, blank=True)
    locked_at = models.DateTimeField(_("locked at"))
    until = models.DateTimeField(_("locked until"))
    lifted_at = models.DateTimeField(_("lifted at"), null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("lifted by"),
    )

    class Meta:
        ordering = ["-locked_at", "-pk"]
        indexes = [models.Index(fields=["scope", "key", "until"])]
        verbose_name = _("lockout")
        verbose_name_plural = _("lockouts")

    def __str__(self):
        at = f" @ {self.address}" if self.scope == self.Scope.ACCOUNT and self.address else ""
        return f"{self.get_scope_display()} {self.key}{at}"

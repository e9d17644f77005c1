"""Why sign-in was refused, as domain errors the web page and the token endpoint both turn into answers."""

import math

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from huishang.core.errors import DomainError


class InvalidCredentials(DomainError):
    """The username and password (or the one-time code) do not name an active account."""

    code = "invalid_credentials"
    http_status = 401


class SignInRefused(DomainError):
    """Sign-in is refused for a while, whatever the password; ``retry_after`` says for how many seconds."""

    def __init__(self, message, *, retry_after: int):
        super().__init__(message)
        self.retry_after = max(1, int(retry_after))

    @property
    def minutes_left(self) -> int:
        return math.ceil(self.retry_after / 60)


class AccountLocked(SignInRefused):
    """The account is locked at this client address (elsewhere its owner signs in as usual)."""

    code = "account_locked"
    http_status = 423

    def __init__(self, *, retry_after: int):
        minutes = math.ceil(max(1, retry_after) / 60)
        super().__init__(ngettext(
            "This account is locked at this network address after repeated failed sign-ins. Try again in "
            "%(minutes)d minute, unlock it now with your one-time code, or ask an administrator to unlock it.",
            "This account is locked at this network address after repeated failed sign-ins. Try again in "
            "%(minutes)d minutes, unlock it now with your one-time code, or ask an administrator to unlock it.",
            minutes) % {"minutes": minutes}, retry_after=retry_after)


class SignInDelayed(SignInRefused):
    """The account failed many times from many addresses: a new address waits a little between tries."""

    code = "sign_in_delayed"
    http_status = 429

    def __init__(self, *, retry_after: int):
        super().__init__(_("This account had many failed sign-ins; wait %(seconds)d seconds before trying again "
                           "from this network address, or unlock it now with your one-time code.")
                         % {"seconds": max(1, int(retry_after))}, retry_after=retry_after)


class AddressLocked(SignInRefused):
    code = "address_locked"
    http_status = 429

    def __init__(self, *, retry_after: int):
        minutes = math.ceil(max(1, retry_after) / 60)
        super().__init__(ngettext(
            "Too many failed sign-ins from this network address. Try again in %(minutes)d minute.",
            "Too many failed sign-ins from this network address. Try again in %(minutes)d minutes.",
            minutes) % {"minutes": minutes}, retry_after=retry_after)


class Throttled(SignInRefused):
    code = "throttled"
    http_status = 429

    def __init__(self, *, retry_after: int):
        super().__init__(_("Too many token requests from this network address; try again in %(seconds)d seconds.")
                         % {"seconds": max(1, int(retry_after))}, retry_after=retry_after)


class SecondFactorRequired(DomainError):
    """The account has a TOTP device: the one-time code must come with the password."""

    code = "otp_required"
    http_status = 401


class SecondFactorEnrolmentRequired(DomainError):
    """The account's role requires two-factor sign-in and no device is enrolled yet."""

    code = "otp_enrolment_required"
    http_status = 403

"""Rate limits per address and per phone, counted in a database table so every worker agrees."""

import datetime
import hashlib
import math

from django.conf import settings
from django.db.models import Min
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import DomainError
from huishang.suggestions.models import IntakeAttempt

# kind -> (attempts allowed, within this many minutes); HUISHANG_SUGGESTION_LIMITS overrides, e.g. {"address": [5, 10]}
# A kind is at most 15 characters: with ":" and the 64 of the hash the key fits IntakeAttempt.key (80), which
# PostgreSQL enforces (SQLite does not).
DEFAULT_LIMITS = {"address": (10, 60), "phone": (3, 60), "follow_up": (20, 60),
                  # recruitment's public tracker: lookups of a tracking number and follow-up code
                  "job_track": (20, 60),
                  # text-message codes sent to one phone number (counted by its keyed hash, codes.phone_key)
                  "text_code": (5, 60)}
# The kinds counted per phone number: their refusal names the phone field.
PHONE_KINDS = {"phone": "contact_phone", "text_code": "phone"}


class TooManyAttempts(DomainError):
    code = "too_many_requests"
    http_status = 429

    def __init__(self, message, *, retry_after: int, field: str | None = None):
        super().__init__(message, field=field)
        self.retry_after = max(1, int(retry_after))  # seconds until the oldest counted attempt stops counting


def limits() -> dict:
    return {**DEFAULT_LIMITS, **getattr(settings, "HUISHANG_SUGGESTION_LIMITS", {})}


def _key(kind: str, value: str) -> str:
    assert len(kind) <= 15, kind
    return f"{kind}:" + hashlib.sha256(value.encode()).hexdigest()[:64]


def count_attempt(kind: str, value: str) -> None:
    """Record one attempt by ``value`` (an address or a phone); refuse it when over the limit."""
    if not value:
        return
    allowed, minutes = limits()[kind]
    key, now = _key(kind, value), clock.now()
    since = now - datetime.timedelta(minutes=minutes)
    # Housekeeping as it goes: this key's attempts too old to count are dropped.
    IntakeAttempt.objects.filter(key=key, at__lte=since).delete()
    recent = IntakeAttempt.objects.filter(key=key, at__gt=since)
    if recent.count() >= allowed:
        oldest = recent.aggregate(at=Min("at"))["at"]
        raise TooManyAttempts(
            _("Too many attempts from this %(what)s; please try again in %(minutes)s minutes.")
            % {"what": _("phone number") if kind in PHONE_KINDS else _("network address"), "minutes": minutes},
            field=PHONE_KINDS.get(kind),
            retry_after=math.ceil((oldest + datetime.timedelta(minutes=minutes) - now).total_seconds()),
        )
    IntakeAttempt.objects.create(key=key, at=now)


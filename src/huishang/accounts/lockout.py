"""Lockout after repeated failures, per account and per client address, and the token request rate.

Failures count within HUISHANG_LOCKOUT_MINUTES; reaching HUISHANG_LOCKOUT_FAILURES for one username
(HUISHANG_LOCKOUT_ADDRESS_FAILURES for one address) locks it for HUISHANG_LOCKOUT_MINUTES. Failures
before a lockout, and an account's failures before its last success, no longer count.
"""

import datetime
import math

from django.conf import settings
from django.db import transaction
from django.db.models import Max

from huishang.accounts.errors import AccountLocked, AddressLocked, Throttled
from huishang.accounts.models import LoginAttempt, Lockout
from huishang.audit.log import record_event
from huishang.core import clock

RATE_WINDOW = datetime.timedelta(minutes=1)
# Attempts only matter within the lockout window; the audit log keeps the lasting record of each one.
ATTEMPT_RETENTION = datetime.timedelta(days=1)


def client_address(request) -> str:
    """The client's address (behind a trusted reverse proxy, core.proxy has put the client's in REMOTE_ADDR)."""
    return (request.META.get("REMOTE_ADDR") or "")[:45]


def _window() -> datetime.timedelta:
    return datetime.timedelta(minutes=settings.HUISHANG_LOCKOUT_MINUTES)


def active_lockout(scope: str, key: str) -> Lockout | None:
    return (Lockout.objects.filter(scope=scope, key=key, until__gt=clock.now(), lifted_at__isnull=True)
            .order_by("-until").first())


def _seconds_until(moment: datetime.datetime) -> int:
    return max(1, math.ceil((moment - clock.now()).total_seconds()))


def check_allowed(username: str, address: str) -> None:
    """Raise AccountLocked or AddressLocked while either is locked; the password is not even looked at."""
    account = active_lockout(Lockout.Scope.ACCOUNT, username)
    if account is not None:
        raise AccountLocked(retry_after=_seconds_until(account.until))
    place = active_lockout(Lockout.Scope.ADDRESS, address) if address else None
    if place is not None:
        raise AddressLocked(retry_after=_seconds_until(place.until))


def record_attempt(*, username: str, address: str, succeeded: bool, channel: str, request=None) -> list[Lockout]:
    """Remember one attempt; a failure that reaches a threshold locks the account or the address.

    Returns the lockouts this attempt started (none, one or both).
    """
    now = clock.now()
    with transaction.atomic():
        LoginAttempt.objects.create(username=username, address=address, at=now, succeeded=succeeded, channel=channel)
        _forget_old_attempts(username, address, now)
        if succeeded:
            return []
        started = []
        account_since = _count_from(Lockout.Scope.ACCOUNT, username, now)
        last_success = LoginAttempt.objects.filter(username=username, succeeded=True).aggregate(at=Max("at"))["at"]
        if last_success and last_success > account_since:
            account_since = last_success
        failures = LoginAttempt.objects.filter(username=username, succeeded=False, at__gt=account_since).count()
        if failures >= settings.HUISHANG_LOCKOUT_FAILURES:
            started.append(Lockout.objects.create(
                scope=Lockout.Scope.ACCOUNT, key=username, locked_at=now, until=now + _window()))
        if address:
            address_since = _count_from(Lockout.Scope.ADDRESS, address, now)
            failures = LoginAttempt.objects.filter(address=address, succeeded=False, at__gt=address_since).count()
            if failures >= settings.HUISHANG_LOCKOUT_ADDRESS_FAILURES:
                started.append(Lockout.objects.create(
                    scope=Lockout.Scope.ADDRESS, key=address, locked_at=now, until=now + _window()))
    for lockout in started:
        _record_lockout(lockout, request)
    return started


def _forget_old_attempts(username: str, address: str, now: datetime.datetime) -> None:
    old = now - max(ATTEMPT_RETENTION, _window())
    LoginAttempt.objects.filter(username=username, at__lt=old).delete()
    LoginAttempt.objects.filter(address=address, at__lt=old).delete()


def _count_from(scope: str, key: str, now: datetime.datetime) -> datetime.datetime:
    """Failures count from the start of the window, or from the last lockout if that is later."""
    since = now - _window()
    last = Lockout.objects.filter(scope=scope, key=key).aggregate(at=Max("locked_at"))["at"]
    return max(since, last) if last else since


def refuse_if_locked_now(lockouts: list[Lockout]) -> None:
    """Raise the refusal for the first lockout an attempt just started, so the person learns at once."""
    for lockout in lockouts:
        if lockout.scope == Lockout.Scope.ACCOUNT:
            raise AccountLocked(retry_after=_seconds_until(lockout.until))
        raise AddressLocked(retry_after=_seconds_until(lockout.until))


def check_token_rate(address: str) -> None:
    """At most HUISHANG_TOKEN_RATE_PER_MINUTE token requests a minute from one address; Throttled beyond."""
    limit = settings.HUISHANG_TOKEN_RATE_PER_MINUTE
    now = clock.now()
    recent = (LoginAttempt.objects.filter(address=address, channel=LoginAttempt.Channel.API, at__gt=now - RATE_WINDOW)
              .order_by("-at").values_list("at", flat=True)[:limit])
    recent = list(recent)
    if len(recent) >= limit:
        raise Throttled(retry_after=_seconds_until(recent[-1] + RATE_WINDOW))


def _record_lockout(lockout: Lockout, request) -> None:
    record_event("lockout", subject=f"{lockout.scope}:{lockout.key}", request=request,
                 detail={"scope": lockout.scope, "key": lockout.key, "until": lockout.until.isoformat()})

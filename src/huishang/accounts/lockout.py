"""Lockout after repeated failures, and the token request rate.

Three rules, each against one kind of attack, none of which lets a stranger lock an account's owner out:
- one account from one address (guessing a password): HUISHANG_LOCKOUT_FAILURES failures within
  HUISHANG_LOCKOUT_MINUTES lock that account *at that address* for HUISHANG_LOCKOUT_MINUTES; its owner
  elsewhere signs in as usual (等保's lockout, kept per source);
- one address for every account (a password spray): HUISHANG_LOCKOUT_ADDRESS_FAILURES failures lock the
  address;
- one account from many addresses (a distributed guess): past HUISHANG_LOCKOUT_FAILURES failures of the
  account, an address that never signed in to it waits a delay that doubles with each further failure (up to
  HUISHANG_LOCKOUT_MAX_DELAY_SECONDS) after the last one; addresses the account signed in from within
  HUISHANG_KNOWN_ADDRESS_DAYS do not wait.
Failures before a lockout, before the account's last success, and before an unlock no longer count. An
account with a second factor lifts its own lock with password and one-time code together (``services``).
"""

import datetime
import math

from django.conf import settings
from django.db import transaction
from django.db.models import Max

from huishang.accounts.errors import AccountLocked, AddressLocked, SignInDelayed, Throttled
from huishang.accounts.models import LoginAttempt, Lockout
from huishang.audit.log import record_event
from huishang.core import clock

RATE_WINDOW = datetime.timedelta(minutes=1)
# Failures only matter within the lockout window; the audit log keeps the lasting record of each one.
ATTEMPT_RETENTION = datetime.timedelta(days=1)


def client_address(request) -> str:
    """The client's address (behind a trusted reverse proxy, core.proxy has put the client's in REMOTE_ADDR)."""
    return (request.META.get("REMOTE_ADDR") or "")[:45]


def _window() -> datetime.timedelta:
    return datetime.timedelta(minutes=settings.HUISHANG_LOCKOUT_MINUTES)


def _known_for() -> datetime.timedelta:
    return datetime.timedelta(days=settings.HUISHANG_KNOWN_ADDRESS_DAYS)


def _active(**where):
    return Lockout.objects.filter(until__gt=clock.now(), lifted_at__isnull=True, **where).order_by("-until")


def account_lockout(username: str, address: str) -> Lockout | None:
    """The lock on ``username`` at ``address``, if one is running."""
    return _active(scope=Lockout.Scope.ACCOUNT, key=username, address=address).first()


def _seconds_until(moment: datetime.datetime) -> int:
    return max(1, math.ceil((moment - clock.now()).total_seconds()))


def check_allowed(username: str, address: str) -> None:
    """Raise AccountLocked, AddressLocked or SignInDelayed while this try must wait; the password is not
    even looked at."""
    account = account_lockout(username, address)
    if account is not None:
        raise AccountLocked(retry_after=_seconds_until(account.until))
    check_address(address)
    wait_until = _delayed_until(username, address)
    if wait_until is not None:
        raise SignInDelayed(retry_after=_seconds_until(wait_until))


def check_address(address: str) -> None:
    """Raise AddressLocked while the address is locked for every account."""
    place = _active(scope=Lockout.Scope.ADDRESS, key=address).first() if address else None
    if place is not None:
        raise AddressLocked(retry_after=_seconds_until(place.until))


def is_known_address(username: str, address: str) -> bool:
    """Whether the account signed in from this address within HUISHANG_KNOWN_ADDRESS_DAYS."""
    since = clock.now() - _known_for()
    return bool(address) and LoginAttempt.objects.filter(
        username=username, address=address, succeeded=True, at__gt=since).exists()


def _account_failures(username: str, now: datetime.datetime):
    """The account's failures from every address that still count: within the window, after its last
    success and after its last unlock."""
    since = now - _window()
    last_success = LoginAttempt.objects.filter(username=username, succeeded=True).aggregate(at=Max("at"))["at"]
    last_unlock = Lockout.objects.filter(scope=Lockout.Scope.ACCOUNT, key=username).aggregate(at=Max("lifted_at"))["at"]
    since = max(moment for moment in (since, last_success, last_unlock) if moment is not None)
    return LoginAttempt.objects.filter(username=username, succeeded=False, at__gt=since)


def delay_after(failures: int) -> int:
    """Seconds to wait after the last failure: none up to the threshold, then 2, 4, 8 … up to the cap."""
    beyond = failures - settings.HUISHANG_LOCKOUT_FAILURES
    if beyond <= 0:
        return 0
    return min(2 ** min(beyond, 30), settings.HUISHANG_LOCKOUT_MAX_DELAY_SECONDS)


def _delayed_until(username: str, address: str) -> datetime.datetime | None:
    now = clock.now()
    failures = _account_failures(username, now)
    count = failures.count()
    if count < settings.HUISHANG_LOCKOUT_FAILURES or is_known_address(username, address):
        return None
    last = failures.aggregate(at=Max("at"))["at"]
    until = last + datetime.timedelta(seconds=delay_after(count))
    return until if until > now else None


def record_attempt(*, username: str, address: str, succeeded: bool, channel: str, request=None) -> list[Lockout]:
    """Remember one attempt; a failure that reaches a threshold locks the account at this address, or the
    address itself. Returns the lockouts this attempt started (none, one or both)."""
    now = clock.now()
    with transaction.atomic():
        LoginAttempt.objects.create(username=username, address=address, at=now, succeeded=succeeded, channel=channel)
        _forget_old_attempts(username, address, now)
        if succeeded:
            return []
        started = []
        pair = {"scope": Lockout.Scope.ACCOUNT, "key": username, "address": address}
        failures = LoginAttempt.objects.filter(
            username=username, address=address, succeeded=False, at__gt=_count_from(now, **pair))
        last_success = LoginAttempt.objects.filter(
            username=username, address=address, succeeded=True).aggregate(at=Max("at"))["at"]
        if last_success is not None:
            failures = failures.filter(at__gt=last_success)
        if failures.count() >= settings.HUISHANG_LOCKOUT_FAILURES:
            started.append(Lockout.objects.create(locked_at=now, until=now + _window(), **pair))
        if address:
            place = {"scope": Lockout.Scope.ADDRESS, "key": address}
            failures = LoginAttempt.objects.filter(address=address, succeeded=False, at__gt=_count_from(now, **place))
            if failures.count() >= settings.HUISHANG_LOCKOUT_ADDRESS_FAILURES:
                started.append(Lockout.objects.create(locked_at=now, until=now + _window(), **place))
    for lockout in started:
        _record_lockout(lockout, request)
    return started


def _forget_old_attempts(username: str, address: str, now: datetime.datetime) -> None:
    """Failures are dropped after a day; successes are kept while they make their address a known one."""
    failed_before, succeeded_before = now - max(ATTEMPT_RETENTION, _window()), now - _known_for()
    for attempts in (LoginAttempt.objects.filter(username=username), LoginAttempt.objects.filter(address=address)):
        attempts.filter(succeeded=False, at__lt=failed_before).delete()
        attempts.filter(succeeded=True, at__lt=succeeded_before).delete()


def _count_from(now: datetime.datetime, **lockout) -> datetime.datetime:
    """Failures count from the start of the window, or from the last such lockout if that is later."""
    since = now - _window()
    last = Lockout.objects.filter(**lockout).aggregate(at=Max("locked_at"))["at"]
    return max(since, last) if last else since


def lift_account_lockouts(username: str, *, address: str | None = None, by=None) -> int:
    """Lift the running locks of ``username`` (at ``address`` only, when given); returns how many."""
    now = clock.now()
    running = Lockout.objects.filter(scope=Lockout.Scope.ACCOUNT, key=username, until__gt=now, lifted_at__isnull=True)
    if address is not None:
        running = running.filter(address=address)
    return running.update(lifted_at=now, lifted_by=by)


def check_unlock_rate(username: str, address: str) -> None:
    """The unlock step is a way in too: at most HUISHANG_LOCKOUT_FAILURES wrong tries per account and
    address within the window, then AccountLocked until the oldest of them leaves the window."""
    since = clock.now() - _window()
    failed = list(LoginAttempt.objects.filter(
        username=username, address=address, channel=LoginAttempt.Channel.UNLOCK, succeeded=False, at__gt=since,
    ).order_by("-at").values_list("at", flat=True)[:settings.HUISHANG_LOCKOUT_FAILURES])
    if len(failed) >= settings.HUISHANG_LOCKOUT_FAILURES:
        raise AccountLocked(retry_after=_seconds_until(failed[-1] + _window()))


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
                 detail={"scope": lockout.scope, "key": lockout.key, "address": lockout.address,
                         "until": lockout.until.isoformat()})

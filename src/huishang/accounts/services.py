"""Every change sign-in makes: attempts, lockouts lifted, passwords changed, devices enrolled or reset.

The web login, the password and enrolment pages, the token endpoint and the CLI all call these.
"""

from django.contrib.auth import authenticate, password_validation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from huishang.accounts import lockout, second_factor
from huishang.accounts.errors import InvalidCredentials, SecondFactorRequired
from huishang.accounts.models import LoginAttempt
from huishang.audit.log import record_event
from huishang.core.errors import NotAllowed, ValidationError
from huishang.directory.models import Role


def check_password_step(request, *, username: str, password: str, channel: str):
    """The active user named by ``username`` and ``password``, unless the account or the address is locked.

    Every try is recorded; the failure that reaches a threshold is refused as a lockout at once.
    """
    address = lockout.client_address(request)
    lockout.check_allowed(username, address)
    user = authenticate(request, username=username, password=password)
    if user is None:
        started = lockout.record_attempt(
            username=username, address=address, succeeded=False, channel=channel, request=request)
        record_event("login_failed", subject=username, request=request, detail={"channel": channel, "step": "password"})
        lockout.refuse_if_locked_now(started)
        raise InvalidCredentials(_("Wrong username or password."))
    # With a device, the code step records the attempt: a right password alone must not reset
    # the failure count, or guessing codes would never lock the account.
    if second_factor.confirmed_device(user) is None:
        lockout.record_attempt(username=username, address=address, succeeded=True, channel=channel, request=request)
    return user


def check_code_step(request, *, user, code: str, channel: str):
    """The user's confirmed device, if ``code`` is its current one-time code; a wrong code counts as a failure."""
    address = lockout.client_address(request)
    lockout.check_allowed(user.get_username(), address)
    device = second_factor.confirmed_device(user)
    matches = device is not None and second_factor.code_matches(device, code)
    started = lockout.record_attempt(
        username=user.get_username(), address=address, succeeded=matches, channel=channel, request=request)
    if not matches:
        record_event("login_failed", actor=user, subject=user.get_username(), request=request,
                     detail={"channel": channel, "step": "otp"})
        lockout.refuse_if_locked_now(started)
        raise InvalidCredentials(_("The one-time code is wrong or was already used."), field="otp")
    return device


def refuse_missing_code(request, *, user, channel: str):
    """An account with a device sent no code: a failed attempt like a wrong code."""
    lockout.record_attempt(username=user.get_username(), address=lockout.client_address(request), succeeded=False,
                           channel=channel, request=request)
    record_event("login_failed", actor=user, subject=user.get_username(), request=request,
                 detail={"channel": channel, "step": "otp_missing"})
    raise SecondFactorRequired(_("This account signs in with a one-time code: send it as otp."), field="otp")


def unlock_with_second_factor(request, *, username: str, password: str, code: str):
    """The account's owner lifts its lock at their address (and skips any wait) with the password and the
    one-time code together; returns the user and the device, for signing in at once.

    A stranger who knows only the username cannot do this, and wrong tries are limited like sign-ins.
    """
    address = lockout.client_address(request)
    lockout.check_address(address)
    lockout.check_unlock_rate(username, address)
    user = authenticate(request, username=username, password=password)
    device = second_factor.confirmed_device(user) if user is not None else None
    if device is None or not second_factor.code_matches(device, code):
        lockout.record_attempt(username=username, address=address, succeeded=False,
                               channel=LoginAttempt.Channel.UNLOCK, request=request)
        record_event("login_failed", subject=username, request=request, detail={"channel": "web", "step": "unlock"})
        raise InvalidCredentials(_("Wrong username, password or one-time code."))
    with transaction.atomic():
        lifted = lockout.lift_account_lockouts(username, address=address, by=user)
        lockout.record_attempt(username=username, address=address, succeeded=True,
                               channel=LoginAttempt.Channel.UNLOCK, request=request)
        record_event("unlock", actor=user, subject=username, request=request,
                     detail={"lifted": lifted, "with": "second_factor"})
    return user, device


def record_login(request, *, user, channel: str, second_factor_used: bool) -> None:
    record_event("login", actor=user, subject=user.get_username(), request=request,
                 detail={"channel": channel, "otp": second_factor_used})


def change_password(request, *, user, old_password: str, new_password: str) -> None:
    """The old password must be right and the new one must pass every rule in AUTH_PASSWORD_VALIDATORS."""
    if not user.check_password(old_password):
        raise ValidationError(_("The current password is wrong."), field="old_password")
    try:
        password_validation.validate_password(new_password, user)
    except DjangoValidationError as error:
        raise ValidationError(" ".join(error.messages), field="new_password1") from error
    with transaction.atomic():
        user.set_password(new_password)
        user.save()
        record_event("password_change", actor=user, subject=user.get_username(), request=request)


def enrol_device(request, *, user, code: str) -> None:
    """The device being enrolled becomes the account's device once the person types its current code."""
    device = second_factor.pending_device(user)
    if not second_factor.code_matches(device, code):
        raise ValidationError(_("The code does not match; check the time on your phone and type the newest code."),
                              field="otp")
    with transaction.atomic():
        second_factor.confirm(device)
        record_event("otp_enrolled", actor=user, subject=user.get_username(), request=request)


def _check_administrator(by) -> None:
    # by=None is the operator at the server's console (huishang CLI), who holds the database anyway.
    if by is not None and not (by.is_superuser or by.role == Role.ADMIN):
        raise NotAllowed(_("Only an administrator may do this."))


def unlock(*, username: str, by=None, request=None) -> int:
    """An administrator lifts the lockouts of an account at every address now; returns how many were lifted."""
    _check_administrator(by)
    with transaction.atomic():
        lifted = lockout.lift_account_lockouts(username, by=by)
        record_event("unlock", actor=by, subject=username, request=request, detail={"lifted": lifted})
    return lifted


def reset_second_factor(*, user, by=None, request=None) -> None:
    """An administrator removes a user's TOTP device (lost phone); the user enrols again at next sign-in."""
    _check_administrator(by)
    with transaction.atomic():
        removed = second_factor.remove_devices(user)
        record_event("otp_reset", actor=by, subject=user.get_username(), request=request,
                     detail={"devices_removed": removed})

"""Two-factor sign-in with TOTP (django-otp's TOTP device): who needs it, enrolment, checking a code."""

import base64
import hashlib

from django.conf import settings
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from huishang.directory.models import Role

DEVICE_NAME = "default"


def required_for(user) -> bool:
    """Roles in HUISHANG_REQUIRE_2FA_ROLES must sign in with a code; a superuser counts as an administrator."""
    role = Role.ADMIN if user.is_superuser else user.role
    return role in settings.HUISHANG_REQUIRE_2FA_ROLES


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_device(user) -> TOTPDevice:
    """The device being enrolled: the same secret on every visit of the enrolment page until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def code_matches(device: TOTPDevice, code: str) -> bool:
    """The code is the device's current one (one step either way) and was not used before."""
    code = (code or "").strip().replace(" ", "")
    return code.isdigit() and len(code) == device.digits and device.verify_token(code)


def confirm(device: TOTPDevice) -> None:
    """The device becomes the account's one device; any earlier one stops working."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])


def remove_devices(user) -> int:
    deleted, _ = TOTPDevice.objects.filter(user=user).delete()
    return deleted


def demo_key(password: str) -> str:
    """The demo's TOTP key (hex), derived from the demo password so that a rebuilt demo keeps the same key."""
    return hashlib.sha1(f"huishang-demo-totp:{password}".encode()).hexdigest()


def enrol_with_key(user, key: str) -> TOTPDevice:
    """A confirmed device with a key chosen by the caller (the demo); real accounts enrol on the web page."""
    return TOTPDevice.objects.create(user=user, name=DEVICE_NAME, key=key, confirmed=True)


def key_as_base32(key: str) -> str:
    """The key as authenticator apps ask for it when typed by hand."""
    return base64.b32encode(bytes.fromhex(key)).decode()

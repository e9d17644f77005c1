"""Confirming a phone number with a code sent by text message (短信验证码), for the people who support
opinions on a topic without an account.

Neither the number nor the code is stored: a pending code is kept as keyed hashes (codes.py). A code is
valid for ``VALID_MINUTES``, allows ``TRIES`` wrong answers, and confirms once. Sending counts against the
limits per phone and per address (limits.py). The message goes straight to the gateway of
notifications/sms.py, in the provider's template ``suggestions.text_code`` (mapped in HUISHANG_SMS_TEMPLATES
like every other event); the person is waiting for it, so it is not queued.
"""

import datetime
import secrets

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import ValidationError
from huishang.notifications import sms
from huishang.suggestions import codes, limits
from huishang.suggestions.models import PhoneCode

VALID_MINUTES = 5
TRIES = 5
DIGITS = 6
EVENT = "suggestions.text_code"


def _checked_phone(phone) -> str:
    digits = codes.phone_digits(phone)
    if not digits:
        raise ValidationError(_("Give a mobile number of 11 digits."), field="phone")
    return digits


def _template() -> sms.SmsTemplate:
    return sms.templates().get(EVENT) or sms.SmsTemplate(code=EVENT, params=("code", "minutes"))


def send_code(*, phone, purpose: str, sender_address: str = "") -> None:
    """Send a fresh code to a mobile number; an earlier code for the same purpose stops counting."""
    digits = _checked_phone(phone)
    key = codes.phone_key(digits)
    with transaction.atomic():
        limits.count_attempt("address", sender_address)
        limits.count_attempt("text_code", key)
    code = str(secrets.randbelow(10**DIGITS)).zfill(DIGITS)
    now = clock.now()
    with transaction.atomic():
        # Housekeeping as it goes: codes a day past their expiry are of no use to anyone.
        PhoneCode.objects.filter(expires_at__lt=now - datetime.timedelta(days=1)).delete()
        PhoneCode.objects.filter(phone_key=key, purpose=purpose, used_at__isnull=True).update(used_at=now)
        PhoneCode.objects.create(
            phone_key=key, purpose=purpose, code_hash=codes.text_code_hash(key, code), sent_at=now,
            expires_at=now + datetime.timedelta(minutes=VALID_MINUTES),
        )
    template = _template()
    context = {"code": code, "minutes": VALID_MINUTES}
    text = _("Your confirmation code is %(code)s, valid for %(minutes)s minutes.") % context
    try:
        sms.backend().send(digits, code=template.code, params=template.values(context), text=text)
    except (sms.SmsFailed, OSError):
        raise ValidationError(_("The text message could not be sent; please try again later."), field="phone")


def confirm(*, phone, code, purpose: str) -> str:
    """The phone's digits once ``code`` is the latest unused, unexpired code sent to it for ``purpose``;
    a wrong or expired code is refused naming ``code``, and counts as a try (written before the refusal, so
    call it outside a transaction that the refusal rolls back)."""
    digits = _checked_phone(phone)
    key = codes.phone_key(digits)
    pending = PhoneCode.objects.filter(
        phone_key=key, purpose=purpose, used_at__isnull=True
    ).order_by("-sent_at", "-id").first()
    if pending is None:
        raise ValidationError(_("Ask for a confirmation code first."), field="code")
    now = clock.now()
    if pending.expires_at <= now:
        raise ValidationError(_("The confirmation code has expired; ask for a new one."), field="code")
    if pending.tries >= TRIES:
        raise ValidationError(_("Too many wrong codes; ask for a new one."), field="code")
    if not codes.hmac.compare_digest(pending.code_hash, codes.text_code_hash(key, code)):
        PhoneCode.objects.filter(pk=pending.pk).update(tries=F("tries") + 1)
        raise ValidationError(_("The confirmation code is wrong."), field="code")
    # Guarded: of two requests with the same code, one confirms.
    if not PhoneCode.objects.filter(pk=pending.pk, used_at__isnull=True).update(used_at=now):
        raise ValidationError(_("Ask for a confirmation code first."), field="code")
    return digits

"""Follow-up codes (查询码): derived from the tracking number, a per-suggestion salt and the secret key."""

import hashlib
import hmac
import secrets

from django.conf import settings

CODE_LENGTH = 8


def new_salt() -> str:
    return secrets.token_hex(16)


def follow_up_code(number: str, salt: str) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{number}:{salt}".encode(), hashlib.sha256).digest()
    return str(int.from_bytes(digest[:8], "big") % 10**CODE_LENGTH).zfill(CODE_LENGTH)


def code_matches(number: str, salt: str, given: str) -> bool:
    return hmac.compare_digest(follow_up_code(number, salt), (given or "").strip())


def _keyed(purpose: str, value: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()


def phone_digits(phone: str) -> str:
    """A mainland mobile number as its 11 digits (spaces, dashes and +86 dropped); "" when it is not one."""
    digits = "".join(char for char in (phone or "") if char.isdigit())
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits if len(digits) == 11 and digits.startswith("1") else ""


def phone_key(phone: str) -> str:
    """The keyed hash a phone number is kept as while a text-message code is pending: never the number."""
    return _keyed("phone", phone_digits(phone))


def supporter_key(phone: str, topic_id: int) -> str:
    """Who supported on a topic, as a keyed hash of the phone number and the topic: the same person is the
    same key on one topic, and two topics' supporters cannot be matched with each other."""
    return _keyed(f"supporter:{topic_id}", phone_digits(phone))


def text_code_hash(phone_key_: str, code: str) -> str:
    return _keyed(f"text-code:{phone_key_}", (code or "").strip())

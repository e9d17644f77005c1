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

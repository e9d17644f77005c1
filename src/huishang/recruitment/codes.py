"""Tracking numbers and follow-up codes that an applicant without an account keeps."""

import hashlib
import hmac
import secrets

# No 0/O or 1/I/L, which people misread when they copy a code.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_follow_up_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(8))


def hash_code(code: str, salt: str | None = None) -> str:
    """A salted digest; the code is random, so a fast hash does not make it guessable."""
    salt = salt or secrets.token_hex(8)
    digest = hashlib.sha256(f"{salt}${code.strip().upper()}".encode()).hexdigest()
    return f"{salt}${digest}"


def code_matches(code: str, stored: str) -> bool:
    salt, _, _digest = stored.partition("$")
    return hmac.compare_digest(hash_code(code or "", salt), stored)


def tracking_number(round_, sequence: int) -> str:
    return f"ZP{round_.announced_on:%Y}{round_.pk:03d}{sequence:04d}"

"""AES-256-GCM for personal data at rest, and the keyed hash that finds a value without decrypting.

A stored value reads ``<key id>:<base64 of nonce + ciphertext + tag>``; the key id lets a row written
under an older key be read after rotation. The lookup hash is HMAC-SHA256 under a key derived from
the current data key, so it cannot be computed, or a phone number guessed from it, without the key.
"""

import base64
import functools
import hashlib
import hmac
import re
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from huishang.vault.keys import key_ring

NONCE_BYTES = 12
STORED = re.compile(r"^(v\d+):([A-Za-z0-9+/=]+)$")
PHONE_LIKE = re.compile(r"^[\d\s()+\-]+$")


class CannotDecrypt(Exception):
    """A stored value that the configured keys cannot open: another key, or the bytes were changed."""


def is_encrypted(stored: str) -> bool:
    return bool(STORED.match(stored or ""))


def encrypt(text: str) -> str:
    ring = key_ring()
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = AESGCM(ring.current).encrypt(nonce, text.encode(), None)
    return f"{ring.current_id}:{base64.b64encode(nonce + sealed).decode()}"


def decrypt(stored: str) -> str:
    """The plain text of a stored value; a value written before encryption was switched on passes as it is."""
    match = STORED.match(stored)
    if match is None:
        return stored
    key_id, encoded = match.groups()
    key = key_ring().keys.get(key_id)
    if key is None:
        raise CannotDecrypt(f"no data key with id {key_id!r} is configured")
    raw = base64.b64decode(encoded)
    try:
        return AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], None).decode()
    except InvalidTag as error:
        raise CannotDecrypt(f"a value under key {key_id!r} does not open: wrong key or changed bytes") from error


def normalise(value: str) -> str:
    """The form two spellings of one value share: no spaces; a phone number as its digits; ID numbers'
    check letter upper-case (x and X are the same ID)."""
    value = re.sub(r"\s", "", value or "")
    if PHONE_LIKE.match(value):
        return re.sub(r"\D", "", value)
    return value.upper()


@functools.cache
def _derived_hash_key(data_key: bytes) -> bytes:
    derivation = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"huishang lookup hash")
    return derivation.derive(data_key)


def _hash_key() -> bytes:
    return _derived_hash_key(key_ring().current)


def lookup_hash(value: str) -> str:
    """What to filter a ``*_hash`` column by to find rows whose field holds ``value`` (empty stays empty)."""
    normalised = normalise(value)
    if not normalised:
        return ""
    return hmac.new(_hash_key(), normalised.encode(), hashlib.sha256).hexdigest()


def key_check(key_id: str | None = None) -> str:
    """A fingerprint of a configured key (the current one by default) that reveals nothing of it, or ""
    when no key has that id: a backup carries it so that a restore under a key ring that cannot read the
    backup is refused before anything is overwritten."""
    ring = key_ring()
    key = ring.keys.get(key_id or ring.current_id)
    if key is None:
        return ""
    return hmac.new(_derived_hash_key(key), b"huishang key check", hashlib.sha256).hexdigest()[:16]

"""The data key: from HUISHANG_DATA_KEY, or generated once into the data folder.

HUISHANG_DATA_KEY holds one base64 key of 32 bytes (its id is ``v1``), or, while keys are being
rotated, several as ``v2:BASE64,v1:BASE64``: the first encrypts and keys the lookup hash, every one
decrypts what was written under its id. To rotate: put ``v2:NEW,v1:OLD``, run ``huishang rekey``, then
keep ``v2:NEW`` (with its id: a key without one is ``v1``).
"""

import base64
import functools
import os
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

VARIABLE = "HUISHANG_DATA_KEY"
KEY_FILE_NAME = "data_key"
KEY_BYTES = 32


@dataclass(frozen=True)
class KeyRing:
    current_id: str
    keys: dict[str, bytes]

    @property
    def current(self) -> bytes:
        return self.keys[self.current_id]


def _generated_key() -> str:
    """The key kept in the data folder, made on first use.

    Two workers starting together must not each make their own key, so the file appears in one step
    (a hard link of a finished file), readable by the owner only.
    """
    key_file = settings.DATA_DIR / KEY_FILE_NAME
    if not key_file.exists():
        draft = key_file.with_name(f".{KEY_FILE_NAME}.{os.getpid()}.{secrets.token_hex(4)}")
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode())
        try:
            os.link(draft, key_file)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return key_file.read_text().strip()


def parse(configured: str) -> KeyRing:
    """``BASE64`` or ``v2:BASE64,v1:BASE64`` as a key ring; a malformed key is refused by name."""
    keys: dict[str, bytes] = {}
    for position, item in enumerate(part.strip() for part in configured.split(",") if part.strip()):
        key_id, _sep, encoded = item.rpartition(":")
        key_id = key_id or f"v{position + 1}"
        try:
            key = base64.b64decode(encoded, validate=True)
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES or not key_id.isalnum():
            raise ImproperlyConfigured(f"{VARIABLE}: key {key_id!r} must be base64 of {KEY_BYTES} bytes")
        keys[key_id] = key
    if not keys:
        raise ImproperlyConfigured(f"{VARIABLE} is empty")
    return KeyRing(current_id=next(iter(keys)), keys=keys)


@functools.cache
def key_ring() -> KeyRing:
    return parse(os.environ.get(VARIABLE, "").strip() or _generated_key())

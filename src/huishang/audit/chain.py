"""How an entry's hash is computed: SHA-256 over a canonical serialization plus the previous hash.

The serialization must give the same bytes for the entry as written and as read back from either
database, so times are UTC with microseconds and JSON keys are sorted.
"""

import datetime
import hashlib
import json

GENESIS_HASH = ""


def canonical(entry) -> bytes:
    at = entry.at.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    fields = {
        "seq": entry.seq,
        "at": at,
        "kind": entry.kind,
        "actor_id": entry.actor_id,
        "actor_username": entry.actor_username,
        "address": entry.address,
        "user_agent": entry.user_agent,
        "subject": entry.subject,
        "detail": entry.detail,
        "prev_hash": entry.prev_hash,
    }
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def entry_hash(entry) -> str:
    return hashlib.sha256(canonical(entry)).hexdigest()

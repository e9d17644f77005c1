"""Issuing, resolving and revoking API tokens."""

import datetime
import hashlib
import secrets

from django.conf import settings

from huishang.api.models import ApiToken
from huishang.core import clock
from huishang.core.prepared import PreparedRead

# Writing last_used_at on every request would turn each read into a write; once a minute is
# enough to tell which tokens are still in use.
LAST_USED_RESOLUTION = datetime.timedelta(minutes=1)


def hash_of(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def issue_token(user) -> tuple[str, ApiToken]:
    """A new random token for ``user``, valid for HUISHANG_API_TOKEN_HOURS; the key is shown once."""
    key = secrets.token_urlsafe(32)
    now = clock.now()
    token = ApiToken.objects.create(
        user=user, key_hash=hash_of(key), created_at=now,
        expires_at=now + datetime.timedelta(hours=settings.HUISHANG_API_TOKEN_HOURS),
    )
    return key, token


# Every API request reads its token: compiled once. The user's region scope comes along, as every
# visibility check of a regional role reads it.
_token_by_hash = PreparedRead(
    ApiToken, lambda key_hash: ApiToken.objects.select_related("user", "user__region").filter(key_hash=key_hash), str
)


def token_for_key(key: str) -> ApiToken | None:
    """The live token behind ``key``: not revoked, not expired, its user still active; else None."""
    if not key:
        return None
    now = clock.now()
    token = _token_by_hash.one(hash_of(key))
    if token is None or token.revoked_at is not None or token.expires_at <= now or not token.user.is_active:
        return None
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def revoke_token(token: ApiToken) -> None:
    """The token stops working at once; the row stays as a record of its use."""
    ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=clock.now())

"""Idempotent intake: a create retried with the same ``Idempotency-Key`` header creates one record.

The first successful answer to a key is stored with a fingerprint of the request. Within
HUISHANG_IDEMPOTENCY_HOURS the same caller sending the same key and the same request gets that
answer again, byte for byte, and nothing new is created; the same key with a different request is
refused with 422 naming the header. Failed answers are not stored, so a client may fix its request
and retry with the same key.

The key row is inserted in the same transaction as the record the view creates, under a unique
constraint: of two requests racing with one key, the second waits for the first to commit, fails
to insert its key and replays the first answer.
"""

import datetime
import functools
import hashlib

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.utils.translation import gettext as _

from huishang.api.models import IdempotencyKey
from huishang.core import clock

HEADER = "Idempotency-Key"
REPLAY_HEADER = "Idempotent-Replayed"
KEY_MAX = IdempotencyKey._meta.get_field("key").max_length


class _NotKept(Exception):
    """Carries a failed answer out of the transaction so that its key is rolled back with it."""

    def __init__(self, response):
        self.response = response


def fingerprint_of(request) -> str:
    digest = hashlib.sha256()
    for part in (request.method, request.get_full_path(), request.content_type or ""):
        digest.update(part.encode())
        digest.update(b"\0")
    digest.update(request.body)
    return digest.hexdigest()


def _replay(kept: IdempotencyKey) -> HttpResponse:
    response = HttpResponse(kept.body, status=kept.status, content_type=kept.content_type)
    response[REPLAY_HEADER] = "true"
    return response


def idempotent(*, caller_of, refuse):
    """Make a Django view honour Idempotency-Key on POST.

    ``caller_of(request)`` names whose keys these are (None: the request is not one that can be
    kept, e.g. unauthenticated; the view answers it as usual). ``refuse(request, message)`` answers
    a bad key in the view's own error format.
    """

    def decorate(view):
        @functools.wraps(view)
        def keeping_answers(request, *args, **kwargs):
            key = request.headers.get(HEADER)
            if request.method != "POST" or key is None:
                return view(request, *args, **kwargs)
            if not key.strip() or len(key) > KEY_MAX:
                return refuse(request, _("Idempotency-Key must be 1 to %(max)s characters.") % {"max": KEY_MAX})
            # Read the raw body before ``caller_of`` may parse a form from the stream.
            fingerprint = fingerprint_of(request)
            caller = caller_of(request)
            if caller is None:
                return view(request, *args, **kwargs)
            return _answer_once(request, view, args, kwargs, caller=caller, key=key, fingerprint=fingerprint,
                                refuse=refuse)

        return keeping_answers

    return decorate


def _answer_once(request, view, args, kwargs, *, caller, key, fingerprint, refuse):
    now = clock.now()
    keeping = datetime.timedelta(hours=settings.HUISHANG_IDEMPOTENCY_HOURS)
    try:
        with transaction.atomic():
            IdempotencyKey.objects.filter(caller=caller, key=key, created_at__lt=now - keeping).delete()
            try:
                with transaction.atomic():
                    kept = IdempotencyKey.objects.create(
                        caller=caller, key=key, fingerprint=fingerprint, created_at=now, status=0,
                        content_type="", body="",
                    )
            except IntegrityError:
                kept = None
            if kept is not None:
                response = view(request, *args, **kwargs)
                if not 200 <= response.status_code < 300 or getattr(response, "streaming", False):
                    raise _NotKept(response)
                kept.status = response.status_code
                kept.content_type = response.get("Content-Type", "application/json")
                kept.body = response.content.decode(response.charset or "utf-8")
                kept.save(update_fields=["status", "content_type", "body"])
                return response
    except _NotKept as failed:
        return failed.response
    earlier = IdempotencyKey.objects.get(caller=caller, key=key)
    if earlier.fingerprint != fingerprint:
        return refuse(request, _("This Idempotency-Key was already used with a different request."))
    return _replay(earlier)

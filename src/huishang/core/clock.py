"""The one source of "now" for services.

Services ask this module for the time so that the demo can replay a history that happened in
2023 and tests can fix the date, without any service growing a "when" parameter.
"""

import contextlib
import datetime
import threading

from django.utils import timezone

_local = threading.local()


def now() -> datetime.datetime:
    return getattr(_local, "frozen", None) or timezone.now()


def today() -> datetime.date:
    return timezone.localdate(now())


@contextlib.contextmanager
def frozen_at(moment: datetime.datetime):
    """Within the block, ``now()`` answers ``moment`` (aware) in this thread."""
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    previous = getattr(_local, "frozen", None)
    _local.frozen = moment
    try:
        yield moment
    finally:
        _local.frozen = previous

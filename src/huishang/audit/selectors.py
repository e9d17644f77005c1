"""Reading the log: the filtered, newest-first list the auditor pages, the API and exports share."""

import datetime

from django.db.models import QuerySet
from django.utils import timezone

from huishang.audit.models import AuditEntry


def entries(*, kind: str = "", actor: str = "", start: datetime.date | None = None,
            end: datetime.date | None = None) -> QuerySet[AuditEntry]:
    """Entries of ``kind`` by the account named ``actor``, from ``start`` to ``end`` inclusive (local dates)."""
    rows = AuditEntry.objects.order_by("-seq")
    if kind:
        rows = rows.filter(kind=kind)
    if actor:
        rows = rows.filter(actor_username=actor)
    if start:
        rows = rows.filter(at__gte=_start_of(start))
    if end:
        rows = rows.filter(at__lt=_start_of(end + datetime.timedelta(days=1)))
    return rows


def kinds() -> list[str]:
    return list(AuditEntry.objects.order_by("kind").values_list("kind", flat=True).distinct())


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))

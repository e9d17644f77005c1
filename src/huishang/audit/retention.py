"""How long entries are kept, and pruning the older ones without breaking the chain."""

import dataclasses
import datetime

from django.conf import settings
from django.db import connection, transaction

from huishang.audit import triggers
from huishang.audit.integrity import CHECKPOINT_KIND
from huishang.audit.log import record_event
from huishang.audit.models import AuditEntry
from huishang.core import clock

MINIMUM_RETENTION_DAYS = 180


def retention_days() -> int:
    """HUISHANG_AUDIT_RETENTION_DAYS, but never fewer than the 180 days 等保 level 3 asks for."""
    configured = int(getattr(settings, "HUISHANG_AUDIT_RETENTION_DAYS", MINIMUM_RETENTION_DAYS))
    return max(MINIMUM_RETENTION_DAYS, configured)


@dataclasses.dataclass(frozen=True)
class PruneResult:
    removed: int
    cutoff: datetime.datetime
    checkpoint: AuditEntry | None = None


def prune(*, by=None) -> PruneResult:
    """Remove the entries older than the retention period, oldest first, and write a checkpoint entry.

    Only an unbroken run from the start of the log goes, so an entry older than the cutoff that
    follows a younger one (clock set back) stays. The checkpoint carries the last removed hash so
    that ``verify`` can still tie the first remaining entry to it.
    """
    cutoff = clock.now() - datetime.timedelta(days=retention_days())
    with transaction.atomic():
        first_kept = AuditEntry.objects.filter(at__gte=cutoff).order_by("seq").values_list("seq", flat=True).first()
        old = AuditEntry.objects.all() if first_kept is None else AuditEntry.objects.filter(seq__lt=first_kept)
        last_old = old.order_by("-seq").first()
        if last_old is None:
            return PruneResult(0, cutoff)
        removed = old.count()
        table = connection.ops.quote_name(AuditEntry._meta.db_table)
        with triggers.suspended(), connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {table} WHERE seq <= %s", [last_old.seq])
        checkpoint = record_event(CHECKPOINT_KIND, actor=by, subject="audit", detail={
            "pruned_through": last_old.seq, "last_pruned_hash": last_old.hash, "removed": removed,
            "older_than": cutoff.isoformat(), "retention_days": retention_days(),
        })
    return PruneResult(removed, cutoff, checkpoint)

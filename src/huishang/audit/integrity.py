"""Checking the chain: every entry matches its hash, follows the one before, and none is missing."""

import dataclasses

from django.utils.translation import gettext as _

from huishang.audit import chain
from huishang.audit.models import AuditEntry, ChainHead

CHECKPOINT_KIND = "audit_pruned"


@dataclasses.dataclass(frozen=True)
class ChainStatus:
    count: int
    broken_seq: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_seq is None


def verify_chain(*, chunk_size: int = 2000) -> ChainStatus:
    """The log is intact when each entry hashes to its ``hash`` and carries the ``hash`` of the entry before.

    The first entry follows the genesis value, or (after pruning) the last pruned hash that a
    checkpoint entry vouches for; the chain head names the last entry, so a removed tail shows too.
    """
    count = 0
    previous = None
    for entry in AuditEntry.objects.order_by("seq").iterator(chunk_size=chunk_size):
        if previous is None:
            expected_seq, expected_prev = entry.seq, _start_of_chain(entry)
            if expected_prev is None:
                return ChainStatus(count, entry.seq - 1, _("the entries before %(seq)d are missing and no "
                                                           "pruning checkpoint accounts for them") % {"seq": entry.seq})
        else:
            expected_seq, expected_prev = previous.seq + 1, previous.hash
        if entry.seq != expected_seq:
            return ChainStatus(count, expected_seq, _("entry %(seq)d is missing") % {"seq": expected_seq})
        if chain.entry_hash(entry) != entry.hash:
            return ChainStatus(count, entry.seq, _("entry %(seq)d was changed: it does not match its hash")
                               % {"seq": entry.seq})
        if entry.prev_hash != expected_prev:
            return ChainStatus(count, entry.seq, _("entry %(seq)d does not follow the entry before it")
                               % {"seq": entry.seq})
        count += 1
        previous = entry
    head = ChainHead.objects.filter(pk=1).first()
    last_seq = previous.seq if previous else 0
    if head is not None and head.seq > last_seq:
        return ChainStatus(count, last_seq + 1, _("entry %(seq)d is missing (the chain head records %(head)d entries)")
                           % {"seq": last_seq + 1, "head": head.seq})
    if head is not None and previous is not None and head.seq == last_seq and head.hash != previous.hash:
        return ChainStatus(count, last_seq, _("entry %(seq)d was replaced: the chain head records another hash")
                           % {"seq": last_seq})
    return ChainStatus(count)


def _start_of_chain(first: AuditEntry) -> str | None:
    """The hash the first remaining entry must carry, or None if nothing explains the gap before it."""
    if first.seq == 1:
        return chain.GENESIS_HASH
    checkpoint = (AuditEntry.objects.filter(kind=CHECKPOINT_KIND, detail__pruned_through=first.seq - 1)
                  .order_by("seq").first())
    return checkpoint.detail.get("last_pruned_hash") if checkpoint else None

"""Entries recorded together are appended in one go and make the same unbroken chain as one by one."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from huishang.audit.integrity import verify_chain
from huishang.audit.log import appended_together, record_event
from huishang.audit.models import AuditEntry
from huishang.cases import services
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_entries_recorded_together_follow_each_other_in_the_chain():
    before = record_event("login", subject="before")
    with transaction.atomic(), appended_together():
        inside = [record_event("login", subject=f"inside{i}") for i in range(3)]
        with appended_together():
            nested = record_event("login", subject="nested")
    after = record_event("login", subject="after")
    entries = [before, *inside, nested, after]
    assert [entry.seq for entry in entries] == list(range(before.seq, before.seq + 6))
    assert [entry.prev_hash for entry in entries[1:]] == [entry.hash for entry in entries[:-1]]
    stored = AuditEntry.objects.filter(seq__gte=before.seq).order_by("seq")
    assert [entry.subject for entry in stored] == ["before", "inside0", "inside1", "inside2", "nested", "after"]
    assert verify_chain().intact


def test_a_block_that_fails_appends_nothing():
    record_event("login", subject="kept")
    count = AuditEntry.objects.count()
    with pytest.raises(RuntimeError), transaction.atomic(), appended_together():
        record_event("login", subject="lost")
        raise RuntimeError("the change failed")
    assert AuditEntry.objects.count() == count
    assert verify_chain().intact


def test_submitting_a_matter_advances_the_chain_head_once_for_its_two_entries():
    category, office, enterprise = f.category(), f.office(), f.enterprise()
    with CaptureQueriesContext(connection) as captured:
        matter = services.submit_matter(by=office, title="用工短缺", description="缺口约40人", category=category,
                                        enterprise=enterprise)
    advances = [query for query in captured if query["sql"].startswith('UPDATE "audit_chainhead" SET seq')]
    assert len(advances) == 1
    subjects = list(AuditEntry.objects.order_by("-seq").values_list("subject", flat=True)[:2])
    assert subjects == [f"cases.Transition:{matter.trail_entries[0].pk}", f"cases.Matter:{matter.pk}"]
    assert verify_chain().intact

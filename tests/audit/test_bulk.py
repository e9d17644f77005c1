"""Rows written in bulk (the ledger import) send no signals; they are logged as one entry per batch and model."""

import datetime

import pytest

from huishang.audit.models import AuditEntry
from huishang.cases.bulk import NewMatter, bulk_intake
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_a_bulk_intake_logs_every_matter_key_as_done_by_the_importer():
    category, importer, company, unit = f.category(), f.office(), f.enterprise(), f.unit()
    rows = [NewMatter(title=f"问题{n}", description="描述", category=category, enterprise=company, lead_unit=unit,
                      due=datetime.date(2030, 1, 1)) for n in range(3)]
    made = bulk_intake(rows, by=importer, note="台账导入")
    entry = AuditEntry.objects.get(kind="create", detail__model="cases.Matter")
    assert sorted(entry.detail["pks"]) == sorted(matter.pk for matter in made)
    assert entry.actor_username == importer.username
    assignments = AuditEntry.objects.get(kind="create", detail__model="cases.Assignment")
    assert len(assignments.detail["pks"]) == 3

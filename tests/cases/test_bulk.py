"""Bulk intake leaves each matter exactly as submit, accept and assign one by one would."""

import datetime

import pytest
from django.db import transaction
from django.forms.models import model_to_dict

from huishang.cases import services
from huishang.cases.bulk import BATCH_SIZE, NewMatter, bulk_intake
from huishang.cases.models import Matter
from huishang.core import clock
from huishang.core.errors import NotAllowed
from huishang.insight.models import MatterDocument
from tests import factories as f
from tests.supervision.conftest import at

pytestmark = pytest.mark.django_db
MOMENT = at(datetime.date(2024, 3, 4))
DUE = datetime.date(2024, 4, 1)
NOTE = "台账导入"


def one_by_one(row: NewMatter, *, by) -> Matter:
    matter = services.submit_matter(by=by, title=row.title, description=row.description, category=row.category,
                                    enterprise=row.enterprise, source="office")
    if row.lead_unit is not None:
        services.accept(matter, by=by, note=NOTE)
        services.assign(matter, by=by, lead_unit=row.lead_unit, due=row.due)
    return Matter.objects.get(pk=matter.pk)


def state_of(matter: Matter) -> dict:
    """Everything stored about the matter except what must differ between two matters (id, number)."""
    fields = model_to_dict(matter, exclude=["id", "number"])
    fields["submitted_at"], fields["first_assigned_at"] = matter.submitted_at, matter.first_assigned_at
    trail = list(matter.trail.values_list("action", "from_state", "to_state", "actor", "at", "note"))
    assignments = [model_to_dict(a, exclude=["id", "matter"]) for a in matter.assignments.all()]
    for assignment, row in zip(assignments, matter.assignments.all()):
        assignment["assigned_at"] = row.assigned_at
    document = MatterDocument.objects.get(matter=matter)
    return {"matter": fields, "trail": trail, "assignments": assignments, "words": (document.body, document.parts)}


@pytest.mark.parametrize("assigned", [True, False], ids=["assigned", "submitted only"])
def test_a_bulk_matter_is_stored_field_by_field_as_the_services_store_it(assigned):
    office, enterprise, unit = f.office(), f.enterprise("内江测试机械有限公司"), f.unit("内江市经济和信息化局")
    row = NewMatter(title="厂区道路照明不足", description="厂区道路照明不足，夜班通勤存在安全隐患",
                    category=f.category(), enterprise=enterprise, lead_unit=unit if assigned else None,
                    due=DUE if assigned else None)
    with clock.frozen_at(MOMENT):
        by_services = one_by_one(row, by=office)
        with transaction.atomic():
            [in_bulk] = bulk_intake([row], by=office, note=NOTE)
    assert state_of(in_bulk) == state_of(by_services)
    assert int(in_bulk.number[-6:]) == int(by_services.number[-6:]) + 1


def test_bulk_intake_numbers_every_matter_once_across_batches_and_reports_each_batch():
    office, enterprise = f.office(), f.enterprise("内江测试机械有限公司")
    rows = [NewMatter(title=f"问题{n}", description=f"第{n}个问题", category=f.category(), enterprise=enterprise)
            for n in range(BATCH_SIZE + 3)]
    progress = []
    with clock.frozen_at(MOMENT), transaction.atomic():
        made = bulk_intake(rows, by=office, note=NOTE, on_progress=lambda done, total: progress.append(done))
    numbers = [matter.number for matter in made]
    assert numbers == [f"HS-2024-{n:06d}" for n in range(1, len(rows) + 1)]
    assert progress == [BATCH_SIZE, BATCH_SIZE + 3]
    assert MatterDocument.objects.count() == Matter.objects.count() == len(rows)


@pytest.mark.parametrize("role_maker", [f.unit_handler, f.supervisor, f.enterprise_contact, f.leader],
                         ids=["unit", "supervisor", "enterprise", "leader"])
def test_only_a_role_that_submits_accepts_and_assigns_may_take_in_assigned_matters_in_bulk(role_maker):
    row = NewMatter(title="甲", description="甲", category=f.category(), enterprise=f.enterprise("内江测试机械有限公司"),
                    lead_unit=f.unit("内江市经济和信息化局"), due=DUE)
    with pytest.raises(NotAllowed):
        bulk_intake([row], by=role_maker(), note=NOTE)
    assert not Matter.objects.exists()

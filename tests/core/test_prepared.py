"""A read compiled once answers what its QuerySet would, for any keys, with the related rows it selects;
an insert built once saves as ``save()`` does, signals included."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from huishang.audit.models import AuditEntry
from huishang.cases.models import Category, Matter, Transition
from huishang.core import clock
from huishang.core.prepared import PreparedRead, insert
from tests import factories as f

pytestmark = pytest.mark.django_db

by_id_and_state = PreparedRead(
    Matter, lambda pk, state: Matter.objects.select_related("region", "enterprise").filter(pk=pk, state=state),
    int, str,
)


def test_a_prepared_read_returns_the_rows_its_queryset_returns_for_each_key():
    first, second = f.matter(), f.matter()
    for matter in (first, second):
        [found] = by_id_and_state(matter.pk, matter.state)
        expected = Matter.objects.select_related("region", "enterprise").get(pk=matter.pk)
        assert (found.pk, found.number, found.submitted_at, found.state) == (
            expected.pk, expected.number, expected.submitted_at, expected.state)
        assert (found.region.code, found.enterprise.name) == (expected.region.code, expected.enterprise.name)


def test_a_prepared_read_finds_nothing_when_a_key_does_not_match():
    matter = f.matter()
    assert by_id_and_state(matter.pk, "closed") == []
    assert by_id_and_state(matter.pk + 1000, matter.state) == []


def test_related_rows_come_in_the_same_query():
    matter = f.matter()
    with CaptureQueriesContext(connection) as captured:
        [found] = by_id_and_state(matter.pk, matter.state)
        assert found.region.name and found.enterprise.name
    assert len(captured) == 1


def test_a_key_missing_from_the_query_is_refused():
    unused_key = PreparedRead(Matter, lambda pk: Matter.objects.all(), int)
    with pytest.raises(ValueError):
        unused_key(1)


def test_an_insert_sets_the_key_stores_every_field_and_is_heard_by_the_audit_log():
    matter = f.matter()
    entry = Transition(matter=matter, action="accept", from_state="submitted", to_state="accepted",
                       actor=matter.submitted_by, at=clock.now(), note="受理")
    insert(entry)
    stored = Transition.objects.get(pk=entry.pk)
    assert (stored.matter_id, stored.action, stored.actor_id, stored.at, stored.note) == (
        matter.pk, "accept", matter.submitted_by.pk, entry.at, "受理")
    assert not entry._state.adding
    assert AuditEntry.objects.filter(kind="create", subject=f"cases.Transition:{entry.pk}").exists()


def test_an_insert_is_refused_for_a_model_without_an_automatic_key():
    with pytest.raises(TypeError):
        insert(AuditEntry(seq=1, at=clock.now(), kind="login", hash=""))


def test_an_insert_failing_in_the_database_raises_and_writes_nothing():
    Category.objects.create(code="land", name="用地")
    count = Category.objects.count()
    with pytest.raises(IntegrityError), transaction.atomic():
        insert(Category(code="land", name="重复"))
    assert Category.objects.count() == count

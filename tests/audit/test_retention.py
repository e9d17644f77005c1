"""Entries are kept at least 180 days; pruning removes only older ones and verify still passes after it."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from huishang.audit import retention, triggers
from huishang.audit.integrity import verify_chain
from huishang.audit.log import record_event
from huishang.audit.models import AuditEntry
from huishang.core import clock

pytestmark = pytest.mark.django_db


def entries_at(*days_ago, now):
    written = []
    for days in days_ago:
        with clock.frozen_at(now - datetime.timedelta(days=days)):
            written.append(record_event("login", subject=f"{days} days ago"))
    return written


@pytest.fixture
def now():
    moment = timezone.make_aware(datetime.datetime(2026, 6, 1, 12, 0))
    with clock.frozen_at(moment):
        yield moment


def test_retention_is_never_shorter_than_180_days(settings):
    settings.HUISHANG_AUDIT_RETENTION_DAYS = 30
    assert retention.retention_days() == 180
    settings.HUISHANG_AUDIT_RETENTION_DAYS = 400
    assert retention.retention_days() == 400


def test_prune_removes_only_entries_older_than_the_retention_period(now, settings):
    settings.HUISHANG_AUDIT_RETENTION_DAYS = 30  # raised to 180
    old = entries_at(400, 200, 181, now=now)
    kept = entries_at(179, 10, 0, now=now)
    result = retention.prune()
    assert result.removed == 3
    remaining = set(AuditEntry.objects.values_list("seq", flat=True))
    assert not remaining & {entry.seq for entry in old}
    assert {entry.seq for entry in kept} <= remaining


def test_verify_passes_after_pruning_thanks_to_the_checkpoint(now, capsys):
    old = entries_at(300, 250, now=now)
    entries_at(5, now=now)
    call_command("audit", "prune")
    checkpoint = AuditEntry.objects.get(kind="audit_pruned")
    assert checkpoint.detail["last_pruned_hash"] == old[-1].hash
    assert verify_chain().intact
    call_command("audit", "verify")
    assert "intact" in capsys.readouterr().out


def test_verify_passes_after_pruning_twice(now):
    entries_at(400, 300, 100, now=now)
    retention.prune()
    with clock.frozen_at(now + datetime.timedelta(days=250)):
        retention.prune()
        assert verify_chain().intact
        assert AuditEntry.objects.filter(kind="audit_pruned").count() == 1


def test_entries_removed_without_a_checkpoint_are_reported(now):
    old = entries_at(300, 250, 5, now=now)
    triggers.remove(connection)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE seq <= %s", [old[1].seq])
    assert verify_chain().broken_seq == old[1].seq


def test_pruning_with_nothing_old_enough_removes_nothing(now):
    entries_at(10, 1, now=now)
    assert retention.prune().removed == 0
    assert not AuditEntry.objects.filter(kind="audit_pruned").exists()

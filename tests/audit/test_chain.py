"""The log is append-only and tamper-evident: verify finds the first edited or removed entry."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction

from huishang.audit import chain, triggers
from huishang.audit.integrity import verify_chain
from huishang.audit.log import record_event
from huishang.audit.models import AuditEntry
from tests import factories as f

pytestmark = pytest.mark.django_db


def some_entries(n=5):
    return [record_event("login", subject=f"user{i}", detail={"channel": "web", "i": i}) for i in range(n)]


def raw(sql, params=()):
    """Tampering as someone with database access would do it: triggers dropped first."""
    triggers.remove(connection)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_each_entry_carries_the_hash_of_the_entry_before():
    first, second, third = some_entries(3)
    assert (second.prev_hash, third.prev_hash) == (first.hash, second.hash)
    assert [first.seq + 1, first.seq + 2] == [second.seq, third.seq]


def test_verify_exits_zero_and_prints_the_count_on_an_intact_log(capsys):
    some_entries(4)
    call_command("audit", "verify")
    assert f"{AuditEntry.objects.count()} entries" in capsys.readouterr().out


def test_verify_names_the_entry_whose_content_was_edited():
    entries = some_entries(5)
    raw("UPDATE audit_auditentry SET subject = 'someone else' WHERE seq = %s", [entries[2].seq])
    with pytest.raises(CommandError) as refusal:
        call_command("audit", "verify")
    assert refusal.value.returncode == 1
    assert f"broken at entry {entries[2].seq}:" in str(refusal.value)
    assert verify_chain().broken_seq == entries[2].seq


def test_verify_names_an_entry_deleted_from_the_middle():
    entries = some_entries(5)
    raw("DELETE FROM audit_auditentry WHERE seq = %s", [entries[1].seq])
    with pytest.raises(CommandError) as refusal:
        call_command("audit", "verify")
    assert refusal.value.returncode == 1
    assert f"broken at entry {entries[1].seq}: 第 {entries[1].seq} 条记录缺失" in str(refusal.value)


def test_verify_names_the_first_entry_when_it_was_deleted():
    entries = some_entries(3)
    raw("DELETE FROM audit_auditentry WHERE seq = %s", [entries[0].seq])
    assert verify_chain().broken_seq == entries[0].seq


def test_verify_notices_the_last_entry_was_deleted():
    entries = some_entries(3)
    raw("DELETE FROM audit_auditentry WHERE seq = %s", [entries[-1].seq])
    assert verify_chain().broken_seq == entries[-1].seq


def test_an_edited_entry_whose_hash_was_recomputed_breaks_the_link_to_the_next():
    entries = some_entries(3)
    forged = AuditEntry.objects.get(seq=entries[1].seq)
    forged.subject = "forged"
    raw("UPDATE audit_auditentry SET subject = %s, hash = %s WHERE seq = %s",
        [forged.subject, chain.entry_hash(forged), forged.seq])
    assert verify_chain().broken_seq == entries[2].seq


def test_the_model_refuses_to_update_or_delete_an_entry():
    entry = some_entries(1)[0]
    entry.subject = "changed"
    with pytest.raises(TypeError):
        entry.save()
    with pytest.raises(TypeError):
        entry.delete()
    with pytest.raises(TypeError):
        AuditEntry.objects.filter(seq=entry.seq).update(subject="changed")
    with pytest.raises(TypeError):
        AuditEntry.objects.all().delete()


def test_the_database_refuses_raw_update_and_delete():
    entry = some_entries(1)[0]
    for sql in ("UPDATE audit_auditentry SET subject = 'x' WHERE seq = %s",
                "DELETE FROM audit_auditentry WHERE seq = %s"):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(sql, [entry.seq])
    assert AuditEntry.objects.get(seq=entry.seq).subject == entry.subject


def test_the_request_gives_the_client_address_and_user_agent(rf):
    request = rf.get("/", REMOTE_ADDR="10.1.2.3", HTTP_USER_AGENT="Firefox/140")
    entry = record_event("reveal", subject="x", request=request)
    assert (entry.address, entry.user_agent) == ("10.1.2.3", "Firefox/140")


def test_a_deleted_account_keeps_its_name_in_the_log():
    account = f.office()
    entry = record_event("login", actor=account)
    account_id, username = account.pk, account.username
    account.delete()
    stored = AuditEntry.objects.get(seq=entry.seq)
    assert (stored.actor_id, stored.actor_username) == (account_id, username)


@pytest.mark.django_db(transaction=True)
def test_flushing_the_whole_database_empties_the_log_and_keeps_the_triggers():
    some_entries(2)
    call_command("flush", interactive=False, verbosity=0)
    assert not AuditEntry.objects.exists()
    entry = some_entries(1)[0]
    assert verify_chain().intact and entry.prev_hash == ""
    with pytest.raises(DatabaseError, match="append-only"), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry")

"""``record_event``: the one way anything is written to the audit log."""

import contextlib
import contextvars
import dataclasses
import functools
import json

from django.db import DEFAULT_DB_ALIAS, IntegrityError, connections, transaction

from huishang.audit import chain, context
from huishang.audit.models import AuditEntry, ChainHead
from huishang.core import clock

HEAD_ID = 1
# Entries recorded inside ``appended_together``, waiting for the end of the block.
_pending = contextvars.ContextVar("audit_pending", default=None)


def record_event(kind: str, *, actor=None, subject: str = "", detail: dict | None = None, request=None) -> AuditEntry:
    """Append one entry to the chain (at the end of the enclosing ``appended_together`` block, if any);
    ``request`` supplies the client address, user agent and (if no actor) user."""
    if actor is None and request is not None:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            actor = user
    entry = AuditEntry(
        at=clock.now(),
        kind=kind,
        actor_id=getattr(actor, "pk", None),
        actor_username=(actor.get_username() if actor is not None else "")[:150],
        address=client_address(request),
        user_agent=(request.META.get("HTTP_USER_AGENT", "") if request is not None else "")[:300],
        subject=str(subject)[:200],
        # Stored as it reads back, so the hash computed now is the hash verify computes later.
        detail=json.loads(json.dumps(detail or {}, default=str, sort_keys=True)),
    )
    pending = _pending.get()
    if pending is not None:
        pending.append(entry)
    else:
        _append([entry])
    return entry


@contextlib.contextmanager
def appended_together():
    """Entries recorded inside the block are appended when it ends, in their order, with one advance of
    the chain head, one INSERT and one update of the head: three statements in all, where each entry
    alone costs three. Their ``seq`` and ``hash`` are set then. Use it inside the transaction of the
    change the entries record; if the block raises, nothing is appended."""
    if _pending.get() is not None:
        yield  # an enclosing block appends them
        return
    pending = []
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    if pending:
        _append(pending)


def _append(entries: list[AuditEntry]) -> None:
    connection = connections[DEFAULT_DB_ALIAS]
    sql = _statements(connection)
    # No savepoint: a failed append must fail the change it records, so it rolls back with it.
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        last_seq, prev_hash = _advance_head(cursor, sql, len(entries))
        for seq, entry in enumerate(entries, start=last_seq - len(entries) + 1):
            entry.seq, entry.prev_hash = seq, prev_hash
            entry.hash = prev_hash = chain.entry_hash(entry)
        values = [value for entry in entries for value in _values(entry, connection)]
        if connection.vendor == "postgresql":
            # An INSERT inside WITH runs to completion: the entries and the head's new hash in one round trip.
            cursor.execute(f"WITH appended AS ({sql.insert(len(entries))}) {sql.set_head_hash}",
                           [*values, prev_hash, HEAD_ID])
        else:
            cursor.execute(sql.insert(len(entries)), values)
            cursor.execute(sql.set_head_hash, [prev_hash, HEAD_ID])
    for entry in entries:
        entry._state.adding = False


def client_address(request) -> str:
    if request is None:
        return ""
    return (request.META.get("REMOTE_ADDR") or "")[:45]


def _advance_head(cursor, sql, count: int) -> tuple[int, str]:
    """Take ``count`` sequence numbers (the last is returned) and the previous hash, holding the head
    row's lock until commit.

    An UPDATE, not SELECT … FOR UPDATE: it takes the write lock on SQLite too, and on PostgreSQL a
    waiting UPDATE re-reads the row the other transaction committed.
    """
    for _attempt in range(2):
        cursor.execute(sql.advance_head, [count, HEAD_ID])
        row = cursor.fetchone()
        if row is not None:
            return row[0], row[1]
        _create_head()
    raise RuntimeError("the audit chain head could not be created")


@dataclasses.dataclass(frozen=True)
class _Statements:
    advance_head: str
    insert_into: str
    row: str
    set_head_hash: str

    def insert(self, rows: int) -> str:
        return self.insert_into + ", ".join([self.row] * rows)


# Written by hand once per database: on this hot path the ORM's save costs more than the statements.
_FIELDS = list(AuditEntry._meta.concrete_fields)
_ADAPTED = {"at", "detail"}  # the fields whose Python value needs the database's own form


@functools.cache
def _statements_for(head_table: str, entry_table: str, columns: str) -> _Statements:
    return _Statements(
        advance_head=f"UPDATE {head_table} SET seq = seq + %s WHERE id = %s RETURNING seq, hash",
        insert_into=f"INSERT INTO {entry_table} ({columns}) VALUES ",
        row="(" + ", ".join(["%s"] * len(_FIELDS)) + ")",
        set_head_hash=f"UPDATE {head_table} SET hash = %s WHERE id = %s",
    )


def _statements(connection) -> _Statements:
    quote = connection.ops.quote_name
    return _statements_for(quote(ChainHead._meta.db_table), quote(AuditEntry._meta.db_table),
                           ", ".join(quote(field.column) for field in _FIELDS))


def _values(entry, connection) -> list:
    return [field.get_db_prep_save(getattr(entry, field.attname), connection) if field.attname in _ADAPTED
            else getattr(entry, field.attname) for field in _FIELDS]


def _create_head():
    """The head is missing after a database flush: rebuild it from the last entry."""
    last = AuditEntry.objects.order_by("-seq").first()
    try:
        with transaction.atomic():
            ChainHead.objects.create(
                pk=HEAD_ID, seq=last.seq if last else 0, hash=last.hash if last else chain.GENESIS_HASH
            )
    except IntegrityError:
        pass  # another transaction created it first


def record_bulk_create(objs, *, actor=None) -> AuditEntry | None:
    """One entry for rows written by ``bulk_create`` (which sends no signals): the model and every key."""
    objs = list(objs)
    if not objs:
        return None
    meta = objs[0]._meta
    return record_event(
        "create", actor=actor or context.current_actor(), request=context.current_request(),
        subject=f"{meta.label}:{objs[0].pk}..{objs[-1].pk}",
        detail={"model": meta.label, "pks": [obj.pk for obj in objs]},
    )

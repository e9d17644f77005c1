"""Database triggers that refuse UPDATE and DELETE on audit entries, per database vendor.

The model already refuses to update or delete; the triggers also stop raw SQL and other programs
that share the database. Pruning and a whole-database flush lift them for the length of one
transaction (see ``suspended``).
"""

import contextlib

from django.db import connection as default_connection, transaction

TABLE = "audit_auditentry"
MESSAGE = "the audit log is append-only"

SQLITE_INSTALL = [
    f"CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON {TABLE} "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
    f"CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON {TABLE} "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
]
SQLITE_REMOVE = [
    "DROP TRIGGER IF EXISTS audit_entry_no_update",
    "DROP TRIGGER IF EXISTS audit_entry_no_delete",
]
POSTGRESQL_INSTALL = [
    "CREATE OR REPLACE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$",
    f"DROP TRIGGER IF EXISTS audit_entry_append_only ON {TABLE}",
    f"CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON {TABLE} "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change()",
]
POSTGRESQL_REMOVE = [f"DROP TRIGGER IF EXISTS audit_entry_append_only ON {TABLE}"]

STATEMENTS = {
    "sqlite": (SQLITE_INSTALL, SQLITE_REMOVE),
    "postgresql": (POSTGRESQL_INSTALL, POSTGRESQL_REMOVE),
}


def install(connection=default_connection):
    _run(connection, 0)


def remove(connection=default_connection):
    _run(connection, 1)


def _run(connection, which):
    statements = STATEMENTS.get(connection.vendor)
    if statements is None or TABLE not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        for sql in statements[which]:
            cursor.execute(sql)


@contextlib.contextmanager
def suspended(connection=default_connection):
    """Lift the triggers inside one transaction; they are back when it ends, whether it commits or not.

    Both databases roll DDL back with the transaction, so a failure inside restores the triggers too.
    """
    with transaction.atomic(using=connection.alias):
        remove(connection)
        yield
        install(connection)

"""A consistent copy of the configured database, and loading one back.

SQLite: the sqlite3 online backup API copies every page in one step under a read lock, so writers in
other processes (WAL mode) carry on and the copy is one committed state. PostgreSQL: pg_dump, which
reads everything inside one snapshot transaction; pg_restore puts it back in one transaction.
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connection, connections
from django.utils.translation import gettext as _

SQLITE_MEMBER = "database.sqlite3"
POSTGRES_MEMBER = "database.pgdump"


class DatabaseCopyError(Exception):
    pass


def member_name() -> str:
    return {"sqlite": SQLITE_MEMBER, "postgresql": POSTGRES_MEMBER}.get(connection.vendor) or _unsupported()


def _unsupported():
    raise DatabaseCopyError(_("Backups support SQLite and PostgreSQL, not %(vendor)s.") % {"vendor": connection.vendor})


def _postgres_environment() -> dict:
    settings = connection.settings_dict
    environment = dict(os.environ, PGDATABASE=settings["NAME"])
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGPASSWORD", "PASSWORD")):
        if settings.get(key):
            environment[variable] = str(settings[key])
    return environment


def _run_postgres_tool(tool: str, *arguments: str) -> None:
    if shutil.which(tool) is None:
        raise DatabaseCopyError(_("%(tool)s is not installed; install the PostgreSQL client tools.") % {"tool": tool})
    finished = subprocess.run([tool, *arguments], env=_postgres_environment(), capture_output=True, text=True)
    if finished.returncode != 0:
        raise DatabaseCopyError(f"{tool}: {finished.stderr.strip()}")


def dump(into: Path) -> None:
    """Write the database as it is at one moment to ``into``."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(into)
        try:
            connection.connection.backup(copy)
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
            # The copy stands alone: no WAL file beside it in the archive.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        if verdict != "ok":
            raise DatabaseCopyError(
                _("The database copy fails its integrity check: %(verdict)s") % {"verdict": verdict})
    elif connection.vendor == "postgresql":
        _run_postgres_tool("pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={into}")
    else:
        _unsupported()


def load(source: Path) -> None:
    """Replace the configured database's content with the copy at ``source``, all or nothing."""
    connections.close_all()
    if connection.vendor == "sqlite":
        original = sqlite3.connect(source)
        target = sqlite3.connect(connection.settings_dict["NAME"], timeout=20)
        try:
            # The backup API writes the target in one transaction: a crash leaves it as it was.
            original.backup(target)
        finally:
            original.close()
            target.close()
    elif connection.vendor == "postgresql":
        _run_postgres_tool("pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
                           "--single-transaction", f"--dbname={connection.settings_dict['NAME']}", str(source))
    else:
        _unsupported()

"""An empty, migrated database for the demo to be built in."""

from pathlib import Path

from django.core.management import call_command
from django.db import DatabaseError, connection

from huishang.core.management.commands.serve import migrate_if_needed
from huishang.demo.accounts import CONTACT_PREFIX, demo_usernames
from huishang.directory.models import User


def _sqlite_file() -> Path | None:
    """The SQLite database file, or None for another engine or an in-memory database."""
    if connection.vendor != "sqlite" or connection.is_in_memory_db():
        return None
    return Path(connection.settings_dict["NAME"])


def describe() -> str:
    path = _sqlite_file()
    if path is not None:
        return str(path)
    return f"{connection.vendor} database {connection.settings_dict['NAME']}"


def accounts_not_from_the_demo(limit: int = 3) -> list[str]:
    """Usernames the demo did not make: a sign that the database holds someone's real work."""
    try:
        others = User.objects.exclude(username__in=demo_usernames()).exclude(username__startswith=CONTACT_PREFIX)
        return list(others.order_by("username").values_list("username", flat=True)[:limit])
    except DatabaseError:
        # No tables yet: a new database, nothing to lose.
        return []
    finally:
        connection.close()


def recreate_database(stdout) -> None:
    """SQLite: delete the file (and its WAL companions) and migrate; other engines: flush, then migrate."""
    path = _sqlite_file()
    connection.close()
    if path is not None:
        for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            companion.unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        call_command("flush", interactive=False, verbosity=0)
    migrate_if_needed(stdout)

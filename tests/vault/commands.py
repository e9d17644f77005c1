"""Running ``huishang`` as an operator does: a real process with its own database and data folder."""

import base64
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

HUISHANG = shutil.which("huishang", path=str(Path(sys.executable).parent)) or "huishang"
# One data key for every process of a test: a restore must run under the key the backup was made with.
DATA_KEY = base64.b64encode(secrets.token_bytes(32)).decode()


def environment(data_dir: Path, database: Path, **extra) -> dict:
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "HUISHANG_DATA_DIR": str(data_dir),
           "HUISHANG_DATA_KEY": DATA_KEY, **extra}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def huishang(*args, env, check=True, timeout=300):
    return subprocess.run([HUISHANG, *args], env=env, capture_output=True, text=True, timeout=timeout, check=check)


def table_rows(database: Path) -> dict[str, list[tuple]]:
    """Every table's rows, in one order whatever the table's kind (some have no rowid)."""
    with sqlite3.connect(database) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}

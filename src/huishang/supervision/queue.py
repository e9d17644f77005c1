"""The task queue: huey with its SQLite file in the data folder, needing no server on one machine.

HUISHANG_QUEUE_URL    redis://host:6379/0 to use Redis instead (several machines); default: SQLite
HUISHANG_QUEUE_IMMEDIATE  "1" to run tasks at once in the caller (tests, development)
"""

import os

from django.conf import settings
from huey import RedisHuey, SqliteHuey


def make_queue():
    url = os.environ.get("HUISHANG_QUEUE_URL", "")
    immediate = os.environ.get("HUISHANG_QUEUE_IMMEDIATE") == "1"
    if url.startswith("redis"):
        return RedisHuey("huishang", url=url, immediate=immediate, utc=False)
    return SqliteHuey("huishang", filename=str(settings.DATA_DIR / "queue.sqlite3"), immediate=immediate, utc=False)


queue = make_queue()

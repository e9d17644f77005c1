"""Real threads against a real database file, for tests of what happens when requests overlap.

pytest-django's SQLite test database lives in memory, where threads share one cache and locks
behave unlike the file a server uses; the database is copied into a file for the test, with the
settings a server runs under (WAL, IMMEDIATE transactions, busy timeout). On PostgreSQL
(DATABASE_URL) the test database is used as it is.
"""

import contextlib
import sqlite3
import threading

from django.db import connection, connections
from django.test import Client

from huishang.api.tokens import issue_token


@contextlib.contextmanager
def database_shared_by_threads(folder):
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        yield
        return
    connection.ensure_connection()
    path = folder / "threads.sqlite3"
    copy = sqlite3.connect(path)
    connection.connection.backup(copy)
    copy.close()
    # Closing the in-memory connection would destroy the test database; it is set aside instead
    # and the next query opens the file.
    in_memory_name, in_memory = connection.settings_dict["NAME"], connection.connection
    connection.connection = None
    connection.settings_dict["NAME"] = str(path)
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = in_memory_name
        connection.connection = in_memory


def at_once(*calls):
    """Run each call in its own thread, released together; their results in the order given."""
    start = threading.Barrier(len(calls))
    results = [None] * len(calls)
    failures = []

    def run(index, call):
        try:
            start.wait()
            results[index] = call()
        except BaseException as exc:  # handed back to the test, which fails on it
            failures.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    if failures:
        raise failures[0]
    return results


def api_caller(user):
    """A function that POSTs JSON to /api/v1 as ``user`` with a token issued directly."""
    key, _token = issue_token(user)

    def post(path, body, headers=None):
        return Client().post(f"/api/v1{path}", body, content_type="application/json",
                             headers={"Authorization": f"Bearer {key}", **(headers or {})})

    return post

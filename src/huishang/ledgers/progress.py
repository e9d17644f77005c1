"""Live progress of a web import, kept in the task queue's store rather than in the database: while the
import's transaction is open it holds the database's write lock, and its rows are not visible to others
until it ends, so the page could not read a progress row written there."""

from huishang.core.queue import queue


def _key(job_id: int) -> str:
    return f"ledger-import-progress:{job_id}"


def save(job_id: int, *, phase: str, done: int, total: int) -> None:
    queue.put(_key(job_id), {"phase": phase, "done": done, "total": total})


def read(job_id: int) -> dict | None:
    """The last progress saved for the job, or None before its first row is read."""
    return queue.get(_key(job_id), peek=True)


def forget(job_id: int) -> None:
    queue.delete(_key(job_id))

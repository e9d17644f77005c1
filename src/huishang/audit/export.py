"""Writing entries out as CSV or JSON Lines, oldest first, with every field verify needs.

JSON Lines keeps every value exactly as logged; CSV is read in spreadsheets, so its fields go through the one
cell writer (a username or User-Agent an anonymous caller chose must not start a formula there)."""

import csv
import datetime
import io
import json
from collections.abc import Iterator

from huishang.audit.log import record_event
from huishang.core import cells

FORMATS = ("csv", "jsonl")
COLUMNS = ["seq", "at", "kind", "actor_id", "actor_username", "address", "user_agent", "subject", "detail",
           "prev_hash", "hash"]


def as_row(entry) -> dict:
    return {
        "seq": entry.seq, "at": entry.at.astimezone(datetime.timezone.utc).isoformat(), "kind": entry.kind,
        "actor_id": entry.actor_id, "actor_username": entry.actor_username, "address": entry.address,
        "user_agent": entry.user_agent, "subject": entry.subject, "detail": entry.detail,
        "prev_hash": entry.prev_hash, "hash": entry.hash,
    }


def lines(rows, *, fmt: str) -> Iterator[str]:
    """The export of ``rows`` (a queryset), oldest first, line by line: a CSV header first, or JSON Lines."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS) if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()
        yield _drain(buffer)
    for entry in rows.order_by("seq").iterator(chunk_size=2000):
        row = as_row(entry)
        if writer is None:
            yield json.dumps(row, ensure_ascii=False) + "\n"
        else:
            row["detail"] = json.dumps(row["detail"], ensure_ascii=False, sort_keys=True)
            writer.writerow({name: cells.text(value) for name, value in row.items()})
            yield _drain(buffer)


def write_entries(rows, out, *, fmt: str) -> int:
    """Write ``rows`` to the text stream ``out``; returns how many entries were written."""
    written = -1 if fmt == "csv" else 0  # the header is not an entry
    for line in lines(rows, fmt=fmt):
        out.write(line)
        written += 1
    return written


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def record_export(*, by=None, request=None, fmt: str, count: int, filters: dict) -> None:
    """Reading the log out of the system is itself an event the log keeps."""
    record_event("export", actor=by, subject="audit", request=request,
                 detail={"format": fmt, "count": count, "filters": filters})

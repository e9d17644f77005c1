"""The public data set the insight benchmarks measure on: the 2020 Teddy Cup messages in ../shared/data
beside the checkout (or HUISHANG_SHARED_DATA). Read where it lies, never copied into the repository: its
licence is unstated (see ../shared/data/README.md). The tests use the project's own messages instead
(tests/insight/fixtures)."""

import datetime
import functools
import os
from pathlib import Path

import openpyxl


def shared_data() -> Path:
    configured = os.environ.get("HUISHANG_SHARED_DATA")
    path = Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared" / "data"
    if not (path / "raw").is_dir():
        raise SystemExit(f"the public data is missing: {path / 'raw'} (see ../shared/data/README.md)")
    return path / "raw"


def _rows(name: str):
    workbook = openpyxl.load_workbook(shared_data() / name, read_only=True)
    try:
        return list(workbook.active.iter_rows(values_only=True))
    finally:
        workbook.close()


@functools.cache
def segmented_messages() -> list[tuple[str, str]]:
    """All 9,210 labelled messages of 附件2 as (space-segmented text, first-level label); no header row."""
    return [(str(text), str(label)) for text, label in _rows("teddy2020_attachment2_full_segmented.xlsx")]


@functools.cache
def sample_messages() -> list[tuple[str, str, str]]:
    """The 495 official sample rows of 附件2 as raw (subject, detail, label)."""
    rows = _rows("teddy2020_attachment2_sample495.xlsx")[1:]
    return [(str(row[2]).strip(), str(row[4]).strip(), str(row[5]).strip()) for row in rows if row[0] is not None]


def _moment(value) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value
    text = str(value).strip().replace("/", "-")
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S")


@functools.cache
def liked_messages() -> list[dict]:
    """The 4,326 messages of 附件3: subject, detail, time, likes."""
    rows = [row for row in _rows("teddy2020_attachment3.xlsx")[1:] if row[0] is not None]
    return [
        {"id": row[0], "subject": str(row[2]).strip(), "detail": str(row[4]).strip(), "at": _moment(row[3]),
         "likes": int(row[6] or 0)}
        for row in rows
    ]

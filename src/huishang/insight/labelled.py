"""Reading labelled files for evaluation: UTF-8 CSV with a header row ``text,label``."""

import csv
from pathlib import Path

from huishang.core.errors import ValidationError


def read_labelled_csv(path: Path, field: str) -> list[tuple[str, str]]:
    """The (text, label) rows of ``path``; a clear error naming ``field`` when the file is not as expected."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or not {"text", "label"} <= set(reader.fieldnames):
                raise ValidationError(f"{path}: the header row must name the columns text,label", field=field)
            rows = [(row["text"] or "", (row["label"] or "").strip()) for row in reader]
    except OSError as error:
        raise ValidationError(f"{path}: {error.strerror}", field=field)
    except UnicodeDecodeError:
        raise ValidationError(f"{path}: not UTF-8 text", field=field)
    rows = [(text, label) for text, label in rows if text.strip() and label]
    if not rows:
        raise ValidationError(f"{path}: no labelled rows", field=field)
    return rows

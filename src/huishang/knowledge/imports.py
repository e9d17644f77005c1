"""Existing policy files become draft articles: a Word file (.docx) or a PDF with a text layer is one article
(its first line the title), an Excel list (.xlsx) one article a row (the export's columns). Every article goes
through ``services.create_article``, so it is checked, versioned and reviewed like one written by hand.
``on_progress(done, total)`` follows the rows (the CLI prints it)."""

import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from huishang.core.errors import DomainError, ValidationError
from huishang.knowledge import services
from huishang.knowledge.models import Article

KIND_WORDS = {label: value for value, label in [
    (Article.Kind.POLICY, "政策文件"), (Article.Kind.WORDING, "答复口径"), (Article.Kind.RESPONSIBILITY, "职责清单"),
    (Article.Kind.FAQ, "常见问题")]}
MAX_BYTES = 20 * 1024 * 1024


@dataclass
class ImportReport:
    total: int = 0
    imported: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # {"row": n, "message": …}


def _paragraphs_of_docx(data: bytes) -> list[str]:
    import docx

    return [p.text.strip() for p in docx.Document(io.BytesIO(data)).paragraphs if p.text.strip()]


def _paragraphs_of_pdf(data: bytes) -> list[str]:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return [line.strip() for line in text.splitlines() if line.strip()]


def _date(value):
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip().replace("/", "-"))
    except ValueError:
        raise ValidationError(_("Not a date (YYYY-MM-DD): %(value)s") % {"value": value}, field="date")


def _rows_of_xlsx(data: bytes) -> list[dict]:
    book = openpyxl_load(data)
    rows = list(book.active.iter_rows(values_only=True))
    if not rows:
        return []
    headers = [str(h or "").strip() for h in rows[0]]
    return [dict(zip(headers, row)) for row in rows[1:] if any(v not in (None, "") for v in row)]


def openpyxl_load(data: bytes):
    import openpyxl

    return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)


def import_file(uploaded, *, by, kind: str, regions, public: bool = False,
                on_progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Draft articles from ``uploaded`` (a file with a name); a document is one article, a list one a row.
    The rows are imported together: a bad row refuses the whole list, naming the row."""
    progress = on_progress or (lambda done, total: None)
    name = (getattr(uploaded, "name", "") or "").lower()
    data = uploaded.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValidationError(_("The file is larger than 20 MB."), field="file")
    try:
        if name.endswith(".xlsx"):
            entries = [{"title": r.get("标题"), "body": r.get("正文"),
                        "kind": KIND_WORDS.get(str(r.get("类型") or "").strip(), kind),
                        "issuing_body": r.get("发文机关") or "", "document_number": r.get("文号") or "",
                        "effective_on": r.get("生效日期"), "expires_on": r.get("失效日期")} for r in _rows_of_xlsx(data)]
        elif name.endswith(".docx") or name.endswith(".pdf"):
            lines = _paragraphs_of_docx(data) if name.endswith(".docx") else _paragraphs_of_pdf(data)
            if not lines:
                raise ValidationError(_("The file holds no text."), field="file")
            entries = [{"title": lines[0][:200], "body": "\n\n".join(lines[1:]) or lines[0], "kind": kind}]
        else:
            raise ValidationError(_("Choose a .docx, .pdf or .xlsx file."), field="file")
    except DomainError:
        raise
    except Exception:
        raise ValidationError(_("The file could not be read."), field="file")
    report = ImportReport(total=len(entries))
    progress(0, report.total)
    with transaction.atomic():
        for number, entry in enumerate(entries, start=1):
            try:
                entry["effective_on"] = _date(entry.get("effective_on"))
                entry["expires_on"] = _date(entry.get("expires_on"))
                report.imported.append(services.create_article(
                    by=by, regions=regions, public=public, title=entry["title"] or "", body=entry["body"] or "",
                    **{k: v for k, v in entry.items() if k not in ("title", "body")}))
            except ValidationError as error:
                report.errors.append({"row": number + 1, "message": str(error.message)})
            progress(number, report.total)
        if report.errors:
            transaction.set_rollback(True)
            report.imported = []
    return report

"""Reading a ledger sheet and checking every row before anything is written.

Enterprises and units are found by full or short name; an enterprise that is not registered is
reported, not created: its credit code and region belong to the directory, not to a spreadsheet.
A name is read first among the importer's jurisdiction (directory.jurisdiction), where "区科技局" means
its own district's; an enterprise or unit found only outside it is refused, row and column named.
"""

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from zipfile import BadZipFile

from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.datetime import from_excel
from openpyxl.utils.exceptions import InvalidFileException

from huishang.cases.models import Category, Matter
from huishang.core import clock
from huishang.core.errors import ValidationError
from huishang.core.text import printable
from huishang.directory.jurisdiction import Jurisdiction, jurisdiction_of
from huishang.directory.models import Organization
from huishang.ledgers import columns as c

TITLE_MAX = Matter._meta.get_field("title").max_length
DEFAULT_CATEGORY = "other"
HEADER_SEARCH_ROWS = 10
PROGRESS_EVERY = 500
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日", "%Y%m%d")
TITLE_END = re.compile(r"[。；;，,！!？?\n]")


@dataclass
class RowError:
    row: int  # the Excel row number, as the user sees it
    column: str
    message: str

    def __str__(self):
        return _("Row %(row)s, %(column)s: %(message)s") % {
            "row": self.row, "column": self.column, "message": self.message}


@dataclass
class LedgerRow:
    row: int
    enterprise: Organization
    title: str
    description: str
    category: Category
    lead_unit: Organization | None = None
    due: datetime.date | None = None


@dataclass
class Reading:
    rows: list[LedgerRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    total: int = 0


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return printable(str(value)).strip()


def parse_day(value) -> datetime.date | None:
    """A deadline as offices type it: a date cell, 2024-06-30, 2024/6/30, 2024年6月30日, or an Excel serial."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20000 < value < 80000:
            return from_excel(value).date()
        value = str(int(value))
    text = _text(value)
    for pattern in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _named(organizations) -> dict[str, Organization]:
    names = {}
    for organization in organizations.select_related("region"):
        if organization.short_name:
            names.setdefault(organization.short_name, organization)
        names[organization.name] = organization
    return names


def _by_name(kind: str, jurisdiction: Jurisdiction) -> dict[str, Organization]:
    """Organisations by full and short name, those of the jurisdiction winning a name shared with others."""
    inside = jurisdiction.organizations(kind)
    names = _named(Organization.objects.filter(kind=kind).exclude(pk__in=inside.values("pk")))
    names.update(_named(inside))
    return names


def _categories() -> dict[str, Category]:
    found = {}
    for category in Category.objects.all():
        found[category.code] = category
        found[category.name] = category
    return found


def _title_from(description: str) -> str:
    first = TITLE_END.split(description, maxsplit=1)[0].strip() or description
    return first[:TITLE_MAX]


def open_sheet(file):
    """The first worksheet of an .xlsx file, or ValidationError naming ``file``."""
    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, OSError, ValueError) as error:
        raise ValidationError(_("This is not an Excel (.xlsx) workbook: %(error)s") % {"error": error},
                              field="file") from error
    return workbook.worksheets[0]


def _header(rows) -> tuple[int, dict[str, int]]:
    """The header row's number and each known column's position, searched in the first rows."""
    for number, values in rows:
        names = {_text(value).replace(" ", ""): position for position, value in enumerate(values)}
        if c.ENTERPRISE in names:
            missing = [name for name in c.REQUIRED if name not in names]
            if missing:
                raise ValidationError(_("The sheet has no column %(column)s.") % {"column": "、".join(missing)},
                                      field="file")
            return number, {name: names[name] for name in c.READ if name in names}
        if number >= HEADER_SEARCH_ROWS:
            break
    raise ValidationError(_("No header row with %(column)s was found in the first rows.") % {
        "column": c.ENTERPRISE}, field="file")


class RowChecker:
    """Checks one row at a time against the directory, loaded once for the whole sheet."""

    def __init__(self, importer):
        self.importer = importer
        self.jurisdiction = jurisdiction_of(importer)
        self.enterprises = _by_name(Organization.Kind.ENTERPRISE, self.jurisdiction)
        self.units = _by_name(Organization.Kind.UNIT, self.jurisdiction)
        self.categories = _categories()
        self.today = clock.today()

    def check(self, number: int, get) -> LedgerRow | list[RowError]:
        errors = []

        def refuse(column, message):
            errors.append(RowError(number, column, message))

        enterprise_name = _text(get(c.ENTERPRISE))
        enterprise = self.enterprises.get(enterprise_name)
        if not enterprise_name:
            refuse(c.ENTERPRISE, _("the enterprise name is empty"))
        elif enterprise is None:
            refuse(c.ENTERPRISE, _("“%(name)s” is not a registered enterprise") % {"name": enterprise_name})
        elif not self.jurisdiction.covers_organization(enterprise):
            refuse(c.ENTERPRISE, _("“%(name)s” lies outside your jurisdiction") % {"name": enterprise_name})
        description = _text(get(c.DESCRIPTION))
        if not description:
            refuse(c.DESCRIPTION, _("the description is empty"))
        title = _text(get(c.TITLE)) or _title_from(description)
        if len(title) > TITLE_MAX:
            refuse(c.TITLE, _("the title is longer than %(n)s characters") % {"n": TITLE_MAX})
        category_name = _text(get(c.CATEGORY))
        category = self.categories.get(category_name or DEFAULT_CATEGORY)
        if category is None:
            refuse(c.CATEGORY, _("“%(name)s” is not a known category") % {"name": category_name or DEFAULT_CATEGORY})
        unit_name = _text(get(c.UNIT))
        unit = self.units.get(unit_name)
        if unit_name and unit is None:
            refuse(c.UNIT, _("“%(name)s” is not a registered responsible unit") % {"name": unit_name})
        elif unit is not None and not self.jurisdiction.covers_organization(unit):
            refuse(c.UNIT, _("“%(name)s” lies outside your jurisdiction") % {"name": unit_name})
        raw_due = get(c.DUE)
        due = parse_day(raw_due)
        if _text(raw_due) and due is None:
            refuse(c.DUE, _("“%(value)s” is not a date (write it as 2024-06-30)") % {"value": _text(raw_due)})
        elif due is not None and due < self.today:
            refuse(c.DUE, _("the deadline %(day)s is in the past") % {"day": due.isoformat()})
        if unit_name and not _text(raw_due):
            refuse(c.DUE, _("a responsible unit needs a deadline"))
        if _text(raw_due) and not unit_name:
            refuse(c.UNIT, _("a deadline needs a responsible unit"))
        if errors:
            return errors
        return LedgerRow(number, enterprise, title, description, category, unit, due)


def read_ledger(file, *, importer, on_checked: Callable[[int, int], None] | None = None) -> Reading:
    """Every data row of the sheet, each either checked good or with all its errors, numbered as in Excel.
    ``on_checked(rows checked, rows in the sheet)`` is called every ``PROGRESS_EVERY`` rows and at the end."""
    sheet = open_sheet(file)
    rows = sheet.iter_rows(values_only=True)
    numbered = ((number, values) for number, values in enumerate(rows, start=1))
    header_number, positions = _header(numbered)
    # The sheet's recorded size (blank rows included) is known before reading; the exact count only after.
    expected = max((sheet.max_row or 0) - header_number, 0)
    checked = on_checked or (lambda done, total: None)
    checker = RowChecker(importer)
    reading = Reading()
    for number, values in numbered:
        if (number - header_number) % PROGRESS_EVERY == 0:
            checked(reading.total, max(expected, reading.total))
        if not any(_text(value) for value in values):
            continue

        def get(column, values=values):
            position = positions.get(column)
            return values[position] if position is not None and position < len(values) else None

        reading.total += 1
        result = checker.check(number, get)
        if isinstance(result, list):
            reading.errors.extend(result)
        else:
            reading.rows.append(result)
    checked(reading.total, reading.total)
    return reading

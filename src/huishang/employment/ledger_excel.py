"""The household ledger as an .xlsx sheet: imported whole or not at all, exported with personal data masked."""

import io

import openpyxl
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from huishang.core import cells, clock
from huishang.core.errors import DomainError, ValidationError
from huishang.directory.models import Region
from huishang.employment import checks
from huishang.employment.ledger import checked_member
from huishang.core.masking import mask_id_number, mask_phone
from huishang.employment.models import EmploymentStatus, Household, Resident
from huishang.employment.permissions import check_keeps_ledger
from huishang.vault.crypto import lookup_hash

# (field, header) in sheet order; the headers are what offices already use on paper.
COLUMNS = [
    ("number", "户编号"), ("community", "社区"), ("address", "住址"), ("name", "姓名"), ("id_number", "身份证号"),
    ("phone", "联系电话"), ("status", "就业状态"), ("wish", "就业意向"), ("training_need", "培训需求"),
    ("skills", "技能"),
]
HEADERS = dict(COLUMNS)
# The words offices write in the status column, besides the labels the UI shows.
STATUS_WORDS = {
    "已就业": EmploymentStatus.EMPLOYED, "在职": EmploymentStatus.EMPLOYED, "灵活就业": EmploymentStatus.FLEXIBLE,
    "求职中": EmploymentStatus.UNEMPLOYED, "未就业": EmploymentStatus.UNEMPLOYED, "失业": EmploymentStatus.UNEMPLOYED,
    "非劳动力": EmploymentStatus.NOT_WORKING,
}


class LedgerRefused(ValidationError):
    """A sheet with bad rows; ``errors`` lists each as {row, field, message} and nothing was imported."""

    def __init__(self, errors: list[dict]):
        first = errors[0]
        summary = "；".join(_("row %(row)s %(field)s: %(message)s") % {
            "row": error["row"], "field": HEADERS.get(error["field"], error["field"]), "message": error["message"]}
            for error in errors[:20])
        super().__init__(_("The sheet was not imported: %(summary)s") % {"summary": summary}, field=first["field"])
        self.errors = errors


def _status_names() -> dict[str, str]:
    names = {value: value for value in EmploymentStatus.values} | STATUS_WORDS
    for language in ("zh-hans", "en"):
        with translation.override(language):
            names.update({str(label): value for value, label in EmploymentStatus.choices})
    return names


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _read_rows(upload) -> list[tuple[int, dict]]:
    try:
        sheet = openpyxl.load_workbook(upload, read_only=True, data_only=True).active
        rows = list(sheet.iter_rows(values_only=True))
    except Exception:
        raise ValidationError(_("The file is not an .xlsx workbook."), field="file")
    if not rows:
        raise ValidationError(_("The sheet is empty."), field="file")
    header = [_cell(value) for value in rows[0]]
    missing = [title for _field, title in COLUMNS if title not in header]
    if missing:
        raise ValidationError(_("The sheet lacks the columns: %(columns)s") % {"columns": "、".join(missing)},
                              field="file")
    position = {field: header.index(title) for field, title in COLUMNS}
    read = []
    for number, row in enumerate(rows[1:], start=2):
        values = {field: _cell(row[index]) if index < len(row) else "" for field, index in position.items()}
        if any(values.values()):
            read.append((number, values))
    return read


def _check_row(values: dict, statuses: dict, seen_ids: set, region: Region) -> dict:
    checks.required_text(values["number"], "number", HEADERS["number"], 32)
    if Household.objects.filter(number=values["number"]).exclude(region=region).exists():
        raise ValidationError(_("This household belongs to another area."), field="number")
    checks.required_text(values["community"], "community", HEADERS["community"], 64)
    member = checked_member(
        name=values["name"], id_number=values["id_number"], phone=values["phone"],
        status=statuses.get(values["status"], ""), wish=values["wish"], training_need=values["training_need"],
        skills=values["skills"],
    )
    if member["id_number"] in seen_ids or Resident.objects.filter(id_number_hash=lookup_hash(member["id_number"])).exists():
        raise ValidationError(_("This ID number appears twice."), field="id_number")
    seen_ids.add(member["id_number"])
    return member


@transaction.atomic
def import_ledger(*, by, region: Region, upload) -> dict:
    """Import a ledger sheet for one region: every row is checked first and one bad row refuses the sheet."""
    if not isinstance(region, Region):
        raise ValidationError(_("Choose a region."), field="region")
    check_keeps_ledger(by, region)
    statuses, seen_ids, errors, checked = _status_names(), set(), [], []
    for row_number, values in _read_rows(upload):
        try:
            checked.append((values, _check_row(values, statuses, seen_ids, region)))
        except DomainError as error:
            errors.append({"row": row_number, "field": error.field, "message": str(error.message)})
    if errors:
        raise LedgerRefused(errors)
    if not checked:
        raise ValidationError(_("The sheet has no rows."), field="file")
    households, members = {}, 0
    for values, member in checked:
        household = households.get(values["number"])
        if household is None:
            household, _created = Household.objects.get_or_create(number=values["number"], defaults={
                "region": region, "community": values["community"], "address": values["address"],
                "recorded_at": clock.now()})
            households[values["number"]] = household
        Resident.objects.create(household=household, **member)
        members += 1
    return {"households": len(households), "members": members}


def export_ledger(households) -> bytes:
    """The households and their members as an .xlsx sheet, ID numbers and phones masked."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "民情台账"
    sheet.append([title for _field, title in COLUMNS])
    members = Resident.objects.filter(household__in=households).select_related("household").order_by(
        "household__number", "id")
    for member in members:
        household = member.household
        sheet.append(cells.xlsx_row(sheet, [
            household.number, household.community, household.address, member.name, mask_id_number(member.id_number),
            mask_phone(member.phone), str(member.get_status_display()), member.wish, member.training_need,
            member.skills,
        ]))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()

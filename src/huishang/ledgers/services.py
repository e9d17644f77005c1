"""Importing a ledger sheet of matters: every row checked first, then the good ones written in batches by
the bulk intake of ``cases``, all in one transaction."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from huishang.cases import permissions as matter_permissions
from huishang.cases.bulk import NewMatter, bulk_intake
from huishang.cases.states import Action
from huishang.core.errors import NotAllowed
from huishang.directory.models import Role
from huishang.ledgers.reading import RowError, read_ledger

IMPORTING_ROLES = matter_permissions.ROLES_FOR[Action.ASSIGN] & matter_permissions.SUBMITTING_ROLES

# The phases ``on_progress`` reports.
CHECKING, IMPORTING = "checking", "importing"


@dataclass
class ImportReport:
    total: int = 0
    imported: list[str] = field(default_factory=list)  # numbers of the matters made
    assigned: int = 0
    errors: list[RowError] = field(default_factory=list)
    refused: bool = False  # nothing was written because a row was bad

    @property
    def skipped_rows(self) -> list[int]:
        return sorted({error.row for error in self.errors})


def check_importer(user) -> None:
    if not user.is_authenticated or not user.is_active or (
            Role.ADMIN if user.is_superuser else user.role) not in IMPORTING_ROLES:
        raise NotAllowed(_("Only the service office imports ledgers."))


def _record_import(by, report: ImportReport, file) -> None:
    """One audit entry for the whole import: the bulk writes bypass the per-row signals of the audit log."""
    try:
        from huishang.audit.log import record_event
    except ImportError:  # a deployment without the audit app
        return
    record_event("import", actor=by, subject=getattr(file, "name", "") or _("ledger"),
                 detail={"rows": len(report.imported), "assigned": report.assigned})


def import_matters(file, *, by, partial: bool = False,
                   on_progress: Callable[[str, int, int], None] | None = None) -> ImportReport:
    """Import the matters of a ledger sheet: every row is checked, and if any is bad nothing is imported,
    unless ``partial`` asks for the good rows only; each bad row is reported with its Excel row and column.
    ``on_progress(phase, done, total)`` follows the checking and then the importing of the rows."""
    check_importer(by)
    progress = on_progress or (lambda phase, done, total: None)
    reading = read_ledger(file, importer=by, on_checked=lambda done, total: progress(CHECKING, done, total))
    report = ImportReport(total=reading.total, errors=sorted(reading.errors, key=lambda error: error.row))
    if report.errors and not partial:
        report.refused = True
        return report
    rows = [NewMatter(title=row.title, description=row.description, category=row.category,
                      enterprise=row.enterprise, lead_unit=row.lead_unit, due=row.due) for row in reading.rows]
    progress(IMPORTING, 0, len(rows))
    with transaction.atomic():
        matters = bulk_intake(rows, by=by, note=_("Imported from a ledger"),
                              on_progress=lambda done, total: progress(IMPORTING, done, total))
        report.imported = [matter.number for matter in matters]
        report.assigned = sum(1 for matter in matters if matter.lead_unit_id is not None)
        _record_import(by, report, file)
    return report

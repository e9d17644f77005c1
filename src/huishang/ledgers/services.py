"""Importing a ledger sheet of matters: every row checked first, then each written through the matter services."""

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from huishang.cases import permissions as matter_permissions
from huishang.cases import services as matter_services
from huishang.cases.states import Action
from huishang.core.errors import DomainError, NotAllowed
from huishang.directory.models import Role
from huishang.ledgers import columns as c
from huishang.ledgers.reading import LedgerRow, RowError, read_ledger

IMPORTING_ROLES = matter_permissions.ROLES_FOR[Action.ASSIGN] & matter_permissions.SUBMITTING_ROLES


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


class _Refused(Exception):
    """Raised inside the import's transaction to undo every row written so far."""


def check_importer(user) -> None:
    if not user.is_authenticated or not user.is_active or (
            Role.ADMIN if user.is_superuser else user.role) not in IMPORTING_ROLES:
        raise NotAllowed(_("Only the service office imports ledgers."))


def _write(row: LedgerRow, *, by) -> tuple[str, bool]:
    """One row as a matter: submitted, and accepted and assigned when it names a unit and a deadline."""
    matter = matter_services.submit_matter(
        by=by, title=row.title, description=row.description, category=row.category, enterprise=row.enterprise,
        source="office",
    )
    if row.lead_unit is None:
        return matter.number, False
    matter = matter_services.accept(matter, by=by, note=_("Imported from a ledger"))
    matter_services.assign(matter, by=by, lead_unit=row.lead_unit, due=row.due)
    return matter.number, True


def import_matters(file, *, by, partial: bool = False, on_progress: Callable[[int, int], None] | None = None
                   ) -> ImportReport:
    """Import the matters of a ledger sheet: every row is checked, and if any is bad nothing is imported,
    unless ``partial`` asks for the good rows only; each bad row is reported with its Excel row and column."""
    check_importer(by)
    reading = read_ledger(file, importer=by)
    report = ImportReport(total=reading.total, errors=list(reading.errors))
    if report.errors and not partial:
        report.refused = True
        return report
    progress = on_progress or (lambda done, total: None)
    count = len(reading.rows)
    progress(0, count)
    try:
        with transaction.atomic():
            for done, row in enumerate(reading.rows, start=1):
                try:
                    # A savepoint per row only when a bad row is to be skipped rather than undo everything.
                    with transaction.atomic() if partial else contextlib.nullcontext():
                        number, assigned = _write(row, by=by)
                except DomainError as error:
                    report.errors.append(RowError(row.row, c.FIELD_COLUMNS.get(error.field, c.DESCRIPTION),
                                                  str(error.message)))
                    if not partial:
                        raise _Refused from error
                else:
                    report.imported.append(number)
                    report.assigned += assigned
                if done % 50 == 0 or done == count:
                    progress(done, count)
    except _Refused:
        report.refused = True
        report.imported, report.assigned = [], 0
    report.errors.sort(key=lambda error: error.row)
    return report

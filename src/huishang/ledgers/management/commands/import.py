"""``huishang import matters FILE.xlsx [--as USERNAME] [--partial]``: matters from a ledger sheet."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q
from django.utils.translation import gettext as _

from huishang.core.errors import DomainError
from huishang.directory.models import Role, User
from huishang.ledgers.services import CHECKING, import_matters

BAR_WIDTH = 30


def default_importer() -> User | None:
    """An administrator, else a service-office account, of those that can log in."""
    active = User.objects.filter(is_active=True)
    return (active.filter(Q(is_superuser=True) | Q(role=Role.ADMIN)).order_by("pk").first()
            or active.filter(role=Role.OFFICE).order_by("pk").first())


class ProgressBar:
    """A one-line bar on stderr per phase (checking, then importing), redrawn in place."""

    def __init__(self, stream):
        self.stream = stream

    def __call__(self, phase: str, done: int, total: int) -> None:
        label = _("Checking") if phase == CHECKING else _("Importing")
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        percent = 100 * done // total if total else 100
        self.stream.write(f"\r{label} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} {percent:3d}%")
        if done == total:
            self.stream.write("\n")
        self.stream.flush()


class Command(BaseCommand):
    help = "Import records from an Excel sheet. 从 Excel 台账导入。"

    def add_arguments(self, parser):
        subjects = parser.add_subparsers(dest="subject", required=True, metavar="SUBJECT")
        matters = subjects.add_parser("matters", help="matters from a ledger (台账) sheet",
                                      description="Import matters from a ledger (.xlsx): 企业名称, 问题描述 required; "
                                                  "问题标题, 问题类别, 责任单位, 办理时限 optional.")
        matters.add_argument("file", metavar="FILE.xlsx")
        matters.add_argument("--as", dest="username", help="who imports (default: an administrator or office account)")
        matters.add_argument("--partial", action="store_true",
                             help="import the good rows and report the bad ones (default: all or nothing)")
        matters.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args, subject, file, username, partial, quiet, **options):
        importer = User.objects.filter(username=username).first() if username else default_importer()
        if importer is None:
            raise CommandError(_("There is no user %(username)s.") % {"username": username} if username
                               else _("No administrator or office account can import; name one with --as."))
        try:
            with open(file, "rb") as handle:
                report = import_matters(handle, by=importer, partial=partial,
                                        on_progress=None if quiet else ProgressBar(sys.stderr))
        except FileNotFoundError:
            raise CommandError(_("File %(file)s was not found.") % {"file": file})
        except DomainError as error:
            raise CommandError(str(error.message))
        for error in report.errors:
            self.stderr.write(str(error))
        if report.refused:
            raise CommandError(_("%(total)s rows; rows %(rows)s are bad, nothing was imported.") % {
                "total": report.total, "rows": "、".join(str(row) for row in report.skipped_rows)})
        self.stdout.write(_("%(total)s rows; %(imported)s matters imported, %(assigned)s of them assigned; "
                            "%(skipped)s bad rows skipped.") % {
            "total": report.total, "imported": len(report.imported), "assigned": report.assigned,
            "skipped": len(report.skipped_rows)})

"""``huishang knowledge import FILE --region CODE [--kind policy] [--public] [--as USERNAME]``: policy files
(.docx, .pdf, .xlsx) as draft articles, with a progress bar; ``huishang knowledge flag-expiring``: tell the
authors of articles about to expire (what the worker does each morning)."""

from pathlib import Path

from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from huishang.core.errors import DomainError
from huishang.directory.models import Region, Role, User
from huishang.knowledge import imports, services
from huishang.knowledge.models import Article

BAR_WIDTH = 30


def _default_writer() -> User | None:
    active = User.objects.filter(is_active=True)
    return (active.filter(Q(is_superuser=True) | Q(role=Role.ADMIN)).order_by("pk").first()
            or active.filter(role=Role.OFFICE).order_by("pk").first())


class Command(BaseCommand):
    help = "The knowledge base: import policy files as drafts, flag articles about to expire. 知识库。"

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        imported = actions.add_parser("import", help="policy files as draft articles")
        imported.add_argument("file", metavar="FILE")
        imported.add_argument("--region", required=True, action="append", metavar="CODE",
                              help="region code where the articles apply (repeatable)")
        imported.add_argument("--kind", default=Article.Kind.POLICY, choices=Article.Kind.values)
        imported.add_argument("--public", action="store_true")
        imported.add_argument("--as", dest="username", help="who imports (default: an administrator or office account)")
        actions.add_parser("flag-expiring", help="tell authors of articles that expire within 30 days")

    def _bar(self, done: int, total: int) -> None:
        filled = BAR_WIDTH * done // total if total else BAR_WIDTH
        self.stderr.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}", ending="")
        if done == total:
            self.stderr.write("")

    def handle(self, *args, action, **options):
        if action == "flag-expiring":
            self.stdout.write(f"flagged {services.flag_expiring()}")
            return
        username = options["username"]
        writer = User.objects.filter(username=username).first() if username else _default_writer()
        if writer is None:
            raise CommandError(f"no such account: {username}" if username else "no administrator or office account")
        regions = list(Region.objects.filter(code__in=options["region"]))
        if len(regions) != len(set(options["region"])):
            raise CommandError("unknown region code")
        path = Path(options["file"])
        try:
            with path.open("rb") as handle:
                report = imports.import_file(File(handle, name=path.name), by=writer, kind=options["kind"], regions=regions,
                                             public=options["public"], on_progress=self._bar)
        except (OSError, DomainError) as error:
            raise CommandError(str(getattr(error, "message", error)))
        for error in report.errors:
            self.stderr.write(f"row {error['row']}: {error['message']}")
        if report.errors:
            raise CommandError(f"{len(report.errors)} rows refused; nothing imported")
        self.stdout.write(f"imported {len(report.imported)} draft articles")

"""``huishang backup --output FILE``: a consistent, compressed, checksummed copy while the app runs."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from huishang.vault.archive import ArchiveError
from huishang.vault.backup import create_backup
from huishang.vault.database_copy import DatabaseCopyError


class Command(BaseCommand):
    help = "Write the database and the uploaded files into one compressed archive with a manifest of SHA-256 sums."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, type=Path, help="the archive to write (.tar.gz)")

    def handle(self, *args, output, **options):
        try:
            result = create_backup(output=output)
        except (ArchiveError, DatabaseCopyError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(_("Backup written to %(path)s (%(members)s members).")
                          % {"path": result.path, "members": len(result.manifest["members"])})
        self.stdout.write(f"sha256 {result.sha256}")

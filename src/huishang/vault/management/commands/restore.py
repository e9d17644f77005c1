"""``huishang restore FILE [--force]``: a backup back into the configured database and uploads folder."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from huishang.vault.archive import ArchiveError
from huishang.vault.backup import RestoreRefused, restore_backup
from huishang.vault.database_copy import DatabaseCopyError


class Command(BaseCommand):
    help = "Restore a backup made by `huishang backup`, after checking every member's checksum."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument("--force", action="store_true", help="replace a database that holds accounts or matters")

    def handle(self, *args, archive, force, **options):
        if not archive.is_file():
            raise CommandError(_("There is no file %(path)s.") % {"path": archive})
        try:
            result = restore_backup(archive_path=archive, force=force)
        except (ArchiveError, RestoreRefused, DatabaseCopyError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(_("Restored the backup of %(created)s from %(path)s.")
                          % {"created": result.manifest.get("created_at"), "path": result.path})
        self.stdout.write(f"sha256 {result.sha256}")

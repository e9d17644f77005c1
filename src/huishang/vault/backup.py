"""``create_backup`` and ``restore_backup``: the database and the uploaded files as one checksummed archive."""

import shutil
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import DatabaseError, connection
from django.db.migrations.loader import MigrationLoader
from django.utils.translation import gettext as _

from huishang.audit.log import record_event
from huishang.core import clock
from huishang.vault import archive, database_copy
from huishang.vault.crypto import key_check
from huishang.vault.keys import key_ring
from huishang.vault.rotation import rekey

FORMAT = 1
MEDIA_PREFIX = "media/"


class RestoreRefused(Exception):
    """The restore would lose data or could not be completed; nothing was changed."""


@dataclass
class Result:
    path: Path
    sha256: str
    manifest: dict


def _app_version() -> str:
    try:
        return metadata.version("huishang")
    except metadata.PackageNotFoundError:
        return "unknown"


def _applied_migrations() -> list[str]:
    loader = MigrationLoader(connection, ignore_no_migrations=True)
    return sorted(f"{app}.{name}" for app, name in loader.applied_migrations)


def _media_files():
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.is_dir():
        for path in sorted(media_root.rglob("*")):
            if path.is_file():
                yield path, MEDIA_PREFIX + path.relative_to(media_root).as_posix()


def create_backup(*, output: Path) -> Result:
    """A consistent copy of the database, then the uploaded files, in one archive with a manifest of checksums.

    The database is copied first: uploads are written before the rows that name them and never changed
    afterwards, so every file the copied rows refer to is already there when the files are read.
    """
    output = Path(output).resolve()
    writer = archive.Writer(output)
    try:
        with tempfile.TemporaryDirectory(dir=output.parent) as scratch:
            copy = Path(scratch) / database_copy.member_name()
            database_copy.dump(copy)
            writer.add_file(copy, copy.name)
        for path, name in _media_files():
            writer.add_file(path, name)
        manifest = {
            "format": FORMAT, "created_at": clock.now().isoformat(), "app_version": _app_version(),
            "database": {"vendor": connection.vendor, "member": copy.name}, "migrations": _applied_migrations(),
            "data_key": {"id": key_ring().current_id, "check": key_check()},
        }
        sha256 = writer.finish(manifest)
    except BaseException:
        writer.abandon()
        raise
    record_event("backup", subject=output.name, detail={"sha256": sha256, "members": len(writer.members)})
    return Result(path=output, sha256=sha256, manifest={**manifest, "members": writer.members})


def _holdings() -> dict[str, int]:
    """The accounts and matters in the configured database: the work a restore would overwrite."""
    from huishang.cases.models import Matter
    from huishang.directory.models import User

    counts = {}
    for name, model in (("accounts", User), ("matters", Matter)):
        try:
            counts[name] = model.objects.count()
        except DatabaseError:
            counts[name] = 0  # no tables yet: a new database
    return counts


def _check_restorable(manifest: dict) -> None:
    if manifest.get("format") != FORMAT:
        raise RestoreRefused(_("This archive has backup format %(format)s; this version reads format %(ours)s.")
                             % {"format": manifest.get("format"), "ours": FORMAT})
    if manifest.get("database", {}).get("vendor") != connection.vendor:
        raise RestoreRefused(_("The backup holds a %(theirs)s database; the configured database is %(ours)s.")
                             % {"theirs": manifest.get("database", {}).get("vendor"), "ours": connection.vendor})
    known = {f"{app}.{name}" for app, name in MigrationLoader(None, ignore_no_migrations=True).disk_migrations}
    unknown = sorted(set(manifest.get("migrations", [])) - known)
    if unknown:
        raise RestoreRefused(_("The backup comes from a newer version of Huishang (unknown migration %(name)s).")
                             % {"name": unknown[0]})
    data_key = manifest.get("data_key", {})
    if not data_key.get("check") or key_check(data_key.get("id")) != data_key["check"]:
        raise RestoreRefused(_("The backup was made under another data key (HUISHANG_DATA_KEY); its personal "
                               "data would not decrypt. Configure the key it was made with."))


def _replace_media(extracted: Path) -> None:
    """Swap the whole uploads folder for the restored one, so no file of the replaced state lingers."""
    media_root = Path(settings.MEDIA_ROOT)
    restored = extracted / MEDIA_PREFIX.rstrip("/")
    restored.mkdir(exist_ok=True)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    staged = media_root.with_name(media_root.name + ".restoring")
    shutil.rmtree(staged, ignore_errors=True)
    shutil.copytree(restored, staged)
    retired = media_root.with_name(media_root.name + ".replaced")
    shutil.rmtree(retired, ignore_errors=True)
    if media_root.exists():
        media_root.rename(retired)
    staged.rename(media_root)
    shutil.rmtree(retired, ignore_errors=True)


def restore_backup(*, archive_path: Path, force: bool = False) -> Result:
    """Bring a backup back into the configured database and uploads folder, after every checksum, the
    data key and the version are checked; a database holding accounts or matters is replaced only with
    ``force``."""
    archive_path = Path(archive_path).resolve()
    with tempfile.TemporaryDirectory(dir=settings.DATA_DIR) as scratch:
        extracted = archive.extract_verified(archive_path, Path(scratch))
        manifest = extracted.manifest
        _check_restorable(manifest)
        holdings = _holdings()
        if any(holdings.values()) and not force:
            raise RestoreRefused(_("The configured database is not empty (it holds %(accounts)s accounts and "
                                   "%(matters)s matters); add --force to replace it.") % holdings)
        database_copy.load(extracted.path(manifest["database"]["member"]))
        _replace_media(extracted.folder)
    # A backup from an older version reaches this version's schema.
    call_command("migrate", interactive=False, verbosity=0)
    if manifest["data_key"]["id"] != key_ring().current_id:
        # Made before a key rotation: its values still read, but its lookup hashes are under the old key.
        rekey()
    sha256 = archive.file_sha256(archive_path)
    record_event("restore", subject=archive_path.name,
                 detail={"sha256": sha256, "backup_created_at": manifest.get("created_at"), "forced": force})
    return Result(path=archive_path, sha256=sha256, manifest=manifest)

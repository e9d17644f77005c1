"""The backup archive: a gzip-compressed tar whose last member, manifest.json, lists every other member
with its SHA-256, so that a restore can prove nothing was cut short or changed."""

import hashlib
import io
import json
import os
import tarfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

MANIFEST = "manifest.json"
CHUNK = 1024 * 1024


class ArchiveError(Exception):
    """The archive cannot be trusted; the message names the member at fault."""


class _HashingReader:
    """Hands tarfile the bytes of a file while hashing exactly those bytes."""

    def __init__(self, handle):
        self.handle, self.digest = handle, hashlib.sha256()

    def read(self, size=-1):
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class Writer:
    """Adds files, then the manifest; the archive appears under its name only once it is complete."""

    def __init__(self, output: Path):
        self.output = output
        self.draft = output.with_name(f".{output.name}.partial")
        # The archive holds every record: readable by the owner only, like the data key.
        self.draft.unlink(missing_ok=True)
        self.draft.touch(mode=0o600)
        self.tar = tarfile.open(self.draft, "w:gz")
        self.members: dict[str, dict] = {}

    def add_file(self, source: Path, name: str) -> None:
        with open(source, "rb") as handle:
            info = self.tar.gettarinfo(fileobj=handle, arcname=name)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            reader = _HashingReader(handle)
            self.tar.addfile(info, reader)
        self.members[name] = {"sha256": reader.digest.hexdigest(), "size": info.size}

    def finish(self, manifest: dict) -> str:
        """Write the manifest and publish the archive; returns the SHA-256 of the whole archive file."""
        body = json.dumps({**manifest, "members": self.members}, ensure_ascii=False, indent=2, sort_keys=True).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size = len(body)
        info.mode = 0o600
        self.tar.addfile(info, io.BytesIO(body))
        self.tar.close()
        with open(self.draft, "rb") as handle:
            os.fsync(handle.fileno())
        self.draft.replace(self.output)
        return file_sha256(self.output)

    def abandon(self) -> None:
        self.tar.close()
        self.draft.unlink(missing_ok=True)


@dataclass
class Extracted:
    manifest: dict
    folder: Path

    def path(self, name: str) -> Path:
        return self.folder / name


def _safe_name(name: str) -> bool:
    path = PurePosixPath(name)
    return not path.is_absolute() and ".." not in path.parts and name == str(path)


def extract_verified(archive: Path, folder: Path) -> Extracted:
    """Unpack ``archive`` into ``folder``, checking every member against the manifest before anything is
    used; raises ArchiveError naming the first member that is missing, extra, unsafe or changed."""
    found: dict[str, str] = {}
    manifest = None
    try:
        with tarfile.open(archive, "r:gz") as tar:
            for member in tar:
                if not member.isfile() or not _safe_name(member.name):
                    raise ArchiveError(_("The archive member %(member)s is not a plain file inside the archive.")
                                       % {"member": member.name})
                source = tar.extractfile(member)
                if member.name == MANIFEST:
                    manifest = json.loads(source.read())
                    continue
                target = folder / member.name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with open(target, "wb") as handle:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        handle.write(chunk)
                found[member.name] = digest.hexdigest()
    except (tarfile.TarError, EOFError, OSError, ValueError) as error:
        raise ArchiveError(_("The archive cannot be read (%(error)s); it is damaged or not a Huishang backup.")
                           % {"error": error}) from error
    if manifest is None:
        raise ArchiveError(_("The archive has no %(member)s; it is not a complete Huishang backup.")
                           % {"member": MANIFEST})
    listed = manifest.get("members", {})
    for name in sorted(set(listed) | set(found)):
        if name not in found:
            raise ArchiveError(_("The archive member %(member)s is missing.") % {"member": name})
        if name not in listed:
            raise ArchiveError(_("The archive member %(member)s is not in the manifest.") % {"member": name})
        if found[name] != listed[name]["sha256"]:
            raise ArchiveError(_("The archive member %(member)s does not match its checksum; the backup is damaged.")
                               % {"member": name})
    return Extracted(manifest=manifest, folder=folder)

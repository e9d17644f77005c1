"""``huishang backup`` and ``huishang restore`` round-trip the demo world table by table, refuse a damaged
archive naming the member, and refuse to overwrite a database that holds work unless told to."""

import io
import json
import sqlite3
import tarfile

import pytest

from tests.vault.commands import DATA_KEY, environment, huishang, table_rows

AUDIT_TABLE = "audit_auditentry"
AUDIT_HEAD_TABLE = "audit_chainhead"
ATTACHMENT = "attachments/2026/现场照片.jpg"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo world with one uploaded file, and a backup of it."""
    folder = tmp_path_factory.mktemp("backup")
    env = environment(folder / "live", folder / "live.sqlite3", HUISHANG_DEMO_PASSWORD="Demo-Backup-2026")
    huishang("demo", "--no-serve", env=env, timeout=600)
    upload = folder / "live" / "media" / ATTACHMENT
    upload.parent.mkdir(parents=True)
    upload.write_bytes(b"\xff\xd8\xff\xe0 photo of the broken road")
    archive = folder / "demo-backup.tar.gz"
    made = huishang("backup", "--output", str(archive), env=env)
    return {"folder": folder, "env": env, "archive": archive, "made": made, "upload": upload}


def usernames(database) -> set[str]:
    with sqlite3.connect(database) as connection:
        return {name for (name,) in connection.execute("SELECT username FROM directory_user")}


def audit_kinds(database):
    with sqlite3.connect(database) as connection:
        return [kind for (kind,) in connection.execute(f"SELECT kind FROM {AUDIT_TABLE} ORDER BY seq")]


def test_a_restored_backup_of_the_demo_equals_the_original_in_every_table_and_file(demo):
    folder = demo["folder"]
    target = environment(folder / "restored", folder / "restored.sqlite3")
    restored = huishang("restore", str(demo["archive"]), env=target)
    checksum = demo["made"].stdout.split("sha256 ")[1].split()[0]
    assert checksum in restored.stdout

    original, copy = table_rows(folder / "live.sqlite3"), table_rows(folder / "restored.sqlite3")
    assert original.keys() == copy.keys()
    assert len(original["directory_user"]) > 100 and len(original["cases_matter"]) > 100
    for table in original.keys() - {AUDIT_TABLE, AUDIT_HEAD_TABLE}:
        assert copy[table] == original[table], table
    # The log goes on after the copy in both places: the original records the backup, the copy its restore.
    assert audit_kinds(folder / "live.sqlite3")[-1] == "backup"
    assert audit_kinds(folder / "restored.sqlite3")[-1] == "restore"
    assert [row for row in copy[AUDIT_TABLE] if "restore" not in row] == [
        row for row in original[AUDIT_TABLE] if "backup" not in row]
    assert huishang("audit", "verify", env=target, check=False).returncode == 0

    restored_upload = folder / "restored" / "media" / ATTACHMENT
    assert restored_upload.read_bytes() == demo["upload"].read_bytes()


def test_the_manifest_lists_every_member_with_its_checksum_and_the_migration_state(demo):
    with tarfile.open(demo["archive"]) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    assert names[-1] == "manifest.json"
    # Every file of the media folder: the upload, and the documents the demo itself stored (its topics' drafts).
    media = demo["folder"] / "live" / "media"
    stored = {f"media/{path.relative_to(media).as_posix()}" for path in media.rglob("*") if path.is_file()}
    assert f"media/{ATTACHMENT}" in stored
    assert set(manifest["members"]) == set(names) - {"manifest.json"} == {"database.sqlite3", *stored}
    assert all(len(member["sha256"]) == 64 for member in manifest["members"].values())
    assert "cases.0001_initial" in manifest["migrations"] and manifest["database"]["vendor"] == "sqlite"
    assert oct(demo["archive"].stat().st_mode & 0o777) == "0o600"


def rewritten(archive, folder, *, change):
    """A copy of ``archive`` with the bytes of one member changed and the manifest kept."""
    damaged = folder / f"damaged-{change.replace('/', '_')}.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as target:
        for member in source:
            data = source.extractfile(member).read()
            if member.name == change:
                data = data[:-1] + bytes([data[-1] ^ 1])
            member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    return damaged


@pytest.mark.parametrize("member", ["database.sqlite3", f"media/{ATTACHMENT}"])
def test_a_damaged_archive_is_refused_naming_the_member_and_nothing_is_restored(demo, member):
    folder = demo["folder"]
    damaged = rewritten(demo["archive"], folder, change=member)
    database = folder / f"untouched-{member[:5]}.sqlite3"
    refused = huishang("restore", str(damaged), env=environment(folder / "untouched", database), check=False)
    assert refused.returncode == 1 and member in refused.stderr
    assert not (folder / "untouched" / "media").exists()
    with sqlite3.connect(database) as connection:
        tables = connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'directory_user'").fetchone()[0]
    assert tables == 0


def test_a_truncated_archive_is_refused_with_a_clear_error(demo):
    folder = demo["folder"]
    truncated = folder / "truncated.tar.gz"
    truncated.write_bytes(demo["archive"].read_bytes()[: demo["archive"].stat().st_size // 2])
    refused = huishang("restore", str(truncated), env=environment(folder / "cut", folder / "cut.sqlite3"), check=False)
    assert refused.returncode == 1 and "CommandError" in refused.stderr and "Traceback" not in refused.stderr


def test_a_database_holding_accounts_is_replaced_only_with_force(demo):
    folder = demo["folder"]
    target = environment(folder / "busy", folder / "busy.sqlite3")
    huishang("migrate", "--noinput", env=target)
    huishang("shell", "-c", "from huishang.directory.models import User; User.objects.create(username='zhangwei')",
             env=target)
    refused = huishang("restore", str(demo["archive"]), env=target, check=False)
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert usernames(folder / "busy.sqlite3") == {"zhangwei"}

    huishang("restore", "--force", str(demo["archive"]), env=target)
    restored = usernames(folder / "busy.sqlite3")
    assert "zhangwei" not in restored and "office" in restored


def test_a_backup_under_another_data_key_is_refused_before_anything_changes(demo):
    folder = demo["folder"]
    other_key = environment(folder / "other-key", folder / "other-key.sqlite3",
                            HUISHANG_DATA_KEY="v1:" + "A" * 43 + "=")
    refused = huishang("restore", str(demo["archive"]), env=other_key, check=False)
    assert refused.returncode == 1 and "HUISHANG_DATA_KEY" in refused.stderr


def test_a_backup_made_before_a_key_rotation_restores_and_its_lookup_hashes_follow_the_new_key(demo):
    folder = demo["folder"]
    rotated = environment(folder / "rotated", folder / "rotated.sqlite3",
                          HUISHANG_DATA_KEY=f"v2:{'B' * 43}=,v1:{DATA_KEY}")
    huishang("restore", str(demo["archive"]), env=rotated)
    check = huishang("shell", "-c", (
        "from huishang.directory.models import User; from huishang.vault.crypto import lookup_hash; "
        "users = [u for u in User.objects.all() if u.phone]; "
        "print(len(users), sum(User.objects.filter(phone_hash=lookup_hash(u.phone)).exists() for u in users))"),
        env=rotated)
    with_phone, found = map(int, check.stdout.split()[-2:])
    assert with_phone > 100 and found == with_phone

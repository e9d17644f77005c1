"""A backup taken while another connection keeps writing is one committed state of the database."""

import sqlite3
import tarfile
import threading
import time

from tests.vault.commands import environment, huishang


def pairs(database) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT batch, count(*) FROM pairs GROUP BY batch").fetchall()


def test_a_backup_taken_while_a_writer_commits_pairs_of_rows_holds_only_whole_pairs(tmp_path):
    live = tmp_path / "live.sqlite3"
    env = environment(tmp_path / "data", live)
    huishang("migrate", "--noinput", env=env)
    with sqlite3.connect(live) as connection:
        connection.execute("CREATE TABLE pairs (id INTEGER PRIMARY KEY, batch INTEGER, side TEXT)")
    stop = threading.Event()

    def write_pairs():
        connection = sqlite3.connect(live, timeout=20, isolation_level=None)
        batch = 0
        while not stop.is_set():
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO pairs (batch, side) VALUES (?, 'left')", [batch])
            connection.execute("INSERT INTO pairs (batch, side) VALUES (?, 'right')", [batch])
            connection.execute("COMMIT")
            batch += 1
            time.sleep(0.001)
        connection.close()

    writer = threading.Thread(target=write_pairs)
    writer.start()
    try:
        time.sleep(0.5)
        before = len(pairs(live))
        huishang("backup", "--output", str(tmp_path / "backup.tar.gz"), env=env)
    finally:
        stop.set()
        writer.join()
    after = len(pairs(live))

    with tarfile.open(tmp_path / "backup.tar.gz") as archive:
        archive.extract("database.sqlite3", tmp_path / "copy", filter="data")
    copy = tmp_path / "copy" / "database.sqlite3"
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copied = pairs(copy)
    assert 0 < before <= len(copied) <= after
    assert all(count == 2 for _batch, count in copied)
    assert [batch for batch, _count in copied] == list(range(len(copied)))

"""Backups that can be trusted: verified before they get their name, never left empty by a full
disk, the newest GOOD one named in every message, and a restore that works on a damaged file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.errors import DatabaseProblem
from kiosk.roster import attendees
from kiosk.store import backup, open_event_db

ROOT = Path(__file__).resolve().parents[2]


def _event(path: Path, people: int = 200):
    db = open_event_db(path)
    db.set_event("Backup test", [], "UTC")
    with db.write() as conn:
        for i in range(people):
            attendees.insert(conn, {"code": f"B-{i:05d}", "first_name": f"P{i}", "full_name": f"P{i} " + "Q" * 80})
    return db


def test_a_backup_is_verified_self_contained_and_owner_only(tmp_path):
    with _event(tmp_path / "event.sqlite") as db:
        snap = backup.snapshot(db.conn, db.path, "manual")
    assert snap.stat().st_mode & 0o077 == 0 and snap.parent.stat().st_mode & 0o077 == 0
    assert not snap.with_name(snap.name + "-wal").exists()
    assert backup.newest_good_backup(tmp_path / "event.sqlite") == snap
    assert [p.name for p in snap.parent.iterdir()] == [snap.name]          # no partial leftovers


FULL_DISK = """
import resource, signal, sys
from kiosk.store import open_event_db, backup
db = open_event_db(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)                # a full disk: writes fail with EFBIG
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    backup.snapshot(db.conn, db.path, "manual")
    print("written")
except Exception as exc:
    print(type(exc).__name__, exc)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_leaves_no_empty_backup_and_messages_name_the_newest_good_one(tmp_path, cli):
    db_path = tmp_path / "event.sqlite"
    with _event(db_path) as db:
        good = backup.snapshot(db.conn, db.path, "good")
    size = db_path.stat().st_size
    out = subprocess.run([sys.executable, "-c", FULL_DISK, str(db_path), str(size // 3)], capture_output=True,
                         text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert out.stdout.startswith("DatabaseProblem"), out
    assert "disk is full" in out.stdout and "Nothing in the event database was changed" in out.stdout
    assert sorted(p.name for p in backup.backup_dir(db_path).iterdir()) == [good.name]     # no 0-byte "latest"
    # An empty file left by an older version is never the one offered.
    (backup.backup_dir(db_path) / "event-29991231-235959-000000-manual.sqlite").write_bytes(b"")
    assert backup.newest_good_backup(db_path) == good
    listed = cli("backup", "--list", "--db", db_path, "--json").json()
    assert [(Path(x["path"]).name, x["good"]) for x in listed] == [
        ("event-29991231-235959-000000-manual.sqlite", False), (good.name, True)]
    db_path.write_bytes(db_path.read_bytes()[:4096])                     # then the file is cut short
    result = cli("roster", "--db", db_path)
    assert result.code == 2 and str(good) in result.stderr and "29991231" not in result.stderr


def test_a_damaged_database_is_not_backed_up_as_if_it_were_good(tmp_path):
    db_path = tmp_path / "event.sqlite"
    with _event(db_path) as db:
        good = backup.snapshot(db.conn, db.path, "good")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    middle = len(data) // 4096 // 2
    data[middle * 4096:(middle + 2) * 4096] = os.urandom(8192)
    db_path.write_bytes(bytes(data))
    import sqlite3

    conn = sqlite3.connect(db_path)
    with pytest.raises(DatabaseProblem, match="event database itself is damaged|is damaged"):
        backup.snapshot(conn, db_path, "after-damage")
    conn.close()
    assert backup.newest_good_backup(db_path) == good
    assert len(backup.list_backups(db_path)) == 1


def test_restore_keeps_a_healthy_file_as_a_snapshot_and_a_damaged_one_aside(tmp_path, cli):
    db_path = tmp_path / "event.sqlite"
    with _event(db_path, people=5) as db:
        good = backup.snapshot(db.conn, db.path, "good")
        with db.write() as conn:
            attendees.insert(conn, {"code": "LATER", "first_name": "Later"})
    healthy = cli("restore", good, "--db", db_path, "--json")
    assert healthy.code == 0 and healthy.json()["previous_saved_as"] and not healthy.json()["damaged_kept_as"]
    with open_event_db(db_path) as db:
        assert attendees.find_by_code(db, "LATER") is None
    before = open_event_db(Path(healthy.json()["previous_saved_as"]))
    assert attendees.find_by_code(before, "LATER") is not None            # what was replaced is not lost
    before.close()
    db_path.write_bytes(b"\x00" * 8192)                                    # now a damaged file
    damaged = cli("restore", good, "--db", db_path, "--json")
    assert damaged.code == 0, damaged
    kept = Path(damaged.json()["damaged_kept_as"])
    assert kept.read_bytes() == b"\x00" * 8192 and "damaged" in kept.name and kept.stat().st_mode & 0o077 == 0
    assert cli("roster", "--db", db_path, "--json").code == 0


def test_a_bad_backup_is_refused_and_the_good_one_named(tmp_path, cli):
    db_path = tmp_path / "event.sqlite"
    with _event(db_path, people=5) as db:
        good = backup.snapshot(db.conn, db.path, "good")
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    stranger = tmp_path / "stranger.sqlite"
    import sqlite3

    conn = sqlite3.connect(stranger)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for bad, words in ((empty, "empty (0 bytes)"), (stranger, "not an event database"), (tmp_path, "is a folder")):
        result = cli("restore", bad, "--db", db_path)
        assert result.code == 2 and words in result.stderr and str(good) in result.stderr, result
    with open_event_db(db_path) as db:
        assert attendees.count(db) == 5


KILLED = """
import sys
from pathlib import Path
from kiosk.store import backup, open_event_db
db_path, what, source = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
print("ready", flush=True)
for _ in range(50):
    if what == "backup":
        with open_event_db(db_path) as db:
            backup.snapshot(db.conn, db.path, "loop")
    else:
        backup.restore(Path(source), db_path)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("what", ["backup", "restore"])
def test_a_killed_backup_or_restore_leaves_no_bad_backup_and_always_an_event_file(tmp_path, what):
    import random
    import signal
    import time

    db_path = tmp_path / "event.sqlite"
    with _event(db_path, people=4000) as db:
        good = backup.snapshot(db.conn, db.path, "good")
    rng = random.Random(20261128)
    for _round in range(4):
        if what == "restore" and _round % 2:
            db_path.write_bytes(db_path.read_bytes()[:8192])          # damaged: restore must move it aside
        proc = subprocess.Popen([sys.executable, "-c", KILLED, str(db_path), what, str(good)], stdout=subprocess.PIPE,
                                text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert proc.stdout.readline().startswith("ready")
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        proc.stdout.close()
        assert db_path.exists(), "the event database vanished"
        for snap in backup.list_backups(db_path):                     # whatever is named a backup is good
            assert backup.filecheck.verify(snap) is None, snap
    newest = backup.newest_good_backup(db_path)
    assert newest is not None
    result = backup.restore(newest, db_path)                          # and it can always be put right
    with open_event_db(db_path) as db:
        assert attendees.count(db) == 4000
    assert result["restored"] == str(db_path)

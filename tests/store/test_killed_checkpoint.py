"""A process killed while SQLite copies its write-ahead log into the event file (a checkpoint: at
the end of an import, a migration, or any write that makes the file grow) leaves the file's first
page already saying its new size while the pages after it are still only in the -wal. SQLite
recovers every row from the -wal; the app must not call such a file "damaged (cut short)" and tell
the organizer to start over. Found killing `kiosk roster` while it migrated an old event file."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from pathlib import Path

from kiosk.roster import attendees
from kiosk.store import open_event_db
from kiosk.store.filecheck import problem_with

WAL_HEADER, FRAME_HEADER = 32, 24


def _page_one_from_wal(db: Path) -> None:
    """Write the newest copy of page 1 in the -wal into the main file: a checkpoint killed right
    after its first page."""
    wal = db.with_name(db.name + "-wal").read_bytes()
    page_size = struct.unpack(">I", wal[8:12])[0]
    newest = None
    for offset in range(WAL_HEADER, len(wal) - FRAME_HEADER - page_size + 1, FRAME_HEADER + page_size):
        if struct.unpack(">I", wal[offset:offset + 4])[0] == 1:
            newest = wal[offset + FRAME_HEADER:offset + FRAME_HEADER + page_size]
    assert newest is not None
    with open(db, "r+b") as fh:
        fh.write(newest)


def test_a_checkpoint_killed_after_its_first_page_loses_nothing_and_is_not_called_damaged(tmp_path, cli):
    live_path = tmp_path / "live.sqlite"
    with open_event_db(live_path) as db:
        db.set_event("Checkpoint", [], "UTC")
    live = sqlite3.connect(live_path, isolation_level=None)  # keeps the -wal from being checkpointed at close
    live.execute("SELECT count(*) FROM event").fetchone()
    with open_event_db(live_path) as db:
        db.conn.execute("PRAGMA wal_autocheckpoint = 0")     # the growth stays in the -wal
        with db.write() as conn:
            for i in range(3000):
                attendees.insert(conn, {"code": f"C-{i:05d}", "first_name": f"P{i}", "full_name": f"P{i} Q" * 5})
    crash = tmp_path / "crash"
    crash.mkdir()
    for suffix in ("", "-wal"):                              # the files as the kill leaves them
        shutil.copy(live_path.with_name(live_path.name + suffix), crash / ("event.sqlite" + suffix))
    live.close()
    db_path = crash / "event.sqlite"
    _page_one_from_wal(db_path)
    assert db_path.stat().st_size < int.from_bytes(db_path.read_bytes()[28:32], "big") * 4096   # "cut short"

    assert problem_with(db_path) is None
    roster = cli("roster", "--db", db_path, "--json")
    assert roster.code == 0, roster
    assert len(roster.json()) == 3000
    assert cli("checkin", "C-00001", "--db", db_path).code == 0
    with open_event_db(db_path) as db:
        assert db.scalar("PRAGMA integrity_check") == "ok"


def test_a_file_really_cut_short_beside_a_write_ahead_log_is_still_called_damaged(tmp_path, cli):
    path = tmp_path / "event.sqlite"
    with open_event_db(path) as db:
        db.set_event("Cut", [], "UTC")
        with db.write() as conn:
            for i in range(3000):
                attendees.insert(conn, {"code": f"C-{i:05d}", "first_name": f"P{i}", "full_name": f"P{i} Q" * 5})
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    path.with_name(path.name + "-wal").write_bytes(b"")      # an empty log left beside it
    result = cli("roster", "--db", path)
    assert result.code == 2 and "damaged" in result.stderr, result

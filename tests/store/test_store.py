"""The event database file: owner-only, WAL, migrations, backups, and clear messages when it is broken."""

import contextlib
import os
import sqlite3
import stat

import pytest

from kiosk.errors import DatabaseProblem
from kiosk.store import backup, open_event_db
from kiosk.store.migrations import MIGRATIONS
from kiosk.store import settings


def test_new_database_is_owner_only_wal_and_migrated(db_path):
    db = open_event_db(db_path)
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA user_version") == len(MIGRATIONS)
    db.close()


def test_event_and_settings_round_trip(event_db):
    event = event_db.event()
    assert event["days"] == ["2026-07-08", "2026-07-09", "2026-07-10"]
    assert event["timezone"] == "America/Toronto" and len(event["secret"]) == 64
    settings.set_value(event_db, "badge_stock", "avery-5392")
    assert settings.get(event_db, "badge_stock") == "avery-5392"


def test_unknown_time_zone_is_refused(event_db):
    with pytest.raises(Exception, match="time zone"):
        event_db.set_event("X", [], "Mars/Olympus")


def test_missing_database_is_not_invented(tmp_path):
    with pytest.raises(DatabaseProblem, match="kiosk init"):
        open_event_db(tmp_path / "nope.sqlite", create=False)


def test_damaged_database_names_the_file_and_the_latest_backup(tmp_path, event_db):
    snap = backup.snapshot(event_db.conn, event_db.path, "test")
    bad = tmp_path / "event.sqlite"
    event_db.close()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"event.sqlite{suffix}").unlink(missing_ok=True)
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseProblem) as info:
        open_event_db(bad)
    assert str(bad) in str(info.value) and str(snap) in str(info.value)


def test_backups_rotate_and_restore(tmp_path, event_db):
    paths = [backup.snapshot(event_db.conn, event_db.path, f"n{i}", keep=3) for i in range(5)]
    remaining = sorted(backup.backup_dir(event_db.path).glob("*.sqlite"))
    assert remaining == paths[-3:]
    assert stat.S_IMODE(os.stat(paths[-1]).st_mode) == 0o600
    event_db.set_event("Renamed", [], "UTC")
    target = tmp_path / "restored.sqlite"
    backup.restore(paths[-1], target)
    with contextlib.closing(sqlite3.connect(target)) as restored:
        assert restored.execute("SELECT name FROM event").fetchone()[0] == "Test Training"


def test_read_only_database_gives_a_clear_message(tmp_path, event_db):
    if os.geteuid() == 0:
        # root ignores file permissions: use SQLite's own read-only mode instead.
        conn = sqlite3.connect(f"file:{event_db.path}?mode=ro", uri=True, isolation_level=None)
        from kiosk.store.database import EventDB

        ro = EventDB(event_db.path, conn)
    else:
        os.chmod(event_db.path, 0o400)
        ro = open_event_db(event_db.path)
    with ro, pytest.raises(DatabaseProblem, match="read-only"):
        settings.set_value(ro, "max_reprints", 1)

"""After `kiosk purge`, no personal data remains in the file bytes (WAL included), backups are gone,
and the report still works with the same anonymous counts."""

from __future__ import annotations

import sqlite3

import pytest

from kiosk.reports import stats
from kiosk.store import backup

from .conftest import PEOPLE
from kiosk.store import settings


def personal_strings(walk_in_code):
    values = {"Walker Inn", "walker.inn@example.org", "Printer jammed while printing Dana Levi",
              "scanned the wrong ticket", "+1 514 555 0101", "NOPE-1", walk_in_code, "il/lui"}
    for p in PEOPLE:
        values |= {p["email"], p.get("organization", ""), p.get("notes", ""), p["code"],
                   f"{p['first_name']} {p['last_name']}", p["last_name"]}
        if len(p["first_name"]) >= 4:
            values.add(p["first_name"])
    return {v for v in values if v}


def file_bytes(db_path):
    data = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def comparable(s):
    s = dict(s)
    s.pop("generated_at")
    return s


def test_purge_keep_stats_leaves_no_personal_bytes_and_the_same_counts(people, event_db, db_path, tmp_path, cli):
    walk_code = next(c for c in people if c.startswith("W-"))
    secrets = personal_strings(walk_code)
    backup.snapshot(event_db.conn, db_path, "before-test")
    settings.set_value(event_db, "sync_hub", "postgresql://kiosk:pw@hub.local/event")
    assert any(v.encode() in file_bytes(db_path) for v in secrets)        # the check can see them before
    before = comparable(stats.collect(event_db))
    event_db.close()

    result = cli("purge", "--db", db_path, "--keep-stats", "--yes", "--json")
    assert result.code == 0, result
    info = result.json()
    assert info["residue"] == [] and info["backups_removed"] == 1 and info["attendees"] == 8
    assert info["forgot_sync_hub"]
    assert not backup.backup_dir(db_path).exists()

    data = file_bytes(db_path)
    left = sorted(v for v in secrets if v.encode("utf-8") in data)
    assert left == [], f"personal data still in the file: {left}"
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0

    from kiosk.store import open_event_db

    with open_event_db(db_path) as db:
        after = comparable(stats.collect(db))
        assert after == before
        assert not settings.is_set(db, "sync_hub")
        # The append-only guards are back.
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.conn.execute("DELETE FROM checkins")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.conn.execute("UPDATE scan_attempts SET payload = 'x'")
    report = cli("report", "--db", db_path, "--out", tmp_path / "after.pdf")
    assert report.code == 0, report
    text = pdf_text(tmp_path / "after.pdf")
    assert "Personal data was removed" in text and "7" in text


def test_purge_without_keep_stats_deletes_everyone(people, event_db, db_path, tmp_path, cli):
    event_db.close()
    assert cli("purge", "--db", db_path, "--yes").code == 0
    from kiosk.store import open_event_db

    with open_event_db(db_path) as db:
        for table in ("attendees", "attendee_codes", "checkins", "scan_attempts", "print_jobs", "sources"):
            assert db.scalar(f"SELECT count(*) FROM {table}") == 0, table
        assert db.event()["name"] == "Test Training"
    data = file_bytes(db_path)
    assert not [v for v in personal_strings("W-") if len(v) > 3 and v.encode() in data]
    assert cli("report", "--db", db_path, "--out", tmp_path / "empty.pdf").code == 0


def test_purge_asks_before_doing_anything(people, event_db, db_path, cli):
    event_db.close()
    refused = cli("purge", "--db", db_path, "--keep-stats")
    assert refused.code != 0 and "--yes" in refused.stderr
    from kiosk.store import open_event_db

    with open_event_db(db_path) as db:
        assert db.scalar("SELECT count(*) FROM attendees WHERE email != ''") == 7


def pdf_text(path):
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_purge_removes_badge_fixes_and_the_names_in_reprint_overrides(people, event_db, db_path, cli):
    from kiosk.badges import overrides
    from kiosk.printing import queue

    someone = event_db.scalar("SELECT id FROM attendees WHERE status = 'active' ORDER BY id LIMIT 1")
    overrides.set_badge_text(event_db, someone, first_name="Philomène-Perceval", by="Organizer Oriane", station="desk")
    settings.set_value(event_db, "max_reprints", 0)
    queue.enqueue(event_db, someone, "checkin")
    queue.enqueue(event_db, someone, "reprint", "desk", override=queue.Override("lost at the gala dinner", "Organizer Oriane"))
    event_db.close()
    assert cli("purge", "--db", db_path, "--keep-stats", "--yes").code == 0
    data = file_bytes(db_path)
    for secret in ("Philomène-Perceval", "Organizer Oriane", "lost at the gala dinner"):
        assert secret.encode() not in data, secret
    from kiosk.store import open_event_db

    with open_event_db(db_path) as db:
        assert db.scalar("SELECT count(*) FROM badge_texts") == 0
        assert db.scalar("SELECT count(*) FROM print_overrides") == 1          # the count stays, anonymous
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.conn.execute("DELETE FROM print_overrides")          # the guards are back
    assert cli("purge", "--db", db_path, "--yes").code == 0

"""A damaged event file meets every command: each answers with a clear message (or works, where the
damage cannot matter), none with a traceback, none writes into the damaged file, and
`kiosk restore BACKUP` replaces it while keeping the damaged one aside.

Damage, as bad luck delivers it: a garbled header, a garbled first page, garbled pages in the
middle, a file cut short (on a page boundary and not), an empty (0-byte) file, a PNG named .sqlite,
and a write-ahead log deleted before it was checkpointed.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from kiosk.checkin import check_in
from kiosk.roster import attendees
from kiosk.store import open_event_db
from kiosk.store.backup import snapshot
from tests.conftest import FIXTURES

N_PEOPLE = 300
PAGE = 4096


def _commands(tmp: Path, code: str) -> list[tuple[str, ...]]:
    out = tmp / "out"
    return [
        ("roster",), ("roster", "--search", "person"), ("stats",),
        ("export", "--out", out / "a.csv"), ("export", "--out", out / "a.xlsx"),
        ("export", "--kind", "log", "--out", out / "log.csv"), ("export", "--kind", "noshows", "--out", out / "n.csv"),
        ("import", FIXTURES / "exports" / "tito_tickets.csv", "--dry-run"),
        ("import", FIXTURES / "exports" / "tito_tickets.csv"),
        ("checkin", code), ("checkin", "nobody-has-this"), ("undo", code, "--reason", "test"),
        ("settings", "list"), ("settings", "get", "station_name"), ("settings", "set", "station_name", "Door 9"),
        ("settings", "unset", "dedupe_seconds"),
        ("backup",), ("backup", "--list"),
        ("badges", "--out", out / "badges.pdf"), ("report", "--out", out / "report.pdf"),
        ("tickets", "--out", out / "tickets"), ("print", "--list"), ("print", code),
        ("sync", "--status"), ("sync", "--duplicates"),
        ("sync", "--hub", "postgresql://nobody@127.0.0.1:1/nothing?connect_timeout=1"),
        ("init", "--name", "Another event"), ("demo",), ("purge", "--yes"),
    ]


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> Path:
    """A three-day event with N_PEOPLE attendees, check-ins and a good backup."""
    folder = tmp_path_factory.mktemp("healthy")
    path = folder / "event.sqlite"
    with open_event_db(path) as db:
        db.set_event("Damage test", [], "UTC")
        with db.write() as conn:
            for i in range(N_PEOPLE):
                attendees.insert(conn, {"code": f"D-{i:05d}", "first_name": f"Person{i}", "last_name": f"Family{i}",
                                        "full_name": f"Person{i} Family{i}", "email": f"p{i}@example.org",
                                        "organization": "Org " * 20, "notes": "" if i % 7 else "x" * 200})
        for i in range(0, N_PEOPLE, 3):
            check_in(db, f"D-{i:05d}", station="desk")
        snapshot(db.conn, db.path, "good")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _garble(data: bytearray, start: int, end: int, seed: int) -> None:
    rng = random.Random(seed)
    data[start:end] = bytes(rng.getrandbits(8) for _ in range(end - start))


def _damage(kind: str, path: Path) -> None:
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    if kind == "header":
        _garble(data, 0, 100, 1)
    elif kind == "first page":
        _garble(data, 100, PAGE, 2)
    elif kind == "middle pages":
        for page in range(pages // 3, 2 * pages // 3, 2):
            _garble(data, page * PAGE, (page + 1) * PAGE, page)
    elif kind == "cut on a page boundary":
        data = data[: (pages // 2) * PAGE]
    elif kind == "cut anywhere":
        data = data[: len(data) // 2 + 123]
    elif kind == "0 bytes":
        data = bytearray()
    elif kind == "a picture":
        data = bytearray((FIXTURES.parent.parent / "resources" / "icons" / "app.png").read_bytes()
                         if (FIXTURES.parent.parent / "resources" / "icons" / "app.png").exists()
                         else b"\x89PNG\r\n\x1a\n" + bytes(5000))
    path.write_bytes(bytes(data))


DAMAGE = ["header", "first page", "middle pages", "cut on a page boundary", "cut anywhere", "0 bytes", "a picture"]


def _fingerprint(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


@pytest.mark.parametrize("kind", DAMAGE)
def test_every_command_on_a_damaged_file_says_so_and_writes_nothing(kind, healthy, tmp_path, cli):
    db = tmp_path / "event.sqlite"
    shutil.copy(healthy, db)
    shutil.copytree(healthy.parent / "event-backups", tmp_path / "event-backups")
    good = next((tmp_path / "event-backups").glob("*-good.sqlite"))
    _damage(kind, db)
    before = _fingerprint(db)
    (tmp_path / "out").mkdir()
    for args in _commands(tmp_path, "D-00001"):
        result = cli(*args, "--db", db)
        shown = " ".join(str(a) for a in args)
        assert "Traceback" not in result.stderr + result.stdout, (kind, shown, result)
        assert result.code == 2, (kind, shown, result)
        message = result.stderr
        assert "This is a bug" not in message, (kind, shown, message)
        assert str(db) in message, (kind, shown, message)
        assert ("damaged" in message or "empty (0 bytes)" in message or "not an event database" in message), \
            (kind, shown, message)
        assert str(good) in message and "kiosk restore" in message, (kind, shown, message)   # the way out
        assert _fingerprint(db) == before, (kind, shown)                                   # nothing written
    assert not list((tmp_path / "out").iterdir())                                          # nor half an export
    assert [p.name for p in (tmp_path / "event-backups").glob("*.sqlite")] == [good.name]  # no bad "backup"

    restored = cli("restore", good, "--db", db, "--json")
    assert restored.code == 0, restored
    kept = Path(restored.json()["damaged_kept_as"])
    assert "damaged" in kept.name and kept.read_bytes() == bytes() or _fingerprint(kept) == before
    roster = cli("roster", "--db", db, "--json")
    assert roster.code == 0 and len(roster.json()) == N_PEOPLE
    assert cli("checkin", "D-00002", "--db", db).code == 0


def test_a_lost_write_ahead_log_leaves_a_consistent_older_file(healthy, tmp_path, cli):
    """The -wal deleted before a checkpoint: what it held is gone (SQLite cannot know), but every
    command works on the consistent older file, with no traceback."""
    db = tmp_path / "event.sqlite"
    shutil.copy(healthy, db)
    live = sqlite3.connect(db, isolation_level=None)
    live.execute("PRAGMA journal_mode = WAL")
    live.execute("PRAGMA wal_autocheckpoint = 0")
    live.execute("UPDATE attendees SET first_name = 'Changed' WHERE code = 'D-00004'")
    shutil.copy(db, tmp_path / "copy.sqlite")       # the main file as a crash would leave it, no -wal
    live.close()
    db.unlink()
    db.with_name(db.name + "-wal").unlink(missing_ok=True)
    db.with_name(db.name + "-shm").unlink(missing_ok=True)
    (tmp_path / "copy.sqlite").rename(db)
    (tmp_path / "out").mkdir()
    for args in _commands(tmp_path, "D-00001"):
        result = cli(*args, "--db", db)
        assert "Traceback" not in result.stderr + result.stdout, (args, result)
        assert result.code in (0, 1, 2), (args, result)
        if result.code == 2:
            assert "This is a bug" not in result.stderr and result.stderr.strip(), (args, result)
    with open_event_db(db) as after:
        assert after.scalar("PRAGMA integrity_check") == "ok"


def test_an_empty_file_is_never_taken_for_a_new_event(tmp_path, cli):
    db = tmp_path / "event.sqlite"
    db.write_bytes(b"")
    for args in (("init", "--name", "New"), ("demo",), ("sync", "--hub", "postgresql://x@127.0.0.1:1/x")):
        result = cli(*args, "--db", db)
        assert result.code == 2 and "empty (0 bytes)" in result.stderr, result
        assert "No good backup" in result.stderr
    assert db.read_bytes() == b""
    with pytest.raises(Exception, match="empty"):
        open_event_db(db)


def test_a_folder_a_pipe_or_a_device_is_refused_at_once(tmp_path, cli):
    import os

    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    for target, words in ((tmp_path, "is a folder"), (fifo, "not a regular file"), (Path("/dev/zero"), "not a regular file")):
        result = cli("roster", "--db", target)
        assert result.code == 2 and words in result.stderr, result


def test_another_programs_database_is_not_made_into_an_event(tmp_path, cli):
    other = tmp_path / "firefox-places.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    result = cli("init", "--name", "Oops", "--db", other)
    assert result.code == 2 and "another program" in result.stderr
    assert other.read_bytes() == before

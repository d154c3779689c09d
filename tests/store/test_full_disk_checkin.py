"""A full disk at the desk: the volunteer is told the disk is full (not that it is failing), the
check-in is refused as not saved, and nothing already saved is lost; once space is freed the same
scan checks the person in.

SQLite reports a full disk in two ways: SQLITE_FULL when a page cannot be written, and
SQLITE_IOERR_SHMSIZE when the shared-memory index (`-shm`) of the write-ahead log cannot grow, which
is what a station opening the file, a second window or `kiosk checkin` in a terminal meets first.
The second used to be called "a removed USB stick, a failing disk".
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

FULL = "is full. Free some space"
FAILING = "could not be read or written"


def _fill(folder: Path) -> None:
    """Fill the disk to the last byte: big writes first, then small ones."""
    for name, chunk in (("filler", 1 << 16), ("filler2", 512), ("filler3", 1)):
        with contextlib.suppress(OSError), open(folder / name, "wb", buffering=0) as fh:
            while True:
                fh.write(b"\0" * chunk)


def _free(folder: Path) -> None:
    for name in ("filler", "filler2", "filler3"):
        (folder / name).unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path):
    """A real 2 MB disk (tmpfs): needs root, as CI's machine has; skipped elsewhere."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    folder = tmp_path / "disk"
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _uids(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT uid FROM checkins")}
    finally:
        conn.close()


def test_a_full_disk_during_a_checkin_says_full_and_loses_nothing(small_disk, cli):
    from kiosk.checkin import check_in
    from kiosk.errors import DatabaseProblem
    from kiosk.eventdays import today
    from kiosk.roster import attendees
    from kiosk.store import open_event_db

    path = small_disk / "event.sqlite"
    desk = open_event_db(path)                    # the desk's connection, open all day
    desk.set_event("Training", [today("America/Toronto")], "America/Toronto")
    with desk.write() as conn:
        for i in range(1, 6):
            attendees.insert(conn, {"code": f"K-{i}", "first_name": f"P{i}", "full_name": f"P{i}"})
    for code in ("K-1", "K-2"):
        assert check_in(desk, code, station="desk").verdict == "ok"
    saved = _uids(path)
    assert len(saved) == 2

    _fill(small_disk)
    try:
        # The desk, already open: the check-in is refused, saying what to do.
        with pytest.raises(DatabaseProblem) as refused:
            check_in(desk, "K-3", station="desk")
        assert FULL in str(refused.value) and FAILING not in str(refused.value)
    finally:
        _free(small_disk)
    assert check_in(desk, "K-3", station="desk").verdict == "ok"     # space freed: the same scan goes in
    saved = _uids(path)
    desk.close()                                  # the last connection: -wal and -shm go

    # The disk fills while no window is open; the station starts, a terminal checks someone in.
    _fill(small_disk)
    try:
        assert not (small_disk / "event.sqlite-shm").exists()
        with pytest.raises(DatabaseProblem) as refused:
            open_event_db(path)
        assert FULL in str(refused.value) and FAILING not in str(refused.value)
        paper = small_disk.parent / "paper.csv"
        paper.write_text("code,at\nK-4,\n", encoding="utf-8")
        for args in (("checkin", "K-4"), ("checkin", "--from-file", str(paper))):
            done = cli(*args, "--db", path)
            said = done.stdout + done.stderr
            assert done.code != 0 and FULL in said and FAILING not in said, said
            assert "Traceback" not in said and "This is a bug" not in said
    finally:
        _free(small_disk)

    assert _uids(path) >= saved                   # nothing already saved is lost
    done = cli("checkin", "K-4", "--db", path)    # space freed: the same scan checks the person in
    assert done.code == 0, done.stdout + done.stderr
    assert len(_uids(path)) == 4


@pytest.mark.parametrize("free, expected", [(0, FULL), (100_000, FULL), (50 << 20, FAILING)])
def test_an_index_that_cannot_grow_is_a_full_disk_only_when_the_disk_is_full(tmp_path, monkeypatch, free, expected):
    import shutil

    from kiosk.store.database import classify_sqlite_error

    real = shutil.disk_usage(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: real._replace(free=free))
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
    problem = classify_sqlite_error(tmp_path / "event.sqlite", exc)
    assert problem is not None and expected in str(problem)

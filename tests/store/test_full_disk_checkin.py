"""A full disk at the desk: the volunteer is told the disk is full (not that it is failing), the
check-in is refused as not saved, and nothing already saved is lost; once space is freed the same
scan checks the person in. A file of paper check-ins stops at the first line the disk refuses and
names every line not checked in (it said the same long refusal once per line, as "not read").

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
        for i in range(1, 7):
            attendees.insert(conn, {"code": f"K-{i}", "first_name": f"P{i}", "full_name": f"P{i}"})
    for code in ("K-1", "K-2"):
        assert check_in(desk, code, station="desk").verdict == "ok"
    saved = _uids(path)
    assert len(saved) == 2
    paper = small_disk.parent / "paper.csv"
    paper.write_text("code,at\nK-4,\nK-5,\n" + "".join(f"X-{i},\n" for i in range(12)), encoding="utf-8")

    _fill(small_disk)
    try:
        # The desk, already open: the check-in is refused, saying what to do.
        with pytest.raises(DatabaseProblem) as refused:
            check_in(desk, "K-3", station="desk")
        assert FULL in str(refused.value) and FAILING not in str(refused.value)
        # Paper check-ins typed in meanwhile: stopped at the first line, said once, every line left named.
        done = cli("checkin", "--from-file", paper, "--db", path)
        said = done.stdout + done.stderr
        assert done.code == 2 and said.count(FULL) == 1 and "Stopped at line 2" in said, said
        assert "NOT checked in: 14 line(s) (2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 4 more)" in said, said
    finally:
        _free(small_disk)
    assert check_in(desk, "K-3", station="desk").verdict == "ok"     # space freed: the same scan goes in
    done = cli("checkin", "--from-file", paper, "--db", path, "--json")
    assert done.code == 0 and done.json()["counts"] == {"ok": 2, "unknown": 12}, done.stdout + done.stderr
    saved = _uids(path)
    desk.close()                                  # the last connection: -wal and -shm go

    # The disk fills while no window is open; the station starts, a terminal checks someone in.
    _fill(small_disk)
    try:
        assert not (small_disk / "event.sqlite-shm").exists()
        with pytest.raises(DatabaseProblem) as refused:
            open_event_db(path)
        assert FULL in str(refused.value) and FAILING not in str(refused.value)
        paper.write_text("code,at\nK-6,\n", encoding="utf-8")
        for args in (("checkin", "K-6"), ("checkin", "--from-file", str(paper))):
            done = cli(*args, "--db", path)
            said = done.stdout + done.stderr
            assert done.code != 0 and FULL in said and FAILING not in said, said
            assert "Traceback" not in said and "This is a bug" not in said
    finally:
        _free(small_disk)

    assert _uids(path) >= saved                   # nothing already saved is lost
    done = cli("checkin", "K-6", "--db", path)    # space freed: the same scan checks the person in
    assert done.code == 0, done.stdout + done.stderr
    assert len(_uids(path)) == 6


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


def test_paper_checkins_stop_at_the_first_line_the_event_file_refuses(event_db, tmp_path, monkeypatch):
    """Without root (no small disk to fill): the disk fills after the first paper line went in."""
    from kiosk import paper_checkins
    from kiosk.errors import DatabaseProblem
    from kiosk.roster import attendees

    with event_db.write() as conn:
        for i in range(1, 4):
            attendees.insert(conn, {"code": f"K-{i}", "first_name": f"P{i}", "full_name": f"P{i}"})
    real, calls = paper_checkins.check_in, []

    def disk_fills(db, code, **kw):
        calls.append(code)
        if len(calls) > 1:
            raise DatabaseProblem(f"The disk holding the event database {db.path} is full. Free some space.")
        return real(db, code, **kw)

    monkeypatch.setattr(paper_checkins, "check_in", disk_fills)
    paper = tmp_path / "paper.csv"
    paper.write_text("code,at\nK-1,2026-07-08 09:00\nK-3,2026-07-08 09:30\nK-2,2026-07-08 09:10\n", encoding="utf-8")
    report = paper_checkins.record_paper_checkins(event_db, paper, "Door 2")
    assert calls == ["K-1", "K-2"]                 # in time order; nothing tried after the refusal
    assert report.counts["ok"] == 1 and report.stopped == {"line": 4, "error": report.stopped["error"],
                                                          "not_saved": [3, 4]}
    text = report.text()
    assert text.count("is full") == 1 and "Stopped at line 4" in text and "NOT checked in: 2 line(s) (3, 4)" in text

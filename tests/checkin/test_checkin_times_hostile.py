"""Times a person types for a check-in (`kiosk checkin --at`, the `at` column of a paper check-in
file) as bad luck and typos deliver them: year 0001, 9999, next year, a time zone ahead of UTC
that pushes 0001-01-01 before the first day a computer can hold. Each is refused with a message
that says how to write it; none is stored, so no export, report or undo later meets a time it
cannot show. And the paper file itself may be a pipe, a device or far too large."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kiosk.store import open_event_db
from tests.conftest import add, kiosk_capped

TYPOS = ["0001-01-01 00:00", "0001-01-01T00:00+14:00", "9999-12-31T23:59-12:00", "9999-12-31 23:59", "1900-01-01 08:00",
         "2099-07-08 09:00"]


@pytest.fixture
def tokyo(db_path):
    """An event ahead of UTC, with no days set: every day is an event day."""
    with open_event_db(db_path) as db:
        db.set_event("Tokyo", [], "Asia/Tokyo")
        add(db, code="T-1", first_name="Aiko", last_name="Sato")
        add(db, code="T-2", first_name="Ben", last_name="Ito")
    return db_path


def _no_checkins(db_path) -> bool:
    with open_event_db(db_path) as db:
        return db.scalar("SELECT count(*) FROM checkins") == 0


@pytest.mark.parametrize("typed", TYPOS)
def test_a_checkin_time_no_event_has_is_refused_with_how_to_write_it(tokyo, cli, typed):
    result = cli("checkin", "T-1", "--at", typed, "--db", tokyo)
    assert result.code == 2, result
    assert "This is a bug" not in result.stderr and "Traceback" not in result.stderr
    assert "2026-07-08" in result.stderr            # how to write one
    assert _no_checkins(tokyo)
    # every command that shows times still works
    for args in (("stats",), ("export", "--kind", "log", "--out", Path(tokyo).parent / "log.csv"), ("roster",)):
        assert cli(*args, "--db", tokyo).code == 0


def test_a_paper_file_with_impossible_times_reports_those_lines_and_records_the_others(tokyo, cli, tmp_path):
    paper = tmp_path / "paper.csv"
    paper.write_text("code,at\n" + "".join(f"T-1,{t}\n" for t in TYPOS) + "T-2,2026-07-08 09:00\n", encoding="utf-8")
    result = cli("checkin", "--from-file", paper, "--db", tokyo, "--json")
    assert result.code == 1, result
    report = result.json()
    assert [b["line"] for b in report["bad_lines"]] == list(range(2, 2 + len(TYPOS)))
    assert all("2026-07-08 09:42" in b["error"] for b in report["bad_lines"])
    assert report["counts"] == {"ok": 1}
    assert cli("export", "--kind", "log", "--out", tmp_path / "log.csv", "--db", tokyo).code == 0


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
def test_a_paper_file_that_is_a_pipe_or_a_device_is_refused_at_once(tokyo, tmp_path):
    fifo = tmp_path / "paper.csv"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/zero"), tmp_path):
        out = kiosk_capped("checkin", "--from-file", target, "--db", tokyo, timeout=30)
        assert out.returncode == 2, (target, out)
        assert "not a regular file" in out.stderr or "is a folder" in out.stderr, (target, out.stderr)
        assert "Traceback" not in out.stderr and "out of memory" not in out.stderr
    assert _no_checkins(tokyo)


def test_a_paper_file_far_too_large_is_refused_before_it_is_read(tokyo, tmp_path, cli, monkeypatch):
    from kiosk import paper_checkins

    monkeypatch.setattr(paper_checkins, "MAX_FILE_BYTES", 1000)
    paper = tmp_path / "paper.csv"
    paper.write_text("code,at\n" + "T-1,\n" * 500, encoding="utf-8")
    result = cli("checkin", "--from-file", paper, "--db", tokyo)
    assert result.code == 2 and "larger than" in result.stderr, result
    assert _no_checkins(tokyo)

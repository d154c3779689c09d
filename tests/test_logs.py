"""The log: a file in the log folder, an in-memory tail, bugs reported with their traceback."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from kiosk import logs


def test_the_log_file_is_in_the_folder_asked_for_and_private(tmp_path, monkeypatch):
    monkeypatch.setenv(logs.ENV_VAR, str(tmp_path / "logs"))
    path = logs.setup_logging(console_level=None)
    try:
        assert path == tmp_path / "logs" / logs.FILE_NAME and logs.log_file() == path
        logging.getLogger("kiosk.test").info("door 2 opened at %s", "10:42")
        assert "door 2 opened at 10:42" in path.read_text(encoding="utf-8")
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        tail = logs.recent_records(5)
        assert tail[-1]["message"] == "door 2 opened at 10:42" and tail[-1]["logger"] == "kiosk.test"
        assert tail[-1]["level"] == "INFO"
    finally:
        monkeypatch.undo()
        logs.setup_logging(console_level=None)


def test_a_bug_report_keeps_the_traceback_in_the_file_and_gives_one_line(capsys):
    path = logs.setup_logging()
    try:
        {}["missing"]
    except KeyError as exc:
        line = logs.report_bug(exc, "printing a badge")
    assert line == f"Something went wrong while printing a badge. This is a bug; details are in {path}."
    text = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "KeyError: 'missing'" in text
    assert "Traceback" not in capsys.readouterr().err     # the console never shows one
    assert "KeyError" in logs.recent_records(1)[0]["traceback"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="/dev/full is Linux's always-full disk")
def test_a_log_on_a_full_disk_never_puts_a_traceback_before_the_volunteer(tmp_path, monkeypatch, capsys, cli):
    """The log file's disk is full (/dev/full answers every write with ENOSPC): the app goes on,
    the console gets no '--- Logging error ---' traceback, and a bug's line says its details could
    not be written, instead of naming a log that holds nothing."""
    from kiosk.roster import attendees
    from kiosk.store import open_event_db

    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / logs.FILE_NAME).symlink_to("/dev/full")
    with open_event_db(tmp_path / "event.sqlite") as db:
        db.set_event("Full disk", [], "UTC")
        with db.write() as conn:
            attendees.insert(conn, {"code": "F-1", "first_name": "Fay", "full_name": "Fay"})
    monkeypatch.setenv(logs.ENV_VAR, str(folder))
    try:
        checked = cli("checkin", "F-1", "--db", tmp_path / "event.sqlite")
        assert checked.code == 0 and "Logging error" not in checked.stderr, checked
        logs.setup_logging()
        logging.getLogger("kiosk.test").warning("door 3 closed for the night")
        try:
            {}["missing"]
        except KeyError as exc:
            line = logs.report_bug(exc, "printing a badge")
        err = capsys.readouterr().err
        assert "Logging error" not in err and "Traceback" not in err, err
        assert "could not be written" in line and "No space left" in line and "free some space" in line, line
    finally:
        monkeypatch.undo()
        logs.setup_logging()

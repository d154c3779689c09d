"""The log: a file in the log folder, an in-memory tail, bugs reported with their traceback."""

from __future__ import annotations

import logging
import os
import stat

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

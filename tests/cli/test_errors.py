"""What the command line says when something goes wrong: a known error's message, or one line
naming the log file for a bug; never a traceback."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from kiosk import __version__, logs
from kiosk.cli import EXIT_BUG


def test_version_names_the_log_file(cli):
    result = cli("--version")
    assert result.code == 0
    assert result.stdout.splitlines() == [f"kiosk {__version__}", f"log file: {logs.log_file()}"]


def test_a_command_run_in_another_program_leaves_its_unraisable_hook_alone(cli, db_path):
    """Only the `kiosk` program sends late cleanup errors to its log: a program that runs a command in
    its own process (the test suite, which fails a test that leaves a file open) keeps its own hook."""
    before = sys.unraisablehook
    assert cli("init", "--name", "Test", "--db", db_path).code == 0
    assert sys.unraisablehook is before


def test_a_bug_is_logged_and_told_in_one_line(cli, db_path, monkeypatch):
    assert cli("init", "--name", "Test", "--db", db_path).code == 0

    def broken(db):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("kiosk.store.settings.values", broken)
    result = cli("settings", "list", "--db", db_path)
    assert result.code == EXIT_BUG
    assert result.stderr.strip() == (f"kiosk: Something went wrong while running `kiosk settings`. This is a bug; "
                                     f"details are in {logs.log_file()}.")
    assert "Traceback" not in result.stdout + result.stderr
    assert "ZeroDivisionError: division by zero" in logs.log_file().read_text(encoding="utf-8")
    as_json = cli("settings", "list", "--db", db_path, "--json")
    assert as_json.code == EXIT_BUG and '"bug": true' in as_json.stderr


def test_a_misspelt_column_is_a_bug_not_a_database_problem(cli, db_path, monkeypatch, event_db):
    from kiosk.errors import DatabaseProblem

    with pytest.raises(sqlite3.OperationalError, match="no such column"):
        event_db.query("SELECT nmae FROM attendees")
    with pytest.raises(sqlite3.OperationalError, match="no such column"):
        with event_db.write() as conn:
            conn.execute("UPDATE attendees SET nmae = 'x'")
    try:
        event_db.scalar("SELECT nmae FROM attendees")
    except DatabaseProblem:  # pragma: no cover - what this test is here to catch
        pytest.fail("a misspelt column was dressed as a database problem")
    except sqlite3.OperationalError:
        pass
    monkeypatch.setattr("kiosk.store.settings.values", lambda db: db.query("SELECT nmae FROM attendees"))
    result = cli("settings", "list", "--db", db_path)
    assert result.code == EXIT_BUG and "This is a bug" in result.stderr and "backup" not in result.stderr


def test_a_busy_database_is_a_known_problem_that_says_what_to_do(event_db):
    from kiosk.errors import DatabaseProblem
    from kiosk.store import settings

    locker = sqlite3.connect(event_db.path, isolation_level=None, timeout=0)
    locker.execute("BEGIN IMMEDIATE")
    try:
        event_db.conn.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(DatabaseProblem, match="is busy: another window or program is writing to it"):
            settings.set_value(event_db, "max_reprints", 4)
    finally:
        locker.execute("ROLLBACK")
        locker.close()


@pytest.mark.parametrize("name, expected", [
    ("SQLITE_BUSY", "is busy"), ("SQLITE_BUSY_SNAPSHOT", "is busy"), ("SQLITE_LOCKED", "is busy"),
    ("SQLITE_FULL", "is full"), ("SQLITE_READONLY", "read-only"), ("SQLITE_READONLY_DBMOVED", "read-only"),
    ("SQLITE_IOERR_WRITE", "could not be read or written"), ("SQLITE_CORRUPT", "is damaged"),
    ("SQLITE_NOTADB", "is damaged"), ("SQLITE_CANTOPEN", "cannot be opened"),
    ("SQLITE_ERROR", None), ("SQLITE_CONSTRAINT_UNIQUE", None), ("SQLITE_MISMATCH", None), (None, None),
])
def test_sqlite_errors_are_sorted_by_their_code(tmp_path, name, expected):
    from kiosk.store.database import classify_sqlite_error

    exc = sqlite3.OperationalError("some text that says locked, full and corrupt")
    exc.sqlite_errorname = name
    problem = classify_sqlite_error(tmp_path / "event.sqlite", exc)
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and expected in str(problem) and str(tmp_path / "event.sqlite") in str(problem)


def test_a_command_that_fails_while_opening_its_database_closes_it(cli, db_path, monkeypatch):
    """Opening the file counts it in the recent events; when that step fails the connection is closed,
    not left to hold the file until the process ends."""
    from kiosk import recent_events
    from kiosk.store.open_files import open_in_this_process

    assert cli("init", "--name", "Test", "--db", db_path).code == 0

    def out_of_memory(path, name):
        raise MemoryError

    monkeypatch.setattr(recent_events, "remember", out_of_memory)
    result = cli("roster", "--db", db_path)
    assert result.code != 0 and "out of memory" in result.stderr
    assert not open_in_this_process(db_path)

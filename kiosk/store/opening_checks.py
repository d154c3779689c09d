"""What an existing event file must pass before anything is written to it: no folder, device or
pipe, no empty, cut-short or damaged file (before SQLite opens it, through kiosk/store/filecheck.py),
no other program's SQLite database, and, when asked, SQLite's own `quick_check`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.errors import DatabaseProblem
from kiosk.store.sqlite_errors import damaged
from kiosk.store.words import WORDS


def check_existing(path: Path) -> None:
    """Refuse, before SQLite opens it, a file that cannot be an event database. Called by `hold` only
    while no connection of this process has the file open: a file open here was checked then, and is
    not read again outside SQLite (see kiosk/store/open_files.py)."""
    from kiosk.store import filecheck

    problem = filecheck.problem_with(path)
    if problem is None:
        return
    if problem.key == "file_folder":
        raise DatabaseProblem(WORDS("is_folder", path=path, example=path / "event.sqlite"))
    if problem.key in ("file_special", "file_unreadable"):
        raise DatabaseProblem(WORDS("not_a_file", path=path, problem=problem))
    raise damaged(path, problem)


def refuse_foreign(path: Path, conn: sqlite3.Connection) -> None:
    """An SQLite database of another program is not made into an event database."""
    if conn.execute("PRAGMA user_version").fetchone()[0] == 0 and \
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0:
        raise DatabaseProblem(WORDS("foreign", path=path))


def quick_check(path: Path, conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 10000")
    results = [r[0] for r in conn.execute("PRAGMA quick_check(3)").fetchall()]
    if results != ["ok"]:
        raise damaged(path, WORDS("file_damaged", why="; ".join(results)[:200]))

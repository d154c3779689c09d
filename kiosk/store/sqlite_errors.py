"""SQLite errors sorted by their result code: the environment's (busy, locked, read-only, full, I/O,
damaged, not a database, cannot open) become a `DatabaseProblem` whose message names the file and
says what to do (which backup to restore); any other code (a misspelt column, a broken
constraint) is a bug and propagates as it is.

`classify_sqlite_error` is a contract, imported by the command line, the windows' failure seam and
the tests, also as `kiosk.store.database.classify_sqlite_error`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.errors import DamagedEventFile, DatabaseProblem
from kiosk.store.words import WORDS
from kiosk.wording import Message

#: SQLite's primary result codes that mean the environment is at fault (the file, the disk, another
#: program), not the code: https://www.sqlite.org/rescode.html. Any other code is a bug.
KNOWN_SQLITE_CODES = ("BUSY", "LOCKED", "FULL", "READONLY", "IOERR", "CORRUPT", "NOTADB", "CANTOPEN")


def sqlite_code(exc: BaseException) -> str:
    """The primary result code of an sqlite3 error ("BUSY" for SQLITE_BUSY_SNAPSHOT), or ""."""
    name = getattr(exc, "sqlite_errorname", None) or ""
    parts = name.split("_")
    return parts[1] if len(parts) > 1 and parts[0] == "SQLITE" else ""


def classify_sqlite_error(path: Path, exc: BaseException) -> DatabaseProblem | None:
    """A `DatabaseProblem` saying what to do when the error is the environment's (busy, read-only,
    full, damaged, cannot open); None when it is a bug (a misspelt column, a broken constraint):
    the caller re-raises it as it is."""
    code = sqlite_code(exc)
    if code not in KNOWN_SQLITE_CODES:
        return None
    from kiosk.store.backup import newest_good_backup
    from kiosk.store.filecheck import disk_nearly_full

    code = "FULL" if code == "IOERR" and disk_nearly_full(path) else code   # a -shm that cannot grow

    if code in ("CORRUPT", "NOTADB"):
        return damaged(path, WORDS("file_damaged_or_foreign"))
    if code in ("BUSY", "LOCKED"):
        return DatabaseProblem(WORDS("busy", path=path))
    if code == "READONLY":
        return DatabaseProblem(WORDS("read_only", path=path))
    if code == "CANTOPEN":
        return DatabaseProblem(WORDS("cannot_open", path=path))
    backup = newest_good_backup(path)
    hint = WORDS("newest_backup_is", backup=backup) if backup else WORDS("no_backup_yet")
    if code == "FULL":
        return DatabaseProblem(WORDS("disk_full", path=path, hint=hint))
    if code == "IOERR":
        return DatabaseProblem(WORDS("disk_error", path=path, hint=hint))
    return damaged(path, WORDS("file_damaged_or_foreign"))


def raise_classified(path: Path, exc: sqlite3.Error) -> None:
    problem = classify_sqlite_error(path, exc)
    if problem is not None:
        raise problem from exc


def damaged_message(path: Path, problem: Message) -> Message:
    """What a person reads about an event database that cannot be used: what is wrong (a `file_*`
    message of kiosk/store/words.py), that nothing was written, and which backup to restore."""
    from kiosk.store.backup import backup_hint

    return WORDS("damaged", path=path, problem=problem, hint=backup_hint(path))


def damaged(path: Path, problem: Message) -> DamagedEventFile:
    """The error for an event file that is damaged, empty or cut short (the app offers a restore)."""
    return DamagedEventFile(damaged_message(path, problem), path=path, problem=problem)

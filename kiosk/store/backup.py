"""Backup snapshots of the event database: taken with SQLite's online backup API, verified, rotated,
and restored in a way that works on a damaged file.

A snapshot is written under a hidden `.partial` name, switched to a self-contained file (no
write-ahead log), checked (`PRAGMA integrity_check`, non-empty, holds an event's tables) and only
then given its final name: a full disk or a damaged source leaves nothing that looks like a backup.
`newest_good_backup` is the one every message names. `restore` copies a verified backup next to
the event database and renames it into place; a damaged current file is first moved aside, never
written into, and a healthy one is snapshotted first.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from kiosk.errors import DatabaseProblem
from kiosk.store import filecheck
from kiosk.store.words import WORDS
from kiosk.wording import Message

log = logging.getLogger(__name__)

KEEP = 10
_STAMP = r"\d{8}-\d{6}-\d{6}"


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / f"{Path(db_path).stem}-backups"


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def list_backups(db_path: Path) -> list[Path]:
    """The snapshots of this database, oldest first (whatever their state; see newest_good_backup)."""
    folder = backup_dir(Path(db_path))
    if not folder.is_dir():
        return []
    pattern = re.compile(rf"^{re.escape(Path(db_path).stem)}-{_STAMP}-.*\.sqlite$")
    return sorted(p for p in folder.iterdir() if pattern.match(p.name))


def good_backups(db_path: Path, *, thorough: bool = False) -> list[Path]:
    """The snapshots that pass the checks, newest first."""
    return [p for p in reversed(list_backups(db_path)) if filecheck.verify(p, thorough=thorough) is None]


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest snapshot that is not empty, opens, passes `quick_check` and holds an event."""
    for candidate in reversed(list_backups(db_path)):
        if filecheck.verify(candidate, thorough=False) is None:
            return candidate
    return None


def latest_backup(db_path: Path) -> Path | None:
    """Kept for callers of the old name: the newest GOOD backup."""
    return newest_good_backup(db_path)


def taken_at(backup: Path) -> str:
    """When a snapshot was taken, from its name, as local 'YYYY-MM-DD HH:MM:SS'."""
    found = re.search(r"(\d{8})-(\d{6})-\d{6}", backup.name)
    if not found:
        return ""
    d, t = found.groups()
    return f"{d[:4]}-{d[4:6]}-{d[6:]} {t[:2]}:{t[2:4]}:{t[4:]}"


def backup_hint(db_path: Path) -> Message:
    """One sentence naming the newest good backup and how to restore it (for damage messages)."""
    good = newest_good_backup(Path(db_path))
    if good is None:
        return WORDS("no_good_backup")
    return WORDS("restore_hint", backup=good, taken=taken_at(good), path=db_path)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_into(source: sqlite3.Connection, target: Path) -> None:
    """Copy a database through the backup API into a new owner-only file, made self-contained."""
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    dest = sqlite3.connect(str(target), isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    _unlink_quietly(target.with_name(target.name + "-journal"))


def _explain_failure(db_path: Path, exc: BaseException) -> Message | str:
    text = str(exc).lower()
    errno_full = isinstance(exc, OSError) and getattr(exc, "errno", None) in (28, 122)   # ENOSPC, EDQUOT
    if errno_full or "full" in text or "disk i/o" in text or "too large" in text:
        return WORDS("why_disk_full")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return WORDS("why_damaged")
    return str(exc)


def snapshot(conn: sqlite3.Connection, db_path: Path, reason: str, keep: int = KEEP,
             protect: Path | None = None) -> Path:
    """Copy the live database to a new, verified, owner-only snapshot; keep the newest `keep`.

    Raises DatabaseProblem (and leaves no file behind) when the copy cannot be written or fails
    its checks."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    safe_reason = "".join(c if c.isalnum() or c in "-_" else "-" for c in reason)[:40]
    final = folder / f"{db_path.stem}-{_stamp()}-{safe_reason}.sqlite"
    partial = folder / f".{final.name}.partial"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
        _copy_into(conn, partial)
        problem = filecheck.verify(partial, thorough=True)
        if problem:
            raise DatabaseProblem(WORDS("backup_of_damaged", path=db_path, problem=problem,
                                        hint=backup_hint(db_path)))
        os.replace(partial, final)
        _fsync_dir(folder)
    except DatabaseProblem:
        _unlink_quietly(partial)
        raise
    except (sqlite3.Error, OSError) as exc:
        _unlink_quietly(partial)
        _unlink_quietly(partial.with_name(partial.name + "-journal"))
        raise DatabaseProblem(WORDS("backup_not_written", path=db_path, folder=folder,
                                    why=_explain_failure(db_path, exc))) from exc
    _rotate(db_path, keep, protect)
    return final


def _rotate(db_path: Path, keep: int, protect: Path | None = None) -> None:
    """Keep the newest `keep` snapshots (and `protect`, the one being restored)."""
    snaps = list_backups(db_path)
    for old in snaps[:-keep] if keep > 0 else snaps:
        if protect is None or old.resolve() != Path(protect).resolve():
            _unlink_quietly(old)
    # Leftovers of snapshots interrupted by a crash.
    folder = backup_dir(db_path)
    for leftover in folder.glob(f".{db_path.stem}-*.partial*"):
        _unlink_quietly(leftover)


def _keep_aside(db_path: Path) -> Path:
    """Keep a damaged event database (and its write-ahead log) in the backups folder, named so,
    without ever leaving the event's own path empty: its log is moved (it must not be replayed
    into the restored file), the file itself is linked (or copied) and replaced afterwards."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    aside = folder / f"{db_path.stem}.damaged-{_stamp()}{db_path.suffix or '.sqlite'}"
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        os.replace(wal, aside.with_name(aside.name + "-wal"))
    _unlink_quietly(db_path.with_name(db_path.name + "-shm"))
    _unlink_quietly(db_path.with_name(db_path.name + "-journal"))
    try:
        os.link(db_path, aside)
    except OSError:                       # no hard links here (FAT): a copy
        shutil.copyfile(db_path, aside)
    with contextlib.suppress(OSError):
        os.chmod(aside, 0o600)            # it holds attendees' personal data
    return aside


def restore(backup_path: Path, db_path: Path) -> dict:
    """Replace the event database with a backup; returns what happened.

    The backup is verified first. The current file, if healthy, is snapshotted (`previous_saved_as`);
    if damaged or empty it is moved aside into the backups folder (`damaged_kept_as`) and never
    written into. The backup is copied to a temporary file beside the database, verified again and
    renamed into place."""
    backup_path, db_path = Path(backup_path), Path(db_path)
    kind = filecheck.file_kind_problem(backup_path)
    if kind or not backup_path.exists():
        raise DatabaseProblem(WORDS("backup_refused", backup=backup_path, problem=kind or WORDS("file_missing"),
                                    other=_other_backups(db_path, backup_path)))
    problem = filecheck.verify(backup_path, thorough=True)
    if problem:
        raise DatabaseProblem(WORDS("backup_damaged", backup=backup_path, problem=problem,
                                    other=_other_backups(db_path, backup_path)))
    target_kind = filecheck.file_kind_problem(db_path)
    if target_kind:
        raise DatabaseProblem(WORDS("restore_target", path=db_path, problem=target_kind))
    outcome: dict = {"restored": str(db_path), "from": str(backup_path), "previous_saved_as": None,
                     "damaged_kept_as": None}
    db_path.parent.mkdir(parents=True, exist_ok=True)
    current_problem = _current_problem(db_path)
    try:
        if db_path.exists() and current_problem is None:
            # Healthy: snapshot it, then copy the backup INTO it through SQLite, so that a window
            # still holding it open sees the restored data instead of writing to a lost file.
            with _connect(db_path, read_only=True) as current:
                outcome["previous_saved_as"] = str(snapshot(current, db_path, "before-restore", protect=backup_path))
            with _connect(backup_path, read_only=True) as source, _connect(db_path) as dest:
                source.backup(dest)
        else:
            _replace_file(backup_path, db_path, current_problem, outcome)
    except (sqlite3.Error, OSError) as exc:
        why = _explain_failure(db_path, exc)
        kept = outcome["damaged_kept_as"]
        raise DatabaseProblem(WORDS("restore_failed_kept", path=db_path, backup=backup_path, why=why, kept=kept) if kept
                              else WORDS("restore_failed", path=db_path, backup=backup_path, why=why)) from exc
    log.info("restored %s from %s: %s", db_path, backup_path, outcome)
    return outcome


def _other_backups(db_path: Path, refused: Path) -> Message:
    good = [p for p in good_backups(db_path) if p.resolve() != refused.resolve()]
    if not good:
        return WORDS("no_other_backup")
    return WORDS("other_backup", backup=good[0], taken=taken_at(good[0]))


def _current_problem(db_path: Path) -> Message | None:
    """Why the current event database cannot be kept as it is (None when it is healthy)."""
    if not db_path.exists():
        return None
    problem = filecheck.problem_with(db_path)
    if problem:
        return problem
    try:
        with _connect(db_path, read_only=True) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.Error as exc:
        return WORDS("file_damaged", why=str(exc))
    return None if rows == ["ok"] else WORDS("file_damaged", why="; ".join(rows)[:200])


def _replace_file(backup_path: Path, db_path: Path, current_problem: Message | None, outcome: dict) -> None:
    """Copy the backup beside the database, verify it, move a damaged current file aside, rename."""
    incoming = db_path.with_name(f".{db_path.name}.restoring-{_stamp()}")
    try:
        source = filecheck.connect_read_only(backup_path)
        try:
            _copy_into(source, incoming)
        finally:
            source.close()
        problem = filecheck.verify(incoming, thorough=False)
        if problem:
            raise DatabaseProblem(WORDS("restore_copy_bad", problem=problem))
        if db_path.exists():
            outcome["damaged_kept_as"] = str(_keep_aside(db_path))
            outcome["damage"] = str(current_problem) if current_problem is not None else None
        for extra in ("-wal", "-shm", "-journal"):
            _unlink_quietly(db_path.with_name(db_path.name + extra))
        os.replace(incoming, db_path)     # atomic: the path holds the damaged file or the restored one
        _fsync_dir(db_path.parent)
    finally:
        _unlink_quietly(incoming)
        _unlink_quietly(incoming.with_name(incoming.name + "-journal"))


@contextlib.contextmanager
def _connect(path: Path, *, read_only: bool = False):
    uri = f"file:{quote(str(Path(path).resolve()))}" + ("?mode=ro" if read_only else "")
    conn = sqlite3.connect(uri, uri=True, timeout=10.0)
    try:
        yield conn
    finally:
        conn.close()

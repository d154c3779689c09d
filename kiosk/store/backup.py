"""Backup snapshots of the event database, taken with SQLite's online backup API and rotated."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

KEEP = 10


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def latest_backup(db_path: Path) -> Path | None:
    folder = backup_dir(Path(db_path))
    if not folder.is_dir():
        return None
    snaps = sorted(folder.glob(f"{Path(db_path).stem}-*.sqlite"))
    return snaps[-1] if snaps else None


def snapshot(conn: sqlite3.Connection, db_path: Path, reason: str, keep: int = KEEP) -> Path:
    """Copy the live database to a new owner-only snapshot file; keep the newest `keep`."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = "".join(c if c.isalnum() or c in "-_" else "-" for c in reason)[:40]
    target = folder / f"{db_path.stem}-{stamp}-{safe_reason}.sqlite"
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    snaps = sorted(folder.glob(f"{db_path.stem}-*.sqlite"))
    for old in snaps[:-keep]:
        old.unlink(missing_ok=True)
    return target


def restore(backup_path: Path, db_path: Path) -> None:
    """Replace the event database with a backup (the current file is itself snapshotted first)."""
    src = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
    try:
        if src.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            from kiosk.errors import DatabaseProblem

            raise DatabaseProblem(f"The backup {backup_path} is itself damaged; pick an older one.")
        if not db_path.exists():
            fd = os.open(db_path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        dest = sqlite3.connect(str(db_path))
        try:
            src.backup(dest)
        finally:
            dest.close()
    finally:
        src.close()

"""`kiosk backup` and `kiosk restore`: snapshots of the event database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.cli import open_db
from kiosk.errors import KnownError, NotFound


def add_parser(sub, common) -> None:
    b = sub.add_parser("backup", parents=[common], help="take a backup snapshot now, or list them (--list)")
    b.add_argument("--list", action="store_true")
    b.set_defaults(run=run_backup)
    r = sub.add_parser("restore", parents=[common], help="replace the event database with a backup (the current one is backed up first)")
    r.add_argument("backup", help="the backup file (see `kiosk backup --list`)")
    r.set_defaults(run=run_restore)


def run_backup(args, out) -> int:
    from kiosk.store import backup

    db = open_db(args)
    with db:
        if args.list:
            snaps = sorted(backup.backup_dir(db.path).glob(f"{db.path.stem}-*.sqlite"))
            out.emit([str(s) for s in snaps], "\n".join(str(s) for s in snaps) or "No backups yet.")
            return 0
        path = backup.snapshot(db.conn, db.path, "manual")
    out.emit({"backup": str(path)}, f"Backup written: {path}")
    return 0


def run_restore(args, out) -> int:
    from kiosk.store import backup

    source = Path(args.backup)
    if not source.is_file():
        raise NotFound(f"There is no backup file {source}.")
    from kiosk.store.database import default_db_path

    target = Path(args.db) if args.db else default_db_path()
    safety = None
    if target.exists():
        try:
            db = open_db(args)
            with db:
                safety = backup.snapshot(db.conn, db.path, "before-restore")
        except (KnownError, sqlite3.Error, OSError):  # a damaged file cannot be snapshotted; it is replaced all the same
            safety = None
    backup.restore(source, target)
    out.emit({"restored": str(target), "from": str(source), "previous_saved_as": str(safety) if safety else None},
             f"Restored {target} from {source}" + (f"\n(the previous file was saved as {safety})" if safety else ""))
    return 0

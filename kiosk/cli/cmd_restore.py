"""`kiosk backup` and `kiosk restore`: snapshots of the event database."""

from __future__ import annotations

from pathlib import Path

from kiosk.cli import open_db
from kiosk.errors import NotFound


def add_parser(sub, common) -> None:
    b = sub.add_parser("backup", parents=[common], help="take a backup snapshot now, or list them (--list)")
    b.add_argument("--list", action="store_true")
    b.set_defaults(run=run_backup)
    r = sub.add_parser("restore", parents=[common], help="replace the event database with a verified backup (the current one is snapshotted first, or kept aside if damaged)")
    r.add_argument("backup", help="the backup file (see `kiosk backup --list`)")
    r.set_defaults(run=run_restore)


def run_backup(args, out) -> int:
    from kiosk.store import backup

    db = open_db(args)
    with db:
        if args.list:
            snaps = backup.list_backups(db.path)
            good = set(backup.good_backups(db.path))
            listed = [{"path": str(s), "taken_at": backup.taken_at(s), "good": s in good} for s in reversed(snaps)]
            out.emit(listed, "\n".join(f"{item['path']}  ({item['taken_at']})" + ("" if item["good"] else "  DAMAGED: do not restore")
                                       for item in listed) or "No backups yet.")
            return 0
        path = backup.snapshot(db.conn, db.path, "manual")
    out.emit({"backup": str(path)}, f"Backup written: {path}")
    return 0


def run_restore(args, out) -> int:
    from kiosk.store import backup
    from kiosk.store.database import default_db_path

    source = Path(args.backup)
    if not source.exists():
        raise NotFound(f"There is no backup file {source}. See `kiosk backup --list` for the backups of this event.")
    target = Path(args.db) if args.db else default_db_path()
    outcome = backup.restore(source, target)
    lines = [f"Restored {target} from {source}."]
    if outcome["previous_saved_as"]:
        lines.append(f"The previous file was saved as {outcome['previous_saved_as']}.")
    if outcome["damaged_kept_as"]:
        lines.append(f"The damaged file was kept aside as {outcome['damaged_kept_as']}.")
    out.emit(outcome, "\n".join(lines))
    return 0

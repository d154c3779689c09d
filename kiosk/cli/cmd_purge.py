"""`kiosk purge`: remove personal data after the event (`--keep-stats` keeps anonymous counts)."""

from __future__ import annotations

import sys

from kiosk.cli import open_db
from kiosk.errors import KnownError


def add_parser(sub, common) -> None:
    p = sub.add_parser("purge", parents=[common], help="remove personal data and backups after the event")
    p.add_argument("--keep-stats", action="store_true",
                   help="keep anonymous check-in counts for the report; without it every attendee and check-in is deleted")
    p.add_argument("--yes", action="store_true", help="do it without asking (for scripts)")
    p.set_defaults(run=run)


def _confirm(args, db_path) -> None:
    if args.yes:
        return
    what = ("names, emails, organizations, notes and scan payloads (anonymous counts are kept)" if args.keep_stats
            else "every attendee, every check-in and every scan")
    if not sys.stdin or not sys.stdin.isatty():
        raise KnownError(f"`kiosk purge` deletes {what} from {db_path} and all its backups, for good. "
                         "Add --yes to confirm.")
    sys.stderr.write(f"This deletes {what} from {db_path} and all its backups, for good.\nType PURGE to go on: ")
    sys.stderr.flush()
    if sys.stdin.readline().strip() != "PURGE":
        raise KnownError("Nothing was deleted.")


def run(args, out) -> int:
    from kiosk.reports.purge import purge

    db = open_db(args)
    with db:
        _confirm(args, db.path)
        info = purge(db, keep_stats=args.keep_stats)

    def text() -> str:
        kept = (f"{info['attendees']} attendee(s) kept as anonymous counts" if info["keep_stats"]
                else f"{info['attendees']} attendee(s) deleted")
        lines = [f"Purged {info['database']}: {kept}; {info['backups_removed']} backup file(s) removed."]
        if info["forgot_sync_hub"]:
            lines.append("The sync hub's address was forgotten; purge the hub's database too (see docs/privacy.md).")
        if info["residue"]:
            lines.append(f"WARNING: {len(info['residue'])} value(s) are still in the file, e.g. {info['residue'][0]!r}.")
        else:
            lines.append(f"Checked: none of the {info['checked_values']} names and emails remain in the file.")
        return "\n".join(lines)

    out.emit(info, text)
    return 1 if info["residue"] else 0

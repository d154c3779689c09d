"""`kiosk export`: the attendance sheet, the check-in log or the no-show list as CSV or XLSX."""

from __future__ import annotations

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("export", parents=[common], help="export attendance, the check-in log or no-shows (CSV or XLSX)")
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write (.csv or .xlsx)")
    p.add_argument("--format", choices=("csv", "xlsx"), default=None, help="default: from the file name")
    p.add_argument("--kind", choices=("attendance", "log", "noshows"), default="attendance",
                   help="attendance (one row per attendee, default), log (every scan) or noshows")
    p.add_argument("--day", default=None, metavar="DATE", help="only this event day (YYYY-MM-DD)")
    p.set_defaults(run=run)


def run(args, out) -> int:
    from kiosk.reports.export import export

    db = open_db(args)
    with db:
        info = export(db, args.out, fmt=args.format, kind=args.kind, day=args.day)
    what = {"attendance": "attendee(s)", "log": "scan(s)", "noshows": "no-show(s)"}[info["kind"]]
    out.emit(info, f"Wrote {info['rows']} {what} to {info['path']}.")
    return 0

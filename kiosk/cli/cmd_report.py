"""`kiosk report --out FILE.pdf`: the attendance report for organizers and their board, as a PDF."""

from __future__ import annotations

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("report", parents=[common], help="write the PDF attendance report")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.set_defaults(run=run)


def run(args, out) -> int:
    from kiosk.reports.report_pdf import write_report

    db = open_db(args)
    with db:
        info = write_report(db, args.out)
    out.emit(info, f"Wrote the attendance report ({info['pages']} page(s)) to {info['path']}.")
    return 0

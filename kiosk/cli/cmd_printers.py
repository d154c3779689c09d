"""`kiosk printers`: the printers CUPS knows, their state, and the printing settings in force."""

from __future__ import annotations

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("printers", parents=[common], help="list printers (CUPS) and the event's printing settings")
    p.set_defaults(run=run)


def run(args, out) -> int:
    from dataclasses import asdict

    from kiosk.errors import DatabaseProblem
    from kiosk.printing.cups import list_printers
    from kiosk.printing.settings import PrintSettings

    printers = list_printers()
    settings = None
    try:
        db = open_db(args)
    except DatabaseProblem:  # no event database yet: the printers are still worth listing
        db = None
    if db is not None:
        with db:
            settings = asdict(PrintSettings.from_db(db))
    data = {"printers": printers, "settings": settings}

    def text() -> str:
        lines = [f"{p['name']:<24} {p['state']:<8} {p['detail']}" for p in printers] or ["No CUPS printers found."]
        if settings:
            lines.append("")
            lines += [f"{k} = {v}" for k, v in settings.items()]
        return "\n".join(lines)

    out.emit(data, text)
    return 0

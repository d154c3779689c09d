"""`kiosk printers`: the system's printers (CUPS) with the default marked, where this station's
badges go now, and the printing settings in force."""

from __future__ import annotations

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("printers", parents=[common],
                       help="list the system's printers (default marked) and where this station's badges go")
    p.set_defaults(run=run)


def run(args, out) -> int:
    from dataclasses import asdict

    from kiosk.errors import DatabaseProblem
    from kiosk.printing.backends import describe
    from kiosk.printing.cups import default_printer, list_printers
    from kiosk.printing.settings import PrintSettings

    default = default_printer()
    printers = [{**p, "default": p["name"] == default} for p in list_printers()]
    chosen = PrintSettings()
    settings = None
    try:
        db = open_db(args)
    except DatabaseProblem:  # no event database yet: the printers are still worth listing
        db = None
    if db is not None:
        with db:
            chosen = PrintSettings.from_db(db)
            settings = asdict(chosen)
    where = describe(chosen)
    data = {"printers": printers, "default": default, "badges_go_to": where, "settings": settings}

    def text() -> str:
        lines = [f"{'*' if p['default'] else ' '} {p['name']:<24} {p['state']:<8} {p['detail']}" for p in printers]
        lines = lines or ["No CUPS printers found."]
        if printers:
            lines.append("(* = the system's default printer)")
        lines += ["", f"Badges go to: {where['en']}."]
        if settings:
            lines += [f"{k} = {v}" for k, v in settings.items()]
        return "\n".join(lines)

    out.emit(data, text)
    return 0

"""`kiosk tickets --out DIR`: signed tickets (PDF + QR PNG) and a mail-merge CSV for rosters without codes."""

from __future__ import annotations

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("tickets", parents=[common],
                       help="issue signed ticket codes to attendees without one and write their tickets")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder for the tickets and mail-merge.csv")
    p.set_defaults(run=run)


def run(args, out) -> int:
    from kiosk.reports.tickets import issue_tickets

    db = open_db(args)
    with db:
        info = issue_tickets(db, args.out)

    def text() -> str:
        if not info["tickets"]:
            return ("Nobody needs a ticket: every admitted attendee already has a scannable code from the "
                    "registration platform.")
        lines = [f"Wrote {info['tickets']} ticket(s) to {info['folder']} ({info['newly_issued']} newly issued code(s)).",
                 f"Mail merge: {info['mail_merge']}"]
        if info["without_email"]:
            lines.append(f"{info['without_email']} attendee(s) have no email address: print their tickets.")
        return "\n".join(lines)

    out.emit(info, text)
    return 0

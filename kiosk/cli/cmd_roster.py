"""`kiosk roster`: list or search the attendees, with today's check-in state."""

from __future__ import annotations

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("roster", parents=[common], help="list or search the roster")
    p.add_argument("--search", default="", help="words that must all match name, email, organization or code")
    p.add_argument("--limit", type=int, default=0, help="at most this many (default: all)")
    p.set_defaults(run=run)


def run(args, out) -> int:
    from kiosk import checkin
    from kiosk.eventdays import today
    from kiosk.roster import attendees
    from kiosk.roster.search import search_attendees

    db = open_db(args)
    with db:
        day = today(db.event()["timezone"])
        close = False
        if args.search:
            rows = search_attendees(db, args.search, limit=args.limit or None)
            if not rows:        # a typo: the people spelt close, said to be a guess
                rows = search_attendees(db, args.search, limit=args.limit or None, close=True)
                close = bool(rows)
        else:
            rows = attendees.all_attendees(db)
            if args.limit:
                rows = rows[: args.limit]
        present = checkin.checked_in_ids(db, day)
    data = []
    for row in rows:
        item = attendees.public(row)
        item["checked_in"] = row["id"] in present
        if close:
            item["close_spelling"] = True
        data.append(item)

    def text() -> str:
        if not data:
            return "No attendees match." if args.search else "The roster is empty: import an export with `kiosk import FILE`."
        lines = [f"No exact match for “{args.search}”; did you mean:"] if close else []
        for a in data:
            mark = "✓" if a["checked_in"] else " "
            status = "" if a["status"] == "active" else f"  [{a['status']}]"
            lines.append(f"{mark} {a['code']:<28} {attendees.display_name(a):<32} {a['ticket_type']:<16} {a['organization']}{status}")
        lines.append(f"{len(data)} attendee(s); ✓ = checked in today ({day})")
        return "\n".join(lines)

    out.emit(data, text)
    return 0

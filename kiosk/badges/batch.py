"""Badges for pre-printing: the admitted attendees (optionally some ticket types or codes) on the
event's stock and template, in name order. Shared by `kiosk badges` and the desk's organizer menu."""

from __future__ import annotations

from kiosk.errors import KnownError
from kiosk.roster.folding import fold


def admitted_attendees(db, ticket_types=(), codes=()) -> list[dict]:
    sql = "SELECT * FROM attendees WHERE status = 'active'"
    params: list = []
    if ticket_types:
        sql += f" AND lower(ticket_type) IN ({','.join('?' * len(ticket_types))})"
        params += [t.lower() for t in ticket_types]
    if codes:
        sql += f" AND code IN ({','.join('?' * len(codes))})"
        params += list(codes)
    people = db.query(sql, params)
    people.sort(key=lambda a: (fold(a["last_name"]), fold(a["first_name"]), fold(a["full_name"]), a["id"]))
    return people


def badges_for_preprinting(db, out, *, stock=None, template=None, ticket_types=(), codes=(),
                           start_position: int = 1):
    """Render the badges to `out`; returns the render report and the stock used."""
    from kiosk.badges.render import event_context, render_badges
    from kiosk.store import settings

    stock = stock or settings.get(db, "badge_stock")
    people = admitted_attendees(db, ticket_types, codes)
    if not people:
        raise KnownError("No admitted attendee matches: nothing to print. Check the ticket types or codes, "
                         "or import the roster first.")
    report = render_badges(people, stock, template or settings.get(db, "badge_template"), out,
                           start_position=start_position, event=event_context(db))
    return report, stock

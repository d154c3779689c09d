"""Badges as the event prints them: each person with their badge fix (kiosk/badges/overrides.py) on
their ticket type's template (`badge_templates`, else `badge_template`) and the event's stock.

`badges_for_preprinting`: the admitted attendees (optionally some ticket types or codes), in name
order: `kiosk badges` and the desk's organizer menu. One person's badge as printed:
kiosk/printing/badge_pdf.py."""

from __future__ import annotations

from kiosk.badges.words import WORDS
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
    from kiosk.badges.overrides import for_badges
    from kiosk.badges.render import event_context, render_badges
    from kiosk.badges.templates import template_for
    from kiosk.store import settings

    stock = stock or settings.get(db, "badge_stock")
    default_template, by_type = settings.get(db, "badge_template"), settings.get(db, "badge_templates")
    people = admitted_attendees(db, ticket_types, codes)
    if not people:
        raise KnownError(WORDS("nobody_to_print"))
    # A template asked for by name applies to everyone; else each ticket type's own.
    template_of = None if template else (lambda person: template_for(person.get("ticket_type", ""), default_template,
                                                                     by_type))
    report = render_badges(for_badges(db, people), stock, template or default_template, out,
                           start_position=start_position, event=event_context(db), template_of=template_of)
    return report, stock

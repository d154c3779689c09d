"""One person's badge as this event prints it: their badge fix applied (kiosk/badges/overrides.py),
their ticket type's template, the event's stock. The print queue hands this to the printer; the
desk's badge preview should render the same."""

from __future__ import annotations

from kiosk.printing.settings import PrintSettings


def badge_pdf_for(db, attendee_id: int, settings: PrintSettings | None = None):
    """(pdf bytes, render report, stock). `settings`: a PrintSettings already read (the queue reads
    them once per job)."""
    from kiosk.badges.overrides import badge_person
    from kiosk.badges.render import event_context, render_badge_bytes
    from kiosk.badges.stocks import get_stock

    chosen = settings or PrintSettings.from_db(db)
    person = badge_person(db, attendee_id)
    stock = get_stock(chosen.badge_stock)
    pdf, report = render_badge_bytes(person, stock, chosen.template_for(person.get("ticket_type", "")),
                                     event_context(db))
    return pdf, report, stock

"""A test badge and an alignment sheet, sent to this station's printer now (not through the queue).

`print_test_badge` prints a made-up person ("Test Badge", the event's name as organisation, the
most common ticket type so that its colour band and template show) on the chosen stock, so an
organizer sees the printer, the stock and the template work before the doors open.
`print_alignment_sheet` prints the stock's outline sheet (kiosk/badges/alignment_sheet.py
`render_test_sheet`): print it on plain paper and hold it against a sheet of labels.
Both raise `PrinterUnavailable` with what to do when the printer cannot take them.
"""

from __future__ import annotations

import io

from kiosk.printing.backends import PrinterBackend, backend_for, describe
from kiosk.printing.settings import PrintSettings
from kiosk.store.database import EventDB

SAMPLE_CODE = "TEST-BADGE-0000"


def sample_person(db: EventDB) -> dict:
    """The made-up person of a test badge (no attendee's data is printed)."""
    common = db.scalar("SELECT ticket_type FROM attendees WHERE ticket_type != '' GROUP BY ticket_type "
                       "ORDER BY count(*) DESC, ticket_type LIMIT 1") or "Participant"
    from kiosk.store import settings

    # an organisation of its own: the event's name is printed at the top already, never twice
    organization = "Organisme exemple" if settings.get(db, "report_language") == "fr" else "Sample Organization"
    return {"id": 0, "code": SAMPLE_CODE, "first_name": "Test", "last_name": "Badge", "full_name": "Test Badge",
            "email": "", "organization": organization, "ticket_type": common,
            "status": "active", "pronouns": "", "notes": ""}


def _send(db: EventDB, pdf: bytes, stock, title: str, backend: PrinterBackend | None) -> dict:
    settings = PrintSettings.from_db(db)
    printer = backend or backend_for(settings)
    printer.check()
    reference = printer.submit(pdf, stock=stock, title=title)
    written = {}
    if str(reference).lower().endswith(".pdf"):      # a PDF file (the folder, or no printer found): which one
        written = {"en": f"The file: {reference}", "fr": f"Le fichier : {reference}"}
    return {"reference": reference, "printer": printer.describe(), "stock": stock.id, "where": describe(settings),
            "written": written}


def print_test_badge(db: EventDB, backend: PrinterBackend | None = None) -> dict:
    """Print one made-up badge now; returns {"reference", "printer", "stock", "where", "issues"}."""
    from kiosk.badges.render import event_context, render_badge_bytes
    from kiosk.badges.stocks import get_stock

    settings = PrintSettings.from_db(db)
    person = sample_person(db)
    stock = get_stock(settings.badge_stock)
    pdf, report = render_badge_bytes(person, stock, settings.template_for(person["ticket_type"]), event_context(db))
    result = _send(db, pdf, stock, "test badge", backend)
    result["issues"] = [f"{i.field}: {i.message}" for i in report.issues]
    return result


def print_alignment_sheet(db: EventDB, backend: PrinterBackend | None = None, stock_ref: str | None = None) -> dict:
    """Print the stock's alignment sheet now (every badge outlined and numbered)."""
    from kiosk.badges.alignment_sheet import render_test_sheet
    from kiosk.badges.stocks import get_stock

    stock = get_stock(stock_ref or PrintSettings.from_db(db).badge_stock)
    buf = io.BytesIO()
    render_test_sheet(stock, buf)
    return _send(db, buf.getvalue(), stock, f"alignment {stock.id}", backend)

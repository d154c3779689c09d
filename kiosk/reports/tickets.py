"""Ticket files for rosters that come without scannable codes (Google Forms, Meetup, Indico, spreadsheets).

`issue_tickets` gives every admitted attendee who needs one a signed code (kiosk/roster/issued_codes.py:
the signing and verifying rules live with the roster's codes), then writes for each ticket a one-page
PDF and a PNG of the QR code, plus `mail-merge.csv` (email, first_name, full_name, ticket_pdf,
ticket_png, code) for a mail-merge tool.
"""

from __future__ import annotations

# Re-exported: the signing rules moved to kiosk/roster/issued_codes.py.
from kiosk.roster.issued_codes import ALPHABET as ALPHABET
from kiosk.roster.issued_codes import assign_codes
from kiosk.roster.issued_codes import looks_issued as looks_issued
from kiosk.roster.issued_codes import needs_ticket as needs_ticket
from kiosk.roster.issued_codes import sign_code as sign_code
from kiosk.roster.issued_codes import verify_code as verify_code


def issue_tickets(db, out_dir, *, station: str = "tickets") -> dict:
    """Issue signed codes where needed, then write each ticket (PDF + PNG) and `mail-merge.csv`."""
    from kiosk.reports.ticket_files import write_tickets

    people = assign_codes(db, station=station)
    return write_tickets(db, people, out_dir)

"""Which attendee a scanned payload stands for (or which people, when it names an order), and
whether the payload can be a ticket at all. Eventbrite's reissued copies and order-only codes are
decided in kiosk/checkin/eventbrite_tickets.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.checkin.eventbrite_tickets import (
    ORDER_PREFIX, SEQUENCED_MAX, SEQUENCED_MIN, newest_copy, order_people, reissued)
from kiosk.roster import attendees
from kiosk.roster.issued_codes import looks_issued, verify_code
from kiosk.scan.payload import read_payload
from kiosk.scan.raw_text import lookup_safe
from kiosk.store.database import EventDB
from kiosk.wording import Message
from kiosk.words import WORDS


@dataclass
class Resolution:
    """What a payload stands for: one person, or several to choose from, and whether it can be a ticket."""

    person: dict | None
    ticket_like: bool
    candidates: list[dict] = field(default_factory=list)
    reason: str = ""
    reason_words: Message | None = None


def resolve(db: EventDB, payload: str) -> tuple[dict | None, bool]:
    """The attendee a payload stands for, and whether the payload can be a ticket at all."""
    found = resolve_all(db, payload)
    return found.person, found.ticket_like


def resolve_all(db: EventDB, payload: str) -> Resolution:
    """The attendee a payload stands for, or the people of the order it names.

    Order of lookups: the exact code (every code a scan may carry, attendee_codes), then the same
    code in another case for platforms whose codes are one case, then Eventbrite's rules (below).

    Eventbrite prints order number + attendee number + a 3-digit sequence. The sequence is 001 for
    a ticket never reissued; reissuing (a name change, a transfer, a resend after a problem) gives a
    higher one, and the older copy stops being valid. So, for an Eventbrite attendee:
    - the newest sequence known wins: known = the codes the export gave (Barcode #, or the
      order + attendee + 001 the kiosk built) and the codes presented at check-ins;
    - a scan whose sequence is LOWER than the newest known is refused ("replaced by a reissued
      ticket"), even if the export once listed it: whoever holds the old copy is not the holder;
    - a scan whose sequence is HIGHER than any known (the export is older than the reissue) is the
      valid ticket: it admits, and from its check-in on the lower sequences are refused.
    A report with order numbers but no attendee numbers stores `order:<order>#<n>` per ticket: a scan
    whose leading digits name such an order is its only ticket, or, for several, a choice for the
    desk (nobody is checked in until a person is chosen).
    """
    parsed = read_payload(payload)
    # A lone surrogate matches nobody (and cannot reach SQLite); order keys are no scannable code.
    parsed.codes = [code for code in parsed.codes if lookup_safe(code) and not code.startswith(ORDER_PREFIX)]
    if any(looks_issued(code) for code in parsed.codes):
        # Codes this app signed (`kiosk tickets`): a wrong MAC is a forgery or a typo, refused unread.
        # A station syncing through its own hub login has no secret: the roster lookup decides there.
        secret = db.scalar("SELECT secret FROM event WHERE id = 1") or ""
        if secret:
            parsed.codes = [code for code in parsed.codes if not looks_issued(code) or verify_code(secret, code)]
    for code in parsed.codes:
        found = attendees.find_by_code(db, code)
        if found:
            return Resolution(newest_copy(db, found, code), True)
    # Platforms whose codes are one case (pretix secrets, Hi.Events ids) survive a scanner in caps.
    for code in parsed.codes:
        found = attendees.find_code_casefold(db, code)
        if found and (found["code"].isupper() or found["code"].islower() or found["code"].isdigit()):
            return Resolution(found, True)
    for code in parsed.codes:
        if code.isdigit() and code.isascii() and SEQUENCED_MIN <= len(code) <= SEQUENCED_MAX:
            found = reissued(db, code)
            if found:
                return Resolution(found, True)
            people = order_people(db, code)
            if len(people) == 1:
                return Resolution(people[0], True)
            if people:
                order = people[0]["_order"]
                words = WORDS("order_holds", order=order, count=len(people))
                return Resolution(None, True, people, str(words), words)
    return Resolution(None, bool(parsed.ticket_like))

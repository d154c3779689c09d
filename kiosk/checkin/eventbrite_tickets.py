"""Eventbrite's ticket codes at the door: reissued copies (the newest 3-digit sequence known wins)
and codes that name an order whose tickets the report did not number (`order:<order>#<n>`).

The rules themselves are told where they are used, in `resolve_all` (kiosk/checkin/ticket_lookup.py).
"""

from __future__ import annotations

from kiosk.roster import attendees
from kiosk.store.database import EventDB
from kiosk.words import WORDS

ORDER_PREFIX = "order:"
SEQUENCED_MIN = 14          # order + attendee + 3-digit sequence; shorter digit codes have no sequence
SEQUENCED_MAX = 32


def _sequence_peers(db: EventDB, code: str) -> list[tuple[str, int]]:
    """(code, attendee id) of Eventbrite codes that differ from `code` only in the 3-digit sequence."""
    low, high = code[:-3] + "000", code[:-3] + "999"
    return [(c, a) for c, a in db.conn.execute(
        "SELECT c.code, c.attendee_id FROM attendee_codes c JOIN attendees a ON a.id = c.attendee_id "
        "JOIN sources s ON s.id = a.source_id WHERE c.code BETWEEN ? AND ? AND length(c.code) = ? "
        "AND s.platform = 'eventbrite'", (low, high, len(code))) if c.isdigit()]


def _newest_sequence(db: EventDB, attendee_id: int, prefix: str, length: int) -> int:
    """The highest sequence known for this attendee's ticket: from the export and from the door."""
    known = [int(c[-3:]) for c, a in _sequence_peers(db, prefix + "000") if a == attendee_id]
    presented = db.conn.execute("SELECT payload FROM checkins WHERE attendee_id = ?", (attendee_id,)).fetchall()
    for (text,) in presented:
        text = (text or "").strip()
        if len(text) == length and text.isdigit() and text.startswith(prefix):
            known.append(int(text[-3:]))
    return max(known, default=-1)


def _refused_copy(person: dict, newest: int) -> dict:
    refused = dict(person)
    words = WORDS("reissued", sequence=f"{newest:03d}")
    refused["status"], refused["_status_words"] = str(words), words
    return refused


def newest_copy(db: EventDB, person: dict, code: str) -> dict:
    """The person, or a refusal when a newer copy of this Eventbrite ticket is known."""
    if not (code.isdigit() and code.isascii() and len(code) >= SEQUENCED_MIN):
        return person
    peers = _sequence_peers(db, code)
    if not any(a == person["id"] for _, a in peers):
        return person
    newest = _newest_sequence(db, person["id"], code[:-3], len(code))
    return _refused_copy(person, newest) if newest > int(code[-3:]) else person


def reissued(db: EventDB, code: str) -> dict | None:
    """A sequence the export does not list, of exactly one Eventbrite attendee's ticket."""
    owners = {a for _, a in _sequence_peers(db, code)}
    if len(owners) != 1:
        return None
    person = attendees.get(db, owners.pop())
    newest = _newest_sequence(db, person["id"], code[:-3], len(code))
    return _refused_copy(person, newest) if newest > int(code[-3:]) else person


def order_people(db: EventDB, code: str) -> list[dict]:
    """The attendees of the order a scan's leading digits name (tickets stored as order:<order>#<n>)."""
    ids: dict[int, str] = {}
    for length in range(8, min(len(code) - 3, 14)):        # Eventbrite order numbers have 8-13 digits
        order = code[:length]
        for attendee_id, in db.conn.execute(
                "SELECT attendee_id FROM attendee_codes WHERE code >= ? AND code < ?",
                (f"{ORDER_PREFIX}{order}#", f"{ORDER_PREFIX}{order}$")).fetchall():
            ids.setdefault(attendee_id, order)
    people = []
    for attendee_id, order in ids.items():
        person = attendees.get(db, attendee_id)
        person["_order"] = order
        people.append(person)
    people.sort(key=lambda p: (p["status"] != "active", attendees.display_name(p).casefold(), p["id"]))
    return people

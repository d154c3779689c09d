"""Undoing a check-in: an annulment with a reason a person can read later, a new fact that points
at the check-in, never a deletion."""

from __future__ import annotations

import uuid

from kiosk.checkin.standing import STANDING, counts
from kiosk.checkin.ticket_lookup import resolve
from kiosk.errors import KnownError, NotFound
from kiosk.eventdays import iso_utc, parse_instant
from kiosk.roster import attendees
from kiosk.store.database import EventDB
from kiosk.words import WORDS

#: Reasons the desk's undo dialog offers (a person may type another).
UNDO_REASONS = {
    "en": ("scanned the wrong ticket", "chose the wrong person", "a test scan", "came back later"),
    "fr": ("mauvais billet scanné", "mauvaise personne choisie", "scan d’essai", "reviendra plus tard"),
}


def is_real_reason(reason: str) -> bool:
    """A reason a person can read later: at least three characters, two of them letters ("x",
    "..." or "--" are not)."""
    text = (reason or "").strip()
    return len(text) >= 3 and sum(ch.isalpha() for ch in text) >= 2


def undo(db: EventDB, code_or_id: str | int, reason: str, *, station: str = "desk", day: str | None = None) -> dict:
    """Annul the attendee's check-in on its latest day (or the given day) with a reason.

    Stations that were apart may each hold a check-in for the same day (a duplicate after sync);
    an undo annuls every standing one of that day, so the person is really no longer checked in.
    """
    reason = " ".join((reason or "").split())
    if not is_real_reason(reason):
        raise KnownError(WORDS("undo_needs_reason"))
    person: dict | None
    if isinstance(code_or_id, int):
        person = attendees.get(db, code_or_id)
    else:
        person, _ = resolve(db, code_or_id)
        if person is None:
            raise NotFound(WORDS("no_code", code=code_or_id))
    with db.write() as conn:
        sql = f"SELECT * FROM {STANDING} WHERE attendee_id = ?"
        params: list = [person["id"]]
        if day:
            sql += " AND event_day = ?"
            params.append(day)
        latest = db.one(sql + " ORDER BY event_day DESC, at DESC LIMIT 1", params)
        if latest is None:
            raise NotFound(WORDS("nothing_to_undo", name=attendees.display_name(person)))
        standing = db.query(f"SELECT * FROM {STANDING} WHERE attendee_id = ? AND event_day = ? ORDER BY at, uid",
                            (person["id"], latest["event_day"]))
        now = iso_utc(parse_instant(None))
        for checkin_row in standing:
            conn.execute("INSERT INTO checkin_annulments (uid, checkin_uid, reason, station, at) VALUES (?,?,?,?,?)",
                         (uuid.uuid4().hex, checkin_row["uid"], reason, station, now))
    return {"attendee": attendees.public(person), "annulled_checkin_at": standing[0]["at"],
            "event_day": latest["event_day"], "reason": reason, "station": station, "annulled": len(standing),
            "annulled_uids": [row["uid"] for row in standing],
            "counts": counts(db, latest["event_day"])}

"""Who is checked in: the standing check-in (written once, in the schema), a person's on a day,
the day's set, and the day's count against the attendees expected.

A check-in is standing when no annulment points at it. Every "who is in" query reads the view and
the table below; nobody writes "LEFT JOIN checkin_annulments" again.
"""

from __future__ import annotations

import weakref

from kiosk.roster import attendees
from kiosk.store.database import EventDB

#: The standing check-in, written once: a check-in that no annulment points at (a view, see
#: kiosk/store/migrations/m06_flat_at_scale.py), and the first standing check-in of each attendee on each
#: day (earliest `at`, then smallest uid), which is the one that counts and is shown (a table the
#: schema's triggers keep as check-ins and annulments arrive; no code writes it).
STANDING = "standing_checkins"
FIRST = "first_checkins"


def active_checkin(db: EventDB, attendee_id: int, day: str) -> dict | None:
    """The first standing check-in of an attendee on an event day (one index seek at any size)."""
    return db.one(f"SELECT * FROM {STANDING} WHERE attendee_id = ? AND event_day = ? ORDER BY at, uid LIMIT 1",
                  (attendee_id, day))


def checked_in_ids(db: EventDB, day: str) -> set[int]:
    """Attendees with a standing check-in on `day` (the whole day's set: for listings, not per scan)."""
    return {r[0] for r in db.conn.execute(f"SELECT DISTINCT attendee_id FROM {STANDING} WHERE event_day = ?", (day,))}


_admitted: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def admitted_count(db: EventDB) -> int:
    """Admitted attendees, counted again only when the roster changed (a walk-in, an import, a
    correction), never because of a check-in."""
    from kiosk.roster.search import roster_stamp

    stamp = roster_stamp(db)
    known = _admitted.get(db)
    if known is None or known[0] != stamp:
        known = _admitted[db] = (stamp, attendees.count(db, admitted_only=True))
    return known[1]


def counts(db: EventDB, day: str) -> dict:
    """Checked in on `day` / expected (admitted attendees): one-row reads. The day's count is kept
    by triggers as check-ins and annulments arrive (kiosk/store/migrations/m06_flat_at_scale.py)."""
    checked_in = db.scalar("SELECT checked_in FROM checkin_day_counts WHERE event_day = ?", (day,)) or 0
    return {"checked_in": checked_in, "expected": admitted_count(db), "day": day}

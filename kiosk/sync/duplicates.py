"""Duplicate check-ins: the same attendee checked in twice on one day, at stations that were apart.

Both facts are kept at every station. The first one (earliest `at`, then smallest uid) is the
check-in (the `first_checkins` view; kiosk.checkin.active_checkin picks the same one). The others are duplicates: listed
here for the log and the organizer, never counted twice.
"""

from __future__ import annotations

from kiosk.checkin.standing import FIRST, STANDING
from kiosk.store.database import EventDB


def duplicate_checkins(db: EventDB, day: str | None = None) -> list[dict]:
    """Standing check-ins that are not the first of their attendee's day, with the first beside them."""
    where = " AND d.event_day = ?" if day else ""
    return db.query(
        "SELECT d.uid, d.attendee_id, d.event_day, d.at, d.station, d.method, "
        "f.uid AS first_uid, f.at AS first_at, f.station AS first_station, a.code, a.full_name "
        f"FROM {STANDING} d JOIN {FIRST} f ON f.attendee_id = d.attendee_id AND f.event_day = d.event_day "
        f"JOIN attendees a ON a.id = d.attendee_id WHERE d.uid <> f.uid{where} ORDER BY d.event_day, d.at",
        (day,) if day else ())

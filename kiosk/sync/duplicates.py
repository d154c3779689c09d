"""Duplicate check-ins: the same attendee checked in twice on one day, at stations that were apart.

Both facts are kept at every station. The first one (earliest `at`, then smallest uid) is the
check-in; kiosk.checkin.active_checkin picks the same one. The others are duplicates: listed
here for the log and the organizer, never counted twice.
"""

from __future__ import annotations

from kiosk.store.database import EventDB

_STANDING = ("SELECT c.uid, c.attendee_id, c.event_day, c.at, c.station, c.method, "
             "row_number() OVER (PARTITION BY c.attendee_id, c.event_day ORDER BY c.at, c.uid) AS rank "
             "FROM checkins c LEFT JOIN checkin_annulments n ON n.checkin_uid = c.uid WHERE n.id IS NULL")


def duplicate_checkins(db: EventDB, day: str | None = None) -> list[dict]:
    """Standing check-ins that are not the first of their attendee's day, with the first beside them."""
    where = "WHERE d.rank > 1" + (" AND d.event_day = ?" if day else "")
    return db.query(
        f"WITH s AS ({_STANDING}) "
        "SELECT d.uid, d.attendee_id, d.event_day, d.at, d.station, d.method, "
        "f.uid AS first_uid, f.at AS first_at, f.station AS first_station, a.code, a.full_name "
        "FROM s d JOIN s f ON f.attendee_id = d.attendee_id AND f.event_day = d.event_day AND f.rank = 1 "
        f"JOIN attendees a ON a.id = d.attendee_id {where.replace('WHERE', 'WHERE', 1)} ORDER BY d.event_day, d.at",
        (day,) if day else ())

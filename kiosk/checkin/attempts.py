"""Scan attempts: every attempt recorded as an append-only fact, whatever its verdict, and the
latest ones for the desk's list."""

from __future__ import annotations

import uuid

from kiosk.store.database import EventDB


def record_attempt(conn, *, at: str, station: str, payload: str, verdict: str,
                   attendee_id: int | None, checkin_uid: str | None) -> None:
    conn.execute(
        "INSERT INTO scan_attempts (uid, at, station, payload, verdict, attendee_id, checkin_uid) VALUES (?,?,?,?,?,?,?)",
        (uuid.uuid4().hex, at, station, payload, verdict, attendee_id, checkin_uid))


def recent_attempts(db: EventDB, limit: int = 20, station: str | None = None) -> list[dict]:
    """The latest scan attempts, newest first, with the attendee's name. `annulled` is true when the
    check-in an attempt made was undone since (the desk strikes it out and forgets its preview)."""
    sql = ("SELECT s.at, s.station, s.payload, s.verdict, s.attendee_id, a.full_name, a.first_name, a.last_name, a.code, "
           "s.checkin_uid, (s.checkin_uid IS NOT NULL AND EXISTS (SELECT 1 FROM checkin_annulments n "
           "WHERE n.checkin_uid = s.checkin_uid)) AS annulled "
           "FROM scan_attempts s LEFT JOIN attendees a ON a.id = s.attendee_id ")
    params: list = []
    if station:
        sql += "WHERE s.station = ? "
        params.append(station)
    rows = db.query(sql + "ORDER BY s.id DESC LIMIT ?", (*params, limit))
    for row in rows:
        row["annulled"] = bool(row["annulled"])
    return rows

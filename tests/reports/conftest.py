"""A small three-day roster with check-ins, annulments, walk-ins and print jobs, for the report tests."""

from __future__ import annotations

import uuid

import pytest

from kiosk import checkin
from kiosk.roster import attendees
from kiosk.store.database import utc_now


def add(db, **fields):
    fields.setdefault("full_name", " ".join(p for p in (fields.get("first_name", ""), fields.get("last_name", "")) if p))
    walk_in = fields.pop("walk_in", False)
    raw = fields.pop("raw", None)
    with db.write() as conn:
        return attendees.insert(conn, fields, scan_codes=fields.pop("scan_codes", []), walk_in=walk_in, raw=raw)


def add_print_job(db, attendee_id, *, status="done", reason="checkin", error=""):
    now = utc_now()
    with db.write() as conn:
        conn.execute("INSERT INTO print_jobs (attendee_id, status, reason, last_error, station, created_at, updated_at) "
                     "VALUES (?,?,?,?,?,?,?)", (attendee_id, status, reason, error, "desk-1", now, now))


PEOPLE = [
    dict(code="EB-0001", first_name="José", last_name="Ñúñez", email="jose.nunez@example.org",
         organization="Centre francophone", ticket_type="Participant", notes="Needs a chair near the door",
         pronouns="il/lui", raw={"Email": "jose.nunez@example.org", "Phone": "+1 514 555 0101"}),
    dict(code="EB-0002", first_name="Amara", last_name="Okafor", email="amara.okafor@example.com",
         organization="Lagos Tech Hub", ticket_type="Trainer"),
    dict(code="EB-0003", first_name="Ann", last_name="Lee", email="ann.lee@example.net", ticket_type="Participant",
         status="refunded"),
    dict(code="EB-0004", first_name="Dana", last_name="Levi", email="dana.levi@example.org",
         ticket_type="Participant - Day 2 only"),
    dict(code="EB-0005", first_name="Björn", last_name="Sæther", email="bjorn.saether@example.no",
         organization="=HYPERLINK(\"http://evil.example\",\"click\")", ticket_type="Participant"),
    dict(code="K-ABCDEFGH23", first_name="Chloé", last_name="Dubé-Tremblay", email="chloe.dube@example.ca",
         ticket_type="Participant"),
    dict(code="K-ZXCVBNMQ45", first_name="Wei", last_name="Zhang", email="", ticket_type="Trainer"),
]


@pytest.fixture
def people(event_db):
    """Attendee ids by code, plus check-ins on the first two days (Toronto = UTC-4 in July)."""
    db = event_db
    ids = {p["code"]: add(db, **dict(p)) for p in PEOPLE}
    walk = attendees.add_walk_in(db, first_name="Walker", last_name="Inn", email="walker.inn@example.org",
                                 organization="-SUM(1)")
    ids[walk["code"]] = walk["id"]
    ci = checkin.check_in
    ci(db, "EB-0001", station="door-a", at="2026-07-08T12:52:10Z")      # 08:52 local
    ci(db, "EB-0002", station="door-b", at="2026-07-08T13:01:00Z")      # 09:01
    ci(db, "EB-0002", station="door-a", at="2026-07-08T13:05:00Z")      # already
    ci(db, "EB-0003", station="door-a", at="2026-07-08T13:06:00Z")      # cancelled
    ci(db, "EB-0005", station="door-a", at="2026-07-08T13:20:00Z")      # 09:20, undone below
    checkin.undo(db, "EB-0005", "scanned the wrong ticket", station="door-a", day="2026-07-08")
    ci(db, "NOPE-1", station="door-b", at="2026-07-08T13:21:00Z")       # unknown
    ci(db, walk["code"], station="desk-1", at="2026-07-08T14:10:00Z")   # 10:10
    ci(db, "EB-0001", station="door-b", at="2026-07-09T12:40:00Z")      # day 2, 08:40
    ci(db, "EB-0004", station="door-b", at="2026-07-09T12:41:00Z")
    ci(db, "K-ABCDEFGH23", station="door-a", at="2026-07-09T13:30:00Z")
    add_print_job(db, ids["EB-0001"])
    add_print_job(db, ids["EB-0001"], reason="reprint")
    add_print_job(db, ids["EB-0002"])
    add_print_job(db, ids["EB-0004"], status="failed", error="Printer jammed while printing Dana Levi")
    return ids

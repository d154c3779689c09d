"""Fixtures for the printing tests: an event with a few attendees, printing into a hot folder."""

from __future__ import annotations

import uuid

import pytest

from kiosk.store.database import utc_now
from kiosk.store import settings


def add_attendee(db, code: str, first: str, last: str = "", **more) -> int:
    now = utc_now()
    with db.write() as conn:
        cur = conn.execute(
            "INSERT INTO attendees (uid, code, first_name, last_name, full_name, organization, ticket_type, status, "
            "pronouns, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (uuid.uuid4().hex, code, first, last, " ".join(p for p in (first, last) if p), more.get("organization", ""),
             more.get("ticket_type", "Participant"), more.get("status", "active"), more.get("pronouns", ""), now, now))
        conn.execute("INSERT INTO attendee_codes (code, attendee_id) VALUES (?, ?)", (code, cur.lastrowid))
        return cur.lastrowid


@pytest.fixture
def hot_folder(tmp_path):
    return tmp_path / "hot"


@pytest.fixture
def pdb(event_db, hot_folder):
    """The event database, set to print 4x3 badges into a hot folder."""
    settings.set_value(event_db, "printer_backend", "folder")
    settings.set_value(event_db, "print_folder", str(hot_folder))
    settings.set_value(event_db, "badge_stock", "badge-4x3")
    settings.set_value(event_db, "max_reprints", 2)
    event_db.ids = {
        "ana": add_attendee(event_db, "EB-0001", "Ana", "Silva", organization="Acme"),
        "li": add_attendee(event_db, "EB-0002", "小明", "王"),
        "gone": add_attendee(event_db, "EB-0003", "Gone", "Away", status="refunded"),
    }
    return event_db

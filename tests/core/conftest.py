"""Fixtures for the core tests: a small roster in a three-day Toronto event."""

import pytest

from kiosk.roster import attendees


def add(db, **fields):
    fields.setdefault("full_name", " ".join(p for p in (fields.get("first_name", ""), fields.get("last_name", "")) if p))
    with db.write() as conn:
        return attendees.insert(conn, fields, scan_codes=fields.pop("scan_codes", []))


@pytest.fixture
def roster(event_db):
    ids = {
        "jose": add(event_db, code="EB-0001", first_name="José", last_name="Ñúñez", email="jose@example.org",
                    organization="Centre francophone", ticket_type="Participant"),
        "amara": add(event_db, code="ti_pX9tJEguENQbdPOdhq66Vtw", first_name="Amara", last_name="Okafor",
                     ticket_type="Trainer", scan_codes=["https://ti.to/tickets/ti_pX9tJEguENQbdPOdhq66Vtw"]),
        "ann": add(event_db, code="EB-0003", first_name="Ann", last_name="Lee", status="refunded"),
        "dana": add(event_db, code="EB-0004", first_name="Dana", last_name="Levi", ticket_type="Participant - Day 2 only"),
        "bo": add(event_db, code="EB-0005", first_name="Bo", last_name="Kim", notes="See the coordinator"),
        "secret": add(event_db, code="abcdefghjkmnpqrstuvwxyz234567892", first_name="Pia", last_name="Secret"),
    }
    return ids

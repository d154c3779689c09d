"""Forgot your ticket: email + last name find exactly one registration, and guessing is rate-limited."""

from datetime import datetime, timedelta, timezone

from kiosk import forgot_ticket as ft
from kiosk.roster import attendees

T0 = datetime(2026, 7, 8, 9, 0, tzinfo=timezone.utc)


def add(db, code, first, last, email, **extra):
    with db.write() as conn:
        return attendees.insert(conn, {"code": code, "first_name": first, "last_name": last,
                                       "full_name": f"{first} {last}", "email": email, **extra})


def test_email_and_last_name_find_the_one_ticket(event_db):
    ana = add(event_db, "T-1", "Ana", "Núñez", "ana@example.org")
    add(event_db, "T-2", "Bob", "Stone", "bob@example.org")
    found = ft.find_ticket(event_db, " ANA@example.org ", "nunez", now=T0)
    assert found.outcome == ft.FOUND and found.attendee_id == ana


def test_wrong_last_name_and_unknown_email_look_the_same(event_db):
    add(event_db, "T-1", "Ana", "Núñez", "ana@example.org")
    wrong_name = ft.find_ticket(event_db, "ana@example.org", "Smith", now=T0)
    no_email = ft.find_ticket(event_db, "nobody@example.org", "Smith", now=T0)
    assert wrong_name == no_email == ft.Lookup(ft.NO_MATCH)


def test_two_registrations_with_one_email_are_not_guessed(event_db):
    add(event_db, "T-1", "Sam", "Lee", "family@example.org")
    add(event_db, "T-2", "Kim", "Lee", "family@example.org")
    assert ft.find_ticket(event_db, "family@example.org", "Lee", now=T0).outcome == ft.NO_MATCH


def test_incomplete_input_is_not_a_failure(event_db):
    assert ft.find_ticket(event_db, "not-an-email", "Lee", now=T0).outcome == ft.INCOMPLETE
    assert ft.find_ticket(event_db, "a@b.c", "  ", now=T0).outcome == ft.INCOMPLETE
    assert ft.wait_before_next(event_db, now=T0) == 0


def test_failures_are_rate_limited_per_station_then_allowed_again(event_db):
    ana = add(event_db, "T-1", "Ana", "Núñez", "ana@example.org")
    for i in range(ft.MAX_FAILURES):
        assert ft.find_ticket(event_db, f"guess{i}@example.org", "X", now=T0 + timedelta(seconds=i)).outcome == ft.NO_MATCH
    limited = ft.find_ticket(event_db, "ana@example.org", "Nunez", now=T0 + timedelta(seconds=30))
    assert limited.outcome == ft.RATE_LIMITED and 0 < limited.wait_seconds <= ft.WINDOW_SECONDS
    # another kiosk is not blocked by this one's failures
    assert ft.find_ticket(event_db, "ana@example.org", "Nunez", station="door-2", now=T0).outcome == ft.FOUND
    later = T0 + timedelta(seconds=ft.WINDOW_SECONDS + 1)
    assert ft.find_ticket(event_db, "ana@example.org", "Nunez", now=later) == ft.Lookup(ft.FOUND, ana)

"""What a person types at the desk for a walk-in or a correction, as hurry and mischief type it:
forty thousand words, a 100,000-character name, escape sequences, and the status words an organizer
would naturally use. No traceback; nothing stored that a badge, a terminal or a report cannot
take; and no one refused at the door because "admitted" was read as a reason not to admit them."""

from __future__ import annotations

import pytest

from kiosk.checkin import check_in
from kiosk.errors import KnownError
from kiosk.roster import attendees
from kiosk.walkins import add_walk_in, lookalikes_for
from tests.conftest import add


@pytest.fixture
def people(event_db):
    event_db.set_event("Desk", [], "UTC")              # every day is an event day
    add(event_db, code="W-1", first_name="José", last_name="Ñúñez", organization="Centre francophone")
    add(event_db, code="W-2", first_name="Ab", last_name="Ab Ab")
    return event_db


def test_a_walk_in_typed_as_forty_thousand_words_is_answered(people, cli):
    many = " ".join(["ab"] * 40_000)
    assert lookalikes_for(people, first_name=many) == []
    result = cli("walkin", "--first-name", "Jose " + many, "--check", "--db", people.path)
    assert result.code == 0 and "This is a bug" not in result.stderr, result
    assert [m.attendee["code"] for m in lookalikes_for(people, first_name="Jose Nunez " + "x " * 3000)] == []


@pytest.mark.parametrize("field,value", [("first_name", "x" * 100_000), ("last_name", "\x1b]0;owned\x07Lee"),
                                         ("organization", "Acme\x9b2J"), ("email", "a@b.c" * 10_000),
                                         ("notes", "n" * 100_000)])
def test_walk_ins_and_corrections_refuse_what_no_badge_or_screen_can_take(people, field, value):
    fields = {"first_name": "Zoe", **{field: value}}
    with pytest.raises(KnownError, match="characters"):
        add_walk_in(people, **fields, confirm_new=True)
    with pytest.raises(KnownError, match="characters"):
        attendees.edit(people, attendees.find_by_code(people, "W-1")["id"], {field: value})
    assert attendees.count(people) == 2
    assert attendees.find_by_code(people, "W-1")["first_name"] == "José"


def test_notes_keep_their_line_breaks(people):
    person = attendees.find_by_code(people, "W-1")["id"]
    assert attendees.edit(people, person, {"notes": "Speaker\n\tgreen lanyard"})["notes"] == "Speaker\n\tgreen lanyard"


@pytest.mark.parametrize("typed,stored,verdict", [
    ("admitted", "active", "ok"), ("Active", "active", "ok"), ("confirmed", "active", "ok"), (" ACTIVE ", "active", "ok"),
    ("", "active", "ok"), ("oui", "active", "ok"),
    ("cancelled", "cancelled", "cancelled"), ("Refunded", "refunded", "cancelled"), ("annulé", "cancelled", "cancelled"),
])
def test_a_corrected_status_means_what_the_organizer_meant(people, cli, typed, stored, verdict):
    result = cli("correct", "W-1", "--status", typed, "--db", people.path)
    assert result.code == 0, result
    assert attendees.find_by_code(people, "W-1")["status"] == stored
    assert check_in(people, "W-1", station="desk").verdict == verdict


@pytest.mark.parametrize("typed", ["activ", "ab ab ab", "x" * 5000, "soon"])
def test_a_status_word_the_app_does_not_know_is_refused_saying_which_it_knows(people, cli, typed):
    result = cli("correct", "W-1", "--status", typed, "--db", people.path)
    assert result.code == 2 and "active" in result.stderr and "cancelled" in result.stderr, result
    assert len(result.stderr) < 600
    assert attendees.find_by_code(people, "W-1")["status"] == "active"

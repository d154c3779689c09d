"""Walk-ins: before anyone new is created, registered people they may be are found and named."""

from __future__ import annotations

import pytest

from kiosk.roster.lookalikes import EMAIL, SAME_NAME, SIMILAR_NAME, find_lookalikes, name_match
from kiosk.walkins import LikelyDuplicate, add_walk_in
from tests.conftest import add


@pytest.fixture
def people(roster, event_db):
    add(event_db, code="EB-0100", first_name="Daniel", last_name="Chen", email="dchen@example.com",
        organization="Toronto Public Health")
    add(event_db, code="EB-0101", first_name="Catherine", last_name="Tremblay", organization="CLSC Montréal")
    add(event_db, code="EB-0102", first_name="Ann", last_name="Leeds")
    return roster


@pytest.mark.parametrize("typed,code,why", [
    ({"first_name": "Jose", "last_name": "Nunez"}, "EB-0001", SAME_NAME),
    ({"first_name": "NUNEZ", "last_name": "josé"}, "EB-0001", SAME_NAME),
    ({"first_name": "Jose", "last_name": "Nunes"}, "EB-0001", SIMILAR_NAME),
    ({"first_name": "J.", "last_name": "Ñúñez"}, "EB-0001", SIMILAR_NAME),
    ({"first_name": "Katherine", "last_name": "Tremblay"}, "EB-0101", SIMILAR_NAME),
    ({"first_name": "Dan", "last_name": "Chen"}, "EB-0100", SIMILAR_NAME),
    ({"first_name": "Someone", "email": "JOSE@example.org"}, "EB-0001", EMAIL),
])
def test_a_walk_in_who_may_be_registered_is_found(event_db, people, typed, code, why):
    found = find_lookalikes(event_db, **typed)
    assert found and found[0].attendee["code"] == code and found[0].why == why, found


@pytest.mark.parametrize("typed", [{"first_name": "Ann"}, {"first_name": "Maria", "last_name": "Chen"},
                                   {"first_name": "Daniela", "last_name": "Cheng"}, {"first_name": "Bob", "last_name": "Lee"},
                                   {"first_name": "New", "last_name": "Person", "email": "new@example.org"}])
def test_other_people_are_not_taken_for_registered_ones(event_db, people, typed):
    assert find_lookalikes(event_db, **typed) == []


def test_the_question_names_the_organisation_in_english_and_french(event_db, people):
    [match] = find_lookalikes(event_db, first_name="Jose", last_name="Nunez")
    assert match.question("en") == "Is this José Ñúñez from Centre francophone?"
    assert match.question("fr") == "Est-ce José Ñúñez (Centre francophone) ?"


def test_a_likely_duplicate_is_refused_until_confirmed_new(event_db, people):
    with pytest.raises(LikelyDuplicate) as refused:
        add_walk_in(event_db, first_name="Jose", last_name="Nunez", station="desk")
    assert refused.value.matches[0].attendee["code"] == "EB-0001"
    assert "José Ñúñez (Centre francophone), EB-0001, same name" in str(refused.value)
    assert "peut-être déjà inscrite" in refused.value.text("fr")
    before = event_db.scalar("SELECT count(*) FROM attendees")
    assert before == event_db.scalar("SELECT count(*) FROM attendees WHERE walk_in = 0")
    done = add_walk_in(event_db, first_name="Jose", last_name="Nunez", station="desk", confirm_new=True)
    assert done["attendee"]["walk_in"] and done["checkin"] is not None


def test_kiosk_walkin_refuses_a_duplicate_and_says_who_matched(event_db, people, cli):
    refused = cli("walkin", "--first-name", "Dan", "--last-name", "Chen", "--db", event_db.path)
    assert refused.code == 1 and "Is this Daniel Chen from Toronto Public Health?" in refused.stdout
    as_json = cli("walkin", "--first-name", "x", "--email", "dchen@example.com", "--db", event_db.path, "--json")
    assert as_json.code == 1 and as_json.json()["matches"][0]["why"] == "email" and not as_json.json()["created"]
    check = cli("walkin", "--check", "--first-name", "Jose", "--last-name", "Nunez", "--db", event_db.path, "--json")
    assert check.json()["matches"][0]["attendee"]["code"] == "EB-0001"
    created = cli("walkin", "--first-name", "Dan", "--last-name", "Chen", "--new", "--db", event_db.path, "--json")
    assert created.code == 0 and created.json()["created"] and created.json()["checkin"]["verdict"] in ("ok", "not_today")
    fresh = cli("walkin", "--first-name", "Nadia", "--last-name", "Haddad", "--db", event_db.path)
    assert fresh.code == 0 and "Walk-in added: Nadia Haddad" in fresh.stdout
    whole = cli("walkin", "--first-name", "Jose Nunez", "--check", "--db", event_db.path, "--json")
    assert whole.json()["matches"][0]["attendee"]["code"] == "EB-0001"
    split = cli("walkin", "--first-name", "Mary Ann Smith", "--db", event_db.path, "--json").json()["attendee"]
    assert (split["first_name"], split["last_name"]) == ("Mary Ann", "Smith")


def test_kiosk_correct_is_the_desks_correction(event_db, people, cli):
    result = cli("correct", "EB-0100", "--email", "daniel.chen@example.com", "--db", event_db.path, "--json")
    assert result.code == 0 and result.json()["changed"] == ["email"]
    assert event_db.scalar("SELECT new_value FROM attendee_edits") == "daniel.chen@example.com"
    assert cli("correct", "EB-0100", "--db", event_db.path).code == 2


def test_name_match_rules():
    assert name_match("jose nunez", "José", "Ñúñez", "José Ñúñez")[0] == SAME_NAME
    assert name_match("ann", "Ann", "Leeds", "Ann Leeds")[0] is None          # one word: never
    assert name_match("王小明", "王小明", "", "王小明")[0] == SAME_NAME          # a CJK name is one word

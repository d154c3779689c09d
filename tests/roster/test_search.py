"""Search as you type: every word matches somewhere, accents and case ignored, prefixes first."""

from kiosk.roster.search import RosterSearch, search_attendees
from tests.conftest import add


def test_accent_and_case_insensitive_every_word(event_db, roster):
    search = RosterSearch(event_db)
    assert search.search("jose nun") == [roster["jose"]]
    assert search.search("NUNEZ") == [roster["jose"]]
    assert search.search("francophone jose") == [roster["jose"]]
    assert search.search("jose okafor") == []


def test_email_and_code_match(event_db, roster):
    search = RosterSearch(event_db)
    assert search.search("jose@example") == [roster["jose"]]
    assert search.search("eb-0004") == [roster["dana"]]


def test_prefix_matches_come_first(event_db, roster):
    inside = add(event_db, code="X1", first_name="Mariann", last_name="Zed")      # "ann" inside a word
    start = add(event_db, code="X2", first_name="Annika", last_name="Berg")       # starts a first name
    results = RosterSearch(event_db).search("ann")
    assert results.index(start) < results.index(inside)
    assert roster["ann"] in results and results.index(roster["ann"]) < results.index(inside)


def test_index_follows_changes_from_this_and_other_connections(db_path, event_db, roster):
    from kiosk.roster import attendees
    from kiosk.store import open_event_db

    search = RosterSearch(event_db)
    assert search.search("zoe") == []
    other = open_event_db(db_path)
    attendees.add_walk_in(other, first_name="Zoë", last_name="Łukasiewicz")
    other.close()
    assert len(search.search("zoe lukas")) == 1
    attendees.edit(event_db, roster["jose"], {"last_name": "Nunes"})
    assert search.search("nunes") == [roster["jose"]]


def test_search_attendees_returns_rows(event_db, roster):
    rows = search_attendees(event_db, "amara")
    assert [r["code"] for r in rows] == ["ti_pX9tJEguENQbdPOdhq66Vtw"]


def test_everyone_is_listed_in_name_order_with_accents_folded(event_db, roster):
    from kiosk.roster import attendees

    add(event_db, code="X3", first_name="Zed", last_name="Zimmer")
    add(event_db, code="X4", first_name="Émile", last_name="Élan")
    listed = [attendees.get(event_db, i)["last_name"] for i in RosterSearch(event_db).search("")]
    assert listed.index("Ñúñez") < listed.index("Okafor") < listed.index("Zimmer")
    assert listed.index("Élan") < listed.index("Kim")
    assert [a["last_name"] for a in attendees.all_attendees(event_db)] == listed

"""A small typo in a name still finds the person, when nobody matches as typed (D20)."""

from __future__ import annotations

from kiosk.roster import attendees
from kiosk.roster.close_search import close_search
from kiosk.roster.search import RosterSearch, desk_search


def _roster(db, names, first_code=0):
    with db.write() as conn:
        for n, (first, last) in enumerate(names, start=first_code):
            attendees.insert(conn, {"code": f"T-{n}", "first_name": first, "last_name": last,
                                    "full_name": f"{first} {last}", "email": f"p{n}@example.org"})


def _names(db, ids):
    by_id = {r["id"]: r["full_name"] for r in db.query("SELECT id, full_name FROM attendees")}
    return [by_id[i] for i in ids]


def test_a_typo_in_a_name_finds_the_person(event_db):
    _roster(event_db, [("Siobhán", "Ní Bhriain"), ("Simon", "Baker"), ("Amara", "Okafor"), ("Sean", "Bean")])
    index = RosterSearch(event_db)
    assert index.search("sioban") == []                                  # nobody as typed
    assert _names(event_db, close_search(index, "sioban")) == ["Siobhán Ní Bhriain"]
    assert _names(event_db, close_search(index, "okafr")) == ["Amara Okafor"]           # one letter missing
    assert _names(event_db, close_search(index, "amara okafro")) == ["Amara Okafor"]    # two letters swapped
    assert _names(event_db, close_search(index, "siobhan bhrian")) == ["Siobhán Ní Bhriain"]


def test_short_words_and_far_spellings_are_never_guessed(event_db):
    _roster(event_db, [("Bo", "Kim"), ("Amara", "Okafor")])
    index = RosterSearch(event_db)
    assert close_search(index, "kin") == []                  # three letters: too short to guess
    assert close_search(index, "okxxxr") == []               # three edits away
    assert close_search(index, "p0@example.org") == []       # emails and codes are not guessed at
    assert close_search(index, "amara kim") == []            # both words exist, not in one person


def test_one_edit_away_hides_two_edits_away(event_db):
    _roster(event_db, [("Maria", "Okafo"), ("Amara", "Okafor")])
    index = RosterSearch(event_db)
    assert _names(event_db, close_search(index, "okafoor")) == ["Amara Okafor"]       # Okafo is two edits
    assert _names(event_db, close_search(index, "okafxx")) == ["Maria Okafo", "Amara Okafor"]  # both two: by name


def test_the_words_follow_the_roster(event_db):
    _roster(event_db, [("Amara", "Okafor")])
    index = RosterSearch(event_db)
    assert close_search(index, "sioban") == []
    _roster(event_db, [("Siobhán", "Ní Bhriain")], first_code=1)
    assert _names(event_db, close_search(index, "sioban")) == ["Siobhán Ní Bhriain"]
    assert desk_search(event_db, index, "sioban")[1] == 0    # the exact search still says nobody


def test_the_command_line_lists_close_spellings_and_says_so(event_db, db_path, cli):
    import json

    _roster(event_db, [("Siobhán", "Ní Bhriain"), ("Amara", "Okafor")])
    shown = cli("roster", "--db", db_path, "--search", "sioban")
    assert shown.code == 0 and "No exact match for “sioban”; did you mean:" in shown.stdout and "Siobhán" in shown.stdout
    data = json.loads(cli("roster", "--db", db_path, "--search", "sioban", "--json").stdout)
    assert [(p["full_name"], p["close_spelling"]) for p in data] == [("Siobhán Ní Bhriain", True)]
    exact = json.loads(cli("roster", "--db", db_path, "--search", "okafor", "--json").stdout)
    assert [p.get("close_spelling") for p in exact] == [None]

"""One rule for names in parts, the same at import, walk-in, correction, kiosk greeting and forgot-ticket."""

from __future__ import annotations

from pathlib import Path

from kiosk import forgot_ticket
from kiosk.roster import attendees
from kiosk.roster.names import display_name, first_name_of, join_name, last_name_of, split_name


def test_split_and_join():
    assert split_name("  Mary   Ann Smith ") == ("Mary Ann", "Smith")
    assert split_name("Madonna") == ("Madonna", "")
    assert split_name("王小明") == ("王小明", "")
    assert join_name("Mary Ann", "Smith") == "Mary Ann Smith"
    assert join_name("小明", "王") == "王小明"
    assert join_name("", "Smith") == "Smith"


def test_parts_of_a_person():
    assert first_name_of({"full_name": "Mary Ann Smith"}) == "Mary Ann"
    assert first_name_of({"first_name": "Kwame", "full_name": "Kwame Mensah"}) == "Kwame"
    assert last_name_of({"full_name": "Mary Ann Smith"}) == "Smith"
    assert last_name_of({"full_name": "王小明"}) == "王小明"
    assert display_name({"first_name": "小明", "last_name": "王"}) == "王小明"
    assert display_name({"code": "EB-1"}) == "EB-1"


def test_a_walk_in_and_a_correction_join_names_by_the_same_rule(event_db):
    person = attendees.add_walk_in(event_db, first_name="小明", last_name="王")
    assert person["full_name"] == "王小明"
    fixed = attendees.edit(event_db, person["id"], {"first_name": "大明"})
    assert fixed["full_name"] == "王大明"


def test_forgot_ticket_finds_a_last_name_the_import_split(event_db):
    with event_db.write() as conn:
        attendees.insert(conn, {"code": "T-1", "full_name": "Mary Ann van Berg", "email": "mary@example.org"})
        attendees.insert(conn, {"code": "T-2", "full_name": "王小明", "email": "wang@example.org"})
    assert forgot_ticket.find_ticket(event_db, "mary@example.org", "berg").outcome == forgot_ticket.FOUND
    assert forgot_ticket.find_ticket(event_db, "wang@example.org", "王小明").outcome == forgot_ticket.FOUND


def test_surname_particles_belong_to_the_last_name():
    assert split_name("Siobhán Ní Bhriain") == ("Siobhán", "Ní Bhriain")
    assert split_name("Seán Ó Súilleabháin") == ("Seán", "Ó Súilleabháin")
    assert split_name("Ludwig van Beethoven") == ("Ludwig", "van Beethoven")
    assert split_name("Jan van der Berg") == ("Jan", "van der Berg")
    assert split_name("María de la Cruz") == ("María", "de la Cruz")
    assert split_name("Ahmad bin Ismail") == ("Ahmad", "bin Ismail")
    assert split_name("Omar al- Farsi") == ("Omar", "al- Farsi")
    assert split_name("Van Morrison") == ("Van", "Morrison")          # the first word stays the first name
    assert split_name("John Ben Smith") == ("John Ben", "Smith")      # capitalised, Ben is a given name
    assert split_name("Mary Ann Smith") == ("Mary Ann", "Smith")


def test_a_pretix_export_with_irish_names_greets_the_first_name_and_finds_the_ticket(event_db, tmp_path):
    """pretix's German order-position export has one "Name Teilnehmer*in" column: the kiosk greets
    "Siobhán", never "Siobhán Ní", and "Forgot your ticket?" takes the surname with or without Ní."""
    from kiosk.roster.resync import import_export

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "pretix_orderpositions_de.csv"
    text = fixture.read_text(encoding="utf-8")
    text = text.replace("Sabine Müller;sabine@example.de", "Siobhán Ní Bhriain;siobhan@example.ie", 1)
    text = text.replace("Björn Weiß;", "Seán Ó Súilleabháin;", 1)
    path = tmp_path / "pretix_irish.csv"
    path.write_text(text, encoding="utf-8")
    import_export(event_db, path)
    people = {r["full_name"]: r for r in event_db.query("SELECT * FROM attendees")}
    assert first_name_of(people["Siobhán Ní Bhriain"]) == "Siobhán"
    assert last_name_of(people["Siobhán Ní Bhriain"]) == "Ní Bhriain"
    assert first_name_of(people["Seán Ó Súilleabháin"]) == "Seán"
    for typed in ("Ní Bhriain", "ni bhriain", "Bhriain"):
        assert forgot_ticket.find_ticket(event_db, "siobhan@example.ie", typed).outcome == forgot_ticket.FOUND

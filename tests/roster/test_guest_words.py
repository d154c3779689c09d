"""An Eventbrite "Info Requested" ticket is stored as data (no name, the buyer's name, a mark) and
worded where it is shown: in the reader's language at the desk, in the event's language on a badge
and in the exports, by the buyer's first name only at the kiosk's door."""

from __future__ import annotations

import sqlite3

from kiosk.badges.draw_badge import BadgeRenderer
from kiosk.badges.render import event_context
from kiosk.badges.stocks import get_stock
from kiosk.roster import attendees
from kiosk.roster.names import display_name, greeting_name
from kiosk.roster.resync import import_export
from kiosk.store import open_event_db, settings
from kiosk.store.migrate import split_sql
from kiosk.store.migrations import MIGRATIONS
from tests.conftest import FIXTURES

EXPORT = FIXTURES / "exports" / "eventbrite_attendee_report_uk.csv"
GUEST = "20115550102" + "30224440103" + "001"


def _guest(db) -> dict:
    return attendees.find_by_code(db, GUEST)


def test_the_guest_is_named_in_each_reader_s_language_and_greeted_by_the_buyer_s_first_name(event_db):
    import_export(event_db, EXPORT)
    guest = _guest(event_db)
    assert (guest["full_name"], guest["first_name"], guest["guest_of"]) == ("", "", "Aoife Byrne")
    assert display_name(guest) == "Guest of Aoife Byrne"
    assert display_name(guest, "fr") == "Personne invitée par Aoife Byrne"
    # the kiosk's door never shows the buyer's family name
    assert greeting_name(guest, "en") == "Guest of Aoife"
    assert greeting_name(guest, "fr") == "Personne invitée par Aoife"
    # searching the buyer's name finds the guest too ("I'm here as Aoife's guest")
    from kiosk.roster.search import search_attendees

    assert GUEST in {p["code"] for p in search_attendees(event_db, "aoife")}
    # once the desk names them, they are themselves
    named = attendees.edit(event_db, guest["id"], {"first_name": "Cian", "last_name": "Byrne"}, station="desk")
    assert display_name(named, "fr") == "Cian Byrne" and greeting_name(named, "fr") == "Cian"


def test_a_badge_and_the_exports_word_the_guest_in_the_event_s_language(event_db, tmp_path):
    from kiosk.reports.export import export

    import_export(event_db, EXPORT)
    guest = _guest(event_db)
    for language, words in (("en", "Guest of Aoife Byrne"), ("fr", "Personne invitée par Aoife Byrne")):
        settings.set_value(event_db, "report_language", language)
        renderer = BadgeRenderer(get_stock("badge-4x3"), "default", event_context(event_db))
        assert renderer.values(guest)["full_name"] == words
        written = export(event_db, tmp_path / f"attendance-{language}.csv", kind="attendance")
        assert words in (tmp_path / f"attendance-{language}.csv").read_text(encoding="utf-8-sig"), written


def test_a_guest_stored_in_english_by_an_older_version_becomes_data(tmp_path):
    path = tmp_path / "older.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:7], start=1):
        for statement in split_sql(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    rows = [("G1", "", "", "Guest of Jane Doe", 1), ("G2", "", "", "Guest (order 1234)", 1),
            ("P1", "Guest", "Speaker", "Guest Speaker", 0)]
    for code, first, last, full, missing in rows:
        conn.execute("INSERT INTO attendees (uid, code, first_name, last_name, full_name, details_missing, "
                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', '')", (code, code, first, last, full, missing))
    conn.close()
    with open_event_db(path) as db:
        found = {a["code"]: (a["full_name"], a["guest_of"]) for a in db.query("SELECT * FROM attendees")}
        assert found == {"G1": ("", "Jane Doe"), "G2": ("", ""), "P1": ("Guest Speaker", "")}
        row = db.one("SELECT * FROM attendees WHERE code = 'G1'")
        assert row is not None and display_name(row, "fr") == "Personne invitée par Jane Doe"
        row = db.one("SELECT * FROM attendees WHERE code = 'G2'")
        assert row is not None and display_name(row, "fr") == "Personne invitée"


def test_the_dry_run_lists_the_guest_by_words_and_a_re_sync_keeps_the_buyer(event_db):
    """The import's list of new people (packed, kiosk/roster/import_report.py) names the guest in the
    reader's language and in English for --json; importing the file again changes nothing."""
    report = import_export(event_db, EXPORT, dry_run=True)
    new = {person["code"]: person for person in report.new}
    assert new[GUEST]["name"].text("fr") == "Personne invitée par Aoife Byrne"
    assert {p["code"]: p["name"] for p in report.to_json()["details"]["new"]}[GUEST] == "Guest of Aoife Byrne"
    import_export(event_db, EXPORT)
    again = import_export(event_db, EXPORT)
    assert (len(again.new), len(again.updated), again.unchanged) == (0, 0, len(report.new))
    assert _guest(event_db)["guest_of"] == "Aoife Byrne"

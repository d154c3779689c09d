"""Eventbrite tickets at the door: codes built from order + attendee numbers, reissued copies,
orders whose tickets are not numbered (the `choose` verdict), and "Info Requested" guests."""

from __future__ import annotations

from pathlib import Path

from kiosk import checkin
from kiosk.roster import attendees
from kiosk.roster.resync import import_export

EXPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "exports"
AT = "2026-07-08T14:00:00Z"


def _report(tmp_path, rows: list[str]) -> Path:
    path = tmp_path / "attendee-report.csv"
    path.write_text("\ufeffOrder #,First Name,Last Name,Email,Ticket Type,Attendee #,Attendee Status\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_reissued_ticket_admits_and_the_older_copy_stops_working(event_db, tmp_path):
    import_export(event_db, _report(tmp_path, ["11211912243,John,Doe,john@example.com,GA,18441583423,Attending"]))
    first, reissued = "11211912243" + "18441583423" + "001", "11211912243" + "18441583423" + "002"
    # The export is older than the reissue: the higher sequence is the valid ticket.
    result = checkin.check_in(event_db, reissued, at=AT)
    assert result.verdict == "ok" and result.attendee["email"] == "john@example.com"
    # From then on the 001 copy is refused, on any day, naming the valid copy.
    for day in ("2026-07-08T15:00:00Z", "2026-07-09T14:00:00Z"):
        older = checkin.check_in(event_db, first, at=day)
        assert older.verdict == "cancelled" and "reissued" in older.reason and "002" in older.reason
        assert older.attendee["id"] == result.attendee["id"]
    # the attendee number typed at the desk still finds the person
    assert checkin.check_in(event_db, "18441583423", at="2026-07-09T15:00:00Z").verdict == "ok"


def test_an_export_that_lists_the_newer_sequence_refuses_the_older_one_at_once(event_db):
    import_export(event_db, EXPORTS / "eventbrite_full_barcode.csv")
    assert checkin.check_in(event_db, "752327237937711036001", at=AT).verdict == "cancelled"
    assert checkin.check_in(event_db, "752327237937711036002", at=AT).verdict == "ok"
    # and a sequence lower than one already admitted at the door is refused too
    assert checkin.check_in(event_db, "752327237937711035001", at=AT).verdict == "ok"
    assert checkin.check_in(event_db, "752327237937711035003", at="2026-07-09T10:00:00Z").verdict == "ok"
    late = checkin.check_in(event_db, "752327237937711035001", at="2026-07-10T10:00:00Z")
    assert late.verdict == "cancelled" and "003" in late.reason


def test_sequences_are_never_guessed_across_people_or_platforms(event_db, tmp_path):
    # two people of a hand-made list whose numeric codes differ only in their last digits
    sheet = tmp_path / "list.csv"
    sheet.write_text("Name,Code\nAna Lima,40063813339310001\nBo Kim,40063813339310002\n", encoding="utf-8")
    import_export(event_db, sheet, mapping={"code": "Code", "name": "Name"})
    assert checkin.check_in(event_db, "40063813339310002", at=AT).attendee["full_name"] == "Bo Kim"
    assert checkin.check_in(event_db, "40063813339310003", at=AT).verdict == "unknown"


def test_an_order_of_one_ticket_is_that_ticket_and_an_order_of_several_asks(cli, event_db, db_path):
    assert cli("import", EXPORTS / "eventbrite_order_only_uk.csv", "--db", db_path).code == 0
    single = cli("checkin", "40118880201" + "50112345678" + "001", "--db", db_path, "--at", "2026-07-08T10:00", "--json")
    assert single.json()["verdict"] == "ok" and single.json()["attendee"]["last_name"] == "Gallagher"

    payload = "40118880202" + "50112345679" + "001"
    asked = cli("checkin", payload, "--db", db_path, "--at", "2026-07-08T10:00")
    assert asked.code == 1
    assert asked.stdout.startswith("CHOOSE: this ticket's order 40118880202 holds 3 tickets; nobody was checked in.")
    assert "Megan Evans (Day ticket)" in asked.stdout and "Guest of Rhys Evans" in asked.stdout
    assert f"kiosk checkin '{payload}' --attendee ID" in asked.stdout
    data = cli("checkin", payload, "--db", db_path, "--at", "2026-07-08T10:00", "--json").json()
    assert data["verdict"] == "choose" and len(data["candidates"]) == 3 and data["attendee"] is None
    assert event_db.scalar("SELECT count(*) FROM checkins") == 1                 # only Fiona so far
    assert event_db.scalar("SELECT count(*) FROM scan_attempts WHERE verdict = 'choose'") == 2

    megan = next(c for c in data["candidates"] if c["first_name"] == "Megan")
    wrong = cli("checkin", payload, "--db", db_path, "--attendee", "999")
    assert wrong.code == 2 and "not one of the people this ticket may be" in wrong.stderr
    chosen = cli("checkin", payload, "--db", db_path, "--at", "2026-07-08T10:00", "--attendee", str(megan["id"]),
                 "--json").json()
    assert chosen["verdict"] == "ok" and chosen["attendee"]["first_name"] == "Megan"
    assert event_db.scalar("SELECT payload FROM checkins WHERE attendee_id = ?", (megan["id"],)) == payload


def test_the_order_prefix_is_not_a_code_a_qr_may_carry(event_db):
    import_export(event_db, EXPORTS / "eventbrite_order_only_uk.csv")
    for forged in ("order:40118880201#1", " order:40118880201#1 "):
        assert checkin.check_in(event_db, forged, at=AT).verdict in ("unknown", "not_ticket")


def test_info_requested_guests_are_admitted_and_marked_for_the_desk(cli, event_db, db_path):
    import_export(event_db, EXPORTS / "eventbrite_attendee_report_uk.csv")
    roster = {a["code"]: a for a in cli("roster", "--db", db_path, "--json").json()}
    guest = roster["20115550102" + "30224440103" + "001"]
    # no name of the holder yet: the buyer's name is data, worded where it is shown
    assert (guest["full_name"], guest["guest_of"], guest["status"], guest["details_missing"], guest["email"]) == \
        ("", "Aoife Byrne", "active", True, "")
    assert attendees.display_name(guest) == "Guest of Aoife Byrne"
    assert attendees.display_name(guest, "fr") == "Personne invitée par Aoife Byrne"
    assert checkin.check_in(event_db, guest["code"], at=AT).verdict == "ok"
    # the desk asks the name: the mark goes, and a re-sync that still says Info Requested keeps the desk's name
    named = attendees.edit(event_db, guest["id"], {"first_name": "Cian", "last_name": "Byrne"}, station="desk")
    assert (named["full_name"], named["details_missing"]) == ("Cian Byrne", 0)
    report = import_export(event_db, EXPORTS / "eventbrite_attendee_report_uk.csv", source="eventbrite")
    assert report.summary()["new"] == 0
    again = attendees.get(event_db, guest["id"])
    assert (again["full_name"], again["details_missing"]) == ("Cian Byrne", 0)

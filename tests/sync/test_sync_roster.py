"""Roster and event propagation through the hub: imports, walk-ins and desk edits reach every station."""

from __future__ import annotations

import json

import pytest

from kiosk.roster import attendees
from kiosk.roster.resync import import_export
from kiosk.sync import sync_round
from tests.sync.helpers import roster_export
from kiosk.store import settings
from kiosk.sync import station_id

pytestmark = pytest.mark.needs_postgres


def test_a_new_empty_station_gets_the_event_roster_and_shared_settings(station, hub_url):
    a = station("A", event=True)
    settings.set_value(a, "ticket_type_days", {"Day pass": [2]})
    settings.set_value(a, "printer_name", "Zebra at door A")
    import_export(a, "export.csv", parsed=roster_export(5))
    sync_round(a, hub_url)

    b = station("B")                      # a borrowed laptop, nothing on it yet
    report = sync_round(b, hub_url)
    assert report.received["attendees"]["added"] == 5
    assert b.event()["name"] == "Test Training"
    assert b.event()["days"] == ["2026-07-08", "2026-07-09", "2026-07-10"]
    assert b.event()["timezone"] == "America/Toronto"
    assert b.event()["secret"] == a.event()["secret"]        # codes issued at A verify at B
    assert settings.get(b, "ticket_type_days") == {"Day pass": [2]}
    assert not settings.is_set(b, "printer_name")              # a printer belongs to one laptop
    assert settings.get(b, "station_name") == "B"
    assert station_id(b) != station_id(a)
    person = attendees.find_by_code(b, "EB-1003")
    assert person["full_name"] == "Person2 Family2" and person["source"] == "eventbrite"


def test_a_reimport_at_one_station_reaches_the_other_and_can_be_resynced_there(station, hub_url):
    a, b = station("A", event=True), station("B")
    import_export(a, "export.csv", parsed=roster_export(3))
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    import_export(a, "export.csv", parsed=roster_export(4, **{"EB-1002": {"organization": "New Org"}}))
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    assert attendees.count(b) == 4
    assert attendees.find_by_code(b, "EB-1002")["organization"] == "New Org"
    # The same export imported at B now finds the same people (same source, same keys): no duplicates.
    again = import_export(b, "export.csv", parsed=roster_export(4, **{"EB-1002": {"organization": "New Org"}}))
    assert again.summary()["new"] == 0 and again.summary()["updated"] == 0


def test_a_desk_edit_survives_an_import_made_at_another_station_meanwhile(station, hub_url):
    a, b = station("A", event=True), station("B")
    import_export(a, "export.csv", parsed=roster_export(3))
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    # Apart: B corrects an email at the desk; later A imports an export that changes the organization.
    person_b = attendees.find_by_code(b, "EB-1001")
    attendees.edit(b, person_b["id"], {"email": "fixed@example.org"}, station="B")
    import_export(a, "export.csv", parsed=roster_export(3, **{"EB-1001": {"organization": "Renamed Org"}}))
    for db in (b, a, b):
        sync_round(db, hub_url)
    for db in (a, b):
        person = attendees.find_by_code(db, "EB-1001")
        assert person["email"] == "fixed@example.org"
        assert person["organization"] == "Renamed Org"
        edited = json.loads(db.scalar("SELECT edited FROM attendees WHERE code = 'EB-1001'"))
        assert edited == {"email": "fixed@example.org"}
    # A's next import with the old email does not undo the correction either.
    report = import_export(a, "export.csv", parsed=roster_export(3, **{"EB-1001": {"organization": "Renamed Org"}}))
    assert attendees.find_by_code(a, "EB-1001")["email"] == "fixed@example.org"
    assert report.summary()["updated"] == 0


def test_the_later_of_two_edits_of_one_field_wins_everywhere(station, hub_url, monkeypatch):
    a, b = station("A", event=True), station("B")
    import_export(a, "export.csv", parsed=roster_export(2))
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    # A minute apart (two calls in the same millisecond would be a tie, broken by the station ids).
    monkeypatch.setattr(attendees, "utc_now", lambda: "2026-07-08T14:00:00.000Z")
    attendees.edit(a, attendees.find_by_code(a, "EB-1001")["id"], {"notes": "first note"}, station="A")
    monkeypatch.setattr(attendees, "utc_now", lambda: "2026-07-08T14:01:00.000Z")
    attendees.edit(b, attendees.find_by_code(b, "EB-1001")["id"], {"notes": "second note"}, station="B")
    monkeypatch.undo()
    for db in (b, a, b):
        sync_round(db, hub_url)
    assert attendees.find_by_code(a, "EB-1001")["notes"] == "second note"
    assert attendees.find_by_code(b, "EB-1001")["notes"] == "second note"


def test_a_walk_in_added_at_one_station_can_be_checked_in_at_another(station, hub_url):
    from kiosk.checkin import check_in

    a, b = station("A", event=True), station("B")
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    walk_in = attendees.add_walk_in(b, first_name="Noor", last_name="Haddad")
    sync_round(b, hub_url)
    sync_round(a, hub_url)
    result = check_in(a, walk_in["code"], station="A", at="2026-07-08T14:00:00Z")
    assert result.verdict == "ok" and result.attendee["full_name"] == "Noor Haddad"


def test_the_same_export_imported_at_two_stations_while_apart_yields_one_person_each(station, hub_url):
    from kiosk.checkin import check_in, counts

    a, b = station("A", event=True), station("B")
    sync_round(a, hub_url)
    sync_round(b, hub_url)                   # B has the event, no roster yet
    import_export(a, "export.csv", parsed=roster_export(3))
    import_export(b, "export.csv", parsed=roster_export(3))   # same export, other uids
    check_in(b, "EB-1002", station="B", at="2026-07-08T14:00:00Z")
    for db in (a, b, a, b):
        sync_round(db, hub_url)
    assert attendees.count(a) == attendees.count(b) == 3
    assert sorted(a.scalar("SELECT group_concat(uid) FROM attendees").split(",")) == \
        sorted(b.scalar("SELECT group_concat(uid) FROM attendees").split(","))
    assert check_in(a, "EB-1002", station="A", at="2026-07-08T15:00:00Z").verdict == "already"
    assert counts(a, "2026-07-08")["checked_in"] == counts(b, "2026-07-08")["checked_in"] == 1


def test_a_station_holding_another_event_is_refused_and_sends_nothing(station, hub_url):
    from kiosk.errors import KnownError
    from kiosk.store import open_event_db  # noqa: F401  (the fixture opens them)

    a = station("A", event=True)
    import_export(a, "export.csv", parsed=roster_export(2))
    sync_round(a, hub_url)
    other = station("Other")
    other.set_event("Another Conference", [], "UTC")
    import_export(other, "export.csv", parsed=roster_export(7))
    with pytest.raises(KnownError, match="Another Conference.*Test Training"):
        sync_round(other, hub_url)
    fresh = station("C")
    sync_round(fresh, hub_url)
    assert attendees.count(fresh) == 2 and fresh.event()["name"] == "Test Training"

"""Check-ins across stations: seen everywhere, the earliest wins, duplicates are listed, counts agree."""

from __future__ import annotations

import pytest

from kiosk import checkin
from kiosk.roster.resync import import_export
from kiosk.sync import duplicate_checkins, sync_round, sync_state
from tests.sync.helpers import checkin_rows, roster_export
from kiosk.store import settings

pytestmark = pytest.mark.needs_postgres

DAY = "2026-07-08"


def three_stations(station, hub_url, n=5):
    a, b, c = station("A", event=True), station("B"), station("C")
    import_export(a, "export.csv", parsed=roster_export(n))
    for db in (a, b, c):
        sync_round(db, hub_url)
    return a, b, c


def test_a_checkin_at_one_station_is_already_at_the_other_after_sync(station, hub_url):
    a, b, _ = three_stations(station, hub_url)
    assert checkin.check_in(a, "EB-1001", station="A", at="2026-07-08T14:00:00Z").verdict == "ok"
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    again = checkin.check_in(b, "EB-1001", station="B", at="2026-07-08T14:05:00Z")
    assert again.verdict == "already"
    assert again.previous_station == "A" and again.checked_in_at == "2026-07-08T14:00:00.000Z"


def test_the_same_ticket_at_two_stations_while_apart_agrees_on_the_earliest(station, hub_url):
    a, b, c = three_stations(station, hub_url)
    # Apart (no sync): B scans at 14:02, A at 14:01 - both say ok locally.
    assert checkin.check_in(b, "EB-1002", station="B", at="2026-07-08T14:02:00Z").verdict == "ok"
    assert checkin.check_in(a, "EB-1002", station="A", at="2026-07-08T14:01:00Z").verdict == "ok"
    checkin.check_in(a, "EB-1003", station="A", at="2026-07-08T14:03:00Z")
    for db in (a, b, c, a, b):
        sync_round(db, hub_url)
    for db in (a, b, c):
        person = checkin.resolve(db, "EB-1002")[0]
        assert db.scalar("SELECT count(*) FROM checkins WHERE attendee_id = ?", (person["id"],)) == 2
        first = checkin.active_checkin(db, person["id"], DAY)
        assert (first["station"], first["at"]) == ("A", "2026-07-08T14:01:00.000Z")
        dups = duplicate_checkins(db, DAY)
        assert [(d["code"], d["station"], d["first_station"]) for d in dups] == [("EB-1002", "B", "A")]
        assert checkin.counts(db, DAY)["checked_in"] == 2
        assert checkin.check_in(db, "EB-1002", station=settings.get(db, "station_name"),
                                at="2026-07-08T15:00:00Z").previous_station == "A"
    assert checkin_rows(a) == checkin_rows(b) == checkin_rows(c)


def test_an_undo_at_one_station_uncounts_the_person_everywhere(station, hub_url):
    a, b, _ = three_stations(station, hub_url)
    checkin.check_in(a, "EB-1004", station="A", at="2026-07-08T14:00:00Z")
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    assert checkin.counts(b, DAY)["checked_in"] == 1
    checkin.undo(b, "EB-1004", "scanned the wrong ticket", station="B", day=DAY)
    sync_round(b, hub_url)
    sync_round(a, hub_url)
    assert checkin.counts(a, DAY)["checked_in"] == 0
    assert checkin.check_in(a, "EB-1004", station="A", at="2026-07-08T14:10:00Z").verdict == "ok"


def test_scan_attempts_travel_with_their_original_time_and_station(station, hub_url):
    a, b, _ = three_stations(station, hub_url)
    checkin.check_in(a, "NOPE-123", station="A", at="2026-07-08T13:59:00Z")
    checkin.check_in(a, "EB-1005", station="A", at="2026-07-08T14:00:00Z")
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    seen = b.query("SELECT at, station, payload, verdict FROM scan_attempts ORDER BY at")
    assert seen == [{"at": "2026-07-08T13:59:00.000Z", "station": "A", "payload": "NOPE-123", "verdict": "unknown"},
                    {"at": "2026-07-08T14:00:00.000Z", "station": "A", "payload": "EB-1005", "verdict": "ok"}]
    assert str(sync_state(b)) == "synced"

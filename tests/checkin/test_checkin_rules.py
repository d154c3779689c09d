"""The check-in rules a volunteer relies on: one verdict per scan, durable, append-only."""

import sqlite3
import threading

import pytest

from kiosk import checkin
from kiosk.errors import KnownError, NotFound
from kiosk.store import open_event_db
from kiosk.store import settings

DAY1 = "2026-07-08T13:30:00Z"   # 09:30 in Toronto
DAY1_LATE = "2026-07-09T03:30:00Z"  # 23:30 on July 8 in Toronto: still day 1
DAY2 = "2026-07-09T13:00:00Z"


def test_first_scan_is_ok_and_second_is_already_with_when_and_where(event_db, roster):
    first = checkin.check_in(event_db, "EB-0001", station="door-1", at=DAY1)
    assert first.verdict == "ok"
    assert first.attendee["full_name"] == "José Ñúñez"
    again = checkin.check_in(event_db, "EB-0001", station="door-2", at="2026-07-08T14:00:00Z")
    assert again.verdict == "already"
    assert again.checked_in_at == "2026-07-08T13:30:00.000Z"
    assert again.to_json()["station"] == "door-1"
    assert "door-1" in again.message()


def test_days_are_counted_in_the_event_time_zone(event_db, roster):
    assert checkin.check_in(event_db, "EB-0001", at=DAY1).verdict == "ok"
    late = checkin.check_in(event_db, "EB-0001", at=DAY1_LATE)
    assert late.verdict == "already" and late.event_day == "2026-07-08"
    assert checkin.check_in(event_db, "EB-0001", at=DAY2).verdict == "ok"


def test_unknown_and_not_a_ticket(event_db, roster):
    assert checkin.check_in(event_db, "NOPE-123", at=DAY1).verdict == "unknown"
    assert checkin.check_in(event_db, "WIFI:S:venue;T:WPA;P:secret;;", at=DAY1).verdict == "not_ticket"
    assert checkin.check_in(event_db, "https://example.com/blog/some-post", at=DAY1).verdict == "not_ticket"


def test_cancelled_registrations_are_not_admitted(event_db, roster):
    result = checkin.check_in(event_db, "EB-0003", at=DAY1)
    assert result.verdict == "cancelled" and result.reason == "refunded"
    assert not result.admitted
    assert checkin.counts(event_db, "2026-07-08")["checked_in"] == 0


def test_day_limited_ticket_type_and_days_outside_the_event(event_db, roster):
    day1 = checkin.check_in(event_db, "EB-0004", at=DAY1)
    assert day1.verdict == "not_today" and day1.allowed_days == ["2026-07-09"]
    assert checkin.check_in(event_db, "EB-0004", at=DAY2).verdict == "ok"
    outside = checkin.check_in(event_db, "EB-0001", at="2026-07-20T14:00:00Z")
    assert outside.verdict == "not_today"


def test_ticket_type_day_rules_from_settings(event_db, roster):
    settings.set_value(event_db, "ticket_type_days", {"Participant": [3]})
    assert checkin.check_in(event_db, "EB-0001", at=DAY1).verdict == "not_today"
    assert checkin.check_in(event_db, "EB-0001", at="2026-07-10T14:00:00Z").verdict == "ok"


def test_attention_admits_and_shows_the_note(event_db, roster):
    result = checkin.check_in(event_db, "EB-0005", at=DAY1)
    assert result.verdict == "attention" and result.admitted
    assert "See the coordinator" in result.message()
    assert checkin.counts(event_db, "2026-07-08")["checked_in"] == 1


def test_urls_and_case_rules(event_db, roster):
    assert checkin.check_in(event_db, " https://ti.to/tickets/ti_pX9tJEguENQbdPOdhq66Vtw \r\n", at=DAY1).verdict == "ok"
    # Tito slugs are case-sensitive: a wrongly cased slug is not the same ticket.
    assert checkin.check_in(event_db, "ti_px9tjeguenqbdpodhq66vtw", at=DAY2).verdict == "unknown"
    # pretix secrets are lower case only: a scanner stuck in caps still finds them.
    assert checkin.check_in(event_db, "ABCDEFGHJKMNPQRSTUVWXYZ234567892", at=DAY1).verdict == "ok"


def test_every_attempt_is_recorded_and_facts_are_append_only(event_db, roster):
    for payload in ("EB-0001", "EB-0001", "junk", "EB-0003"):
        checkin.check_in(event_db, payload, station="door-1", at=DAY1)
    attempts = event_db.query("SELECT payload, verdict, station FROM scan_attempts ORDER BY id")
    assert [(a["payload"], a["verdict"]) for a in attempts] == [
        ("EB-0001", "ok"), ("EB-0001", "already"), ("junk", "unknown"), ("EB-0003", "cancelled")]
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        event_db.conn.execute("DELETE FROM checkins")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        event_db.conn.execute("UPDATE scan_attempts SET verdict = 'ok'")


def test_undo_annuls_without_deleting_and_allows_a_new_check_in(event_db, roster):
    checkin.check_in(event_db, "EB-0001", at=DAY1)
    with pytest.raises(KnownError):
        checkin.undo(event_db, "EB-0001", "  ")
    info = checkin.undo(event_db, "EB-0001", "scanned the wrong ticket", station="door-1")
    assert info["reason"] == "scanned the wrong ticket"
    assert checkin.counts(event_db, "2026-07-08")["checked_in"] == 0
    assert event_db.scalar("SELECT count(*) FROM checkins") == 1
    assert checkin.check_in(event_db, "EB-0001", at="2026-07-08T15:00:00Z").verdict == "ok"
    assert event_db.scalar("SELECT count(*) FROM checkins") == 2
    checkin.undo(event_db, "EB-0001", "again")
    with pytest.raises(NotFound):
        checkin.undo(event_db, "EB-0001", "nothing left")


def test_checking_in_a_chosen_attendee(event_db, roster):
    result = checkin.check_in(event_db, attendee_id=roster["amara"], station="desk", at=DAY1)
    assert result.verdict == "ok" and result.payload == "ti_pX9tJEguENQbdPOdhq66Vtw"
    row = event_db.one("SELECT method FROM checkins")
    assert row["method"] == "search"


def test_two_connections_checking_in_the_same_ticket_at_once_give_one_ok(db_path, event_db, roster):
    verdicts = []
    barrier = threading.Barrier(6)

    def worker():
        db = open_event_db(db_path)
        barrier.wait()
        verdicts.append(checkin.check_in(db, "EB-0001", at=DAY1).verdict)
        db.close()

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(verdicts) == ["already"] * 5 + ["ok"]
    assert event_db.scalar("SELECT count(*) FROM checkins") == 1


def test_undo_annuls_duplicates_of_the_same_day_from_stations_that_were_apart(event_db, roster):
    import uuid as _uuid

    checkin.check_in(event_db, "EB-0001", station="door-1", at=DAY1)
    with event_db.write() as conn:   # what a sync brings: the same person checked in at door 2 meanwhile
        conn.execute("INSERT INTO checkins (uid, attendee_id, event_day, at, station, method, payload) "
                     "VALUES (?, ?, '2026-07-08', '2026-07-08T13:31:00.000Z', 'door-2', 'scan', 'EB-0001')",
                     (_uuid.uuid4().hex, roster["jose"]))
    checkin.check_in(event_db, "EB-0001", station="door-1", at=DAY2)
    info = checkin.undo(event_db, "EB-0001", "wrong person", day="2026-07-08")
    assert info["annulled"] == 2
    assert roster["jose"] not in checkin.checked_in_ids(event_db, "2026-07-08")
    assert roster["jose"] in checkin.checked_in_ids(event_db, "2026-07-09")

"""Values out of bounds arriving from the hub. A station's own login may append facts in its own
name only, but a stolen or broken station appends whatever it likes there: times that are no
times, days that are no dates, names of a megabyte full of escape sequences, corrections nested
50,000 deep. And a hub edited by hand (or written by an older version) may hold a setting or an
event no station can use. Every other station refuses each such value (logged, counted), keeps
everything valid, and goes on: its sync, its exports, its report and its check-ins."""

from __future__ import annotations

import json

import psycopg
import pytest

from kiosk.checkin import check_in
from kiosk.roster import attendees
from kiosk.roster.resync import import_export
from kiosk.store import settings
from kiosk.sync import sync_round
from tests.sync.helpers import roster_export

pytestmark = pytest.mark.needs_postgres

DEEP = "[" * 50_000 + "]" * 50_000
GOOD_AT = "2026-07-08T14:00:00.000Z"
BAD_AT = ["not a time", "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2026-07-08T14:00:00+99:00", ""]
BAD_TEXT = ["x" * 1_000_000, "\x1b]0;owned\x07Eve", "Eve\u202e", "\u009b2J"]


@pytest.fixture
def organizer_and_door(station, hub_url, cli):
    assert cli("hub", "init", "--hub", hub_url, "--json").code == 0
    a = station("A", event=True)
    import_export(a, "export.csv", parsed=roster_export(3))
    sync_round(a, hub_url)
    door = cli("hub", "add-station", "Door 1", "--hub", hub_url, "--json").json()
    return a, door


def _append(url: str, statements: list[tuple[str, tuple]]) -> None:
    """As the station's own login: each statement in its own transaction (the hub may refuse some)."""
    with psycopg.connect(url, autocommit=True) as conn:
        for sql, params in statements:
            try:
                with conn.transaction():
                    conn.execute(sql, params)
            except (psycopg.errors.CheckViolation, psycopg.errors.StatementTooComplex):
                pass               # the hub's own checks refused it: nothing to receive


def test_a_hostile_station_appends_garbage_and_every_other_station_goes_on(organizer_and_door, hub_url, cli, tmp_path):
    a, door = organizer_and_door
    person = a.scalar("SELECT uid FROM attendees WHERE code = 'EB-1001'")
    own = "current_user"
    rows: list[tuple[str, tuple]] = []
    for n, at in enumerate(BAD_AT):
        rows += [
            ("INSERT INTO hub_checkins (uid, attendee_uid, event_day, at, station, method, payload, station_id) "
             f"VALUES (%s, %s, '2026-07-08', %s, 'Door 1', 'scan', 'p', {own})", (f"c-bad-{n}", person, at)),
            ("INSERT INTO hub_scan_attempts (uid, at, station, payload, verdict, attendee_uid, station_id) "
             f"VALUES (%s, %s, 'Door 1', 'p', 'ok', %s, {own})", (f"s-bad-{n}", at, person)),
            ("INSERT INTO hub_annulments (uid, checkin_uid, reason, station, at, station_id) "
             f"VALUES (%s, 'c-good', 'typo', 'Door 1', %s, {own})", (f"n-bad-{n}", at)),
        ]
    rows += [
        ("INSERT INTO hub_checkins (uid, attendee_uid, event_day, at, station, method, payload, station_id) "
         f"VALUES ('c-day', %s, 'someday', %s, 'Door 1', 'scan', 'p', {own})", (person, GOOD_AT)),
        ("INSERT INTO hub_checkins (uid, attendee_uid, event_day, at, station, method, payload, station_id) "
         f"VALUES ('c-good', %s, '2026-07-08', %s, 'Door 1', 'scan', %s, {own})", (person, GOOD_AT, "y" * 1_000_000)),
        ("INSERT INTO hub_attendee_edits (uid, attendee_uid, fields, at, station, station_id) "
         f"VALUES ('e-deep', %s, %s, %s, 'Door 1', {own})", (person, DEEP, GOOD_AT)),
    ]
    for n, text in enumerate(BAD_TEXT):
        rows += [
            ("INSERT INTO hub_walk_ins (uid, code, first_name, last_name, at, station, station_id) "
             f"VALUES (%s, %s, %s, 'Walker', %s, 'Door 1', {own})", (f"w-bad-{n}", f"W-BAD-{n}", text, GOOD_AT)),
            ("INSERT INTO hub_attendee_edits (uid, attendee_uid, fields, at, station, station_id) "
             f"VALUES (%s, %s, %s, %s, 'Door 1', {own})", (f"e-bad-{n}", person, json.dumps({"first_name": text}), GOOD_AT)),
        ]
    rows.append(("INSERT INTO hub_walk_ins (uid, code, first_name, last_name, at, station, station_id) "
                 f"VALUES ('w-good', 'W-GOOD', 'Wanda', 'Walker', %s, 'Door 1', {own})", (GOOD_AT,)))
    _append(door["url"], rows)

    report = sync_round(a, hub_url)                        # the organizer's station takes what is valid
    assert report.received["checkins"] == 1, report.received
    assert attendees.find_by_code(a, "W-GOOD") is not None
    assert attendees.find_by_code(a, "EB-1001")["first_name"] == "Person0"        # no garbage correction applied
    assert not any(attendees.find_by_code(a, f"W-BAD-{n}") for n in range(len(BAD_TEXT)))
    stored = a.one("SELECT at, payload FROM checkins WHERE uid = 'c-good'")
    assert stored["at"] == GOOD_AT and len(stored["payload"]) < 20_000
    assert a.scalar("SELECT count(*) FROM scan_attempts WHERE station = 'Door 1'") == 0
    assert a.scalar("SELECT count(*) FROM checkin_annulments") == 0
    path = a.path
    for args in (("stats",), ("export", "--out", tmp_path / "a.csv"), ("export", "--kind", "log", "--out", tmp_path / "l.csv"),
                 ("report", "--out", tmp_path / "r.pdf"), ("roster",), ("sync", "--hub", hub_url)):
        result = cli(*args, "--db", path)
        assert result.code == 0 and "This is a bug" not in result.stderr, (args, result)
    assert check_in(a, "EB-1002", station="A", at=GOOD_AT).verdict == "ok"


def test_a_hub_edited_by_hand_is_refused_setting_by_setting_and_the_event_kept(organizer_and_door, station, hub_url, cli):
    a, door = organizer_and_door
    b = station("B")
    assert sync_round(b, door["url"])                      # the station has the event and the roster
    settings.set_value(a, "max_reprints", 2)
    sync_round(a, hub_url)
    sync_round(b, door["url"])
    assert settings.get(b, "max_reprints") == 2
    with psycopg.connect(hub_url, autocommit=True) as admin:      # a hand edit, or an older version's rows
        admin.execute("UPDATE hub_settings SET value = %s, seq = nextval(pg_get_serial_sequence('hub_settings', 'seq')) "
                      "WHERE key = 'max_reprints'", (DEEP,))
        admin.execute("INSERT INTO hub_settings (key, value, updated_at, station_id) VALUES ('dedupe_seconds', %s, '', 'x')",
                      ("9" * 400,))
        admin.execute("UPDATE hub_event SET timezone = 'Mars/Olympus_Mons', days = %s, "
                      "seq = nextval(pg_get_serial_sequence('hub_event', 'seq'))", (json.dumps(["someday", 5]),))
    result = cli("sync", "--db", b.path, "--hub", door["url"])
    assert result.code == 0 and "This is a bug" not in result.stderr, result
    assert "Refused" in result.stdout, result
    assert b.event()["timezone"] == "America/Toronto" and b.event()["days"][0] == "2026-07-08"
    assert settings.get(b, "max_reprints") == 2 and not b.event().get("problem")
    assert check_in(b, "EB-1001", station="B", at=GOOD_AT).verdict == "ok"

"""Stations are not trusted: each syncs with a login of its own that reads the roster and settings
and appends facts in its own name, and nothing more. A real PostgreSQL server: the station's login
tries every forbidden write and every one fails, while the organizer's login goes on as before."""

from __future__ import annotations

import json

import psycopg
import pytest

from kiosk.checkin import check_in
from kiosk.roster import attendees
from kiosk.roster.resync import import_export
from kiosk.store import settings
from kiosk.sync import station_id, sync_round
from kiosk.sync.url import mask_url
from tests.sync.helpers import roster_export

pytestmark = pytest.mark.needs_postgres

ON_DAY = "2026-07-08T14:00:00Z"


def _hub(cli, *args) -> dict:
    result = cli("hub", *args, "--json")
    assert result.code == 0, result
    return result.json()


@pytest.fixture
def hub_with_stations(station, hub_url, cli):
    """An organizer's station A (admin login) with the event and roster on the hub, and two station
    logins, 'Door 1' and 'Door 2'."""
    init = _hub(cli, "init", "--hub", hub_url)
    assert init["stations_role"].endswith("_stations")
    a = station("A", event=True)
    settings.set_value(a, "ticket_type_days", {"Participant": [1, 2, 3]})
    import_export(a, "export.csv", parsed=roster_export(5))
    sync_round(a, hub_url)
    door1 = _hub(cli, "add-station", "Door 1", "--hub", hub_url)
    door2 = _hub(cli, "add-station", "Door 2", "--hub", hub_url)
    return a, door1, door2


def test_a_station_login_syncs_the_event_roster_and_its_own_facts(station, hub_url, hub_with_stations, cli):
    a, door1, _ = hub_with_stations
    assert door1["url"].startswith("postgresql://") and door1["login"] in door1["url"]
    b = station("laptop")
    saved = cli("sync", "--db", b.path, "--hub", door1["url"], "--save", "--json")
    assert saved.code == 0, saved
    password = door1["url"].split(":")[2].split("@")[0]
    assert password not in saved.stdout + saved.stderr
    # The event and roster came, without the signing secret; the station took the name it was given.
    assert b.event()["name"] == "Test Training" and b.event()["secret"] == ""
    assert attendees.count(b) == 5 and settings.get(b, "ticket_type_days") == {"Participant": [1, 2, 3]}
    assert settings.get(b, "station_name") == "Door 1"
    # Check-ins, a walk-in and desk corrections made here reach the organizer.
    assert check_in(b, "EB-1001", station="Door 1", at=ON_DAY).verdict == "ok"
    walk_in = attendees.add_walk_in(b, first_name="Grace", last_name="Hopper")
    check_in(b, attendee_id=walk_in["id"], station="Door 1", at=ON_DAY)
    person = attendees.find_by_code(b, "EB-1002")
    attendees.edit(b, person["id"], {"email": "fixed@example.org", "status": "cancelled"}, station="Door 1")
    report = sync_round(b, door1["url"])
    assert report.sent["checkins"] == 2 and report.sent["attendees"] == 2     # the walk-in and the correction
    sync_round(a, hub_url)
    assert attendees.find_by_code(a, walk_in["code"])["full_name"] == "Grace Hopper"
    fixed = attendees.find_by_code(a, "EB-1002")
    assert fixed["email"] == "fixed@example.org"
    assert fixed["status"] == "active"      # whether someone is admitted is the organizer's to change
    assert attendees.find_by_code(b, "EB-1002")["status"] == "cancelled"     # ...it stays at that desk
    stations_of = {r[0] for r in a.conn.execute("SELECT station FROM checkins")}
    assert stations_of == {"Door 1"}
    # A re-import at the organizer's station keeps the station's correction, here and there.
    import_export(a, "export.csv", parsed=roster_export(5, **{"EB-1003": {"organization": "New Org"}}))
    sync_round(a, hub_url)
    sync_round(b, door1["url"])
    assert attendees.find_by_code(b, "EB-1002")["email"] == "fixed@example.org"
    assert attendees.find_by_code(b, "EB-1003")["organization"] == "New Org"


def test_a_ticket_issued_by_the_organizer_checks_in_at_a_station_without_the_secret(station, hub_url,
                                                                                  hub_with_stations, cli, tmp_path):
    a, door1, _ = hub_with_stations
    with a.write() as conn:         # a Google Forms row: no scannable code of its own
        ada = attendees.insert(conn, {"code": attendees.new_code(a), "first_name": "Ada", "full_name": "Ada Lovelace"})
    from kiosk.reports.tickets import assign_codes

    issued = {p["id"]: p["code"] for p in assign_codes(a)}
    code = issued[ada]
    sync_round(a, hub_url)
    b = station("laptop")
    sync_round(b, door1["url"])
    assert check_in(b, code, station="Door 1", at=ON_DAY).verdict == "ok"
    forged = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert check_in(b, forged, station="Door 1", at=ON_DAY).verdict == "unknown"
    refused = cli("tickets", "--db", b.path, "--out", tmp_path / "t")
    assert refused.code == 2 and "organizer's computer" in refused.stderr and "Traceback" not in refused.stderr


def _as(url: str):
    return psycopg.connect(url, autocommit=True)


FORBIDDEN = [
    # the roster and settings: no UPDATE, no DELETE, no INSERT
    "UPDATE hub_attendees SET status = 'cancelled'",
    "DELETE FROM hub_attendees",
    "INSERT INTO hub_attendees (uid, code, created_at, updated_at, station_id) VALUES ('x', 'X-1', '', '', 'x')",
    "UPDATE hub_settings SET value = '{\"Participant\": [9]}' WHERE key = 'ticket_type_days'",
    "INSERT INTO hub_settings (key, value, updated_at, station_id) VALUES ('ticket_type_days', '{}', '', 'x')",
    "DELETE FROM hub_settings",
    "UPDATE hub_event SET days = '[]'",
    "DELETE FROM hub_event",
    "INSERT INTO hub_sources (name) VALUES ('evil')",
    "UPDATE hub_sources SET mapping = '{}'",
    "INSERT INTO hub_attendee_aliases VALUES ('a', 'b')",
    "DELETE FROM hub_attendee_aliases",
    # facts: no UPDATE, DELETE or TRUNCATE anywhere, even of its own
    "UPDATE hub_checkins SET at = '2000-01-01'",
    "DELETE FROM hub_checkins",
    "TRUNCATE hub_checkins",
    "DELETE FROM hub_annulments",
    "UPDATE hub_scan_attempts SET verdict = 'ok'",
    "DELETE FROM hub_scan_attempts",
    "DELETE FROM hub_walk_ins",
    "UPDATE hub_attendee_edits SET fields = '{}'",
    "DELETE FROM hub_print_records",
    "UPDATE hub_print_records SET reason = 'checkin'",
    "TRUNCATE hub_print_records",
    # badges: the reprints allowed past the limit and the badge fixes are facts like the others
    "UPDATE hub_print_overrides SET reason = 'nothing happened'",
    "DELETE FROM hub_print_overrides",
    "TRUNCATE hub_print_overrides",
    "UPDATE hub_badge_texts SET first_name = 'Mallory'",
    "DELETE FROM hub_badge_texts",
    "TRUNCATE hub_badge_texts",
    # the roster's "details missing" mark is the organizer's (a station's correction clears it)
    "UPDATE hub_attendees SET details_missing = false",
    # the signing secret, and the list of logins
    "SELECT secret FROM hub_event",
    "SELECT * FROM hub_event",
    "UPDATE hub_station_logins SET revoked_at = NULL",
    "INSERT INTO hub_station_logins (login, name) VALUES (current_user, 'Door 2')",
    # the schema, the rules themselves
    "CREATE TABLE evil (x int)",
    "ALTER TABLE hub_checkins DISABLE ROW LEVEL SECURITY",
    "DROP POLICY own_name ON hub_checkins",
    "INSERT INTO kiosk_hub_schema VALUES (99)",
]


def test_a_station_login_fails_every_forbidden_write(hub_url, hub_with_stations, pg_server):
    a, door1, door2 = hub_with_stations
    attendee_uid = a.scalar("SELECT uid FROM attendees LIMIT 1")
    checkin_uid = None
    with _as(door1["url"]) as conn:
        # What it may do: read the roster, append a fact in its own name.
        assert conn.execute("SELECT count(*) FROM hub_attendees").fetchone()[0] == 5
        assert conn.execute("SELECT name FROM hub_station_logins").fetchall() == [("Door 1",)]   # itself only
        conn.execute("INSERT INTO hub_checkins (uid, attendee_uid, event_day, at, station, method, payload, station_id) "
                     "VALUES ('c-own', %s, '2026-07-08', '2026-07-08T14:00:00Z', 'Door 1', 'scan', '', current_user)",
                     (attendee_uid,))
        checkin_uid = "c-own"
        in_other_names = [
            ("INSERT INTO hub_checkins (uid, attendee_uid, event_day, at, station, method, payload, station_id) "
             "VALUES ('c1', %s, '2026-07-08', 'x', 'Door 2', 'scan', '', current_user)", (attendee_uid,)),
            ("INSERT INTO hub_checkins (uid, attendee_uid, event_day, at, station, method, payload, station_id) "
             "VALUES ('c2', %s, '2026-07-08', 'x', 'Door 1', 'scan', '', %s)", (attendee_uid, door2["login"])),
            ("INSERT INTO hub_annulments (uid, checkin_uid, reason, station, at, station_id) "
             "VALUES ('n1', %s, 'x', 'Door 2', 'x', %s)", (checkin_uid, door2["login"])),
            ("INSERT INTO hub_scan_attempts (uid, at, station, payload, verdict, station_id) "
             "VALUES ('s1', 'x', 'A', 'p', 'ok', %s)", (station_id(a),)),
            ("INSERT INTO hub_walk_ins (uid, code, at, station, station_id) VALUES ('w1', 'W-1', 'x', 'Door 2', %s)",
             (door2["login"],)),
            ("INSERT INTO hub_print_records (uid, attendee_uid, reason, at, station, station_id) "
             "VALUES ('p1', %s, 'checkin', 'x', 'Door 2', current_user)", (attendee_uid,)),
            ("INSERT INTO hub_print_overrides (uid, attendee_uid, reason, by_whom, reprints_before, max_reprints, at, "
             "station, station_id) VALUES ('o1', %s, 'lost', 'Marie', 3, 3, '2026-07-08T14:00:00Z', 'Door 2', "
             "current_user)", (attendee_uid,)),
            ("INSERT INTO hub_print_overrides (uid, attendee_uid, reason, by_whom, reprints_before, max_reprints, at, "
             "station, station_id) VALUES ('o2', %s, 'lost', 'Marie', 3, 3, '2026-07-08T14:00:00Z', 'Door 1', %s)",
             (attendee_uid, door2["login"])),
            ("INSERT INTO hub_badge_texts (uid, attendee_uid, first_name, by_whom, at, station, station_id) "
             "VALUES ('b1', %s, 'Mallory', 'Marie', '2026-07-08T14:00:00Z', 'Door 2', current_user)", (attendee_uid,)),
            ("INSERT INTO hub_badge_texts (uid, attendee_uid, first_name, by_whom, at, station, station_id) "
             "VALUES ('b2', %s, 'Mallory', 'Marie', '2026-07-08T14:00:00Z', 'Door 1', %s)",
             (attendee_uid, station_id(a))),
            # a desk correction of whether someone is admitted
            ("INSERT INTO hub_attendee_edits (uid, attendee_uid, fields, at, station, station_id) "
             "VALUES ('e1', %s, '{\"status\": \"cancelled\"}', 'x', 'Door 1', current_user)", (attendee_uid,)),
            ("INSERT INTO hub_attendee_edits (uid, attendee_uid, fields, at, station, station_id) "
             "VALUES ('e2', %s, '{\"ticket_type\": \"Day 3 only\"}', 'x', 'Door 1', current_user)", (attendee_uid,)),
        ]
        failures = []
        for sql, params in [(s, ()) for s in FORBIDDEN] + in_other_names + [
                (f"SET ROLE {door2['login']}", ()), ("SET ROLE kiosk_test", ())]:
            try:
                with conn.transaction():
                    conn.execute(sql, params)
                failures.append(sql)
            except (psycopg.errors.InsufficientPrivilege, psycopg.errors.WrongObjectType) as exc:
                assert "permission denied" in str(exc) or "row-level security" in str(exc) \
                    or "must be owner" in str(exc), (sql, exc)
        assert not failures, f"a station's login could: {failures}"
        # In its own name it appends badge facts, bounded like the app's own.
        conn.execute("INSERT INTO hub_print_overrides (uid, attendee_uid, reason, by_whom, reprints_before, "
                     "max_reprints, at, station, station_id) VALUES ('o-own', %s, 'badge lost', 'Marie', 3, 3, "
                     "'2026-07-08T14:00:00.000Z', 'Door 1', current_user)", (attendee_uid,))
        conn.execute("INSERT INTO hub_badge_texts (uid, attendee_uid, first_name, by_whom, at, station, station_id) "
                     "VALUES ('b-own', %s, 'Kate', 'Marie', '2026-07-08T14:00:00.000Z', 'Door 1', current_user)",
                     (attendee_uid,))
        unbounded = [
            ("INSERT INTO hub_badge_texts (uid, attendee_uid, first_name, by_whom, at, station, station_id) "
             "VALUES ('b-long', %s, repeat('x', 100000), 'Marie', '2026-07-08T14:00:00Z', 'Door 1', current_user)"),
            ("INSERT INTO hub_badge_texts (uid, attendee_uid, first_name, by_whom, at, station, station_id) "
             "VALUES ('b-time', %s, 'Kate', 'Marie', 'zzz, the end of time', 'Door 1', current_user)"),
            ("INSERT INTO hub_print_overrides (uid, attendee_uid, reason, by_whom, reprints_before, max_reprints, at, "
             "station, station_id) VALUES ('o-long', %s, repeat('x', 600), 'Marie', 3, 3, '2026-07-08T14:00:00Z', "
             "'Door 1', current_user)"),
            ("INSERT INTO hub_print_records (uid, attendee_uid, reason, at, station, station_id) "
             "VALUES ('p-odd', %s, 'free badges for all', '2026-07-08T14:00:00Z', 'Door 1', current_user)"),
        ]
        for sql in unbounded:
            with pytest.raises(psycopg.errors.CheckViolation):
                with conn.transaction():
                    conn.execute(sql, (attendee_uid,))
    # The organizer's login is not held back, and nothing of the above happened.
    with _as(hub_url) as admin:
        assert admin.execute("SELECT count(*) FROM hub_attendees WHERE status = 'active'").fetchone()[0] == 5
        assert admin.execute("SELECT value FROM hub_settings WHERE key = 'ticket_type_days'").fetchone()[0] == \
            json.dumps({"Participant": [1, 2, 3]}, sort_keys=True)
        assert admin.execute("SELECT station, station_id FROM hub_checkins").fetchall() == [("Door 1", door1["login"])]
        assert admin.execute("SELECT uid FROM hub_badge_texts UNION ALL SELECT uid FROM hub_print_overrides "
                             "ORDER BY 1").fetchall() == [("b-own",), ("o-own",)]
        assert admin.execute("SELECT length(secret) FROM hub_event").fetchone()[0] == 64
        admin.execute("UPDATE hub_settings SET value = '{}' WHERE key = 'ticket_type_days'")   # the organizer may


def test_a_removed_station_can_no_longer_sync(station, hub_url, hub_with_stations, cli):
    _a, door1, _ = hub_with_stations
    b = station("laptop")
    sync_round(b, door1["url"])
    live = _as(door1["url"])
    removed = _hub(cli, "remove-station", "Door 1", "--hub", hub_url)
    assert removed["login"] == door1["login"]
    check_in(b, "EB-1001", station="Door 1", at=ON_DAY)
    result = cli("sync", "--db", b.path, "--hub", door1["url"])
    assert result.code == 2 and "Cannot reach the sync hub" in result.stderr and "Traceback" not in result.stderr
    assert mask_url(door1["url"]) in result.stderr
    with pytest.raises(psycopg.Error):            # an open session lost everything at once
        live.execute("SELECT count(*) FROM hub_attendees")
    live.close()
    listed = _hub(cli, "stations", "--hub", hub_url)
    assert [(s["name"], s["revoked"]) for s in listed] == [("Door 1", True), ("Door 2", False)]
    again = _hub(cli, "add-station", "Door 1", "--hub", hub_url)              # a new laptop, a new password
    assert again["url"] != door1["url"]
    assert sync_round(b, again["url"]).sent["checkins"] == 1


def test_station_logins_cannot_administer_the_hub(hub_url, hub_with_stations, cli):
    _a, door1, _ = hub_with_stations
    for args in (("init",), ("add-station", "Door 9"), ("remove-station", "Door 2")):
        result = cli("hub", *args, "--hub", door1["url"])
        assert result.code == 2 and "not the organizer's" in result.stderr, result
    twice = cli("hub", "add-station", "Door 2", "--hub", hub_url)
    assert twice.code == 2 and "already has a login" in twice.stderr
    unknown = cli("hub", "remove-station", "Door 7", "--hub", hub_url)
    assert unknown.code == 2 and "Door 1, Door 2" in unknown.stderr


def test_a_hub_migrated_by_the_organizer_opens_its_new_tables_to_the_stations(station, hub_url, cli, monkeypatch):
    """A hub set up by the previous version (schema 2, station logins made then): the organizer's
    first sync with this version migrates it, and the stations' logins may use the new tables at once."""
    from kiosk.badges import overrides
    from kiosk.sync import hub_schema, roles

    new_tables = ("hub_print_overrides", "hub_badge_texts")
    monkeypatch.setattr(hub_schema, "MIGRATIONS", hub_schema.MIGRATIONS[:2])
    monkeypatch.setattr(roles, "STATION_READS", tuple(t for t in roles.STATION_READS if t not in new_tables))
    monkeypatch.setattr(roles, "STATION_APPENDS", tuple(t for t in roles.STATION_APPENDS if t not in new_tables))
    _hub(cli, "init", "--hub", hub_url)
    door1 = _hub(cli, "add-station", "Door 1", "--hub", hub_url)
    monkeypatch.undo()
    a = station("A", event=True)
    import_export(a, "export.csv", parsed=roster_export(2))
    b = station("laptop")
    refused = cli("sync", "--db", b.path, "--hub", door1["url"])
    assert refused.code == 2 and "kiosk hub init" in refused.stderr          # the station may not migrate it
    assert sync_round(a, hub_url)                                          # the organizer's login does
    sync_round(b, door1["url"])
    person = attendees.find_by_code(b, "EB-1001")["id"]
    overrides.set_badge_text(b, person, first_name="Kate", by="Marie", station="Door 1")
    assert sync_round(b, door1["url"]).sent["badge_texts"] == 1
    sync_round(a, hub_url)
    assert overrides.badge_person(a, attendees.find_by_code(a, "EB-1001")["id"])["first_name"] == "Kate"

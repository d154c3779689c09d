"""Settings from the hub are validated like local ones (issue 16 item 4): a bad value is refused,
logged and counted in the sync status, never stored; a station holding a broken row from an older
version recovers. With the real PostgreSQL the other sync tests use."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone

import psycopg
import pytest

from kiosk import pin
from kiosk.roster.resync import import_export
from kiosk.store import settings, state
from kiosk.sync import sync_round, sync_state
from tests.sync.helpers import roster_export

pytestmark = pytest.mark.needs_postgres


def hub_write(hub_url: str, key: str, value: str | None) -> None:
    """What a broken (or hostile) station or an older version may leave in the hub's settings."""
    with psycopg.connect(hub_url, autocommit=True) as hub:
        hub.execute("INSERT INTO hub_settings (key, value, updated_at, station_id) VALUES (%s, %s, now()::text, 'X') "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                    "seq = nextval(pg_get_serial_sequence('hub_settings', 'seq'))", (key, value))


def lock_out(db) -> datetime:
    moment = datetime.now(timezone.utc)
    for _ in range(pin.MAX_FAILURES):
        moment += timedelta(seconds=60)
        pin.check_pin(db, "000000", now=moment)
    assert pin.status(db, now=moment).outcome == pin.LOCKED
    return moment


def test_bad_values_from_the_hub_are_refused_reported_and_never_stored(station, hub_url, cli, caplog):
    a, b = station("A", event=True), station("B")
    import_export(a, "export.csv", parsed=roster_export(3))
    settings.set_value(a, "max_reprints", 5)
    settings.set_value(a, "kiosk_pin", "482916")
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    assert settings.get(b, "max_reprints") == 5
    moment = lock_out(b)

    hub_write(hub_url, "max_reprints", "not json {")                        # not JSON
    hub_write(hub_url, "print_on_checkin", json.dumps("sometimes"))        # not one of the choices
    hub_write(hub_url, "ticket_type_days", json.dumps({"Participant": "3"}))  # wrong shape
    hub_write(hub_url, "print_on_chekin", json.dumps("auto"))              # no such setting
    hub_write(hub_url, "kiosk_pin_attempts", json.dumps({"failures": 0}))  # runtime state: undo a lock-out
    hub_write(hub_url, "kiosk_pin", json.dumps("0000"))                    # a PIN in the clear, not a hash
    hub_write(hub_url, "printer_name", json.dumps("Zebra"))                # one station's, from an old version
    caplog.set_level(logging.WARNING)
    version = settings.version(b)

    result = cli("sync", "--db", b.path, "--hub", hub_url, "--json")
    assert result.code == 0, result
    assert result.json()["received"]["settings_refused"] == 6
    refused = result.json()["state"]["refused_settings"]
    assert set(refused) == {"max_reprints", "print_on_checkin", "ticket_type_days", "print_on_chekin",
                            "kiosk_pin_attempts", "kiosk_pin"}
    assert "not JSON" in refused["max_reprints"] and "one of: auto (Print at once), ask (Ask), off (Never)" in refused["print_on_checkin"]
    assert "runtime state" in refused["kiosk_pin_attempts"]
    assert sum("refused the hub's value" in r.getMessage() for r in caplog.records) == 6
    assert "6 settings from the hub refused" in cli("sync", "--db", b.path, "--status").stdout

    rows = settings.stored_rows(b)
    assert json.loads(rows["max_reprints"]) == 5                       # the good value stays
    assert "print_on_checkin" not in rows and "print_on_chekin" not in rows and "printer_name" not in rows
    assert settings.problems(b) == {}
    assert settings.version(b) == version                              # nothing changed here
    assert pin.check_pin(b, "482916", now=moment).outcome == pin.LOCKED   # the lock-out holds
    assert cli("settings", "list", "--db", b.path).code == 0

    hub_write(hub_url, "max_reprints", "7")                            # fixed on the hub
    report = sync_round(b, hub_url)
    assert report.received["settings_refused"] == 0
    assert settings.get(b, "max_reprints") == 7
    assert "max_reprints" not in sync_state(b).refused_settings
    assert settings.version(b) > version


def test_a_station_holding_a_broken_row_from_an_older_version_recovers(station, hub_url, cli, tmp_path):
    a, b = station("A", event=True), station("B")
    import_export(a, "export.csv", parsed=roster_export(3))
    settings.set_value(a, "badge_roles", {"Participant": "#b23a48"})
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    with b.write() as conn:                                            # what an older version let in
        conn.execute("UPDATE settings SET value = 'not json' WHERE key = 'badge_roles'")
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('ticket_type_days', '\"every day\"')")
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('old_setting', '{')")

    listed = cli("settings", "list", "--db", b.path, "--json")
    assert listed.code == 0, listed
    assert listed.json()["settings"]["badge_roles"]["value"] == {}     # the default, not a crash
    assert set(listed.json()["problems"]) == {"badge_roles", "ticket_type_days", "old_setting"}
    assert cli("checkin", "EB-1001", "--db", b.path, "--station", "B", "--at", "2026-07-08T10:00:00-04:00").code == 0
    assert cli("badges", "--db", b.path, "--out", tmp_path / "badges.pdf").code == 0

    synced = cli("sync", "--db", b.path, "--hub", hub_url, "--json")
    assert synced.code == 0, synced
    with psycopg.connect(hub_url) as hub:                              # the broken rows never went up
        on_hub = dict(hub.execute("SELECT key, value FROM hub_settings").fetchall())
    assert json.loads(on_hub["badge_roles"]) == {"Participant": "#b23a48"}
    assert "ticket_type_days" not in on_hub and "old_setting" not in on_hub

    settings.set_value(a, "badge_roles", {"Participant": "#1d4e89"})   # the next change heals B
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    assert settings.get(b, "badge_roles") == {"Participant": "#1d4e89"}
    assert cli("settings", "unset", "old_setting", "--db", b.path).code == 0
    assert cli("settings", "unset", "ticket_type_days", "--db", b.path).code == 0
    assert settings.problems(b) == {}


def test_only_event_settings_travel(station, hub_url):
    a, b = station("A", event=True), station("B")
    import_export(a, "export.csv", parsed=roster_export(2))
    for key, value in (("max_reprints", 4), ("printer_backend", "cups"), ("wedge_min_length", 8),
                       ("wedge_azerty", "always"), ("sync_hub", hub_url)):
        settings.set_value(a, key, value)
    state.put(a, state.PURGED, {"at": "2026-07-11T10:00:00Z", "keep_stats": 1})
    sync_round(a, hub_url)
    with psycopg.connect(hub_url) as hub:
        keys = {k for (k,) in hub.execute("SELECT key FROM hub_settings")}
    assert keys == {"max_reprints"}
    sync_round(b, hub_url)
    assert settings.get(b, "max_reprints") == 4 and settings.get(b, "wedge_min_length") == 4
    assert state.get(b, state.PURGED) is None

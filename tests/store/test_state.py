"""Runtime state apart from settings: moved there from older files, out of reach of `settings set`."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone

from kiosk import pin
from kiosk.store import open_event_db, settings, state
from kiosk.store.migrate import split_sql
from kiosk.store.migrations import MIGRATIONS


def _old_database(path, rows: dict, sync_rows: dict) -> None:
    """A database as version 2 of the schema left it, with state kept among the settings."""
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:2], start=1):
        for statement in split_sql(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?)", [(k, json.dumps(v)) for k, v in rows.items()])
    conn.executemany("INSERT INTO sync_state (key, value) VALUES (?, ?)", [(k, json.dumps(v)) for k, v in sync_rows.items()])
    conn.close()


def test_an_older_file_has_its_state_moved_out_of_the_settings(db_path):
    attempts = {"failures": 5, "locked_until": "2099-01-01T00:00:00.000Z"}
    _old_database(db_path, {"kiosk_pin_attempts": attempts, "forgot_ticket_attempts": {"kiosk": ["2026-07-08T10:00:00Z"]},
                            "purged": {"at": "2026-07-11T10:00:00Z", "keep_stats": 1}, "station_id": "abc123",
                            "wedge_azerty": True, "max_reprints": 2},
                  {"cursor:hub_checkins": 41, "last_success_at": "2026-07-08T10:00:00Z"})
    with open_event_db(db_path) as db:
        assert state.get(db, "kiosk_pin_attempts") == attempts
        assert state.get(db, "forgot_ticket_attempts") == {"kiosk": ["2026-07-08T10:00:00Z"]}
        assert state.get(db, "purged")["keep_stats"] == 1
        assert state.get(db, "station_id") == "abc123"
        assert state.get(db, "cursor:hub_checkins") == 41
        assert settings.stored_rows(db).keys() == {"wedge_azerty", "max_reprints"}
        assert settings.get(db, "wedge_azerty") == "known"      # the desk's meaning of the old `true`
        assert settings.get(db, "max_reprints") == 2
        assert settings.problems(db) == {}


def test_the_pin_lock_out_survives_any_settings_edit(event_db, cli):
    settings.set_value(event_db, "kiosk_pin", "482916")
    moment = datetime.now(timezone.utc)
    for _ in range(pin.MAX_FAILURES):
        moment += timedelta(seconds=60)
        pin.check_pin(event_db, "000000", now=moment)
    assert pin.status(event_db, now=moment).outcome == pin.LOCKED
    for args in (("set", "kiosk_pin_attempts", "{}"), ("unset", "kiosk_pin_attempts"), ("get", "kiosk_pin_attempts")):
        result = cli("settings", *args, "--db", event_db.path)
        assert result.code == 2 and "runtime state" in result.stderr, result
    assert pin.status(event_db, now=moment).outcome == pin.LOCKED
    assert pin.check_pin(event_db, "482916", now=moment).outcome == pin.LOCKED   # even the right PIN waits


def test_broken_state_is_rebuilt_not_a_crash(event_db):
    with event_db.write() as conn:
        conn.execute("INSERT INTO state (key, value) VALUES ('kiosk_pin_attempts', 'not json')")
    settings.set_value(event_db, "kiosk_pin", "482916")
    assert pin.status(event_db).outcome == pin.READY
    assert pin.check_pin(event_db, "482916").outcome == pin.UNLOCKED

"""The settings registry: typed values, refusals that say what is allowed, a change stamp."""

from __future__ import annotations

import json
import logging

import pytest

from kiosk.store import settings, state
from kiosk.store.settings import GROUPS, KINDS, SCOPES, SETTINGS, SettingRefused


def test_every_setting_is_declared_whole():
    for key, s in SETTINGS.items():
        assert s.key == key and s.kind in KINDS and s.scope in SCOPES and s.group in GROUPS
        if s.scope == "state":
            continue
        assert s.help_en and s.help_fr and s.help_en != s.help_fr, key
        assert s.allowed("en") and s.allowed("fr"), key
        if s.kind != "secret":
            assert s.validate(s.default) == s.default, key


def test_an_unset_setting_reads_as_its_typed_default(event_db):
    assert settings.get(event_db, "max_reprints") == 3
    assert settings.get(event_db, "print_on_checkin") == "off"
    assert settings.get(event_db, "dedupe_seconds") == 3.0
    assert settings.get(event_db, "forgot_ticket_enabled") is False
    assert settings.get(event_db, "ticket_type_days") == {}
    assert not settings.is_set(event_db, "max_reprints")


def test_values_are_stored_in_their_canonical_form(event_db):
    assert settings.set_value(event_db, "print_on_checkin", "AUTO") == "auto"
    assert settings.set_value(event_db, "max_reprints", 5.0) == 5
    assert settings.set_value(event_db, "dedupe_seconds", 2) == 2.0
    assert settings.set_value(event_db, "station_name", "  Door A ") == "Door A"
    assert settings.get(event_db, "max_reprints") == 5 and isinstance(settings.get(event_db, "max_reprints"), int)
    assert settings.values(event_db)["print_on_checkin"] == "auto"


@pytest.mark.parametrize("key, value, message", [
    ("print_on_checkin", "sometimes", "print_on_checkin must be one of: auto (Print at once), ask (Ask), off (Never) (not 'sometimes')."),
    ("max_reprints", "lots", "max_reprints must be a whole number from 0 to 99 (not 'lots')."),
    ("max_reprints", 100, "max_reprints must be a whole number from 0 to 99 (not 100)."),
    ("max_reprints", 2.5, "max_reprints must be a whole number from 0 to 99 (not 2.5)."),
    ("max_reprints", True, "max_reprints must be a whole number from 0 to 99 (not true)."),
    ("forgot_ticket_enabled", "yes", "forgot_ticket_enabled must be true or false (not 'yes')."),
    ("dedupe_seconds", float("nan"), "dedupe_seconds must be a number from 0 to 60"),
    ("ticket_type_days", {"Day pass": "2"}, "not a list of days"),
    ("ticket_type_days", [2], "ticket_type_days must be a JSON object"),
    ("badge_roles", {"Trainer": "#12"}, "not a colour like #1d4e89"),
    ("badge_stock", "napkin", "no stock is called 'napkin'"),
    ("station_name", "", "station_name must be a name of 1 to 60 characters (it is empty)."),
    ("station_name", "door\nA", "control character"),
    ("kiosk_pin", "12", "kiosk_pin must be 4 to 12 digits"),
    ("sync_hub", "hub.example.org", "not a PostgreSQL address"),
])
def test_a_value_outside_what_is_allowed_is_refused_saying_what_is(event_db, key, value, message):
    with pytest.raises(SettingRefused) as refused:
        settings.set_value(event_db, key, value)
    assert message in str(refused.value)
    assert not settings.is_set(event_db, key)


def test_unknown_and_state_keys_are_refused_with_a_hint(event_db):
    with pytest.raises(SettingRefused, match="Did you mean print_on_checkin"):
        settings.set_value(event_db, "print_on_chekin", "auto")
    for key in ("kiosk_pin_attempts", "forgot_ticket_attempts", "purged", "station_id"):
        with pytest.raises(SettingRefused, match="runtime state"):
            settings.set_value(event_db, key, {})
    with pytest.raises(KeyError):
        settings.get(event_db, "no_such_setting")     # a misspelt name in the code is a bug


def test_only_event_settings_are_taken_from_the_hub(event_db):
    with pytest.raises(SettingRefused, match="belongs to one station"):
        settings.set_value(event_db, "printer_name", "Zebra", origin="hub")
    with pytest.raises(SettingRefused, match="stored secret"):
        settings.set_value(event_db, "kiosk_pin", "1234", origin="hub")   # the hub carries hashes only
    hashed = settings.set_value(event_db, "kiosk_pin", "482916")
    assert hashed.startswith("scrypt$") and "482916" not in hashed
    assert settings.set_value(event_db, "kiosk_pin", hashed, origin="hub") == hashed


@pytest.mark.parametrize("raw", ["not json", '"lots"', "-1", "null", '{"a": 1}'])
def test_a_broken_stored_value_is_logged_once_and_its_default_used(event_db, caplog, raw):
    with event_db.write() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('max_reprints', ?)", (raw,))
    caplog.set_level(logging.WARNING)
    assert settings.get(event_db, "max_reprints") == 3
    assert settings.get(event_db, "max_reprints") == 3
    assert settings.values(event_db)["max_reprints"] == 3
    assert len([r for r in caplog.records if "max_reprints" in r.getMessage()]) == 1
    assert "max_reprints" in settings.problems(event_db)


def test_parse_reads_what_a_person_types():
    assert settings.parse("forgot_ticket_enabled", "oui") is True
    assert settings.parse("forgot_ticket_enabled", "off") is False
    assert settings.parse("max_reprints", " 5 ") == 5
    assert settings.parse("dedupe_seconds", "2,5") == 2.5
    assert settings.parse("ticket_type_days", '{"Day pass": [2]}') == {"Day pass": [2]}
    assert settings.parse("station_name", "Door 1") == "Door 1"
    with pytest.raises(SettingRefused, match="is not JSON"):
        settings.parse("ticket_type_days", "{Day pass: 2}")


def test_the_version_stamp_moves_with_every_change_local_or_synced(event_db):
    start = settings.version(event_db)
    settings.set_value(event_db, "max_reprints", 4)
    after_set = settings.version(event_db)
    assert after_set > start
    assert settings.version(event_db) == after_set           # reading changes nothing
    with event_db.write() as conn:                            # what a sync round does
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('max_reprints', '6')")
    after_sync = settings.version(event_db)
    assert after_sync > after_set
    settings.unset(event_db, "max_reprints")
    assert settings.version(event_db) > after_sync
    state.put(event_db, state.PIN_ATTEMPTS, {"failures": 1})   # runtime state is not a setting
    assert settings.version(event_db) == settings.version(event_db)


def test_secrets_and_the_hub_password_are_never_shown():
    assert settings.shown("kiosk_pin", "scrypt$...") == "(set)"
    assert settings.shown("kiosk_pin", "") == "(not set)"
    assert settings.shown("sync_hub", "postgresql://kiosk:pw@hub/event") == "postgresql://kiosk:***@hub/event"
    assert settings.shown("max_reprints", 3) == 3


def test_stored_json_is_plain_json(event_db):
    settings.set_value(event_db, "badge_roles", {"Équipe": "#2e7d32"})
    raw = event_db.scalar("SELECT value FROM settings WHERE key = 'badge_roles'")
    assert json.loads(raw) == {"Équipe": "#2e7d32"}

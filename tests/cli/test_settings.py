"""`kiosk settings` as an organizer types it: every refusal says what is allowed."""

from __future__ import annotations

import json

import pytest

from kiosk.store import settings
from kiosk.store.settings import SETTINGS


@pytest.fixture
def event(cli, db_path):
    assert cli("init", "--name", "Test", "--db", db_path).code == 0
    return db_path


@pytest.mark.parametrize("args, message", [
    (("set", "print_on_chekin", "auto"), "There is no setting called 'print_on_chekin'. Did you mean print_on_checkin?"),
    (("set", "colour", "red"), "There is no setting called 'colour'. `kiosk settings list` shows them all."),
    (("set", "max_reprints", "lots"), "max_reprints must be a whole number from 0 to 99 (not 'lots')."),
    (("set", "max_reprints", "-1"), "max_reprints must be a whole number from 0 to 99 (not -1)."),
    (("set", "print_on_checkin", "sometimes"), "print_on_checkin must be one of: auto (Print at once), ask (Ask), off (Never) (not 'sometimes')."),
    (("set", "forgot_ticket_enabled", "maybe"), "forgot_ticket_enabled must be true or false (not 'maybe')."),
    (("set", "kiosk_return_seconds", "0"), "kiosk_return_seconds must be a number from 0.5 to 120 (not 0.0)."),
    (("set", "wedge_azerty", "yes"), "wedge_azerty must be one of: off (No), digits (Yes: digits come as &é\"'(), known (Only when the corrected code is a ticket), always (Always correct) (not 'yes')."),
    (("set", "ticket_type_days", "Day 2"), "ticket_type_days must be a JSON object"),
    (("set", "kiosk_pin", "12ab"), "kiosk_pin must be 4 to 12 digits (it is not 4 to 12 digits)."),
    (("set", "kiosk_pin_attempts", "{}"), "kiosk_pin_attempts is kept by the app as it runs (runtime state)"),
    (("set", "purged", "null"), "purged is kept by the app as it runs (runtime state)"),
    (("set", "max_reprints"), "Give a value: `kiosk settings set max_reprints VALUE` (a whole number from 0 to 99)."),
    (("get", "nope"), "There is no setting called 'nope'."),
    (("get",), "Name the setting"),
    (("unset", "max_reprint"), "Did you mean max_reprints?"),
])
def test_refusals_say_what_is_allowed(cli, event, args, message):
    result = cli("settings", *args, "--db", event)
    assert result.code == 2, result
    assert result.stderr.startswith("kiosk: ") and message in result.stderr
    assert result.stdout == ""
    as_json = cli("settings", *args, "--db", event, "--json")
    assert as_json.code == 2 and message in json.loads(as_json.stderr)["error"]


def test_set_get_and_unset(cli, event):
    assert cli("settings", "set", "print_on_checkin", "AUTO", "--db", event).stdout == "print_on_checkin = auto\n"
    assert cli("settings", "get", "print_on_checkin", "--db", event).stdout == "auto\n"
    assert cli("settings", "set", "max_reprints", "5", "--db", event, "--json").json() == {"max_reprints": 5}
    assert cli("settings", "set", "forgot_ticket_enabled", "oui", "--db", event, "--json").json() == \
        {"forgot_ticket_enabled": True}
    assert cli("settings", "set", "ticket_type_days", '{"Day pass": [2]}', "--db", event).code == 0
    assert cli("settings", "get", "ticket_type_days", "--db", event, "--json").json() == \
        {"ticket_type_days": {"Day pass": [2]}}
    assert cli("settings", "get", "max_reprints", "--db", event).stdout == "5\n"
    unset = cli("settings", "unset", "max_reprints", "--db", event)
    assert unset.code == 0 and "the default 3 applies" in unset.stdout
    assert cli("settings", "get", "max_reprints", "--db", event, "--json").json() == {"max_reprints": 3}


def test_the_pin_and_the_hub_password_are_never_printed(cli, event):
    assert cli("settings", "set", "kiosk_pin", "482916", "--db", event).stdout == "kiosk_pin = (set)\n"
    assert cli("settings", "get", "kiosk_pin", "--db", event).stdout == "(set)\n"
    hub = "postgresql://kiosk:s3cret@hub.example.org/event"
    assert "s3cret" not in cli("settings", "set", "sync_hub", hub, "--db", event).stdout
    listed = cli("settings", "list", "--db", event) .stdout + cli("settings", "list", "--db", event, "--json").stdout
    # stored without its password (it went to the owner-only pgpass file)
    assert "482916" not in listed and "s3cret" not in listed and "kiosk@hub.example.org" in listed


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_list_shows_every_setting_with_its_help(cli, event, lang):
    text = cli("settings", "list", "--db", event, "--lang", lang).stdout
    listed = cli("settings", "list", "--db", event, "--lang", lang, "--json").json()
    shown = [k for k, s in SETTINGS.items() if s.scope != "state"]
    assert list(listed["settings"]) == shown and listed["problems"] == {}
    for key in shown:
        entry = listed["settings"][key]
        assert entry["help"] == SETTINGS[key].help(lang) and entry["help"] in text
        assert entry["allowed"] == SETTINGS[key].allowed(lang)
        assert f"  {key} = " in text
    for state_key in ("kiosk_pin_attempts", "purged", "station_id"):
        assert state_key not in text
    assert ("Printing and badges" if lang == "en" else "Impression et badges") in text
    assert listed["settings"]["max_reprints"] == {
        "value": 3, "default": 3, "set": False, "kind": "int", "scope": "event", "group": "printing",
        "choices": [], "minimum": 0, "maximum": 99, "allowed": SETTINGS["max_reprints"].allowed(lang),
        "help": SETTINGS["max_reprints"].help(lang), "labels": {}}


def test_choices_are_listed_in_words_in_english_and_french(cli, event):
    french = cli("settings", "list", "--db", event, "--lang", "fr").stdout
    assert "print_on_checkin = off (Jamais)" in french
    assert "auto (Imprimer tout de suite), ask (Demander), off (Jamais)" in french
    assert "folder (Des fichiers PDF dans un dossier)" in french
    english = cli("settings", "list", "--db", event, "--json").json()["settings"]["print_on_checkin"]
    assert english["labels"] == {"auto": "Print at once", "ask": "Ask", "off": "Never"}
    refused = cli("settings", "set", "print_on_checkin", "sometimes", "--db", event)
    assert "one of: auto (Print at once), ask (Ask), off (Never)" in refused.stderr


def test_the_help_of_a_choice_never_names_its_raw_values():
    """Choices are worded by their labels; the help speaks of what they do (not "auto (always)")."""
    for key, setting in SETTINGS.items():
        if setting.kind != "choice" or key.endswith("_language"):
            continue
        for lang in ("en", "fr"):
            assert setting.labels and all(setting.label(c, lang) != c for c in setting.choices), (key, lang)
            words = set(setting.help(lang).replace("(", " ").replace(")", " ").replace(",", " ").split())
            assert not words & set(setting.choices), (key, lang, words & set(setting.choices))


def test_a_broken_stored_value_is_listed_as_a_problem_not_a_crash(cli, event):
    from kiosk.store import open_event_db

    with open_event_db(event) as db, db.write() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('max_reprints', 'lots of them')")
    listed = cli("settings", "list", "--db", event)
    assert listed.code == 0 and "max_reprints = 3" in listed.stdout
    assert "max_reprints holds 'lots of them', which is not JSON." in listed.stdout
    assert cli("settings", "get", "max_reprints", "--db", event).stdout == "3\n"
    with open_event_db(event) as db:
        assert settings.problems(db) == {"max_reprints": "max_reprints holds 'lots of them', which is not JSON."}

"""A settings table edited by hand (DB Browser for SQLite, a script, an older version) holds
anything: text that is not JSON, JSON nested 50,000 deep, numbers that overflow, a 200,000-character
string, NUL, a lone surrogate, a pipe where a folder should be. Every setting still reads as a
valid typed value (its default when the stored one is bad), `settings list` shows what is wrong,
and the desk's work goes on: a check-in, a scan line, a badge, the report."""

from __future__ import annotations

import json

import pytest

from kiosk.checkin import check_in
from kiosk.store import settings
from kiosk.store.setting_list import SETTINGS
from kiosk.sync import shared_settings
from tests.conftest import add

HOSTILE = ["not json", "", "null", '"\\ud800"', "1e999", "-1e999", "NaN", "[]", "{}", '"x"', "9" * 400, "-5", "true",
           '{"a": [1, "x", null, 99999999999]}', '{"Participant": [1e308]}', json.dumps("x" * 200_000), '"/dev/zero"',
           '"\\u0000"', "[" * 50_000 + "]" * 50_000, '{"a": ' * 30_000 + "1" + "}" * 30_000, "1.5", '"auto"']
KEYS = [k for k, s in SETTINGS.items() if s.scope != "state"]


def _store(db, key: str, raw: str) -> None:
    with db.write() as conn:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, raw))


@pytest.mark.parametrize("raw", HOSTILE, ids=range(len(HOSTILE)))
def test_every_setting_reads_as_a_valid_value_whatever_was_stored(event_db, raw):
    for key in KEYS:
        _store(event_db, key, raw)
    typed = settings.values(event_db)
    for key in KEYS:
        setting = SETTINGS[key]
        assert typed[key] == settings.get(event_db, key)
        if setting.kind != "secret":
            assert setting.validate(typed[key]) == typed[key], key          # always an allowed value
    assert set(settings.problems(event_db)) <= set(KEYS)
    shared_settings._shared_now(event_db)                                   # what a sync would push


def test_commands_go_on_over_a_settings_table_of_garbage(event_db, cli, tmp_path):
    add(event_db, code="G-1", first_name="Gia", last_name="Rossi")
    for n, key in enumerate(KEYS):
        _store(event_db, key, HOSTILE[n % len(HOSTILE)])
    with event_db.write() as conn:                  # the app's runtime state, edited as badly
        for n, key in enumerate(k for k, s in SETTINGS.items() if s.scope == "state"):
            conn.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, HOSTILE[-3 - n % 3]))
    path = event_db.path
    assert check_in(event_db, "G-1", station="desk").verdict in ("ok", "not_today")
    for args in (("settings", "list"), ("settings", "list", "--json"), ("roster",), ("stats",), ("kiosk-pin", "status"),
                 ("sync", "--status"), ("badges", "--out", tmp_path / "b.pdf"), ("report", "--out", tmp_path / "r.pdf")):
        result = cli(*args, "--db", path)
        assert result.code in (0, 1), (args, result)
        assert "This is a bug" not in result.stderr, (args, result)

"""The event's own row edited by hand (or written by an older version, or a computer whose time
zone database lacks a newer zone): days that are not JSON or not dates, a time zone this computer
does not know. The door keeps checking people in and every command answers; the problem is logged
and `kiosk event show` says how to set it right."""

from __future__ import annotations

import pytest

from kiosk.checkin import check_in
from tests.conftest import add

BAD = [("days", "x"), ("days", "[1, 2]"), ("days", '{"a": 1}'), ("days", '["2026-13-45", "2026-07-08"]'),
       ("days", "[" * 50_000 + "]" * 50_000), ("timezone", "Nope/Nowhere"), ("timezone", ""), ("timezone", "../../etc/passwd")]


@pytest.mark.parametrize("column,value", BAD)
def test_a_hand_edited_event_row_never_stops_the_door(event_db, cli, tmp_path, column, value):
    add(event_db, code="E-1", first_name="Eve", last_name="Adams")
    with event_db.write() as conn:
        conn.execute(f"UPDATE event SET {column} = ?", (value,))
    event = event_db.event()
    assert isinstance(event["days"], list) and all(isinstance(d, str) for d in event["days"])
    assert check_in(event_db, "E-1", station="desk").verdict in ("ok", "not_today")
    for args in (("roster",), ("stats",), ("export", "--out", tmp_path / "a.csv"), ("export", "--kind", "log", "--out",
                 tmp_path / "l.csv"), ("report", "--out", tmp_path / "r.pdf"), ("checkin", "E-1")):
        result = cli(*args, "--db", event_db.path)
        assert result.code in (0, 1), (args, result)
    shown = cli("event", "show", "--db", event_db.path)
    assert shown.code == 0 and "kiosk event set" in shown.stdout + shown.stderr, shown

"""Names in an export may hold anything, escape sequences included (a form where someone typed
ESC ] 0 ; to retitle a window, the one-byte CSI U+009B, a bell, a carriage return that hides what
came before, a right-to-left override). Whatever a command prints, in text or JSON, on standard
output or error, never hands them to the terminal as they are; JSON still reads back the names
exactly as stored."""

from __future__ import annotations

import json
import re

from kiosk.roster import attendees

NASTY = "\x1b]0;owned\x07Eve\x9b2J\rMallory\u202e"
RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_no_command_hands_an_escape_sequence_to_the_terminal(event_db, cli, tmp_path):
    event_db.set_event("Terminal", [], "UTC")
    with event_db.write() as conn:
        attendees.insert(conn, {"code": "T-1", "first_name": NASTY, "last_name": "Lee", "full_name": NASTY + " Lee",
                                "organization": NASTY, "notes": "see \x1b[31mred"})
    export = tmp_path / "export.csv"
    export.write_text(f"Code,First Name,Last Name,Email\nT-2,{NASTY},Ray,r@example.org\n", encoding="utf-8")
    path = event_db.path
    runs = [("roster",), ("roster", "--json"), ("checkin", "T-1"), ("checkin", "T-1", "--json"), ("print", "T-1", "--status"),
            ("import", export, "--dry-run"), ("import", export, "--suggest"), ("walkin", "--first-name", "Eve", "--check"),
            ("stats",), ("checkin", "\x1b[2J" + "T-9")]
    for args in runs:
        result = cli(*args, "--db", path)
        assert result.code in (0, 1, 2), (args, result)
        assert not RAW.search(result.stdout + result.stderr), (args, result)
    listed = json.loads(cli("roster", "--json", "--db", path).stdout)
    assert NASTY in [p["first_name"] for p in listed]            # the data itself is kept as it was

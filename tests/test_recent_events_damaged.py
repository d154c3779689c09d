"""The recent events list (a JSON file in the per-user config folder) as bad luck leaves it:
damaged, nested 100,000 deep, 3 MB, a pipe, a link to /dev/zero, a folder, entries with a
20,000-character path. The list is a convenience: every command that opens an event goes on at
once, within its usual memory, and the list starts afresh; nothing is left behind in the folder."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from kiosk import recent_events
from kiosk.store import open_event_db
from tests.conftest import kiosk_capped

LIST = recent_events.FILE_NAME


@pytest.fixture
def event_file(tmp_path) -> Path:
    with open_event_db(tmp_path / "event.sqlite") as db:
        db.set_event("Recent", [], "UTC")
    return tmp_path / "event.sqlite"


def _damaged(kind: str, folder: Path) -> None:
    target = folder / LIST
    if kind == "nested":
        target.write_text("[" * 100_000 + "]" * 100_000)
    elif kind == "huge":                    # 3 MB: no list of twelve events is; it is not read at all
        entries = [{"path": "/huge/entry.sqlite", "name": "n" * 100_000} for _ in range(30)]
        target.write_text(json.dumps({"events": entries}))
    elif kind == "pipe":
        os.mkfifo(target)
    elif kind == "device":
        target.symlink_to("/dev/zero")
    elif kind == "folder":
        target.mkdir()
    elif kind == "odd entries":
        target.write_text(json.dumps({"events": [{"path": "/x" * 10_000, "name": "long"}, {"path": 5}, "x",
                                                 {"path": "/tmp/a\u0000b"}, {"path": "/tmp/ok.sqlite", "name": {"a": 1},
                                                                             "opened_at": [1]}]}))


KINDS = ["nested", "huge", "pipe", "device", "folder", "odd entries"]


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
@pytest.mark.parametrize("kind", KINDS)
def test_a_damaged_recent_events_list_never_stops_a_command(kind, tmp_path, event_file, cli, monkeypatch):
    config = tmp_path / "config"
    config.mkdir()
    _damaged(kind, config)
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(config))

    def run(*args):
        if kind in ("pipe", "device"):         # in a child process: a hang or a runaway read fails, never stalls
            out = kiosk_capped(*args, timeout=30, memory=600 << 20)
            return out.returncode, out.stdout, out.stderr
        result = cli(*args)
        return result.code, result.stdout, result.stderr

    for args in (("roster", "--db", event_file), ("event", "recent")):
        code, _, err = run(*args)
        assert code == 0, (kind, args, err[-500:])
        assert "Traceback" not in err and "bug" not in err, (kind, args, err[-500:])
    listed = json.loads(run("event", "recent", "--json")[1])
    if kind != "folder":                    # the list started afresh with the event just opened
        assert listed[0]["path"] == str(event_file.resolve()) and listed[0]["exists"]
    assert len(listed) <= recent_events.MAX_ENTRIES and "/huge/entry.sqlite" not in [e["path"] for e in listed]
    assert all(len(e["path"]) < 5000 and isinstance(e["name"], str) for e in listed)
    assert not list(config.glob(".recent-*")), "a half-written list was left behind"


def test_a_list_that_cannot_be_saved_leaves_no_temporary_file(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path))
    (tmp_path / LIST).mkdir()               # os.replace cannot put a file over a folder
    recent_events.remember(tmp_path / "a.sqlite", "A")
    assert not list(tmp_path.glob(".recent-*"))

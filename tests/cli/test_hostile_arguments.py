"""No traceback reaches a person from any command, for any argument: every `kiosk` command is run
with hostile values (empty, lone surrogates, bytes that are not UTF-8, a 200,000-character word,
JSON where text is expected, paths to a pipe or a folder, impossible dates and numbers). Each
answers with its result or a short message that says what to do; none is a bug (the bug reporter
would say "This is a bug"), none prints a traceback or echoes a huge argument."""

from __future__ import annotations

import os
import shutil
from itertools import cycle

import pytest

from kiosk.roster import attendees
from kiosk.store import open_event_db

HOSTILE = ["", " ", "\udcff\udcfe", "\ud800", "x" * 200_000, "-1", "99999999999999999999", "nan", "1e309",
           "'; DROP TABLE attendees; --", '{"i":[0,0,"\\ud800"]}', "2026-13-45", "=1+1", "\u202e", "null", "{}",
           "[]", "true", "{FIFO}", "{DIR}", "../outside-{N}"]
COMMANDS = [
    ("checkin", "{v}"), ("checkin", "T-0001", "--at", "{v}"), ("checkin", "T-0001", "--station", "{v}"),
    ("undo", "{v}", "--reason", "x"), ("undo", "T-0002", "--reason", "{v}"), ("undo", "T-0002", "--reason", "x", "--day", "{v}"),
    ("roster", "--search", "{v}"), ("stats", "--day", "{v}"),
    ("export", "--out", "{v}"), ("export", "--out", "{D}/o.csv", "--day", "{v}"), ("export", "--out", "{D}/o.csv", "--kind", "{v}"),
    ("export", "--out", "{D}/o.zz", "--format", "{v}"),
    ("import", "{v}"), ("import", "{D}/ok.csv", "--map", "{v}"), ("import", "{D}/ok.csv", "--source", "{v}"),
    ("import", "{D}/ok.csv", "--platform", "{v}"),
    ("settings", "set", "{v}", "1"), ("settings", "set", "station_name", "{v}"), ("settings", "set", "ticket_type_days", "{v}"),
    ("settings", "set", "kiosk_pin", "{v}"), ("settings", "set", "sync_hub", "{v}"), ("settings", "get", "{v}"),
    ("badges", "--out", "{v}"), ("badges", "--out", "{D}/b.pdf", "--stock", "{v}"),
    ("badges", "--out", "{D}/b.pdf", "--start-position", "{v}"), ("badges", "--out", "{D}/b.pdf", "--template", "{v}"),
    ("report", "--out", "{v}"), ("tickets", "--out", "{v}"), ("print", "{v}"), ("print", "T-0003", "--station", "{v}"),
    ("sync", "--hub", "{v}"), ("restore", "{v}"), ("decode", "{v}"), ("backup", "--list"),
    ("init", "--name", "{v}", "--db", "{D}/new{N}.sqlite"), ("init", "--name", "x", "--days", "{v}", "--db", "{D}/new{N}.sqlite"),
    ("init", "--name", "x", "--timezone", "{v}", "--db", "{D}/new{N}.sqlite"),
    ("demo", "--start", "{v}", "--db", "{D}/demo{N}.sqlite"), ("hub", "init", "--hub", "{v}"),
    ("hub", "add-station", "{v}", "--hub", "postgresql://x@127.0.0.1:1/x?connect_timeout=1"),
    ("hub", "remove-station", "{v}", "--hub", "postgresql://x@127.0.0.1:1/x?connect_timeout=1"),
    ("badge-fix", "{v}", "--first-name", "X"), ("badge-fix", "T-0001", "--first-name", "{v}"),
    ("badge-fix", "T-0001", "--organization", "{v}", "--by", "{v}"),
    ("event", "set", "--name", "{v}"), ("event", "set", "--days", "{v}"), ("event", "set", "--timezone", "{v}"),
    ("event", "show"), ("event", "recent"),
    ("kiosk-pin", "set", "--pin", "{v}"), ("kiosk-pin", "status"),
    ("walkin", "--first-name", "{v}"), ("walkin", "--first-name", "Ann", "--email", "{v}", "--notes", "{v}"),
    ("walkin", "--first-name", "Ann", "--ticket-type", "{v}", "--station", "{v}"),
    ("correct", "{v}", "--email", "x@y.z"), ("correct", "T-0001", "--email", "{v}"),
    ("correct", "T-0001", "--status", "{v}"), ("correct", "T-0001", "--first-name", "{v}", "--notes", "{v}"),
]
PER_COMMAND = 5


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    with open_event_db(folder / "event.sqlite") as db:
        db.set_event("Hostile", [], "UTC")
        with db.write() as conn:
            for i in range(1, 4):
                attendees.insert(conn, {"code": f"T-000{i}", "first_name": f"P{i}", "full_name": f"P{i} Q"})
    return folder / "event.sqlite"


def test_no_command_answers_any_argument_with_a_traceback(template, tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)                   # relative paths land in the test's own folder
    (tmp_path / "ok.csv").write_text("Code,First Name\nA1,Ann\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "folder").mkdir()
    values = cycle(HOSTILE)
    runs, problems = 0, []
    for n, command in enumerate(COMMANDS):
        for _ in range(PER_COMMAND):
            value = next(values).replace("{FIFO}", str(tmp_path / "pipe")).replace("{DIR}", str(tmp_path / "folder"))
            args = [a.replace("{v}", value).replace("{D}", str(tmp_path)).replace("{N}", f"{n}-{runs}") for a in command]
            if "--db" not in args:
                db = tmp_path / f"run{runs}.sqlite"
                shutil.copy(template, db)
                args += ["--db", str(db)]
            result = cli(*args)
            runs += 1
            shown = [a[:40] for a in args[:6]]
            if "Traceback" in result.stdout + result.stderr or "This is a bug" in result.stderr \
                    or result.code not in (0, 1, 2) or len(result.stderr) > 2500:
                problems.append((shown, result.code, result.stderr[-300:]))
    assert runs == len(COMMANDS) * PER_COMMAND
    assert not problems, problems
    assert (tmp_path / "pipe").exists() and not (tmp_path / "pipe").is_file()   # never replaced by an output


def test_usage_errors_and_log_lines_never_print_a_huge_argument_or_a_traceback(template, tmp_path, cli):
    db = tmp_path / "event.sqlite"
    shutil.copy(template, db)
    huge = "x" * 200_000
    for args in (("export", "--out", tmp_path / "a.csv", "--kind", huge), ("print", "--list", "--" + huge),
                 ("report", "--out", tmp_path / "\udcff\udcfe.pdf")):        # a name that is not UTF-8, logged
        result = cli(*args, "--db", db)
        assert result.code in (0, 2) and len(result.stderr) < 2500, result
        assert "Traceback" not in result.stderr and "Logging error" not in result.stderr, result

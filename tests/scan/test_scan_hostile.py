"""`kiosk scan` fed what a broken scanner, a script gone wrong or an attacker at a side door
feeds it: binary garbage, NUL, bytes that are not UTF-8, a 200 MB line without a newline, a
standard output that is closed or goes away. Every line is answered and recorded (the attempt as
its bytes were, escaped), memory stays bounded, and nothing ends in a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.store import open_event_db
from tests.conftest import ROOT, add, kiosk_capped

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and file descriptors")


@pytest.fixture
def door(db_path) -> Path:
    with open_event_db(db_path) as db:
        db.set_event("Side door", [], "UTC")
        add(db, code="S-1", first_name="Sam", last_name="Side")
        add(db, code="S-2", first_name="Sue", last_name="Side")
    return db_path


def _attempts(db_path) -> list[tuple[str, str]]:
    with open_event_db(db_path) as db:
        return [(r["payload"], r["verdict"]) for r in db.query("SELECT payload, verdict FROM scan_attempts ORDER BY id")]


def test_garbage_lines_are_each_answered_and_recorded_as_their_bytes_were(door):
    lines = [b"\xff\xfe\x00abc", b"\x00\x00", b'{"i":[0,0,"\\ud800"]}', b"\xed\xa0\x80", b"\x1b[2J\x07", b"S-1"]
    out = kiosk_capped("scan", "--db", door, "--json", stdin=b"\n".join(lines) + b"\n", timeout=60)
    assert out.returncode == 0 and b"Traceback" not in out.stderr, out.stderr
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    assert [a["verdict"] for a in answers] == ["unknown", "not_ticket", "unknown", "unknown", "unknown", "ok"]
    stored = [payload for payload, _ in _attempts(door)]
    assert stored[0] == "\\udcff\\udcfe\\x00abc"           # the bytes that were not UTF-8, faithfully
    assert stored[3] == "\\udced\\udca0\\udc80" and stored[4] == "\\x1b[2J\\x07" and stored[5] == "S-1"


def test_a_line_of_200_mb_without_a_newline_is_one_refused_scan_in_bounded_memory(door):
    huge = b"S-2" + b"a" * (200 << 20)
    out = kiosk_capped("scan", "--db", door, "--json", stdin=huge + b"\nS-1\n" + b"b" * (50 << 20), timeout=120,
                       memory=500 << 20)
    assert out.returncode == 0, out.stderr[-1000:]
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    assert [a["verdict"] for a in answers] == ["not_ticket", "ok", "not_ticket"]
    assert len(out.stdout) < 100_000                        # no payload echoed whole
    attempts = _attempts(door)
    assert len(attempts) == 3 and all(len(p) < 10_000 for p, _ in attempts)
    assert "characters" in attempts[0][0]                   # the stored form says it was cut


def test_a_closed_standard_output_still_checks_people_in(door):
    def close_stdout() -> None:
        os.close(1)

    proc = subprocess.run([sys.executable, "-m", "kiosk", "scan", "--db", str(door)], input=b"S-1\nS-2\n",
                          stderr=subprocess.PIPE, timeout=60, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, preexec_fn=close_stdout)
    assert b"Traceback" not in proc.stderr and b"bug" not in proc.stderr, proc.stderr
    assert proc.returncode == 0 and b"2 scan(s)" in proc.stderr
    assert [v for _, v in _attempts(door)] == ["ok", "ok"]


def test_a_reader_that_goes_away_ends_the_station_quietly(door):
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "scan", "--db", str(door)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    proc.stdin.write(b"S-1\n")
    proc.stdin.flush()
    assert proc.stdout.readline().startswith(b"OK")
    proc.stdout.close()                                     # `kiosk scan | head -1`
    proc.stdin.write(b"S-2\n")
    proc.stdin.close()
    assert proc.wait(60) == 0
    err = proc.stderr.read()
    proc.stderr.close()
    assert b"Traceback" not in err and b"Exception ignored" not in err, err
    assert [v for _, v in _attempts(door)] == ["ok", "ok"]   # the line it could not answer is still recorded

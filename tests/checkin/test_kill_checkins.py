"""Nothing may lose a check-in: a process checking in a stream of tickets is killed (SIGKILL) at
random moments, again and again; every check-in it reported `ok` is in the database afterwards and
the database passes `PRAGMA integrity_check`. And two processes checking in the same ticket at the
same moment produce exactly one `ok`.

The child process prints a verdict only after `kiosk.checkin.check_in` returned, exactly as the
desk shows one only after the worker's call returned.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.roster import attendees
from kiosk.store import open_event_db

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

# Checks in the tickets from argv[2] on, and then round again (`already`, still writing a scan
# attempt each time): it never stops by itself, so every round of the test ends in a SIGKILL.
STREAM = """
import itertools, sys
from kiosk.checkin import check_in
from kiosk.store import open_event_db
db = open_event_db(sys.argv[1], create=False)
print("ready", flush=True)
total = int(sys.argv[3])
for i in itertools.chain(range(int(sys.argv[2]), total), itertools.cycle(range(total))):
    code = f"K-{i:05d}"
    result = check_in(db, code, station="kill-test")
    sys.stdout.write(f"{result.verdict} {code}\\n")
    sys.stdout.flush()
"""

SAME_TICKET = """
import sys, time
from kiosk.checkin import check_in
from kiosk.store import open_event_db
db = open_event_db(sys.argv[1], create=False)
start = float(sys.argv[2])
for k, code in enumerate(sys.argv[3:]):
    while time.time() < start + 0.15 * k:
        pass
    print(check_in(db, code, station=sys.argv[0][-1:]).verdict, code, flush=True)
"""


def make_roster(path: Path, n: int) -> None:
    with open_event_db(path) as db:
        db.set_event("Kill test", [], "UTC")
        with db.write() as conn:
            for i in range(n):
                attendees.insert(conn, {"code": f"K-{i:05d}", "first_name": f"P{i}", "full_name": f"P{i}"})


def child_env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_killed_writer_loses_no_reported_checkin(tmp_path):
    """Six writers in turn, each killed at a random moment of its stream: after a random number of
    reported check-ins (a condition, whatever the machine's load) and a random fraction of the next
    one. Every round ends in a kill; a writer that stops by itself fails the test with its stderr."""
    db_path = tmp_path / "event.sqlite"
    total = 4000       # the writers go round again when they reach the end: every round ends in a kill
    rounds = 6
    make_roster(db_path, total)
    rng = random.Random(20261123)
    reported_ok: set[str] = set()
    next_index = 0
    kills = 0
    for number in range(rounds):
        errors = tmp_path / f"writer-{number}.err"       # a file: a chatty stderr never blocks the writer
        with open(errors, "w") as err:
            proc = subprocess.Popen([sys.executable, "-c", STREAM, str(db_path), str(next_index), str(total)],
                                    stdout=subprocess.PIPE, stderr=err, text=True, env=child_env(), cwd=ROOT)
        lines: list[list[str]] = []
        ready = threading.Event()
        enough = threading.Event()
        wanted = rng.randint(20, 250)

        def read(stream=proc.stdout, out=lines, wanted=wanted, ready=ready, enough=enough):
            for line in stream:
                if line.startswith("ready"):
                    ready.set()
                elif line.endswith("\n"):  # a line cut short by the kill was never reported
                    out.append(line.split())
                    if len(out) >= wanted:
                        enough.set()
            enough.set()                    # the stream ended: the waiting below stops at once

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        assert ready.wait(120), "the child did not start"
        assert enough.wait(120), "the child reported too few check-ins"
        time.sleep(rng.uniform(0, 0.005))   # somewhere inside the check-in being written now
        alive = proc.poll() is None
        if alive:
            proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        reader.join(30)
        proc.stdout.close()
        assert alive, f"the writer stopped by itself (exit {proc.returncode}): {errors.read_text()[-2000:]}"
        kills += 1
        oks = [code for verdict, code in lines if verdict == "ok"]
        reported_ok.update(oks)
        next_index = (int(lines[-1][1].split("-")[1]) + 1) % total   # the next writer goes on from there
    assert kills == rounds
    with open_event_db(db_path) as db:
        assert db.scalar("PRAGMA integrity_check") == "ok"
        stored = {r[0] for r in db.conn.execute(
            "SELECT a.code FROM checkins c JOIN attendees a ON a.id = c.attendee_id")}
        attempts = db.scalar("SELECT count(*) FROM scan_attempts")
    missing = reported_ok - stored
    assert not missing, f"{len(missing)} reported check-ins were lost, e.g. {sorted(missing)[:5]}"
    assert len(reported_ok) >= 20 * rounds  # the stream really ran between the kills
    assert attempts >= len(reported_ok)


def test_two_processes_same_ticket_exactly_one_ok(tmp_path):
    db_path = tmp_path / "event.sqlite"
    make_roster(db_path, 10)
    codes = [f"K-{i:05d}" for i in range(6)]
    start = time.time() + 2.0  # both children are up and waiting by then
    procs = [subprocess.Popen([sys.executable, "-c", SAME_TICKET, str(db_path), str(start), *codes],
                              stdout=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT) for _ in range(2)]
    outputs = [p.communicate(timeout=60)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    verdicts: dict[str, list[str]] = {code: [] for code in codes}
    for out in outputs:
        for verdict, code in (line.split() for line in out.splitlines() if line.strip()):
            verdicts[code].append(verdict)
    for code, got in verdicts.items():
        assert sorted(got) == ["already", "ok"], (code, got)
    with open_event_db(db_path) as db:
        assert db.scalar("SELECT count(*) FROM checkins") == len(codes)

"""An event file from the original schema 2, full of a real event's facts (made by the version that
wrote it: tests/fixtures/old_events/make_schema2_event.py), opened by today's app. Every migration
since (3-7) keeps every check-in, undo and scan attempt; a process killed (SIGKILL) at any statement
of any migration leaves a file that the next start migrates whole; four processes opening it at
once migrate it once, and all of them work."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.store import open_event_db, settings
from kiosk.store.migrations import MIGRATIONS
from tests.conftest import FIXTURES, ROOT

OLD = FIXTURES / "old_events" / "schema2-event.sqlite"
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

# Opens the event file, killing itself (SIGKILL) as SQLite starts the Nth statement: the migrations
# run statement by statement, so N names a point inside one of them.
KILL_AT = """
import os, signal, sqlite3, sys
target, seen = int(sys.argv[2]), [0]
connect = sqlite3.connect
def traced(*args, **kwargs):
    conn = connect(*args, **kwargs)
    def trace(_sql):
        seen[0] += 1
        if seen[0] == target:
            os.kill(os.getpid(), signal.SIGKILL)
    conn.set_trace_callback(trace)
    return conn
sqlite3.connect = traced
from kiosk.store import open_event_db
open_event_db(sys.argv[1], create=False).close()
print(seen[0])
"""


def _facts(path: Path) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            "checkins": sorted(conn.execute("SELECT uid, event_day, at, station FROM checkins").fetchall()),
            "annulments": sorted(conn.execute("SELECT uid, checkin_uid, reason FROM checkin_annulments").fetchall()),
            "attempts": sorted(conn.execute("SELECT uid, payload, verdict FROM scan_attempts").fetchall()),
            "attendees": sorted(conn.execute("SELECT uid, code, status FROM attendees").fetchall()),
        }
    finally:
        conn.close()


@pytest.fixture
def old(tmp_path) -> Path:
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD, path)
    return path


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_every_check_in_of_a_first_version_file_is_kept_and_every_command_works(old, cli, tmp_path):
    before = _facts(old)
    with contextlib.closing(sqlite3.connect(old)) as conn:
        assert len(before["checkins"]) > 100 and before["annulments"] and conn.execute(
            "PRAGMA user_version").fetchone()[0] == 2
    for args in (("roster",), ("stats",), ("event", "show"), ("settings", "list"), ("kiosk-pin", "status"),
                 ("print", "--list"), ("export", "--out", tmp_path / "a.csv"), ("export", "--kind", "log", "--out",
                 tmp_path / "l.csv"), ("report", "--out", tmp_path / "r.pdf"), ("sync", "--status"), ("backup", "--list")):
        result = cli(*args, "--db", old)
        assert result.code == 0 and "This is a bug" not in result.stderr, (args, result)
    after = _facts(old)
    assert after["checkins"] == before["checkins"] and after["annulments"] == before["annulments"]
    assert set(before["attempts"]) <= set(after["attempts"]) and after["attendees"] == before["attendees"]
    with open_event_db(old) as db:
        assert db.scalar("PRAGMA user_version") == len(MIGRATIONS)
        assert settings.get(db, "station_name") == "Door 1" and settings.get(db, "max_reprints") == 2
        assert settings.get(db, "ticket_type_days") == {"Day 2 only": [2]} and settings.is_set(db, "kiosk_pin")
        standing = db.scalar("SELECT count(*) FROM standing_checkins")
        annulled = db.scalar("SELECT count(DISTINCT checkin_uid) FROM checkin_annulments")
        assert standing == len(before["checkins"]) - annulled
    assert cli("checkin", "OLD-0011", "--at", "2026-07-09T10:00-04:00", "--db", old).code in (0, 1)


def _statements_to_migrate(path: Path, tmp_path: Path) -> int:
    probe = tmp_path / "probe.sqlite"
    shutil.copy(path, probe)
    out = subprocess.run([sys.executable, "-c", KILL_AT, str(probe), "0"], capture_output=True, text=True, cwd=ROOT,
                         env=_env(), timeout=60)
    assert out.returncode == 0, out.stderr
    return int(out.stdout.split()[-1])


def test_a_migration_killed_at_any_statement_loses_nothing(old, tmp_path):
    before = _facts(old)
    total = _statements_to_migrate(old, tmp_path)
    rng = random.Random(os.environ.get("KIOSK_FUZZ_SEED", time.strftime("%Y%m%d")))
    points = list(range(2, total + 1)) if os.environ.get("KIOSK_FUZZ") else sorted(rng.sample(range(2, total + 1), 8))
    for point in points:
        path = tmp_path / f"killed-{point}.sqlite"
        shutil.copy(old, path)
        killed = subprocess.run([sys.executable, "-c", KILL_AT, str(path), str(point)], capture_output=True, text=True,
                                cwd=ROOT, env=_env(), timeout=60)
        assert killed.returncode == -signal.SIGKILL, (point, killed.stderr[-500:])
        with open_event_db(path, create=False, verify=True) as db:       # the next start finishes the work
            assert db.scalar("PRAGMA user_version") == len(MIGRATIONS)
            assert db.scalar("PRAGMA integrity_check") == "ok"
        after = _facts(path)
        assert after["checkins"] == before["checkins"] and after["annulments"] == before["annulments"], point
        assert after["attendees"] == before["attendees"] and set(before["attempts"]) <= set(after["attempts"]), point


def test_four_processes_opening_an_old_file_at_once_migrate_it_once(old):
    before = _facts(old)
    start = time.time() + 0.8
    wait = f"import time\nwhile time.time() < {start}: time.sleep(0.001)\nfrom kiosk.cli import main\nraise SystemExit(main())"
    procs = [subprocess.Popen([sys.executable, "-c", wait, command, "--db", str(old)], cwd=ROOT, env=_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for command in ("roster", "stats", "roster", "stats")]
    for proc in procs:
        err = proc.communicate(timeout=120)[1]        # closes its pipe
        assert proc.returncode == 0, err[-500:]
    after = _facts(old)
    assert after["checkins"] == before["checkins"] and after["annulments"] == before["annulments"]

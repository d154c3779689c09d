"""`kiosk scan` (a headless station on standard input) and `kiosk checkin --from-file` (paper
check-ins), driven as a person or a script would: a real process, a pipe, lines, Ctrl+C."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kiosk.store import open_event_db, settings
from tests.conftest import add

ROOT = Path(__file__).resolve().parents[2]
DAY = "2026-07-08"


def kiosk(*args: str) -> list[str]:
    return [sys.executable, "-m", "kiosk", *map(str, args)]


@pytest.fixture
def station_db(db_path):
    with open_event_db(db_path) as db:
        db.set_event("Side door test", [], "America/Toronto")
        add(db, code="EB-0001", first_name="José", last_name="Ñúñez")
        add(db, code="EB-0002", first_name="Amara", last_name="Okafor", notes="Speaker: green lanyard")
        add(db, code="EB-0003", first_name="Ann", last_name="Lee", status="refunded")
    return db_path


class Station:
    """`kiosk scan` in a child process, fed line by line; its answers are read as they come."""

    started: list[Station] = []

    def __init__(self, db_path, *extra: str):
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(kiosk("scan", "--db", db_path, *extra), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
        Station.started.append(self)
        self.answers: queue.Queue[bytes] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.answers.put(line)
        self.answers.put(b"")

    def send(self, line: str) -> None:
        self.proc.stdin.write(line.encode("utf-8") + b"\n")
        self.proc.stdin.flush()

    def scan(self, line: str) -> str:
        self.send(line)
        return self.answers.get(timeout=30).decode("utf-8").rstrip("\n")

    def finish(self) -> tuple[int, str]:
        """End of input: the station's exit status and what it wrote on stderr."""
        self.proc.stdin.close()
        return self.proc.wait(30), self.close()

    def close(self) -> str:
        """Stop the station if it still runs, close its pipes; what it wrote on stderr."""
        if self.proc.stderr.closed:
            return ""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(30)
        self._reader.join(30)
        err = self.proc.stderr.read().decode("utf-8")
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()
        return err


@pytest.fixture(autouse=True)
def stations_closed():
    """Every station a test started is stopped and its pipes closed, whatever the test did."""
    yield
    while Station.started:
        Station.started.pop().close()


def test_scan_answers_each_line_at_once_and_ends_cleanly_at_the_end_of_input(station_db):
    station = Station(station_db, "--station", "Side door")
    assert station.scan("EB-0001").startswith("OK: José Ñúñez")
    # the verdict was durable before it was printed: another connection sees the check-in now
    with open_event_db(station_db) as other:
        assert other.scalar("SELECT count(*) FROM standing_checkins WHERE station = 'Side door'") == 1
    assert station.scan("EB-0001").startswith("ALREADY: José Ñúñez")
    assert station.scan("EB-0002").startswith("ATTENTION: Amara Okafor")
    assert station.scan("EB-0003").startswith("NOT ADMITTED: Ann Lee")
    assert station.scan("no-such-ticket").startswith("UNKNOWN")
    code, err = station.finish()
    assert code == 0
    assert "Traceback" not in err
    assert "5 scan(s) at station Side door" in err and "already 1" in err
    with open_event_db(station_db) as db:
        assert db.scalar("SELECT count(*) FROM scan_attempts WHERE station = 'Side door'") == 5


def test_scan_json_gives_one_object_per_line_with_the_verdict(station_db):
    station = Station(station_db, "--json")
    answers = [json.loads(station.scan(line)) for line in ("EB-0001", "https://example.org/wifi", "EB-0001")]
    assert [a["verdict"] for a in answers] == ["ok", "not_ticket", "already"]
    assert answers[0]["attendee"]["first_name"] == "José" and answers[2]["checked_in_at"] == answers[0]["checked_in_at"]
    code, err = station.finish()
    assert code == 0 and "Traceback" not in err


def test_scan_reads_the_scanner_as_the_desk_does(station_db):
    with open_event_db(station_db) as db:
        settings.set_value(db, "wedge_prefix", "]Q1")
        settings.set_value(db, "wedge_azerty", "digits")
        add(db, code="12345", first_name="Digits", last_name="Only")
    station = Station(station_db)
    assert station.scan("]Q1EB-0001").startswith("OK: José")          # the scanner's prefix is dropped
    assert station.scan("&é\"'(").startswith("OK: Digits Only")       # US scanner on an AZERTY computer
    station.send("")                                                   # an empty line is no scan...
    assert station.scan("EB-0002").startswith("ATTENTION")             # ...and gets no answer
    assert station.finish()[0] == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_stops_the_station_cleanly(station_db):
    station = Station(station_db)
    assert station.scan("EB-0001").startswith("OK")
    station.proc.send_signal(signal.SIGINT)
    assert station.proc.wait(30) == 0
    err = station.close()
    assert "Traceback" not in err and "1 scan(s)" in err


def test_paper_checkins_each_at_its_own_time_with_counts_and_bad_lines(station_db, tmp_path):
    paper = tmp_path / "door-2-paper.csv"
    paper.write_text("code,at\n"
                     "EB-0001,2026-07-08 09:42\n"          # event-local time (Toronto, UTC-4)
                     "EB-0002,2026-07-08T13:05:00Z\n"
                     "EB-0001,2026-07-08 09:30\n"          # the same person earlier on the list: this one counts
                     ",2026-07-08 10:00\n"                 # no code
                     "EB-0003,2026-07-08 10:00\n"          # refunded
                     "EB-0404,not a time\n"
                     "NOBODY,2026-07-08 10:01\n", encoding="utf-8")
    out = subprocess.run(kiosk("checkin", "--from-file", paper, "--db", station_db, "--station", "Door 2", "--json"),
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 1, out.stderr                 # a line could not be read
    report = json.loads(out.stdout)
    assert report["counts"] == {"ok": 1, "attention": 1, "already": 1, "cancelled": 1, "unknown": 1}
    assert [(b["line"], "code" in b["error"] or "time" in b["error"]) for b in report["bad_lines"]] == [(5, True), (7, True)]
    with open_event_db(station_db) as db:
        rows = db.query("SELECT a.code, c.at, c.station, c.method FROM first_checkins c "
                        "JOIN attendees a ON a.id = c.attendee_id ORDER BY a.code")
    assert rows == [
        {"code": "EB-0001", "at": "2026-07-08T13:30:00.000Z", "station": "Door 2", "method": "paper"},
        {"code": "EB-0002", "at": "2026-07-08T13:05:00.000Z", "station": "Door 2", "method": "paper"},
    ]
    text = subprocess.run(kiosk("checkin", "--from-file", paper, "--db", station_db), capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert "0 checked in from paper" in text.stdout and "line 7: not read" in text.stdout


def test_paper_checkins_refuse_a_file_without_a_code_column(station_db, tmp_path):
    paper = tmp_path / "names.csv"
    paper.write_text("name,time\nJosé,09:00\n", encoding="utf-8")
    out = subprocess.run(kiosk("checkin", "--from-file", paper, "--db", station_db), capture_output=True, text=True,
                         cwd=ROOT, timeout=60)
    assert out.returncode == 2
    assert "no `code` column" in out.stderr and "Traceback" not in out.stderr

"""Shared test fixtures: offscreen Qt, a fresh event database per test, the CLI runner."""

from __future__ import annotations

import io
import json
import os
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from tests import run_folder, unclosed

unclosed.install()   # an SQLite connection left open fails the test, as on Python 3.13
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# The app must never write into the developer's real data folder during tests.
os.environ.setdefault("KIOSK_DB", "/nonexistent/kiosk-tests-must-pass---db")
os.environ.setdefault("KIOSK_DEMO_DB", "/nonexistent/kiosk-tests-must-pass---demo-db")
# The log goes to a folder of the test run, never the developer's own log folder.
os.environ.setdefault("KIOSK_LOG_DIR", str(run_folder.subfolder("logs")))
# Badges printed with the default settings go to a folder of the test run, never ~/Documents.
os.environ.setdefault("KIOSK_PRINT_FOLDER", str(run_folder.subfolder("badges")))
# The recent-events list and the hub's pgpass file are kept in a folder of the test run, never the
# developer's config folder.
os.environ.setdefault("KIOSK_CONFIG_DIR", str(run_folder.subfolder("config")))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_unconfigure(config):
    """The run's folder (logs, badges, config) goes when the run ends."""
    run_folder.remove()


def pytest_ignore_collect(collection_path, config):
    """Benchmarks run only when asked for: `pytest tests/benchmarks -s`."""
    args = [str(a) for a in config.args]
    if "benchmarks" in collection_path.parts and not any("benchmarks" in a for a in args):
        return True
    return None


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "event.sqlite"


@pytest.fixture
def event_db(db_path):
    """An event database with a three-day event in Toronto."""
    from kiosk.store import open_event_db

    db = open_event_db(db_path)
    db.set_event("Test Training", ["2026-07-08", "2026-07-09", "2026-07-10"], "America/Toronto")
    yield db
    db.close()


def add(db, **fields):
    """Registers one attendee (full_name made from the first and last names unless given)."""
    from kiosk.roster import attendees

    fields.setdefault("full_name", " ".join(p for p in (fields.get("first_name", ""), fields.get("last_name", "")) if p))
    with db.write() as conn:
        return attendees.insert(conn, fields, scan_codes=fields.pop("scan_codes", []))


@pytest.fixture
def roster(event_db):
    """A small roster in the three-day Toronto event: a participant with accents, a Tito trainer, a
    refunded ticket, a day-2-only ticket, a note for the desk, a 32-character code."""
    ids = {
        "jose": add(event_db, code="EB-0001", first_name="José", last_name="Ñúñez", email="jose@example.org",
                    organization="Centre francophone", ticket_type="Participant"),
        "amara": add(event_db, code="ti_pX9tJEguENQbdPOdhq66Vtw", first_name="Amara", last_name="Okafor",
                     ticket_type="Trainer", scan_codes=["https://ti.to/tickets/ti_pX9tJEguENQbdPOdhq66Vtw"]),
        "ann": add(event_db, code="EB-0003", first_name="Ann", last_name="Lee", status="refunded"),
        "dana": add(event_db, code="EB-0004", first_name="Dana", last_name="Levi", ticket_type="Participant - Day 2 only"),
        "bo": add(event_db, code="EB-0005", first_name="Bo", last_name="Kim", notes="See the coordinator"),
        "secret": add(event_db, code="abcdefghjkmnpqrstuvwxyz234567892", first_name="Pia", last_name="Secret"),
    }
    return ids


class CliResult:
    def __init__(self, code: int, stdout: str, stderr: str):
        self.code, self.stdout, self.stderr = code, stdout, stderr

    def json(self):
        return json.loads(self.stdout)

    def __repr__(self) -> str:
        return f"CliResult(code={self.code}, stdout={self.stdout[:500]!r}, stderr={self.stderr[:500]!r})"


@pytest.fixture
def cli():
    """Run the `kiosk` command line in-process: cli("roster", "--db", path, "--json")."""
    from kiosk.cli import main

    def run(*args: str) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main([str(a) for a in args])
            except SystemExit as exc:  # argparse errors
                code = exc.code if isinstance(exc.code, int) else 2
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


def kiosk_capped(*args, timeout: float = 60, memory: int = 1 << 30, env: dict | None = None, stdin=None,
                 cwd: Path | None = None):
    """`kiosk ARGS` in a child process whose memory is capped (1 GiB): a reader that would hold a
    device's endless bytes fails fast instead of eating the machine; a hang fails by `timeout`."""
    import resource
    import subprocess

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args)], capture_output=True, timeout=timeout,
                          cwd=cwd or ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                          preexec_fn=cap, input=stdin, text=not isinstance(stdin, bytes))

"""Benchmark: the first sync of a new station, as the roster grows (a real PostgreSQL hub).

A station holding the event (1k, 10k, 100k attendees, 80% checked in) has pushed it to the hub;
a new station with an empty database then pulls everything (event, settings, roster, check-ins).
Beside a baseline from the same run on the same server: raw psycopg COPY TO of every row the
station receives (attendees, check-ins, annulments, scan attempts) plus a bare SQLite executemany. Target: at most 2.5x at 100k.
500k is left out by default (pushing it first takes minutes): KIOSK_BENCH_SYNC_500K=1 adds it.
"""

from __future__ import annotations

import os
import sqlite3
import time

import psycopg
import pytest

from kiosk.roster import attendees
from kiosk.store import open_event_db, settings
from kiosk.sync import sync_round
from tests.benchmarks.conftest import sizes
from tests.sync.pgserver import started_server

pytestmark = pytest.mark.needs_postgres

SYNC_SIZES = [n for n in sizes() if n <= 100_000 or os.environ.get("KIOSK_BENCH_SYNC_500K")]


@pytest.fixture(scope="module")
def pg():
    with started_server() as server:
        yield server


HUB_TABLES = ("hub_attendees", "hub_checkins", "hub_annulments", "hub_scan_attempts")


def bare_copy_and_insert(hub_url: str, folder) -> tuple[float, int]:
    """Every row the new station receives, straight out with COPY and into bare SQLite tables."""
    started = time.perf_counter()
    bare = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    bare.execute("BEGIN")
    attendees_copied = 0
    with psycopg.connect(hub_url) as hub, hub.cursor() as cur:
        for table in HUB_TABLES:
            with cur.copy(f"COPY (SELECT * FROM {table}) TO STDOUT") as copy:
                rows = list(copy.rows())
            if not rows:
                continue
            width = len(rows[0])
            bare.execute(f"CREATE TABLE {table} (k TEXT PRIMARY KEY, " + ", ".join(f"c{i}" for i in range(width - 1)) + ")")
            bare.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * width)})",
                             ([str(v) if not isinstance(v, (int, float, str, type(None))) else v for v in r] for r in rows))
            if table == "hub_attendees":
                attendees_copied = len(rows)
    bare.execute("COMMIT")
    bare.close()
    return time.perf_counter() - started, attendees_copied


@pytest.mark.parametrize("n", SYNC_SIZES)
def test_first_sync_of_a_new_station(n, pg, events, figures, tmp_path):
    hub_url = pg.new_database()
    path, info = events.copy(n, tmp_path / "a")
    a = open_event_db(path)
    settings.set_value(a, "station_name", "A")
    started = time.perf_counter()
    sync_round(a, hub_url)
    pushed = time.perf_counter() - started
    a.close()
    b = open_event_db(tmp_path / "b.sqlite")
    settings.set_value(b, "station_name", "B")
    started = time.perf_counter()
    report = sync_round(b, hub_url)
    first = time.perf_counter() - started
    assert report.received["attendees"]["added"] == n and attendees.count(b) == n
    base, rows = bare_copy_and_insert(hub_url, tmp_path)
    assert rows == n
    figures.add("first sync of a new station (roster + check-ins)", n, first, base, unit="s",
                baseline_label="raw COPY TO + bare SQLite insert of the same rows", target="100k ≤ 2.5x",
                note=f"pushing the event from the first station took {pushed:.1f} s")
    b.close()

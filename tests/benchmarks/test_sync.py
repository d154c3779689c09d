"""Benchmark: three stations sharing a PostgreSQL hub (a real server started for the run).

Each figure is printed beside a baseline measured in the same run, on the same server:
  absorb      check-ins per second the hub takes from three stations pushing at once
              vs. raw psycopg COPY of the same rows into a bare table
  latency     check-in at station A -> visible at station B (both running the watch loop), p50/p95
              vs. a raw PostgreSQL INSERT + NOTIFY -> LISTEN round trip between two connections
  (the first sync of a new station, at every event size, is test_sync_scale.py)
The test server runs with fsync off (a benchmark of the code, not of the disk).
Run: python -m pytest tests/benchmarks/test_sync.py -s
"""

from __future__ import annotations

import random
import statistics
import threading
import time

import psycopg
import pytest

from kiosk import checkin
from kiosk.roster.resync import import_export
from kiosk.store import open_event_db
from kiosk.sync import sync_round, watch
from tests.sync.helpers import export, row
from tests.sync.pgserver import started_server, wait_until
from kiosk.store import settings

pytestmark = [pytest.mark.benchmark, pytest.mark.needs_postgres]

PER_STATION = 5_000
LATENCY_SAMPLES = 60


@pytest.fixture(scope="module")
def pg():
    with started_server() as server:
        yield server


def big_export(n: int):
    rng = random.Random(7)
    first = ["Amara", "José", "Mei", "Yuki", "Olumide", "Sophie", "Dmitri", "Fatima", "Priya", "Zoë", "Сергей", "지민"]
    last = ["Okafor", "Ñúñez", "Chen", "Tanaka", "Adeyemi", "Tremblay", "Volkov", "Sharma", "Nguyễn", "Côté"]
    return export(*(row(f"EB-{100000 + i}", i + 2, first_name=rng.choice(first), last_name=rng.choice(last),
                        email=f"p{i}@example.org", ticket_type=rng.choice(["Participant", "Trainer", "Speaker"]),
                        organization="Org") for i in range(n)))


def station_with_roster(tmp_path, name: str, hub_url: str, *, create_event: bool, n: int):
    db = open_event_db(tmp_path / f"{name}.sqlite")
    settings.set_value(db, "station_name", name)
    if create_event:
        db.set_event("Bench Conference", ["2026-07-08"], "UTC")
        import_export(db, "export.csv", parsed=big_export(n))
    return db


def test_hub_absorbs_checkins_from_three_stations(pg, tmp_path):
    hub_url = pg.new_database()
    a = station_with_roster(tmp_path, "A", hub_url, create_event=True, n=PER_STATION * 3)
    sync_round(a, hub_url)
    stations = [a]
    for name in ("B", "C"):
        db = open_event_db(tmp_path / f"{name}.sqlite")
        settings.set_value(db, "station_name", name)
        sync_round(db, hub_url)
        stations.append(db)
    # Each station checks in its own third of the roster, offline, then all three push at once.
    for s, db in enumerate(stations):
        for i in range(PER_STATION):
            checkin.check_in(db, f"EB-{100000 + s * PER_STATION + i}", station=settings.get(db, "station_name"),
                             at=f"2026-07-08T{9 + i // 3600:02d}:{(i // 60) % 60:02d}:{i % 60:02d}Z")
    paths = [db.path for db in stations]
    timings: list[float] = []

    def push(path) -> None:
        db = open_event_db(path)
        started = time.perf_counter()
        sync_round(db, hub_url)
        timings.append(time.perf_counter() - started)
        db.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=push, args=(p,)) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    with psycopg.connect(hub_url) as hub:
        assert hub.execute("SELECT count(*) FROM hub_checkins").fetchone()[0] == 3 * PER_STATION
        rows = hub.execute("SELECT uid, attendee_uid, event_day, at, station, method, payload, station_id "
                           "FROM hub_checkins").fetchall()
        hub.execute("CREATE TABLE bare (uid text primary key, attendee_uid text, event_day text, at text, station text, "
                    "method text, payload text, station_id text)")
        hub.commit()
        base_started = time.perf_counter()
        with hub.cursor() as cur, cur.copy("COPY bare FROM STDIN") as copy:
            for r in rows:
                copy.write_row(r)
        hub.commit()
        baseline = time.perf_counter() - base_started
    total = 3 * PER_STATION
    print(f"\n[sync] hub absorbs {total} check-ins (+{total} scan attempts) from 3 stations pushing at once: "
          f"{elapsed:.2f} s = {total / elapsed:,.0f} check-ins/s (whole rounds incl. pull of the others' rows; "
          f"slowest station {max(timings):.2f} s)")
    print(f"[sync]   baseline: raw psycopg COPY of the same {total} rows into a bare table: {baseline:.2f} s = "
          f"{total / baseline:,.0f} rows/s")
    for db in stations:
        sync_round(db, hub_url)
        assert checkin.counts(db, "2026-07-08")["checked_in"] == total
        db.close()


def test_latency_from_a_checkin_at_one_station_to_another(pg, tmp_path):
    hub_url = pg.new_database()
    a = station_with_roster(tmp_path, "A", hub_url, create_event=True, n=LATENCY_SAMPLES)
    sync_round(a, hub_url)
    b = open_event_db(tmp_path / "B.sqlite")
    sync_round(b, hub_url)
    stop = threading.Event()
    loops = [threading.Thread(target=_watch, args=(tmp_path / f"{n}.sqlite", hub_url, stop)) for n in ("A", "B")]
    for t in loops:
        t.start()
    time.sleep(1.0)
    delays = []
    try:
        for i in range(LATENCY_SAMPLES):
            started = time.perf_counter()
            result = checkin.check_in(a, f"EB-{100000 + i}", station="A", at="2026-07-08T10:00:00Z")
            assert result.verdict == "ok"
            assert wait_until(lambda: b.scalar("SELECT count(*) FROM checkins WHERE uid = ?", (result.checkin_uid,)) == 1,
                              timeout=15, step=0.002)
            delays.append(time.perf_counter() - started)
            time.sleep(0.05)
    finally:
        stop.set()
        for t in loops:
            t.join(20)
    base = _notify_round_trips(hub_url, LATENCY_SAMPLES)
    print(f"\n[sync] check-in at A -> visible at B ({LATENCY_SAMPLES} samples, watch loops, LISTEN/NOTIFY): "
          f"p50 {statistics.median(delays) * 1000:.0f} ms, p95 {_p95(delays) * 1000:.0f} ms")
    print(f"[sync]   baseline: raw INSERT + NOTIFY -> LISTEN between two connections: "
          f"p50 {statistics.median(base) * 1000:.1f} ms, p95 {_p95(base) * 1000:.1f} ms")
    a.close()
    b.close()


def _watch(path, hub_url, stop) -> None:
    db = open_event_db(path)
    try:
        watch(db, hub_url, interval=5.0, stop=stop, poll=0.02)
    finally:
        db.close()


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def _notify_round_trips(hub_url: str, n: int) -> list[float]:
    with psycopg.connect(hub_url, autocommit=True) as writer, psycopg.connect(hub_url, autocommit=True) as reader:
        writer.execute("CREATE TABLE IF NOT EXISTS bare_ping (id serial primary key, at text)")
        reader.execute("LISTEN bare_ping")
        delays = []
        for _ in range(n):
            started = time.perf_counter()
            writer.execute("INSERT INTO bare_ping (at) VALUES ('x')")
            writer.execute("NOTIFY bare_ping")
            for _note in reader.notifies(timeout=5, stop_after=1):
                pass
            reader.execute("SELECT max(id) FROM bare_ping").fetchone()
            delays.append(time.perf_counter() - started)
        return delays

"""Benchmark: what one scan, one counter refresh and one keystroke cost as the event grows.

At 1k, 10k, 100k and 500k attendees with 80% checked in today, beside baselines from the same run:
  scan -> committed verdict (kiosk.checkin.check_in, synchronous=FULL), p50/p95
      vs. a bare INSERT + COMMIT on the same disk with the same pragmas, one before each scan
      target: p95 at 500k at most 1.5x the p95 at 1k
  the desk's counter after a write (checked in today / expected)
      vs. a bare primary-key SELECT
  the search's freshness check on each keystroke (has the roster changed?)
      vs. a bare primary-key SELECT
  one keystroke of search in the core (the desk's search function: ids, rows, checked-in flags)
      vs. a bare SQL LIKE over the folded names, LIMIT 200
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time

import pytest

from kiosk import checkin
from kiosk.store import open_event_db
from tests.benchmarks.conftest import percentile, sizes
from tests.benchmarks.population import checked_codes, unchecked_codes

SCANS = 400
WARM_UP = 30
TYPED = ["j", "jo", "jos", "jose", "jose k", "jose ka", "m", "mei", "mei lo", "person1234", "t-0000042", "chloe",
         "centre", "zo", "wang", "ñ", "kalo", "sergei"]


def timed(fn, *args, **kw) -> float:
    started = time.perf_counter()
    fn(*args, **kw)
    return (time.perf_counter() - started) * 1000


class BareInserts:
    """The baseline: a bare INSERT + COMMIT on the same disk with the same pragmas, one before each
    scan, so that both see the disk in the same state (a laptop's fsync time varies by the second)."""

    def __init__(self, folder):
        self.conn = sqlite3.connect(str(folder / "bare.sqlite"), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, code TEXT, at TEXT)")
        self.ms: list[float] = []

    def one(self) -> None:
        started = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("INSERT INTO t (code, at) VALUES (?, ?)", (f"T-{len(self.ms):07d}", "now"))
        self.conn.execute("COMMIT")
        self.ms.append((time.perf_counter() - started) * 1000)


def bare_select_ms(db, count: int = 2000) -> float:
    started = time.perf_counter()
    for i in range(1, count + 1):
        db.conn.execute("SELECT id FROM attendees WHERE id = ?", (i,)).fetchone()
    return (time.perf_counter() - started) * 1000 / count


@pytest.mark.parametrize("n", sizes())
def test_scan_counter_and_keystroke(n, events, figures, tmp_path):
    path, info = events.copy(n, tmp_path)
    os.sync()          # the copy's dirty pages would otherwise make the first commits' fsync wait for them
    db = open_event_db(path)
    day = info["day"]
    fresh = unchecked_codes(info, SCANS + WARM_UP)
    again = checked_codes(db, 100)
    for code in fresh[:WARM_UP]:                        # warm the page cache and the statements
        checkin.check_in(db, code, station="bench")
    bare = BareInserts(tmp_path)
    ok_ms, already_ms = [], []
    for code in fresh[WARM_UP:]:
        bare.one()
        started = time.perf_counter()
        result = checkin.check_in(db, code, station="bench")
        ok_ms.append((time.perf_counter() - started) * 1000)
        assert result.verdict in ("ok", "attention"), (code, result.verdict)
    for code in again:
        bare.one()
        started = time.perf_counter()
        result = checkin.check_in(db, code, station="bench")
        already_ms.append((time.perf_counter() - started) * 1000)
        assert result.verdict == "already", (code, result.verdict)
    both = ok_ms + already_ms
    base = bare.ms
    bare.conn.close()
    figures.add("scan → committed verdict, p95", n, percentile(both, 95), percentile(base, 95), unit="ms",
                baseline_label="bare INSERT+COMMIT p95, interleaved", target="500k ≤ 1.5x 1k",
                note=f"p50 {statistics.median(both):.2f} ms (bare {statistics.median(base):.2f}); "
                     f"ok p95 {percentile(ok_ms, 95):.2f}, already p95 {percentile(already_ms, 95):.2f}")
    figures.add("scan → committed verdict, p50", n, statistics.median(both), statistics.median(base), unit="ms",
                baseline_label="bare INSERT+COMMIT p50, interleaved")

    select_ms = bare_select_ms(db)
    counter = [timed(checkin.counts, db, day) for _ in range(20)]
    expected = info["checked_in"] + len(fresh) - db.scalar("SELECT count(*) FROM checkin_annulments")  # approx.
    assert abs(checkin.counts(db, day)["checked_in"] - expected) <= n // 1000 + 1
    figures.add("desk counter after a write", n, statistics.median(counter), select_ms, unit="ms",
                baseline_label="bare primary-key SELECT")

    stamp = _freshness(db)
    fresh_ms = [timed(stamp) for _ in range(50)]
    figures.add("search freshness check per keystroke", n, statistics.median(fresh_ms), select_ms, unit="ms",
                baseline_label="bare primary-key SELECT")

    search = _desk_search(db, day)
    search("warm up")
    key_ms = []
    like_ms = []
    for text in TYPED * 3:
        key_ms.append(timed(search, text))
        words = text.split()
        like_ms.append(timed(lambda: db.conn.execute(
            "SELECT id FROM attendees WHERE " + " AND ".join("search_text LIKE ?" for _ in words) + " LIMIT 200",
            [f"%{w}%" for w in words]).fetchall()))
    figures.add("keystroke → search results (core), p95", n, percentile(key_ms, 95), percentile(like_ms, 95),
                unit="ms", baseline_label="bare SQL LIKE, LIMIT 200, p95")
    db.close()


def _freshness(db):
    """The check the desk's search runs before each keystroke's search (before issue 15: the
    search worker ran count(*), max(id) and max(updated_at) over the attendees)."""
    from kiosk.roster.search import index_for

    index = index_for(db)
    index.refresh()
    return index.refresh


def _desk_search(db, day):
    """One keystroke's work in the core: matching ids, their rows, and today's check-in flags."""
    from kiosk.roster.search import desk_search

    return lambda text: desk_search(db, None, text, 200, day)

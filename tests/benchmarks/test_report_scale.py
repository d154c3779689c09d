"""Benchmark: the PDF report and `kiosk stats` as the event grows.

At 1k, 10k, 100k and 500k attendees (80% checked in today), beside a baseline from the same run:
the one aggregate every report needs, written as bare SQL (people checked in per day).
Target: report and stats at 500k/400k under 3 s each.
"""

from __future__ import annotations

import time

import pytest

from kiosk.reports import stats
from kiosk.reports.report_pdf import write_report
from kiosk.store import open_event_db
from tests.benchmarks.conftest import sizes


def seconds(fn, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - started, result


@pytest.mark.parametrize("n", sizes())
def test_report_and_stats(n, events, figures, tmp_path):
    path, info = events.template(n)
    db = open_event_db(path)
    base, _ = seconds(lambda: db.conn.execute(
        "SELECT event_day, count(DISTINCT attendee_id) FROM checkins GROUP BY event_day").fetchall())
    took, data = seconds(stats.collect, db)
    assert abs(data["days"][0]["checked_in"] - info["checked_in"]) <= n // 400 + 1
    figures.add("kiosk stats (every figure)", n, took, base, unit="s",
                baseline_label="bare SQL: distinct people per day", target="500k < 3 s")
    took, report = seconds(write_report, db, tmp_path / "report.pdf")
    assert report["pages"] >= 1
    figures.add("kiosk report (PDF)", n, took, base, unit="s",
                baseline_label="bare SQL: distinct people per day", target="500k < 3 s")
    day = info["day"]
    took, live = seconds(stats.live, db, day)
    assert live["checked_in"] == data["days"][0]["checked_in"]
    figures.add("live dashboard refresh", n, took, base, unit="s", baseline_label="bare SQL: distinct people per day")
    db.close()

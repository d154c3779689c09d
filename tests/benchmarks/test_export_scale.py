"""Benchmark: the attendance export (CSV and XLSX) as the event grows.

Beside baselines from the same run:
  CSV   vs. csv.writer writing the very same rows, in the same order, already in memory
        target: at most 3.5x at 100k
  XLSX  vs. openpyxl's write-only mode writing the same rows with no styling
        target: 100k under 10 s (XLSX is measured up to 100k: the target's size)
"""

from __future__ import annotations

import csv
import time

import pytest

from kiosk.reports import export
from kiosk.store import open_event_db
from tests.benchmarks.conftest import sizes


def seconds(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def best_of(runs: int, fn) -> float:
    return min(seconds(fn) for _ in range(runs))


@pytest.mark.parametrize("n", sizes())
def test_csv_export(n, events, figures, tmp_path):
    path, _info = events.template(n)
    db = open_event_db(path)
    header, rows = export.attendance_rows(db)
    rows = [list(r) for r in rows]
    assert len(rows) == n

    def baseline():
        with open(tmp_path / "baseline.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)

    runs = 3 if n <= 100_000 else 1
    base = best_of(runs, baseline)
    rows.clear()          # the baseline rows no longer take memory during the export
    ours = best_of(runs, lambda: export.export(db, tmp_path / "attendance.csv"))
    figures.add("CSV attendance export", n, ours, base, unit="s", baseline_label="csv.writer, same rows in memory",
                target="100k ≤ 3.5x")
    db.close()


@pytest.mark.parametrize("n", [s for s in sizes() if s <= 100_000])
def test_xlsx_export(n, events, figures, tmp_path):
    from openpyxl import Workbook

    path, _info = events.template(n)
    db = open_event_db(path)
    header, rows = export.attendance_rows(db)
    rows = [list(r) for r in rows]

    def baseline():
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Attendance")
        ws.append(header)
        for r in rows:
            ws.append(r)
        wb.save(tmp_path / "baseline.xlsx")

    base = seconds(baseline)
    rows.clear()          # the baseline rows no longer take memory during the export
    ours = seconds(lambda: export.export(db, tmp_path / "attendance.xlsx"))
    figures.add("XLSX attendance export", n, ours, base, unit="s",
                baseline_label="openpyxl write-only, same rows, no styles", target="100k < 10 s")
    db.close()

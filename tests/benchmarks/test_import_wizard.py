"""Benchmark: the import wizard over sizes, beside the engine alone in the same run.

For 1,000 to 100,000 rows (KIOSK_BENCH_SIZES overrides): the first look at the file (platform, columns,
samples), the dry run with the preview's segments, and the preview table's first page, each beside
`import_export(dry_run=True)` alone (the `kiosk import --dry-run` engine). The window never waits
for any of it: the look and the dry run run on tasks, and the table knows only the rows it shows.
Run: .venv/bin/python -m pytest tests/benchmarks/test_import_wizard.py -s
"""

from __future__ import annotations

import csv
import os
import time

import pytest

SIZES = [int(s) for s in os.environ.get("KIOSK_BENCH_SIZES", "1000,10000,100000").split(",")]
pytestmark = pytest.mark.benchmark


def _write(path, n: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Ticket Reference", "Ticket First Name", "Ticket Last Name", "Ticket Email", "Ticket",
                      "Unique Ticket URL", "Void Status"])
        for i in range(n):
            out.writerow([f"ABCD-{i}", f"Ann{i}", f"Lee{i}", f"a{i}@example.org", "General" if i % 7 else "Speaker",
                          f"https://ti.to/acme/conf/tickets/ti_{i:020d}abc", "" if i % 50 else "voided"])


def _timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def test_the_wizard_over_sizes(tmp_path, qapp):
    from kiosk.roster import wizard as core
    from kiosk.roster.resync import import_export
    from kiosk.store import open_event_db
    from kiosk.ui.organizer.import_preview import BATCH, PreviewModel, segments_of

    print("\nimport wizard (seconds)      rows   look  dry run+segments  table  | engine dry run alone")
    for n in SIZES:
        path = tmp_path / f"tito-{n}.csv"
        _write(path, n)
        with open_event_db(tmp_path / f"event-{n}.sqlite") as db:
            db.set_event("Bench", ["2026-07-08"], "UTC")
            _, baseline = _timed(lambda: import_export(db, path, source="tito", dry_run=True))
            look, looked = _timed(lambda: core.look_at(db, path))
            (outcome, segments), checked = _timed(
                lambda: (lambda o: (o, segments_of(o.report)))(core.check(db, path, core.Choices(source=look.source))))
            model = PreviewModel()
            _, shown = _timed(lambda: model.set_rows(segments))
            assert outcome.ok and model.rowCount() == min(BATCH, n)
        print(f"{'':28}{n:>7} {looked:6.2f} {checked:17.2f} {shown:6.3f}  | {baseline:6.2f}")

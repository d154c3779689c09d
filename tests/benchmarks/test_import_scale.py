"""Benchmark: importing an Eventbrite export of 1k, 10k, 100k and 500k attendees.

Each import runs in a fresh process (so that its peak memory is its own), beside baselines from
the same run, each in its own fresh process with the same modules loaded:
  time    vs. Python's csv module merely reading the same file                target: at most 12x
          (and the floor: csv -> one executemany into the attendees table with its three unique
          constraints, no parsing, no codes table, no search text)
  re-sync the same export with 1% of the rows changed, vs. the first import
  memory  peak RSS above the csv-reading process's peak, per row             target: at most 0.5 KiB a row
"""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks.conftest import ROOT, sizes

HEADER = ["Attendee #", "Barcode #", "Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity",
          "Ticket Type", "Attendee Status", "Company", "Job Title"]
FIRST = ["Amara", "José", "Mei", "Yuki", "Olumide", "Sophie", "Dmitri", "Fatima", "Priya", "Liam", "Ngọc Anh", "Zoë",
         "Сергей", "王", "さくら", "지민", "Chloé", "Gabriel", "Inès", "Noah", "Hana", "Ahmed", "Grace", "Owen"]
SYLLABLES = ["ka", "lo", "mi", "ra", "to", "na", "se", "vi", "du", "be", "chi", "an", "el", "or", "us", "ja", "ñe"]


def write_export(path: Path, n: int, seed: int = 1, changed_every: int = 0) -> None:
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(n):
            last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
            if changed_every and i % changed_every == 0:
                last += "-Smith"
            w.writerow([f"{18441583423 + i}", f"{752327237 + i // 2}{937711035 + i}001", f"{11211912243 + i // 2}",
                        "2026-05-01 10:00", rng.choice(FIRST), last, f"person{i}@example.org", "1",
                        rng.choice(["General Admission", "Speaker", "Staff"]), "Attending",
                        rng.choice(["Acme", "Centre francophone", "Open Data Collective"]), "Engineer"])


CHILD = r'''
import csv, gc, json, sqlite3, sys, time
def peak_kib():   # VmHWM: this process's own peak (ru_maxrss would include the forking parent's)
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
import kiosk.roster.parse, kiosk.roster.resync, kiosk.store
what, src, target = sys.argv[1], sys.argv[2], sys.argv[3]
gc.collect()
before = peak_kib()
started = time.perf_counter()
rows = 0
if what == "csv":
    with open(src, newline="", encoding="utf-8-sig") as fh:
        for _ in csv.reader(fh):
            rows += 1
elif what == "floor":
    from kiosk.store import open_event_db
    db = open_event_db(target)
    db.set_event("Bench", [], "UTC")
    started = time.perf_counter()
    with open(src, newline="", encoding="utf-8-sig") as fh, db.write() as conn:
        reader = csv.reader(fh)
        next(reader)
        conn.executemany("INSERT INTO attendees (uid, source_key, code, first_name, last_name, email, "
                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', '')",
                         ((r[0], r[0], r[1], r[4], r[5], r[6]) for r in reader))
    rows = db.scalar("SELECT count(*) FROM attendees")
else:
    from kiosk.roster.resync import import_export
    from kiosk.store import open_event_db
    db = open_event_db(target)
    db.set_event("Bench", [], "UTC")
    started = time.perf_counter()
    report = import_export(db, src, source="eventbrite")
    rows = report.summary()["new"]
took = time.perf_counter() - started
peak = peak_kib()
out = {"seconds": took, "rows": rows, "peak_kib": peak, "before_kib": before}
if what == "import" and len(sys.argv) > 4:
    started = time.perf_counter()
    again = import_export(db, sys.argv[4], source="eventbrite")
    out["resync_seconds"] = time.perf_counter() - started
    out["resync_updated"] = again.summary()["updated"]
print(json.dumps(out))
'''


def run_child(what: str, src: Path, target: Path, *more: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, what, str(src), str(target), *map(str, more)],
                         capture_output=True, text=True, cwd=ROOT, timeout=3600)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("n", sizes())
def test_import(n, figures, tmp_path):
    src = tmp_path / f"eventbrite-{n}.csv"
    write_export(src, n)
    changed = tmp_path / f"eventbrite-{n}-changed.csv"
    write_export(changed, n, changed_every=100)
    base = run_child("csv", src, tmp_path / "none.sqlite")
    floor = run_child("floor", src, tmp_path / "floor.sqlite")
    ours = run_child("import", src, tmp_path / "event.sqlite", changed)
    assert ours["rows"] == n and base["rows"] == n + 1
    assert ours["resync_updated"] == n // 100
    figures.add("import (parse + write, one transaction)", n, ours["seconds"], base["seconds"], unit="s",
                baseline_label="csv module reading the file", target="≤ 12x csv (floor ~8.5x)",
                note=f"floor (csv → one executemany) {floor['seconds']:.2f} s = {floor['seconds'] / base['seconds']:.1f}x")
    figures.add("re-sync of the same export, 1% changed", n, ours["resync_seconds"], ours["seconds"], unit="s",
                baseline_label="the first import")
    extra = (ours["peak_kib"] - base["peak_kib"]) / n
    figures.add("import peak memory above baseline, per row", n, extra, None, unit="KiB/row",
                target="≤ 0.5 KiB/row",
                note=f"peak {ours['peak_kib'] / 1024:.0f} MiB vs csv reading {base['peak_kib'] / 1024:.0f} MiB")
    figures.add("import peak memory", n, ours["peak_kib"] / 1024, base["peak_kib"] / 1024, unit="MiB",
                baseline_label="peak of a process reading the file with csv")

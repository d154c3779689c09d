"""Benchmark: peak memory of an import, over sizes, beside its target (4x the file + 200 MiB) and a
baseline from the same run (Python's csv module reading the file into lists).

Each size runs in a child process of its own and reads its peak from /proc/self/status (VmHWM),
as growth over the process's size before the import. Hostile files of the issue are measured too.
Run: .venv/bin/python -m pytest tests/benchmarks/test_import_memory.py -s
(KIOSK_BENCH_SIZES=1000,10000 for fewer sizes.)
"""

from __future__ import annotations

import csv
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIZES = [int(s) for s in os.environ.get("KIOSK_BENCH_SIZES", "1000,10000,100000,500000").split(",")]
HEADER = ["Attendee #", "Barcode #", "Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity",
          "Ticket Type", "Attendee Status", "Company", "Job Title"]

pytestmark = [pytest.mark.benchmark,
              pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM is Linux's")]

CHILD = """
import csv, sys
from kiosk.errors import KnownError
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) * 1024
mode, path, db_path = sys.argv[1:4]
if mode == "import":
    from kiosk.store import open_event_db
    from kiosk.roster.resync import import_export
    db = open_event_db(db_path); db.set_event("M", [], "UTC")
base = peak()
outcome = "read"
if mode == "baseline":
    with open(path, newline="", encoding="utf-8-sig", errors="replace") as fh:
        rows = list(csv.reader(fh))
else:
    try:
        import_export(db, path, source="m")
        outcome = "imported"
    except KnownError:
        outcome = "refused"
print(outcome, peak() - base)
"""


def _write(path: Path, n: int) -> None:
    rng = random.Random(n)
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(n):
            w.writerow([f"{18441583423 + i}", f"{752327237 + i // 2}{937711035 + i}001", f"{11211912243 + i // 2}",
                        "2026-05-01 10:00", f"Given{rng.randrange(10**6)}", f"Family{rng.randrange(10**6)}",
                        f"person{i}@example.org", "1", rng.choice(["General Admission", "Speaker", "Staff"]),
                        "Attending", f"Company {rng.randrange(5000)}", "Engineer"])


def _peak(mode: str, path: Path, tmp: Path) -> tuple[str, int]:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(path), str(tmp / f"{path.stem}-{mode}.sqlite")],
                         capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                         timeout=1800)
    assert out.returncode == 0, out.stderr[-2000:]
    outcome, grown = out.stdout.split()
    return outcome, int(grown)


def test_import_peak_memory_over_sizes(tmp_path):
    mib = 2 ** 20
    print("\n=== import peak memory (growth over the process before the import) ===")
    print(f"{'file':>28} {'size':>9} {'import':>9} {'target':>9} {'csv lists':>10}  verdict")
    for n in SIZES:
        path = tmp_path / f"eventbrite-{n}.csv"
        _write(path, n)
        size = path.stat().st_size
        outcome, grown = _peak("import", path, tmp_path)
        _, baseline = _peak("baseline", path, tmp_path)
        target = 4 * size + 200 * mib
        print(f"{path.name:>28} {size / mib:8.1f}M {grown / mib:8.0f}M {target / mib:8.0f}M {baseline / mib:9.0f}M  "
              f"{'met' if grown < target else 'NOT MET'} ({outcome})")
    hostile = tmp_path / "huge-cell.csv"
    hostile.write_text("Barcode #,First Name\n1,\"" + "x" * 200_000_000 + "\"\n", encoding="utf-8")
    outcome, grown = _peak("import", hostile, tmp_path)
    print(f"{hostile.name:>28} {hostile.stat().st_size / mib:8.1f}M {grown / mib:8.0f}M "
          f"{(4 * hostile.stat().st_size + 200 * mib) / mib:8.0f}M {'':>10}  ({outcome})")

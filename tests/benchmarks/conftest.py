"""The benchmarks: collected by `pytest tests/benchmarks`, left out of the suite's default run.

Each benchmark measures its figure beside a baseline from the same run and records both with
`figures.add(...)`; at the end of the session a table shows how every figure grows over the event
sizes (1k, 10k, 100k and 500k attendees, 80% of them checked in today), and the figures are saved
as JSON (build/benchmarks.json, or $KIOSK_BENCH_JSON) for the README.

    .venv/bin/python -m pytest tests/benchmarks -s                      # everything, every size
    KIOSK_BENCH_SIZES=1000,100000 .venv/bin/python -m pytest tests/benchmarks -k scan -s

The machine's load average is printed with the table: the figures are only as quiet as the
machine, which is why each one stands beside a baseline measured in the same run.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SIZES = (1_000, 10_000, 100_000, 500_000)


def sizes() -> list[int]:
    text = os.environ.get("KIOSK_BENCH_SIZES", "")
    if not text.strip():
        return list(DEFAULT_SIZES)
    return [int(part.replace("_", "").replace("k", "000")) for part in text.split(",") if part.strip()]


def label(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.benchmark)


@dataclass
class Figure:
    what: str
    size: int
    value: float
    baseline: float | None
    unit: str
    baseline_label: str = ""
    target: str = ""
    note: str = ""
    load: float = field(default_factory=lambda: os.getloadavg()[0])


class Figures:
    """What the benchmarks measured, in the order they measured it."""

    def __init__(self):
        self.items: list[Figure] = []

    def add(self, what: str, size: int, value: float, baseline: float | None = None, *, unit: str = "ms",
            baseline_label: str = "", target: str = "", note: str = "") -> Figure:
        figure = Figure(what, size, value, baseline, unit, baseline_label, target, note)
        self.items.append(figure)
        base = f"   baseline {_fmt(baseline, unit)} ({baseline_label})" if baseline is not None else ""
        ratio = f" = {value / baseline:.2f}x" if baseline else ""
        print(f"\n[bench] {what} @ {label(size)}: {_fmt(value, unit)}{base}{ratio}"
              f"{'   target ' + target if target else ''}{'   ' + note if note else ''}", flush=True)
        return figure

    def table(self) -> str:
        if not self.items:
            return ""
        ns = sorted({f.size for f in self.items})
        whats = list(dict.fromkeys(f.what for f in self.items))
        head = ["what"] + [label(n) for n in ns] + ["growth", "target"]
        lines = []
        for what in whats:
            got = {f.size: f for f in self.items if f.what == what}
            cells = [what]
            for n in ns:
                f = got.get(n)
                if f is None:
                    cells.append("")
                elif f.baseline is not None:
                    cells.append(f"{_fmt(f.value, f.unit)} (base {_fmt(f.baseline, f.unit)})")
                else:
                    cells.append(_fmt(f.value, f.unit))
            sized = [got[n] for n in ns if n in got]
            growth = ""
            if len(sized) > 1 and sized[0].value:
                growth = f"{sized[-1].value / sized[0].value:.2f}x {label(sized[0].size)}→{label(sized[-1].size)}"
            cells += [growth, next((f.target for f in sized if f.target), "")]
            lines.append(cells)
        widths = [max(len(str(r[i])) for r in [head, *lines]) for i in range(len(head))]
        out = [" | ".join(h.ljust(w) for h, w in zip(head, widths)),
               "-+-".join("-" * w for w in widths)]
        out += [" | ".join(str(c).ljust(w) for c, w in zip(r, widths)) for r in lines]
        return "\n".join(out)

    def save(self) -> Path:
        path = Path(os.environ.get("KIOSK_BENCH_JSON") or ROOT / "build" / "benchmarks.json")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps([asdict(f) for f in self.items], indent=1, ensure_ascii=False))
        return path


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:.3f} ms" if value < 1 else f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        if value < 1:
            return f"{value * 1000:.1f} ms" if value < 0.1 else f"{value * 1000:.0f} ms"
        return f"{value:.2f} s"
    if unit == "MiB":
        return f"{value:.1f} MiB" if value < 10 else f"{value:.0f} MiB"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:,.1f} {unit}".strip()


FIGURES = Figures()


@pytest.fixture(scope="session")
def figures() -> Figures:
    return FIGURES


def pytest_terminal_summary(terminalreporter):
    if not FIGURES.items:
        return
    path = FIGURES.save()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    terminalreporter.write_sep("=", "benchmark figures (baseline from the same run in brackets)")
    terminalreporter.write_line(FIGURES.table())
    terminalreporter.write_line(f"machine: {os.cpu_count()} cores, load average now {load}; "
                                f"load during each figure in {path}")


class Events:
    """Event databases by size, built once per session and copied for each benchmark that writes."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.built: dict[int, tuple[Path, dict]] = {}

    def template(self, n: int) -> tuple[Path, dict]:
        if n not in self.built:
            from kiosk.store import open_event_db
            from tests.benchmarks.population import populate

            path = self.folder / f"event-{n}.sqlite"
            started = time.perf_counter()
            with open_event_db(path) as db:
                info = populate(db, n)
                db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            print(f"\n[setup] {n:,} attendees, {info['checked_in']:,} checked in today: "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
            self.built[n] = (path, info)
        return self.built[n]

    def copy(self, n: int, to: Path) -> tuple[Path, dict]:
        path, info = self.template(n)
        to.mkdir(parents=True, exist_ok=True)
        target = to / f"event-{n}.sqlite"
        shutil.copyfile(path, target)
        os.chmod(target, 0o600)
        return target, dict(info)


@pytest.fixture(scope="session")
def events(tmp_path_factory) -> Events:
    return Events(tmp_path_factory.mktemp("events"))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

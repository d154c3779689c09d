"""Benchmark: import of a 100,000-attendee Eventbrite-style export, re-sync, lookup and search.

Each figure is printed beside a baseline measured in the same run:
  import        vs. Python's csv module merely reading the file        (target: at most 5x)
  re-sync 1%    vs. the first import
  code lookup   vs. a bare SQLite primary-key SELECT                   (target: under 1 ms)
  search p95    vs. a bare SQL LIKE over the same rows                 (target: under 30 ms)
Run: python -m pytest tests/benchmarks/bench_import.py -s
"""

from __future__ import annotations

import csv
import random
import statistics
import time

from kiosk.checkin import resolve
from kiosk.roster.resync import import_export
from kiosk.roster.search import RosterSearch
from kiosk.store import open_event_db

N = 100_000
FIRST = ["Amara", "José", "Mei", "Yuki", "Olumide", "Sophie", "Dmitri", "Fatima", "Priya", "Liam", "Ngọc Anh", "Zoë",
         "Сергей", "王", "さくら", "지민", "Chloé", "Gabriel", "Inès", "Noah", "Hana", "Ahmed", "Grace", "Owen"]
LAST = ["Okafor", "Ñúñez", "Chen", "Tanaka", "Adeyemi", "Tremblay", "Volkov", "Al-Sayed", "Sharma", "O'Connor",
        "Nguyễn", "Łukasiewicz", "Иванов", "小明", "山田", "이", "Roy", "Côté", "Moreau", "Cohen", "Kim", "Haddad"]
HEADER = ["Attendee #", "Barcode #", "Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity",
          "Ticket Type", "Attendee Status", "Company", "Job Title"]


def write_export(path, n, changed_every=0, seed=1):
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(n):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            if changed_every and i % changed_every == 0:
                last = last + "-Smith"
            w.writerow([f"{18441583423 + i}", f"{752327237 + i // 2}{937711035 + i}001", f"{11211912243 + i // 2}", "2026-05-01 10:00",
                        first, last, f"person{i}@example.org", "1", rng.choice(["General Admission", "Speaker", "Staff"]),
                        "Attending", rng.choice(["Acme", "Centre francophone", "Open Data Collective"]), "Engineer"])


def test_import_benchmark(tmp_path):
    src = tmp_path / "eventbrite-100k.csv"
    write_export(src, N)
    t = time.perf_counter()
    with open(src, newline="", encoding="utf-8-sig") as fh:
        rows = sum(1 for _ in csv.reader(fh))
    baseline = time.perf_counter() - t
    assert rows == N + 1

    db = open_event_db(tmp_path / "event.sqlite")
    db.set_event("Bench", [], "UTC")
    t = time.perf_counter()
    report = import_export(db, src, source="eventbrite")
    import_s = time.perf_counter() - t
    assert report.summary()["new"] == N

    changed = tmp_path / "eventbrite-100k-changed.csv"
    write_export(changed, N, changed_every=100)
    t = time.perf_counter()
    resync = import_export(db, changed, source="eventbrite")
    resync_s = time.perf_counter() - t
    assert len(resync.updated) == N // 100

    codes = [f"{752327237 + i // 2}{937711035 + i}001" for i in random.Random(2).sample(range(N), 2000)]
    t = time.perf_counter()
    for code in codes:
        db.conn.execute("SELECT id FROM attendees WHERE code = ?", (code,)).fetchone()
    bare_lookup_ms = (time.perf_counter() - t) / len(codes) * 1000
    t = time.perf_counter()
    for code in codes:
        person, _ = resolve(db, code)
        assert person is not None
    lookup_ms = (time.perf_counter() - t) / len(codes) * 1000

    search = RosterSearch(db)
    t = time.perf_counter()
    search.refresh()
    index_s = time.perf_counter() - t
    typed = "jose nun"
    queries = [typed[: i + 1] for i in range(len(typed))] + ["person4242", "chen open", "zoe", "smith", "山田", "centre fr"]
    times, like_times = [], []
    for q in queries * 5:
        t = time.perf_counter()
        search.search(q)
        times.append((time.perf_counter() - t) * 1000)
        words = q.split()
        t = time.perf_counter()
        db.conn.execute("SELECT id FROM attendees WHERE " + " AND ".join("search_text LIKE ?" for _ in words) + " LIMIT 200",
                        [f"%{w}%" for w in words]).fetchall()
        like_times.append((time.perf_counter() - t) * 1000)
    p95 = statistics.quantiles(times, n=20)[18]
    like_p95 = statistics.quantiles(like_times, n=20)[18]

    print(f"\n=== import benchmark: {N:,} attendees (Eventbrite-style CSV, {src.stat().st_size / 1e6:.1f} MB) ===")
    print(f"csv module reading the file (baseline): {baseline:6.2f} s")
    print(f"kiosk import (parse + write, one transaction): {import_s:6.2f} s  = {import_s / baseline:4.1f}x baseline (target <= 5x)")
    print(f"re-sync, same file with 1% changed:        {resync_s:6.2f} s  = {resync_s / import_s:4.2f}x the first import")
    print(f"lookup by code: {lookup_ms:.3f} ms  (bare primary-key SELECT: {bare_lookup_ms:.3f} ms; target < 1 ms)")
    print(f"search as you type p95: {p95:.1f} ms  (bare SQL LIKE p95: {like_p95:.1f} ms; target < 30 ms); index build {index_s:.2f} s")
    db.close()

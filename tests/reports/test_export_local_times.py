"""The attendance export writes each check-in's event-local time exactly as stats.local_iso does,
on ordinary days (converted inside SQLite) and on the day the clocks change (converted in Python)."""

from __future__ import annotations

import csv

import pytest

from kiosk import checkin
from kiosk.reports import export, stats
from kiosk.store import open_event_db
from tests.conftest import add


@pytest.mark.parametrize("zone, day, times", [
    ("America/Toronto", "2026-07-08", ["2026-07-08T13:05:09.999Z", "2026-07-09T03:59:59.000Z"]),
    ("Asia/Kolkata", "2026-07-08", ["2026-07-07T18:30:00.000Z", "2026-07-08T09:15:42.500Z"]),
    ("America/Toronto", "2026-11-01", ["2026-11-01T05:30:00.000Z", "2026-11-01T06:30:00.000Z"]),   # clocks go back
    ("Europe/Paris", "2026-03-29", ["2026-03-29T00:30:00.000Z", "2026-03-29T01:30:00.000Z"]),      # clocks go forward
])
def test_local_times_match_the_reports(tmp_path, zone, day, times):
    with open_event_db(tmp_path / "event.sqlite") as db:
        db.set_event("Times", [day], zone)
        expected = {}
        for k, at in enumerate(times):
            code = f"T-{k}"
            add(db, code=code, first_name=f"P{k}", last_name="Z")
            result = checkin.check_in(db, code, at=at)
            if result.admitted:
                expected[code] = stats.local_iso(result.checked_in_at, zone)
        assert expected, "at least one check-in falls on the event day"
        out = tmp_path / "attendance.csv"
        export.export(db, out)
        with open(out, encoding="utf-8-sig", newline="") as fh:
            rows = {r["Code"]: r for r in csv.DictReader(fh)}
        for code, local in expected.items():
            assert rows[code][f"{day} checked in"] == local

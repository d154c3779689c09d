"""Statistics against hand-counted fixtures, and the PDF report a board member reads."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from kiosk.reports import stats

from .test_purge import pdf_text


def test_statistics_count_standing_first_checkins(people, event_db):
    s = stats.collect(event_db)
    assert s["registered"] == 7 and s["not_admitted"] == 1 and s["came_at_least_once"] == 5
    days = {d["day"]: d for d in s["days"]}
    # Day 1: José, Amara, the walk-in (Björn's check-in was undone); Dana ("Day 2 only") is not expected.
    assert (days["2026-07-08"]["checked_in"], days["2026-07-08"]["expected"], days["2026-07-08"]["walk_ins"]) == (3, 6, 1)
    assert (days["2026-07-09"]["checked_in"], days["2026-07-09"]["expected"]) == (3, 7)
    assert days["2026-07-10"]["checked_in"] == 0
    day1 = s["arrivals"][0]
    assert day1["buckets"] == ["08:45", "09:00", "09:15", "09:30", "09:45", "10:00"]
    assert day1["counts"] == [1, 1, 0, 0, 0, 1]
    stations = {st["station"]: st for st in s["by_station"]}
    assert stations["door-b"]["checkins"] == 3 and stations["door-a"]["checkins"] == 2
    assert stations["door-a"]["scans"] == 5
    types = {t["ticket_type"]: t for t in s["by_ticket_type"]}
    assert types["Participant"]["registered"] == 3 and types["Participant"]["came"] == 2
    assert types["Participant"]["per_day"] == {"2026-07-08": 1, "2026-07-09": 2, "2026-07-10": 0}
    assert s["walk_ins"] == {"added": 1, "checked_in": 1}
    assert s["badges"] == {"printed": 3, "reprints": 1, "failed": 1, "waiting": 0, "people_reprinted": 1}
    assert s["annulled_checkins"] == 1 and s["scans"]["unknown"] == 1


def test_live_figures_for_the_dashboard(people, event_db):
    live = stats.live(event_db, "2026-07-09")
    assert (live["checked_in"], live["expected"]) == (3, 7)
    assert live["arrivals"]["stations"] == {"door-a": [0, 0, 0, 0, 1], "door-b": [2, 0, 0, 0, 0]}


def test_stats_cli_json(people, event_db, cli):
    result = cli("stats", "--db", event_db.path, "--json")
    assert result.code == 0 and result.json()["days"][0]["checked_in"] == 3
    text = cli("stats", "--db", event_db.path)
    assert "2026-07-08: 3 of 6 checked in (50%)" in text.stdout


def test_report_reads_plainly_and_keeps_accents(people, event_db, tmp_path, cli):
    event_db.set_event("Journées du Numérique", event_db.event()["days"], "America/Toronto")
    out = tmp_path / "report.pdf"
    result = cli("report", "--db", event_db.path, "--out", out)
    assert result.code == 0, result
    text = pdf_text(out)
    for phrase in ("Journées du Numérique", "Attendance report", "8–10 July 2026", "How many came each day",
                   "Wednesday 8 July 2026", "Who came, by ticket type", "When people arrived",
                   "The busiest quarter hour was 08:45–09:00", "Walk-ins", "Badges", "Check-in stations", "door-b"):
        assert phrase in text, phrase
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
        assert "DejaVuSans" in fonts


def test_report_of_an_empty_event(event_db, tmp_path, cli):
    out = tmp_path / "empty.pdf"
    assert cli("report", "--db", event_db.path, "--out", out).code == 0
    assert "Nobody has checked in yet" in pdf_text(out)


@pytest.mark.parametrize("tz", ["America/Toronto", "Asia/Kolkata", "Europe/Paris", "Pacific/Chatham", "UTC"])
def test_fast_local_times_agree_with_zoneinfo_across_dst(tz):
    from datetime import datetime, timedelta, timezone

    local = stats.LocalTimes(tz)
    start = datetime(2026, 3, 7, 0, 0, 7, 250000, tzinfo=timezone.utc)     # spans the March DST changes
    for step in range(0, 60 * 24 * 40, 37):
        moment = start + timedelta(minutes=step)
        at = moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        assert local(at) == stats.local_iso(at, tz) == moment.astimezone(stats._zone(tz)).isoformat(timespec="seconds")
    assert local("2026-07-08T12:00:00Z") == stats.local_iso("2026-07-08T12:00:00Z", tz)     # other shapes
    assert local(None) == "" and local("") == ""

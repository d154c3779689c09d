"""One clock: stored UTC instants read in the event's time zone, whatever the computer's zone."""

from __future__ import annotations

import os
import time

import pytest

from kiosk.clock import format_day, format_days, format_instant, in_both, valid_on

AT = "2026-11-29T14:41:05.120Z"      # 09:41 in Toronto, a Sunday


@pytest.mark.parametrize("style,en,fr", [
    ("time", "09:41", "9 h 41"),
    ("day", "Sunday 29 November", "dimanche 29 novembre"),
    ("short_day", "Sun 29 Nov", "dim. 29 nov."),
    ("date", "29 November 2026", "29 novembre 2026"),
    ("day_time", "Sunday 29 November at 09:41", "dimanche 29 novembre à 9 h 41"),
    ("short_day_time", "Sun 29 Nov 09:41", "dim. 29 nov. 9 h 41"),
])
def test_every_style_in_english_and_french(style, en, fr):
    assert format_instant(AT, "America/Toronto", style, "en") == en
    assert format_instant(AT, "America/Toronto", style, "fr") == fr


def test_the_event_zone_wins_over_the_computers_zone(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        assert format_instant(AT, "America/Toronto") == "09:41"
        assert format_instant(AT, "Europe/Paris") == "15:41"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert os.environ.get("TZ") is None


def test_auto_drops_the_day_for_today_and_a_late_night_check_in_belongs_to_its_local_day():
    assert format_instant(AT, "America/Toronto", "auto", today="2026-11-29") == "09:41"
    assert format_instant(AT, "America/Toronto", "auto", today="2026-11-30") == "Sun 29 Nov 09:41"
    late = "2026-11-30T04:30:00Z"             # 23:30 on the 29th in Toronto, already the 30th in UTC
    assert format_instant(late, "America/Toronto", "day") == "Sunday 29 November"
    assert in_both(late, "America/Toronto") == {"en": "23:30", "fr": "23 h 30"}


def test_event_days_and_valid_on():
    assert format_day("2026-11-01", "fr") == "dimanche 1er novembre"
    assert format_days(["2026-11-28", "2026-11-29", "2026-11-30"]) == \
        "Saturday 28 November, Sunday 29 November and Monday 30 November"
    assert valid_on(["2026-11-29"]) == "valid on Sunday 29 November"
    assert valid_on(["2026-11-29", "2026-11-30"], "fr") == "valable le dimanche 29 novembre et le lundi 30 novembre"
    assert valid_on([], "fr") == "valable aucun jour de l'événement"


def test_what_is_not_a_time_comes_back_as_it_was():
    assert format_instant("garbage", "America/Toronto") == "garbage"
    assert format_instant(None, "America/Toronto") == ""
    assert format_instant(AT, "Not/AZone") == "14:41"        # an unknown zone reads as UTC, never a crash

"""Times as a volunteer reads them: the event's local time ("09:41"), never UTC."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from kiosk.eventdays import parse_instant


def local_time(iso: str | None, tz_name: str) -> str:
    """ "2026-07-08T13:41:05.120Z" -> "09:41" in America/Toronto; "" when there is no time."""
    if not iso:
        return ""
    try:
        return parse_instant(iso).astimezone(ZoneInfo(tz_name or "UTC")).strftime("%H:%M")
    except (ValueError, KeyError):
        return iso


def local_day_time(iso: str | None, tz_name: str) -> str:
    if not iso:
        return ""
    try:
        return parse_instant(iso).astimezone(ZoneInfo(tz_name or "UTC")).strftime("%Y-%m-%d %H:%M")
    except (ValueError, KeyError):
        return iso

"""Event days: which calendar day a moment falls on in the event's time zone, and which days a
ticket type admits ("Day 2 only")."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from kiosk.wording import Message

_DAY_ONLY = re.compile(r"\bday\s*(\d{1,2})\b(?:\s*only)?|\bjour\s*(\d{1,2})\b", re.IGNORECASE)


def parse_instant(text: str | None) -> datetime:
    """An ISO 8601 time (naive = the event's local time is NOT assumed: naive means UTC) or now."""
    if not text:
        return datetime.now(timezone.utc)
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


#: The earliest time a check-in may carry: anything before is a typo (a year of 0001 or 1900), and
#: a time near year 1 or 9999 cannot even be shown in every time zone.
EARLIEST_CHECKIN = datetime(2000, 1, 1, tzinfo=timezone.utc)
#: How far ahead of this computer's clock a check-in may be (clocks differ by a few minutes).
CLOCK_SLACK = timedelta(minutes=10)


def parse_local_instant(text: str, tz_name: str) -> datetime:
    """An ISO time typed by a person: without an offset it is the event's local time.
    Raises KnownError for anything else, saying how to write it."""
    from kiosk.errors import KnownError

    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        if value.tzinfo is None:
            value = value.replace(tzinfo=ZoneInfo(tz_name))
        return value.astimezone(timezone.utc)
    except (ValueError, OverflowError):       # not a time, or one before year 1 / after 9999 in UTC
        from kiosk.words import WORDS

        raise KnownError(WORDS("not_a_time", text=text.strip()[:40])) from None


#: Beyond this no event is held (and times near year 9999 cannot be shown in every time zone).
LATEST_CHECKIN = datetime(3000, 1, 1, tzinfo=timezone.utc)


def checkin_time_problem(moment: datetime, now: datetime | None = None, *, future: bool = True) -> Message | None:
    """Why `moment` cannot be when someone came in (before 2000, or in the future; with `future`
    False only beyond the year 2999), or None."""
    from kiosk.words import WORDS

    if moment < EARLIEST_CHECKIN:
        return WORDS("time_before_2000")
    if moment >= LATEST_CHECKIN or (future and moment > (now or datetime.now(timezone.utc)) + CLOCK_SLACK):
        return WORDS("time_in_future")
    return None


def check_checkin_time(moment: datetime, typed: str = "", *, future: bool = True) -> datetime:
    """`moment`, or KnownError saying why no check-in can carry it and how to write one."""
    problem = checkin_time_problem(moment, future=future)
    if problem:
        from kiosk.errors import KnownError
        from kiosk.words import WORDS

        shown = typed.strip()[:40] if typed else moment.isoformat()
        raise KnownError(WORDS("bad_checkin_time", time=shown, problem=problem))
    return moment


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def event_day(moment: datetime, tz_name: str) -> str:
    """The ISO date of `moment` in the event's time zone."""
    return moment.astimezone(ZoneInfo(tz_name)).date().isoformat()


def today(tz_name: str) -> str:
    return event_day(datetime.now(timezone.utc), tz_name)


def allowed_days(ticket_type: str, event_days: list[str], rules: dict[str, list] | None) -> list[str] | None:
    """The days a ticket type admits, or None for every event day.

    `rules` (the event setting `ticket_type_days`) maps a ticket type to dates or day numbers
    (1 = the first event day). Without a rule, a name like "Day 2 only" or "Jour 2" is understood
    when the event has its days configured.
    """
    rules = rules or {}
    spec = rules.get(ticket_type)
    if spec is None:
        lowered = {k.casefold(): v for k, v in rules.items()}
        spec = lowered.get(ticket_type.casefold())
    if spec is None and event_days:
        found = _DAY_ONLY.findall(ticket_type or "")
        numbers = [int(a or b) for a, b in found]
        if numbers and ("only" in ticket_type.casefold() or "jour" in ticket_type.casefold() or len(numbers) == 1):
            spec = numbers
    if spec is None:
        return None
    days: list[str] = []
    for item in spec:
        if isinstance(item, int) or (isinstance(item, str) and item.isdigit()):
            index = int(item) - 1
            if 0 <= index < len(event_days):
                days.append(event_days[index])
        else:
            try:
                days.append(date.fromisoformat(str(item)).isoformat())
            except ValueError:
                continue
    return days

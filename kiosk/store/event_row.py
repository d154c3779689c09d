"""Reading the stored event row's days and time zone so that a row edited by hand never stops the door.

Days that are not dates and a time zone this computer does not know (a row edited by hand, a zone
newer than this computer's time zone database) are read as the valid days / UTC; the problem is
logged once and handed back in words, so that `kiosk event show` says how to set it right.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)

_event_warned: set[str] = set()


def readable_event(days_json: Any, tz_name: Any) -> tuple[list[str], str, str]:
    """(days, time zone, problem in words or "") of a stored event row."""
    problems = []
    try:
        days = json.loads(days_json)
    except (TypeError, ValueError, RecursionError):
        days = None
    good = []
    for day in days if isinstance(days, list) else ():
        try:
            good.append(date.fromisoformat(day).isoformat())
        except (TypeError, ValueError):
            pass
    if not isinstance(days, list) or len(good) != len(days):
        problems.append(f"the event's days ({str(days_json)[:60]!r}) are not all dates, so "
                        + (f"only {', '.join(good)} count" if good else "every day counts as an event day"))
    try:
        ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        problems.append(f"the event's time zone {str(tz_name)[:60]!r} is not one this computer knows, so UTC is used")
        tz_name = "UTC"
    problem = ""
    if problems:
        problem = ("; ".join(problems) + ". Set them right with `kiosk event set --days DATES --timezone ZONE` "
                   "(or File > Event details).")
        problem = problem[0].upper() + problem[1:]
        if problem not in _event_warned:
            _event_warned.add(problem)
            log.warning("%s", problem)
    return good, tz_name, problem

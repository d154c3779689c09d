"""What other stations appended, checked on arrival, as this app writes it.

A station's own login may append facts in its own name only (roles.py), but a stolen or broken
station can append anything there: a time that is no time, a day that is no date, a megabyte of
escape sequences as a walk-in's name. Such a fact would break this station's exports, report or
screens (or a terminal listing the roster), so it is refused here, logged and counted, and never
stored; the valid facts of the same batch go in. Rows are the tuples pull.py fetches (seq last).

    kept, refused = checked_facts("hub_checkins", rows)
    problem = walk_in_problem(row)          # None, or why the walk-in is refused
    value = edit_value(field, value)        # a corrected value, or None when it is refused
"""

from __future__ import annotations

import logging
from datetime import date

from kiosk.scan.raw_text import MAX_PAYLOAD_CHARS, storable
from kiosk.sync.badge_facts import _instant
from kiosk.typed_text import CONTROL

log = logging.getLogger(__name__)

MAX_UID = 200
MAX_STATION = 120
MAX_WORD = 40          # a method or a verdict
MAX_REASON = 500
MAX_CODE = 500


def _text(value: object, limit: int, *, empty: bool = False) -> bool:
    return isinstance(value, str) and (empty or value != "") and len(value) <= limit and not CONTROL.search(value)


def _day(value: object) -> bool:
    try:
        return isinstance(value, str) and len(value) == 10 and 2000 <= date.fromisoformat(value).year < 3000
    except ValueError:
        return False


def _payload(value: object) -> str:
    text = storable(value if isinstance(value, str) else "")
    if len(text) > MAX_PAYLOAD_CHARS:
        text = text[:MAX_PAYLOAD_CHARS] + f"... ({len(text):,} characters)"
    return text


def _checkin(row: tuple) -> tuple | None:
    uid, attendee_uid, day, at, station, method, payload, seq = row
    at = _instant(at)
    if not (_text(uid, MAX_UID) and _text(attendee_uid, MAX_UID) and _day(day) and at
            and _text(station, MAX_STATION) and _text(method, MAX_WORD, empty=True)):
        return None
    return uid, attendee_uid, day, at, station, method, _payload(payload), seq


def _annulment(row: tuple) -> tuple | None:
    uid, checkin_uid, reason, station, at, seq = row
    at = _instant(at)
    if not (_text(uid, MAX_UID) and _text(checkin_uid, MAX_UID) and _text(reason, MAX_REASON) and at
            and _text(station, MAX_STATION)):
        return None
    return uid, checkin_uid, reason, station, at, seq


def _scan_attempt(row: tuple) -> tuple | None:
    uid, at, station, payload, verdict, attendee_uid, checkin_uid, seq = row
    at = _instant(at)
    if not (_text(uid, MAX_UID) and at and _text(station, MAX_STATION) and _text(verdict, MAX_WORD)
            and (attendee_uid is None or _text(attendee_uid, MAX_UID))
            and (checkin_uid is None or _text(checkin_uid, MAX_UID))):
        return None
    return uid, at, station, _payload(payload), verdict, attendee_uid, checkin_uid, seq


_CHECKS = {"hub_checkins": _checkin, "hub_annulments": _annulment, "hub_scan_attempts": _scan_attempt}


def checked_facts(table: str, rows: list[tuple]) -> tuple[list[tuple], int]:
    """The rows of a fetched batch as this app writes them, and how many were refused (logged)."""
    check = _CHECKS[table]
    kept, refused = [], 0
    for row in rows:
        good = check(tuple(row))
        if good is None:
            refused += 1
            log.warning("%s %s from station %r is not what the app writes (a time, day or text out of bounds); "
                        "refused here", table, str(row[0])[:60], str(row[2 if table == "hub_scan_attempts" else 4])[:60])
        else:
            kept.append(good)
    return kept, refused


def walk_in_problem(row: dict) -> str | None:
    """Why a walk-in appended by another station cannot become an attendee here, or None."""
    from kiosk.roster.attendees import TYPED_LIMIT, TYPED_LIMITS
    from kiosk.typed_text import problem

    if not (_text(row.get("code"), MAX_CODE) and _instant(row.get("at"))):
        return "its code or time is out of bounds"
    for field in ("first_name", "last_name", "full_name", "email", "organization", "ticket_type", "pronouns", "notes"):
        value = row.get(field)
        found = "is not text" if not isinstance(value, str) else problem(
            value, TYPED_LIMITS.get(field, TYPED_LIMIT), lines=field == "notes")
        if found:
            return f"its {field.replace('_', ' ')} {found}"
    return None


def edit_value(field: str, value: object) -> str | None:
    """A corrected value another station appended, or None when no desk of this app could type it."""
    from kiosk.roster.attendees import TYPED_LIMIT, TYPED_LIMITS
    from kiosk.typed_text import problem

    if not isinstance(value, str) or problem(value, TYPED_LIMITS.get(field, TYPED_LIMIT), lines=field == "notes"):
        return None
    return value

""""Forgot your ticket?" at the kiosk: an email and a last name find a ticket, or nothing.

The kiosk offers this only when the event setting `forgot_ticket_enabled` is true (off by default).
`find_ticket` returns the attendee only when exactly one registration has that email (compared
without case) and that last name (compared without case or accents). Whether the email is known
at all is never told: "no registration", "several registrations" and "the last name does not fit"
are one outcome, `NO_MATCH`, for the person typing.

Guessing is slowed down: at most `MAX_FAILURES` failed lookups per station within `WINDOW_SECONDS`;
after that every lookup is refused (`RATE_LIMITED`) until the oldest failure leaves the window.
The failures are runtime state in the event database (kiosk/store/state.py,
`forgot_ticket_attempts`), so neither a restart nor a settings edit resets them. No Qt here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from kiosk.roster.folding import fold
from kiosk.roster.names import last_name_of, surname_core
from kiosk.store import state
from kiosk.store.database import EventDB

log = logging.getLogger(__name__)

ATTEMPTS_KEY = state.FORGOT_TICKET_ATTEMPTS
MAX_FAILURES = 5
WINDOW_SECONDS = 600

FOUND = "found"
NO_MATCH = "no_match"
RATE_LIMITED = "rate_limited"
INCOMPLETE = "incomplete"     # an empty field or an email without "@": not counted as a failure


@dataclass(frozen=True)
class Lookup:
    outcome: str
    attendee_id: int | None = None
    wait_seconds: float = 0.0


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _recent_failures(db: EventDB, station: str, moment: datetime) -> list[datetime]:
    stored = state.get(db, ATTEMPTS_KEY, {})
    times = stored.get(station, []) if isinstance(stored, dict) else []
    times = times if isinstance(times, list) else []
    since = moment - timedelta(seconds=WINDOW_SECONDS)
    return sorted(t for t in (_parse(x) for x in times) if t and since < t <= moment)


def _record_failure(db: EventDB, station: str, moment: datetime, recent: list[datetime]) -> None:
    stored = state.get(db, ATTEMPTS_KEY, {})
    if not isinstance(stored, dict):
        stored = {}
    stored[station] = [_iso(t) for t in [*recent, moment][-MAX_FAILURES:]]
    state.put(db, ATTEMPTS_KEY, stored)


def wait_before_next(db: EventDB, station: str = "kiosk", now: datetime | None = None) -> float:
    """Seconds until a lookup is accepted again at this station (0 when it is now)."""
    moment = _now(now)
    recent = _recent_failures(db, station, moment)
    if len(recent) < MAX_FAILURES:
        return 0.0
    return max((recent[-MAX_FAILURES] + timedelta(seconds=WINDOW_SECONDS) - moment).total_seconds(), 0.0)


def _matches(db: EventDB, email: str, last_name: str) -> list[int]:
    rows = db.query("SELECT id, last_name, full_name FROM attendees WHERE email = ? COLLATE NOCASE", (email,))
    wanted = fold(last_name)
    found = []
    for row in rows:
        last = last_name_of(row)        # "Ní Bhriain": typed whole or as "Bhriain"
        if last and wanted in (fold(last), fold(surname_core(last))):
            found.append(row["id"])
    return found


def find_ticket(db: EventDB, email: str, last_name: str, *, station: str = "kiosk",
                now: datetime | None = None) -> Lookup:
    """The one registration with this email and last name, or `NO_MATCH`; rate-limited per station."""
    email, last_name = (email or "").strip(), (last_name or "").strip()
    if not email or not last_name or "@" not in email:
        return Lookup(INCOMPLETE)
    moment = _now(now)
    with db.write():
        wait = wait_before_next(db, station, moment)
        if wait > 0:
            log.warning("forgot-ticket lookup refused at %s: too many failed lookups", station)
            return Lookup(RATE_LIMITED, wait_seconds=wait)
        found = _matches(db, email, last_name)
        if len(found) == 1:
            log.info("forgot-ticket lookup found attendee %s at %s", found[0], station)
            return Lookup(FOUND, attendee_id=found[0])
        _record_failure(db, station, moment, _recent_failures(db, station, moment))
        log.info("forgot-ticket lookup without a single match at %s", station)
        return Lookup(NO_MATCH)

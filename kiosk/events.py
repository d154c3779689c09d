"""The event itself: create it, read it, change its name, days and time zone later, and say what
state an event file is in (for the app's first-run setup and `kiosk event show`).

    create_event(path, name="Toronto training", days=["2026-07-08"], timezone=None)   # None: this computer's zone
    update_event(db, name=..., days=..., timezone=...)      # refuses to drop a day that holds check-ins
    file_state(path)                                        # missing / not an event / no roster / ready / demo

The event row lives in the database (kiosk/store/database.py `EventDB.set_event`); this module is
the rules around it. No Qt here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.errors import KnownError
from kiosk.store.database import EventDB
from kiosk.wording import Message
from kiosk.words import WORDS

log = logging.getLogger(__name__)

MAX_NAME = 200


class EventRefused(KnownError):
    """An event name, day or time zone that cannot be used; the message says what to write."""


class DaysHoldCheckins(EventRefused):
    """Dropping days that hold check-ins, refused without `force`; `held` maps each day to its check-ins
    (a window asks the person and tries again with force)."""

    def __init__(self, message: Message, held: dict[str, int]):
        super().__init__(message)
        self.held = held


def local_timezone() -> str:
    """This computer's time zone as an IANA name (America/Toronto), or UTC when it cannot be told."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # noqa: BLE001 - an odd system setting must not stop an event being created
        log.warning("the computer's time zone could not be read; UTC is used", exc_info=True)
        name = None
    if not name:
        return "UTC"
    if name == "Etc/UTC":
        return "UTC"
    return name if check_timezone(name, quiet=True) else "UTC"


def check_timezone(name: str, *, quiet: bool = False) -> bool:
    try:
        ZoneInfo(name)
        return True
    except (ZoneInfoNotFoundError, ValueError) as exc:
        if quiet:
            return False
        raise EventRefused(WORDS("unknown_timezone", zone=name)) from exc


def parse_days(text: str) -> list[str]:
    """Days typed as "2026-07-08,2026-07-09" (spaces allowed) as sorted ISO dates."""
    days = []
    for part in filter(None, (p.strip() for p in text.replace(";", ",").split(","))):
        try:
            days.append(date.fromisoformat(part).isoformat())
        except ValueError as exc:
            raise EventRefused(WORDS("not_a_day", text=part)) from exc
    return sorted(set(days))


def check_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise EventRefused(WORDS("event_needs_name"))
    if len(name) > MAX_NAME:
        raise EventRefused(WORDS("event_name_too_long", length=len(name), most=MAX_NAME))
    return name


def event_info(db: EventDB) -> dict:
    """The event as shown: name, days (ISO and in words, English and French), time zone, counts."""
    from kiosk.clock import format_days
    from kiosk.demo import is_demo

    event = db.event()
    return {"name": event["name"], "days": event["days"], "timezone": event["timezone"],
            "days_words": {lang: format_days(event["days"], lang) for lang in ("en", "fr")},
            "created_at": event.get("created_at", ""), "demo": is_demo(db),
            "attendees": db.scalar("SELECT count(*) FROM attendees") or 0,
            "checkins": db.scalar("SELECT count(*) FROM checkins") or 0, "problem": event.get("problem", "")}


def create_event(path: str | Path, *, name: str, days: list[str] | None = None, timezone: str | None = None,
                 replace: bool = False) -> dict:
    """Create the event in a new (or empty) event file; the time zone defaults to this computer's.
    A file that already holds an event is refused unless `replace` (which keeps its roster and facts
    and renames the event)."""
    from kiosk.store import open_event_db

    name = check_name(name)
    tz = timezone or local_timezone()
    check_timezone(tz)
    with open_event_db(path, verify=True) as db:     # never a new event written into a damaged file
        if db.has_event() and not replace:
            existing = db.event()["name"]
            raise EventRefused(WORDS("event_exists", path=db.path, name=existing))
        db.set_event(name, days or [], tz)
        info = event_info(db)
        info["db"] = str(db.path)
    log.info("event %r created in %s", name, path)
    return info


@dataclass(frozen=True)
class EventChange:
    info: dict
    warnings: list[str]


def update_event(db: EventDB, *, name: str | None = None, days: list[str] | None = None,
                 timezone: str | None = None, force: bool = False) -> EventChange:
    """Change the event's name, days or time zone. Dropping a day that holds check-ins is refused
    unless `force` (those check-ins then count on no event day); a new time zone does not move
    check-ins already recorded (their day stays the one they were made on): both are said in
    `warnings` (English; `warnings_fr` in the info for a window)."""
    if not db.has_event():
        raise EventRefused(WORDS("no_event_yet"))
    event = db.event()
    new_name = check_name(name) if name is not None else event["name"]
    new_days = sorted(set(days)) if days is not None else event["days"]
    new_tz = timezone if timezone is not None else event["timezone"]
    check_timezone(new_tz)
    said: list[Message] = []
    if days is not None and new_days:
        dropped = [d for d in event["days"] if d not in new_days]
        held = {d: n for d, n in db.conn.execute(
            "SELECT event_day, count(*) FROM checkins WHERE event_day IN (%s) GROUP BY event_day"
            % ",".join("?" * len(dropped)), dropped)} if dropped else {}
        if held:
            listed = tuple(WORDS("day_checkins", day=d, count=n) for d, n in sorted(held.items()))
            if not force:
                raise DaysHoldCheckins(WORDS("days_hold_checkins", days=listed), dict(held))
            said.append(WORDS("days_dropped", days=listed))
    if new_tz != event["timezone"] and db.scalar("SELECT count(*) FROM checkins"):
        said.append(WORDS("zone_changed", zone=event["timezone"]))
    warnings = [str(w) for w in said]
    warnings_fr = [w.text("fr") for w in said]
    db.set_event(new_name, new_days, new_tz)
    info = event_info(db)
    info["warnings_fr"] = warnings_fr
    return EventChange(info, warnings)


# -- what state an event file is in (the app's first-run setup) -------------------------------------

MISSING = "missing"          # no such file: offer to create an event, open one, or try the demo
NO_EVENT = "no_event"        # a database without an event (an interrupted setup): ask for the event
NO_ROSTER = "no_roster"      # an event with nobody in it: the next step is an import
READY = "ready"
DEMO = "demo"                # the demo event (its own file): the app may play the demo video

_HINTS = {
    MISSING: ("There is no event file here yet: create an event, open an event file, or try the demo.",
              "Aucun fichier d'événement ici : créez un événement, ouvrez un fichier ou essayez la démo."),
    NO_EVENT: ("This file holds no event yet: give it a name, days and a time zone.",
               "Ce fichier ne contient pas encore d'événement : donnez-lui un nom, des jours et un fuseau horaire."),
    NO_ROSTER: ("Nobody is registered yet: import the registration export (File > Import, or `kiosk import FILE`).",
                "Personne n'est encore inscrit : importez l'export des inscriptions (Fichier > Importer, "
                "ou `kiosk import FICHIER`)."),
    READY: ("", ""),
    DEMO: ("This is the demo event, in its own file.", "Ceci est l'événement de démonstration, dans son propre fichier."),
}


def file_state(path: str | Path, *, verify: bool = False) -> dict:
    """{"state", "path", "event" (or None), "hint_en", "hint_fr"}; never creates the file. `verify`
    also reads every page (quick_check), so that damage anywhere in the file is found now."""
    from kiosk.store import open_event_db

    target = Path(path).expanduser()
    if not target.exists():
        state, info = MISSING, None
    else:
        with open_event_db(target, create=False, verify=verify) as db:
            if not db.has_event():
                state, info = NO_EVENT, None
            else:
                info = event_info(db)
                state = DEMO if info["demo"] else (NO_ROSTER if info["attendees"] == 0 else READY)
    en, fr = _HINTS[state]
    return {"state": state, "path": str(target), "event": info, "hint_en": en, "hint_fr": fr}

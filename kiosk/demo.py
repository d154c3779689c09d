"""The bundled demo event: a three-day community training (trainers, participants, staff; names in
several scripts), starting today in Toronto so that every check-in works the moment it opens.

The demo lives in a file of its own (`demo_db_path()`, or any file given), never in a real event's:
`load_demo` refuses a file that holds another event or people from another source, and marks the
file as the demo (`is_demo`), so the app plays the demo video only for the demo. Nothing loads the
demo unless asked (`kiosk demo`, the app's --demo or its "Try the demo" button)."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from kiosk.errors import KnownError
from kiosk.eventdays import today
from kiosk.store import open_event_db, settings, state
from kiosk.store.database import APP_NAME, EventDB
from kiosk.words import WORDS

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DEMO_ROSTER = RESOURCES / "demo" / "demo-roster.csv"
DEMO_VIDEO = RESOURCES / "demo" / "demo-tickets.mp4"
DEMO_NAME = "Community Leadership Training (demo)"
DEMO_TIMEZONE = "America/Toronto"
DEMO_MAPPING = {"code": "Ticket Code", "first_name": "First Name", "last_name": "Last Name", "email": "Email",
                "organization": "Organization", "ticket_type": "Role", "pronouns": "Pronouns", "notes": "Notes",
                "status": "Status"}


DEMO_FILE_NAME = "demo-event.sqlite"
DEMO_MARK = "demo_event"     # runtime state (kiosk/store/state.py): this file is the demo


class DemoRefused(KnownError):
    """The demo would go into a file that holds a real event."""


def demo_db_path() -> Path:
    """The demo's own file: in the per-user data folder beside (never instead of) the real event's;
    `$KIOSK_DEMO_DB` moves it."""
    env = os.environ.get("KIOSK_DEMO_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEMO_FILE_NAME


def is_demo(db: EventDB) -> bool:
    """Whether this event file is the demo (marked when loaded; older demo files by the demo's name)."""
    if state.get(db, DEMO_MARK, False):
        return True
    return db.has_event() and db.event()["name"] == DEMO_NAME


def _refuse_real_event(db: EventDB) -> None:
    if is_demo(db):
        return
    others = db.scalar("SELECT count(*) FROM attendees a LEFT JOIN sources s ON s.id = a.source_id "
                       "WHERE s.name IS NOT 'demo-registrations'") or 0
    if db.has_event() or others:
        name = db.event()["name"] if db.has_event() else ""
        raise DemoRefused(WORDS("demo_refused_event", path=db.path, name=name, demo=demo_db_path()) if name
                          else WORDS("demo_refused_people", path=db.path, count=others, demo=demo_db_path()))


def demo_days(start: str | None = None) -> list[str]:
    try:
        first = date.fromisoformat((start or today(DEMO_TIMEZONE)).strip())
    except ValueError:
        from kiosk.errors import KnownError

        raise KnownError(WORDS("demo_start", text=(start or "")[:40])) from None
    return [(first + timedelta(days=i)).isoformat() for i in range(3)]


def load_demo(db_path: str | Path, start: str | None = None) -> dict:
    """Create (or refresh) the demo event in `db_path`; returns the import summary."""
    from kiosk.roster.resync import import_export

    with open_event_db(db_path, verify=True) as db:
        _refuse_real_event(db)
        event = db.event()
        days = event["days"] if event.get("name") == DEMO_NAME and start is None and today(DEMO_TIMEZONE) in event["days"] else demo_days(start)
        db.set_event(DEMO_NAME, days, DEMO_TIMEZONE)
        if not settings.is_set(db, "badge_roles"):
            settings.set_value(db, "badge_roles", {"Trainer": "#1d4e89", "Staff": "#2e7d32", "Participant": "#b23a48"})
        report = import_export(db, DEMO_ROSTER, source="demo-registrations", platform="spreadsheet", mapping=DEMO_MAPPING)
        state.put(db, DEMO_MARK, True)
        return {"db": str(db.path), "days": days, **report.summary()}

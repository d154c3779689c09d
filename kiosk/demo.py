"""The bundled demo event: a three-day community training (trainers, participants, staff; names in
several scripts), starting today in Toronto so that every check-in works the moment it opens."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from kiosk.eventdays import today
from kiosk.store import open_event_db, settings

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DEMO_ROSTER = RESOURCES / "demo" / "demo-roster.csv"
DEMO_VIDEO = RESOURCES / "demo" / "demo-tickets.mp4"
DEMO_NAME = "Community Leadership Training (demo)"
DEMO_TIMEZONE = "America/Toronto"
DEMO_MAPPING = {"code": "Ticket Code", "first_name": "First Name", "last_name": "Last Name", "email": "Email",
                "organization": "Organization", "ticket_type": "Role", "pronouns": "Pronouns", "notes": "Notes",
                "status": "Status"}


def demo_days(start: str | None = None) -> list[str]:
    try:
        first = date.fromisoformat((start or today(DEMO_TIMEZONE)).strip())
    except ValueError:
        from kiosk.errors import KnownError

        raise KnownError(f"--start {(start or '')[:40]!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-07-08.") from None
    return [(first + timedelta(days=i)).isoformat() for i in range(3)]


def load_demo(db_path: str | Path, start: str | None = None) -> dict:
    """Create (or refresh) the demo event in `db_path`; returns the import summary."""
    from kiosk.roster.resync import import_export

    with open_event_db(db_path, verify=True) as db:
        event = db.event()
        days = event["days"] if event.get("name") == DEMO_NAME and start is None and today(DEMO_TIMEZONE) in event["days"] else demo_days(start)
        db.set_event(DEMO_NAME, days, DEMO_TIMEZONE)
        if not settings.is_set(db, "badge_roles"):
            settings.set_value(db, "badge_roles", {"Trainer": "#1d4e89", "Staff": "#2e7d32", "Participant": "#b23a48"})
        report = import_export(db, DEMO_ROSTER, source="demo-registrations", platform="spreadsheet", mapping=DEMO_MAPPING)
        return {"db": str(db.path), "days": days, **report.summary()}

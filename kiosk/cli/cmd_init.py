"""`kiosk init`: create (or rename) the event in an event database."""

from __future__ import annotations

from datetime import date

from kiosk.cli import open_db
from kiosk.errors import KnownError


def add_parser(sub, common) -> None:
    p = sub.add_parser("init", parents=[common], help="create the event database for an event")
    p.add_argument("--name", required=True, help="the event's name, as badges and reports show it")
    p.add_argument("--days", default="", help="event days, comma-separated ISO dates (default: every day is an event day)")
    p.add_argument("--timezone", default="UTC", help="the event's time zone, e.g. America/Toronto")
    p.set_defaults(run=run)


def parse_days(text: str) -> list[str]:
    days = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        try:
            days.append(date.fromisoformat(part).isoformat())
        except ValueError as exc:
            raise KnownError(f"{part!r} is not a date: write days as 2026-07-08,2026-07-09.") from exc
    return days


def run(args, out) -> int:
    days = parse_days(args.days)
    db = open_db(args, create=True)
    with db:
        event = db.set_event(args.name, days, args.timezone)
    info = {"db": str(db.path), "name": event["name"], "days": event["days"], "timezone": event["timezone"]}
    out.emit(info, f"Event '{event['name']}' ready in {db.path}\n"
                   f"Days: {', '.join(event['days']) or 'every day'} ({event['timezone']})")
    return 0

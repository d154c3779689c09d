"""`kiosk init`: create the event in an event database (the time zone defaults to this computer's)."""

from __future__ import annotations

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("init", parents=[common], help="create the event database for an event")
    p.add_argument("--name", required=True, help="the event's name, as badges and reports show it")
    p.add_argument("--days", default="", help="event days, comma-separated ISO dates (default: every day is an event day)")
    p.add_argument("--timezone", default=None, help="the event's time zone, e.g. America/Toronto (default: this computer's)")
    p.add_argument("--replace", action="store_true", help="rename the event a file already holds (keeps its roster)")
    p.set_defaults(run=run)


def parse_days(text: str) -> list[str]:
    from kiosk.events import parse_days as parse

    return parse(text)


def run(args, out) -> int:
    from kiosk.events import create_event
    from kiosk.store.database import default_db_path

    info = create_event(args.db or default_db_path(), name=args.name, days=parse_days(args.days),
                        timezone=args.timezone, replace=args.replace)
    open_db(args).close()          # on the recent list
    data = {"db": info["db"], "name": info["name"], "days": info["days"], "timezone": info["timezone"]}
    out.emit(data, f"Event '{info['name']}' ready in {info['db']}\n"
                   f"Days: {info['days_words']['en'] or 'every day'} ({info['timezone']})\n"
                   "Next: import the registrations with `kiosk import FILE`.")
    return 0

"""`kiosk stats`: attendance figures (per day, ticket type, station; arrivals; walk-ins; badges)."""

from __future__ import annotations

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("stats", parents=[common], help="attendance statistics (use --json for all the figures)")
    p.set_defaults(run=run)


def format_stats(s: dict) -> str:
    lines = [f"{s['event']['name'] or 'Event'}: {s['registered']} registered (admitted), "
             f"{s['came_at_least_once']} came at least once ({s['rate_at_least_once']:.0%})."]
    for d in s["days"]:
        lines.append(f"  {d['day']}: {d['checked_in']} of {d['expected']} checked in ({d['rate']:.0%}), "
                     f"{d['walk_ins']} walk-in(s)")
    if not s["days"]:
        lines.append("  No check-ins yet.")
    for t in s["by_ticket_type"]:
        lines.append(f"  {t['ticket_type'] or '(no ticket type)'}: {t['came']} of {t['registered']} came")
    for st in s["by_station"]:
        lines.append(f"  station {st['station']}: {st['checkins']} arrival(s), {st['scans']} scan(s)")
    b = s["badges"]
    lines.append(f"  walk-ins added: {s['walk_ins']['added']}; badges printed: {b['printed']} "
                 f"(reprints {b['reprints']}, failed {b['failed']}, waiting {b['waiting']})")
    return "\n".join(lines)


def run(args, out) -> int:
    from kiosk.reports.stats import collect

    db = open_db(args)
    with db:
        data = collect(db)
    out.emit(data, lambda: format_stats(data))
    return 0

"""Attendance statistics, computed from the event database with a few aggregate queries.

Used by the PDF report, `kiosk stats --json` and the organizers' live dashboard. Only *standing*
check-ins count (a check-in no annulment points at), and an attendee counts once per event day
(their first standing check-in that day). Times are shown in the event's time zone. Nothing here
reads a name or an email, so the numbers survive `kiosk purge --keep-stats`.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from kiosk.eventdays import allowed_days
from kiosk.store import settings
from kiosk.store.database import EventDB, utc_now

BUCKET_MINUTES = 15

#: First standing check-in of each attendee on each day (SQLite takes the bare columns from the min row).
FIRST_STANDING = (
    "SELECT c.attendee_id, c.event_day, min(c.at) AS at, c.station, c.method "
    "FROM checkins c LEFT JOIN checkin_annulments n ON n.checkin_uid = c.uid "
    "WHERE n.id IS NULL {where} GROUP BY c.attendee_id, c.event_day")


def first_standing_sql(day: str | None = None) -> tuple[str, tuple]:
    """The FIRST_STANDING query, optionally for one day (uses the (event_day, at) index)."""
    if day:
        return FIRST_STANDING.format(where="AND c.event_day = ?"), (day,)
    return FIRST_STANDING.format(where=""), ()


@functools.lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def to_local(at_utc: str, tz_name: str) -> datetime:
    """An ISO UTC timestamp as an aware datetime in the event's time zone."""
    moment = datetime.fromisoformat(at_utc.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(_zone(tz_name))


def local_iso(at_utc: str | None, tz_name: str) -> str:
    """Event-local ISO time with its offset, to the second ("2026-07-08T09:12:33-04:00"); "" for None."""
    if not at_utc:
        return ""
    return to_local(at_utc, tz_name).isoformat(timespec="seconds")


class LocalTimes:
    """Fast UTC -> event-local ISO text for many timestamps (exports of 100,000 attendees).

    Facts are stamped "YYYY-MM-DDTHH:MM:SS.mmmZ" (24 characters); the local minute is computed once
    per distinct UTC minute (an event has a few thousand), the seconds are carried over as they are.
    Any other shape takes the slow, general path.
    """

    def __init__(self, tz_name: str):
        self.tz_name = tz_name
        self._minutes: dict[str, tuple[str, str]] = {}

    def __call__(self, at_utc: str | None) -> str:
        if not at_utc:
            return ""
        if len(at_utc) != 24 or at_utc[-1] != "Z":
            return local_iso(at_utc, self.tz_name)
        head = self._minutes.get(at_utc[:16]) or self.minute(at_utc[:16])
        return head[0] + at_utc[16:19] + head[1]

    def minute(self, key: str) -> tuple[str, str]:
        """("YYYY-MM-DDTHH:MM" local, "+HH:MM" offset) for a UTC "YYYY-MM-DDTHH:MM"; cached."""
        local = to_local(key + ":00Z", self.tz_name).isoformat(timespec="seconds")
        head = self._minutes[key] = (local[:16], local[19:])
        return head


def event_days(db: EventDB) -> list[str]:
    """The configured event days, or (when none are configured) the days that have check-ins."""
    days = db.event()["days"]
    if days:
        return list(days)
    rows = db.conn.execute(
        "SELECT DISTINCT c.event_day FROM checkins c LEFT JOIN checkin_annulments n ON n.checkin_uid = c.uid "
        "WHERE n.id IS NULL ORDER BY c.event_day").fetchall()
    return [r[0] for r in rows]


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def expected_by_day(db: EventDB, days: list[str]) -> dict[str, int]:
    """Admitted attendees whose ticket type admits each day ("Day 2 only" counts on day 2 only)."""
    event = db.event()
    rules = settings.get(db, "ticket_type_days")
    per_type = db.conn.execute(
        "SELECT ticket_type, count(*) FROM attendees WHERE status = 'active' GROUP BY ticket_type").fetchall()
    expected = {day: 0 for day in days}
    for ticket_type, n in per_type:
        admits = allowed_days(ticket_type, event["days"], rules)
        for day in days:
            if admits is None or day in admits:
                expected[day] += n
    return expected


def day_counts(db: EventDB, day: str, expected: int | None = None) -> dict:
    """Checked in / expected on one day, with walk-ins (cheap: one indexed query)."""
    if expected is None:
        expected = expected_by_day(db, [day])[day]
    sql, params = first_standing_sql(day)
    checked_in, walk_ins = db.conn.execute(
        f"SELECT count(*), coalesce(sum(a.walk_in), 0) FROM ({sql}) f JOIN attendees a ON a.id = f.attendee_id",
        params).fetchone()
    return {"day": day, "expected": expected, "checked_in": checked_in, "rate": _rate(checked_in, expected),
            "walk_ins": walk_ins}


def bucket_start(moment: datetime, minutes: int = BUCKET_MINUTES) -> str:
    """The "HH:MM" a local time's bucket starts at."""
    return f"{moment.hour:02d}:{moment.minute - moment.minute % minutes:02d}"


def arrivals(db: EventDB, day: str, *, minutes: int = BUCKET_MINUTES, by_station: bool = False) -> dict:
    """Arrivals (first standing check-ins) per `minutes` bucket of local time on one day.

    Returns {"buckets": ["09:00", "09:15", ...], "counts": [..]} covering the first to the last
    busy bucket without gaps; with `by_station`, also {"stations": {station: [..]}}.
    """
    tz_name = db.event()["timezone"]
    sql, params = first_standing_sql(day)
    per: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    for at, station in db.conn.execute(f"SELECT at, station FROM ({sql})", params):
        local = to_local(at, tz_name)
        minute = local.hour * 60 + local.minute
        slot = minute - minute % minutes
        total[slot] += 1
        if by_station:
            per[station][slot] += 1
    if not total:
        out: dict = {"day": day, "buckets": [], "counts": []}
        if by_station:
            out["stations"] = {}
        return out
    slots = list(range(min(total), max(total) + 1, minutes))
    out = {"day": day, "buckets": [f"{s // 60:02d}:{s % 60:02d}" for s in slots], "counts": [total[s] for s in slots]}
    if by_station:
        out["stations"] = {name: [counts[s] for s in slots] for name, counts in sorted(per.items())}
    return out


def by_station(db: EventDB) -> list[dict]:
    """Arrivals each station recorded, per day and in all."""
    sql, params = first_standing_sql()
    rows = db.conn.execute(f"SELECT station, event_day, count(*) FROM ({sql}) GROUP BY station, event_day", params)
    table: dict[str, dict[str, int]] = defaultdict(dict)
    for station, day, n in rows:
        table[station][day] = n
    scans = dict(db.conn.execute("SELECT station, count(*) FROM scan_attempts GROUP BY station").fetchall())
    out = [{"station": s, "checkins": sum(d.values()), "per_day": dict(sorted(d.items())), "scans": scans.get(s, 0)}
           for s, d in table.items()]
    for station, n in scans.items():
        if station not in table:
            out.append({"station": station, "checkins": 0, "per_day": {}, "scans": n})
    return sorted(out, key=lambda r: (-r["checkins"], r["station"]))


def by_ticket_type(db: EventDB, days: list[str]) -> list[dict]:
    """Per ticket type: admitted registrations, check-ins per day, and people who came at least once."""
    registered = dict(db.conn.execute(
        "SELECT ticket_type, count(*) FROM attendees WHERE status = 'active' GROUP BY ticket_type").fetchall())
    sql, params = first_standing_sql()
    per_day: dict[str, dict[str, int]] = defaultdict(dict)
    for ticket_type, day, n in db.conn.execute(
            f"SELECT a.ticket_type, f.event_day, count(*) FROM ({sql}) f JOIN attendees a ON a.id = f.attendee_id "
            "GROUP BY a.ticket_type, f.event_day", params):
        per_day[ticket_type][day] = n
    came = dict(db.conn.execute(
        f"SELECT a.ticket_type, count(DISTINCT f.attendee_id) FROM ({sql}) f JOIN attendees a ON a.id = f.attendee_id "
        "GROUP BY a.ticket_type", params).fetchall())
    out = []
    for ticket_type in sorted(set(registered) | set(per_day), key=lambda t: (-registered.get(t, 0), t)):
        n = registered.get(ticket_type, 0)
        out.append({"ticket_type": ticket_type, "registered": n,
                    "per_day": {d: per_day[ticket_type].get(d, 0) for d in days},
                    "came": came.get(ticket_type, 0), "rate": _rate(came.get(ticket_type, 0), n)})
    return out


def walk_ins(db: EventDB) -> dict:
    """Walk-ins added at the desk, and how many of them checked in."""
    added = db.scalar("SELECT count(*) FROM attendees WHERE walk_in = 1")
    sql, params = first_standing_sql()
    came = db.scalar(f"SELECT count(DISTINCT f.attendee_id) FROM ({sql}) f JOIN attendees a ON a.id = f.attendee_id "
                     "WHERE a.walk_in = 1", params)
    return {"added": added, "checked_in": came}


def badges(db: EventDB) -> dict:
    """Badges printed (done print jobs), reprints among them, and jobs that failed or wait."""
    row = db.conn.execute(
        "SELECT coalesce(sum(status = 'done'), 0), coalesce(sum(status = 'done' AND reason = 'reprint'), 0), "
        "coalesce(sum(status = 'failed'), 0), coalesce(sum(status IN ('pending', 'printing')), 0) FROM print_jobs"
    ).fetchone()
    people_reprinted = db.scalar(
        "SELECT count(*) FROM (SELECT attendee_id FROM print_jobs WHERE status = 'done' GROUP BY attendee_id "
        "HAVING count(*) > 1)")
    return {"printed": row[0], "reprints": row[1], "failed": row[2], "waiting": row[3],
            "people_reprinted": people_reprinted}


def scan_verdicts(db: EventDB) -> dict[str, int]:
    """How many scans ended in each verdict (ok, already, unknown, ...)."""
    return dict(db.conn.execute("SELECT verdict, count(*) FROM scan_attempts GROUP BY verdict ORDER BY verdict"))


def annulled(db: EventDB) -> int:
    return db.scalar("SELECT count(*) FROM checkin_annulments")


def collect(db: EventDB) -> dict:
    """Every statistic the report shows, as plain data (what `kiosk stats --json` prints)."""
    event = db.event()
    days = event_days(db)
    expected = expected_by_day(db, days)
    per_day = [day_counts(db, day, expected[day]) for day in days]
    sql, params = first_standing_sql()
    anyone = db.scalar(f"SELECT count(DISTINCT attendee_id) FROM ({sql})", params)
    admitted = db.scalar("SELECT count(*) FROM attendees WHERE status = 'active'")
    return {
        "event": {"name": event["name"], "days": days, "configured_days": event["days"], "timezone": event["timezone"]},
        "generated_at": utc_now(),
        "registered": admitted,
        "not_admitted": db.scalar("SELECT count(*) FROM attendees WHERE status != 'active'"),
        "came_at_least_once": anyone,
        "rate_at_least_once": _rate(anyone, admitted),
        "days": per_day,
        "by_ticket_type": by_ticket_type(db, days),
        "arrivals": [arrivals(db, day) for day in days],
        "by_station": by_station(db),
        "walk_ins": walk_ins(db),
        "badges": badges(db),
        "scans": scan_verdicts(db),
        "annulled_checkins": annulled(db),
    }


def live(db: EventDB, day: str, *, minutes: int = BUCKET_MINUTES) -> dict:
    """What the live dashboard shows for one day: counts and arrivals per station (cheap queries)."""
    counts = day_counts(db, day)
    counts["arrivals"] = arrivals(db, day, minutes=minutes, by_station=True)
    start, end = day_bounds_utc(day, db.event()["timezone"])
    counts["reprints"] = db.scalar(
        "SELECT count(*) FROM print_jobs WHERE status = 'done' AND reason = 'reprint' AND updated_at >= ? "
        "AND updated_at < ?", (start, end))
    counts["waiting_badges"] = db.scalar("SELECT count(*) FROM print_jobs WHERE status IN ('pending', 'printing')")
    return counts


def day_bounds_utc(day: str, tz_name: str) -> tuple[str, str]:
    """The UTC instants (as stamped on facts) at which a local event day starts and ends."""
    from kiosk.eventdays import iso_utc

    start = datetime.fromisoformat(day).replace(tzinfo=_zone(tz_name))
    end = (start + timedelta(days=1)).replace(tzinfo=_zone(tz_name))
    return iso_utc(start), iso_utc(end)

"""Attendance statistics, computed from the event database: each aggregate once.

Used by the PDF report, `kiosk stats --json` and the organizers' live dashboard. Only *standing*
check-ins count, and an attendee counts once per event day: their first standing check-in that
day (`first_checkins`, the view kiosk/store/schema.py defines once for everyone). `collect()` copies
those first check-ins, with each attendee's ticket type and walk-in flag, into a temporary table
once and reads every figure from it, so a report of 400,000 check-ins costs one pass over them
plus small GROUP BYs. Arrivals are counted per UTC minute in SQL and put into local quarter-hours
in Python, once per minute. Times are shown in the event's time zone. Nothing here reads a name or
an email, so the numbers survive `kiosk purge --keep-stats`.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from kiosk.checkin import FIRST, STANDING
from kiosk.eventdays import allowed_days
from kiosk.store.database import EventDB, utc_now

BUCKET_MINUTES = 15
_snapshots = itertools.count(1)


def first_standing_sql(day: str | None = None) -> tuple[str, tuple]:
    """The first standing check-in of each attendee on each day (or on `day`), as SQL + parameters."""
    if day:
        return f"SELECT attendee_id, event_day, at, station, method, uid FROM {FIRST} WHERE event_day = ?", (day,)
    return f"SELECT attendee_id, event_day, at, station, method, uid FROM {FIRST}", ()


@contextlib.contextmanager
def first_checkins_table(db: EventDB, day: str | None = None, *, indexed: bool = False) -> Iterator[str]:
    """A temporary table of the first standing check-ins (attendee_id, event_day, at, station,
    minute, ticket_type, walk_in), made once for the aggregates that read it, dropped afterwards.
    `minute` is the UTC "YYYY-MM-DDTHH:MM" of facts stamped the usual way, else the whole time.
    `indexed` adds an index on (attendee_id, event_day) for joins with the attendees."""
    name = f"temp.first_checkins_{next(_snapshots)}"
    sql, params = first_standing_sql(day)
    db.conn.execute(
        f"CREATE TABLE {name} AS SELECT f.attendee_id, f.event_day, f.at, f.station, "
        "CASE WHEN length(f.at) = 24 AND substr(f.at, 24) = 'Z' THEN substr(f.at, 1, 16) ELSE f.at END AS minute, "
        f"coalesce(a.ticket_type, '') AS ticket_type, coalesce(a.walk_in, 0) AS walk_in "
        f"FROM ({sql}) f LEFT JOIN attendees a ON a.id = f.attendee_id", params)
    if indexed:
        db.conn.execute(f"CREATE INDEX {name}_attendee ON {name.split('.', 1)[1]} (attendee_id, event_day)")
    try:
        yield name
    finally:
        db.conn.execute(f"DROP TABLE IF EXISTS {name}")


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
    return [r[0] for r in db.conn.execute(f"SELECT DISTINCT event_day FROM {STANDING} ORDER BY event_day")]


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _admitted_by_type(db: EventDB) -> dict[str, int]:
    return dict(db.conn.execute(
        "SELECT ticket_type, count(*) FROM attendees WHERE status = 'active' GROUP BY ticket_type").fetchall())


def expected_by_day(db: EventDB, days: list[str], per_type: dict[str, int] | None = None) -> dict[str, int]:
    """Admitted attendees whose ticket type admits each day ("Day 2 only" counts on day 2 only)."""
    event = db.event()
    rules = db.get_setting("ticket_type_days", {}) or {}
    if per_type is None:
        per_type = _admitted_by_type(db)
    expected = {day: 0 for day in days}
    for ticket_type, n in per_type.items():
        admits = allowed_days(ticket_type, event["days"], rules)
        for day in days:
            if admits is None or day in admits:
                expected[day] += n
    return expected


def day_counts(db: EventDB, day: str, expected: int | None = None) -> dict:
    """Checked in / expected on one day, with walk-ins."""
    if expected is None:
        expected = expected_by_day(db, [day])[day]
    checked_in = db.scalar("SELECT checked_in FROM checkin_day_counts WHERE event_day = ?", (day,)) or 0
    walk_ins = db.scalar(f"SELECT count(*) FROM {FIRST} f JOIN attendees a ON a.id = f.attendee_id "
                         "WHERE f.event_day = ? AND a.walk_in = 1", (day,))
    return {"day": day, "expected": expected, "checked_in": checked_in, "rate": _rate(checked_in, expected),
            "walk_ins": walk_ins}


def bucket_start(moment: datetime, minutes: int = BUCKET_MINUTES) -> str:
    """The "HH:MM" a local time's bucket starts at."""
    return f"{moment.hour:02d}:{moment.minute - moment.minute % minutes:02d}"


class _LocalSlots:
    """Local minute-of-day slot for a UTC minute key ("YYYY-MM-DDTHH:MM") or a whole timestamp, cached."""

    def __init__(self, tz_name: str, minutes: int):
        self.tz_name, self.minutes = tz_name, minutes
        self.cache: dict[str, int] = {}

    def __call__(self, key: str) -> int:
        slot = self.cache.get(key)
        if slot is None:
            local = to_local(key + ":00Z" if len(key) == 16 else key, self.tz_name)
            minute = local.hour * 60 + local.minute
            slot = self.cache[key] = minute - minute % self.minutes
        return slot


def _series(day: str, total: Counter, per: dict[str, Counter] | None, minutes: int) -> dict:
    """{"day", "buckets", "counts"} from the first to the last busy slot without gaps (+ "stations")."""
    out: dict = {"day": day, "buckets": [], "counts": []}
    if per is not None:
        out["stations"] = {}
    if not total:
        return out
    slots = list(range(min(total), max(total) + 1, minutes))
    out["buckets"] = [f"{s // 60:02d}:{s % 60:02d}" for s in slots]
    out["counts"] = [total[s] for s in slots]
    if per is not None:
        out["stations"] = {name: [counts[s] for s in slots] for name, counts in sorted(per.items())}
    return out


def _arrivals_from(db: EventDB, table: str, days: list[str], tz_name: str, minutes: int,
                   by_station: bool) -> dict[str, dict]:
    slot_of = _LocalSlots(tz_name, minutes)
    totals: dict[str, Counter] = defaultdict(Counter)
    per: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    group = "event_day, minute, station" if by_station else "event_day, minute, ''"
    for day, minute, station, n in db.conn.execute(f"SELECT {group}, count(*) FROM {table} GROUP BY {group}"):
        slot = slot_of(minute)
        totals[day][slot] += n
        if by_station:
            per[day][station][slot] += n
    return {day: _series(day, totals.get(day, Counter()), per.get(day, {}) if by_station else None, minutes)
            for day in days}


def arrivals(db: EventDB, day: str, *, minutes: int = BUCKET_MINUTES, by_station: bool = False) -> dict:
    """Arrivals (first standing check-ins) per `minutes` bucket of local time on one day.

    Returns {"buckets": ["09:00", "09:15", ...], "counts": [..]} covering the first to the last
    busy bucket without gaps; with `by_station`, also {"stations": {station: [..]}}.
    """
    with first_checkins_table(db, day) as table:
        return _arrivals_from(db, table, [day], db.event()["timezone"], minutes, by_station)[day]


def _by_station(db: EventDB, table: str) -> list[dict]:
    rows = db.conn.execute(f"SELECT station, event_day, count(*) FROM {table} GROUP BY station, event_day")
    per_station: dict[str, dict[str, int]] = defaultdict(dict)
    for station, day, n in rows:
        per_station[station][day] = n
    scans = dict(db.conn.execute("SELECT station, count(*) FROM scan_attempts GROUP BY station").fetchall())
    out = [{"station": s, "checkins": sum(d.values()), "per_day": dict(sorted(d.items())), "scans": scans.get(s, 0)}
           for s, d in per_station.items()]
    for station, n in scans.items():
        if station not in per_station:
            out.append({"station": station, "checkins": 0, "per_day": {}, "scans": n})
    return sorted(out, key=lambda r: (-r["checkins"], r["station"]))


def by_station(db: EventDB) -> list[dict]:
    """Arrivals each station recorded, per day and in all."""
    with first_checkins_table(db) as table:
        return _by_station(db, table)


def _by_ticket_type(db: EventDB, table: str, days: list[str], registered: dict[str, int]) -> list[dict]:
    per_day: dict[str, dict[str, int]] = defaultdict(dict)
    for ticket_type, day, n in db.conn.execute(
            f"SELECT ticket_type, event_day, count(*) FROM {table} GROUP BY ticket_type, event_day"):
        per_day[ticket_type][day] = n
    came = dict(db.conn.execute(
        f"SELECT ticket_type, count(DISTINCT attendee_id) FROM {table} GROUP BY ticket_type").fetchall())
    out = []
    for ticket_type in sorted(set(registered) | set(per_day), key=lambda t: (-registered.get(t, 0), t)):
        n = registered.get(ticket_type, 0)
        out.append({"ticket_type": ticket_type, "registered": n,
                    "per_day": {d: per_day[ticket_type].get(d, 0) for d in days},
                    "came": came.get(ticket_type, 0), "rate": _rate(came.get(ticket_type, 0), n)})
    return out


def by_ticket_type(db: EventDB, days: list[str]) -> list[dict]:
    """Per ticket type: admitted registrations, check-ins per day, and people who came at least once."""
    with first_checkins_table(db) as table:
        return _by_ticket_type(db, table, days, _admitted_by_type(db))


def walk_ins(db: EventDB) -> dict:
    """Walk-ins added at the desk, and how many of them checked in."""
    with first_checkins_table(db) as table:
        return _walk_ins(db, table)


def _walk_ins(db: EventDB, table: str) -> dict:
    added = db.scalar("SELECT count(*) FROM attendees WHERE walk_in = 1")
    came = db.scalar(f"SELECT count(DISTINCT attendee_id) FROM {table} WHERE walk_in = 1")
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
    registered: dict[str, int] = {}
    not_admitted = 0
    for ticket_type, active, n in db.conn.execute(
            "SELECT ticket_type, status = 'active', count(*) FROM attendees GROUP BY 1, 2"):
        if active:
            registered[ticket_type] = n
        else:
            not_admitted += n
    admitted = sum(registered.values())
    with first_checkins_table(db) as table:
        days = list(event["days"]) or [r[0] for r in db.conn.execute(
            f"SELECT DISTINCT event_day FROM {table} ORDER BY event_day")]
        expected = expected_by_day(db, days, registered)
        counted = {day: (n, w) for day, n, w in db.conn.execute(
            f"SELECT event_day, count(*), coalesce(sum(walk_in), 0) FROM {table} GROUP BY event_day")}
        per_day = []
        for day in days:
            n, w = counted.get(day, (0, 0))
            per_day.append({"day": day, "expected": expected[day], "checked_in": n, "rate": _rate(n, expected[day]),
                            "walk_ins": w})
        anyone = db.scalar(f"SELECT count(DISTINCT attendee_id) FROM {table}")
        arrivals_by_day = _arrivals_from(db, table, days, event["timezone"], BUCKET_MINUTES, False)
        result = {
            "event": {"name": event["name"], "days": days, "configured_days": event["days"],
                      "timezone": event["timezone"]},
            "generated_at": utc_now(),
            "registered": admitted,
            "not_admitted": not_admitted,
            "came_at_least_once": anyone,
            "rate_at_least_once": _rate(anyone, admitted),
            "days": per_day,
            "by_ticket_type": _by_ticket_type(db, table, days, registered),
            "arrivals": [arrivals_by_day[day] for day in days],
            "by_station": _by_station(db, table),
            "walk_ins": _walk_ins(db, table),
        }
    result.update({"badges": badges(db), "scans": scan_verdicts(db), "annulled_checkins": annulled(db)})
    return result


def live(db: EventDB, day: str, *, minutes: int = BUCKET_MINUTES) -> dict:
    """What the live dashboard shows for one day: counts and arrivals per station."""
    event = db.event()
    expected = expected_by_day(db, [day])[day]
    checked_in = db.scalar("SELECT checked_in FROM checkin_day_counts WHERE event_day = ?", (day,)) or 0
    with first_checkins_table(db, day) as table:
        walk = db.scalar(f"SELECT count(*) FROM {table} WHERE walk_in = 1")
        series = _arrivals_from(db, table, [day], event["timezone"], minutes, True)[day]
    counts = {"day": day, "expected": expected, "checked_in": checked_in, "rate": _rate(checked_in, expected),
              "walk_ins": walk, "arrivals": series}
    start, end = day_bounds_utc(day, event["timezone"])
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

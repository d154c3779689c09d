"""Attendance statistics, computed from the event database: each aggregate once.

Used by the PDF report, `kiosk stats --json` and the organizers' live dashboard. Only *standing*
check-ins count, and an attendee counts once per event day: their first standing check-in that
day (`first_checkins`, the table migration 6 keeps by triggers for everyone).

`collect()` reads the first check-ins once, walking the attendees in id order beside them (so that
both are read in storage order, never by random lookups), and tallies every figure from that one
pass: per day, ticket type, walk-in, station and UTC minute. A second pass over the attendees says
who came at least once. Arrivals are put into local quarter-hours once per distinct minute. At
500,000 attendees with 400,000 in, that is two sequential reads instead of ten aggregate queries.
Times are shown in the event's time zone. Nothing here reads a name or an email, so the numbers
survive `kiosk purge --keep-stats`.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from kiosk.checkin.standing import FIRST
from kiosk.eventdays import allowed_days
from kiosk.store import settings
from kiosk.store.database import EventDB, utc_now

BUCKET_MINUTES = 15


def first_standing_sql(day: str | None = None) -> tuple[str, tuple]:
    """The first standing check-in of each attendee on each day (or on `day`), as SQL + parameters."""
    if day:
        return f"SELECT attendee_id, event_day, at, station, method, uid FROM {FIRST} WHERE event_day = ?", (day,)
    return f"SELECT attendee_id, event_day, at, station, method, uid FROM {FIRST}", ()


#: The UTC minute ("YYYY-MM-DDTHH:MM") of a fact stamped the usual way, else its whole time.
_MINUTE = "CASE WHEN length(f.at) = 24 AND substr(f.at, 24) = 'Z' THEN substr(f.at, 1, 16) ELSE f.at END"


class Tally:
    """Counts of first check-ins by (day, ticket type, walk-in, station, UTC minute), and of the
    people who came at least once by (ticket type, walk-in): what every figure is summed from."""

    def __init__(self, db: EventDB, day: str | None = None):
        where = " AND f.event_day = ?" if day else ""
        params = (day,) if day else ()
        # CROSS JOIN keeps the attendees outside: both tables are then read in id order.
        self.firsts: Counter = Counter(db.conn.execute(
            f"SELECT f.event_day, a.ticket_type, a.walk_in, f.station, {_MINUTE} "
            f"FROM attendees a CROSS JOIN {FIRST} f ON f.attendee_id = a.id{where}", params))
        self.came: Counter = Counter(db.conn.execute(
            f"SELECT a.ticket_type, a.walk_in FROM attendees a "
            f"WHERE EXISTS (SELECT 1 FROM {FIRST} f WHERE f.attendee_id = a.id{where})", params))

    def per(self, *fields: int) -> Counter:
        """Sums over the first check-ins by some of (0 day, 1 ticket type, 2 walk-in, 3 station, 4 minute)."""
        out: Counter = Counter()
        for key, n in self.firsts.items():
            out[tuple(key[i] for i in fields)] += n
        return out


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
    return [r[0] for r in db.conn.execute("SELECT event_day FROM checkin_day_counts WHERE checked_in > 0 "
                                          "ORDER BY event_day")]


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _registered(db: EventDB) -> tuple[dict[str, int], int]:
    """Admitted attendees per ticket type, and how many are not admitted (one pass over the roster)."""
    counted = Counter(db.conn.execute("SELECT ticket_type, status = 'active' FROM attendees"))
    registered = {ticket_type: n for (ticket_type, active), n in counted.items() if active}
    return registered, sum(n for (_t, active), n in counted.items() if not active)


def expected_by_day(db: EventDB, days: list[str], per_type: dict[str, int] | None = None) -> dict[str, int]:
    """Admitted attendees whose ticket type admits each day ("Day 2 only" counts on day 2 only)."""
    event = db.event()
    rules = settings.get(db, "ticket_type_days")
    if per_type is None:
        per_type = _registered(db)[0]
    expected = {day: 0 for day in days}
    for ticket_type, n in per_type.items():
        admits = allowed_days(ticket_type, event["days"], rules)
        for day in days:
            if admits is None or day in admits:
                expected[day] += n
    return expected


def _checked_in(db: EventDB, day: str) -> int:
    return db.scalar("SELECT checked_in FROM checkin_day_counts WHERE event_day = ?", (day,)) or 0


def _walk_ins_on(db: EventDB, day: str) -> int:
    return db.scalar(f"SELECT count(*) FROM attendees a WHERE a.walk_in = 1 AND EXISTS "
                     f"(SELECT 1 FROM {FIRST} f WHERE f.attendee_id = a.id AND f.event_day = ?)", (day,))


def day_counts(db: EventDB, day: str, expected: int | None = None) -> dict:
    """Checked in / expected on one day, with walk-ins (kept counters and a small index: cheap)."""
    if expected is None:
        expected = expected_by_day(db, [day])[day]
    checked_in = _checked_in(db, day)
    return {"day": day, "expected": expected, "checked_in": checked_in, "rate": _rate(checked_in, expected),
            "walk_ins": _walk_ins_on(db, day)}


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


def _arrivals(by_minute: Counter, days: list[str], tz_name: str, minutes: int, by_station: bool) -> dict[str, dict]:
    """Series per day from counts keyed (day, station, UTC minute)."""
    slot_of = _LocalSlots(tz_name, minutes)
    totals: dict[str, Counter] = defaultdict(Counter)
    per: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for (day, station, minute), n in by_minute.items():
        slot = slot_of(minute)
        totals[day][slot] += n
        if by_station:
            per[day][station][slot] += n
    return {day: _series(day, totals.get(day, Counter()), per.get(day, {}) if by_station else None, minutes)
            for day in days}


def _day_minutes(db: EventDB, day: str) -> Counter:
    """First check-ins of one day by (day, station, UTC minute), from the covering (day, at, station) index."""
    return Counter(db.conn.execute(
        f"SELECT f.event_day, f.station, {_MINUTE} FROM {FIRST} f WHERE f.event_day = ?", (day,)))


def arrivals(db: EventDB, day: str, *, minutes: int = BUCKET_MINUTES, by_station: bool = False) -> dict:
    """Arrivals (first standing check-ins) per `minutes` bucket of local time on one day.

    Returns {"buckets": ["09:00", "09:15", ...], "counts": [..]} covering the first to the last
    busy bucket without gaps; with `by_station`, also {"stations": {station: [..]}}.
    """
    return _arrivals(_day_minutes(db, day), [day], db.event()["timezone"], minutes, by_station)[day]


def _by_station(db: EventDB, tally: Tally) -> list[dict]:
    per_station: dict[str, dict[str, int]] = defaultdict(dict)
    for (station, day), n in tally.per(3, 0).items():
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
    return _by_station(db, Tally(db))


def _by_ticket_type(tally: Tally, days: list[str], registered: dict[str, int]) -> list[dict]:
    per_day: dict[str, dict[str, int]] = defaultdict(dict)
    for (ticket_type, day), n in tally.per(1, 0).items():
        per_day[ticket_type][day] = n
    came: Counter = Counter()
    for (ticket_type, _walk_in), n in tally.came.items():
        came[ticket_type] += n
    out = []
    for ticket_type in sorted(set(registered) | set(per_day), key=lambda t: (-registered.get(t, 0), t)):
        n = registered.get(ticket_type, 0)
        out.append({"ticket_type": ticket_type, "registered": n,
                    "per_day": {d: per_day[ticket_type].get(d, 0) for d in days},
                    "came": came.get(ticket_type, 0), "rate": _rate(came.get(ticket_type, 0), n)})
    return out


def by_ticket_type(db: EventDB, days: list[str]) -> list[dict]:
    """Per ticket type: admitted registrations, check-ins per day, and people who came at least once."""
    return _by_ticket_type(Tally(db), days, _registered(db)[0])


def _walk_ins(db: EventDB, tally: Tally) -> dict:
    added = db.scalar("SELECT count(*) FROM attendees WHERE walk_in = 1")
    came = sum(n for (_type, walk_in), n in tally.came.items() if walk_in)
    return {"added": added, "checked_in": came}


def walk_ins(db: EventDB) -> dict:
    """Walk-ins added at the desk, and how many of them checked in."""
    return _walk_ins(db, Tally(db))


def badges(db: EventDB) -> dict:
    """Badges printed, at this station and every station it has synced with (`printed_badges`);
    reprints among them (each person's badges beyond their first, wherever each was printed); and
    this station's jobs that failed or wait."""
    printed, people, people_reprinted = db.conn.execute(
        "SELECT coalesce(sum(n), 0), count(*), coalesce(sum(n > 1), 0) FROM "
        "(SELECT count(*) AS n FROM printed_badges GROUP BY attendee_id)").fetchone()
    failed, waiting = db.conn.execute(
        "SELECT coalesce(sum(status = 'failed'), 0), coalesce(sum(status IN ('pending', 'printing')), 0) "
        "FROM print_jobs").fetchone()
    return {"printed": printed, "reprints": printed - people, "failed": failed, "waiting": waiting,
            "people_reprinted": people_reprinted}


def scan_verdicts(db: EventDB) -> dict[str, int]:
    """How many scans ended in each verdict (ok, already, unknown, ...)."""
    counted = Counter(db.conn.execute("SELECT verdict FROM scan_attempts"))
    return {verdict: n for (verdict,), n in sorted(counted.items())}


def annulled(db: EventDB) -> int:
    return db.scalar("SELECT count(*) FROM checkin_annulments")


def collect(db: EventDB) -> dict:
    """Every statistic the report shows, as plain data (what `kiosk stats --json` prints)."""
    event = db.event()
    registered, not_admitted = _registered(db)
    admitted = sum(registered.values())
    tally = Tally(db)
    days = list(event["days"]) or sorted({day for (day, *_rest) in tally.firsts})
    expected = expected_by_day(db, days, registered)
    per_day_counts = tally.per(0)
    per_day_walk_ins = tally.per(0, 2)
    per_day = []
    for day in days:
        n = per_day_counts.get((day,), 0)
        per_day.append({"day": day, "expected": expected[day], "checked_in": n, "rate": _rate(n, expected[day]),
                        "walk_ins": per_day_walk_ins.get((day, 1), 0)})
    anyone = sum(tally.came.values())
    arrivals_by_day = _arrivals(tally.per(0, 3, 4), days, event["timezone"], BUCKET_MINUTES, False)
    return {
        "event": {"name": event["name"], "days": days, "configured_days": event["days"], "timezone": event["timezone"]},
        "generated_at": utc_now(),
        "registered": admitted,
        "not_admitted": not_admitted,
        "came_at_least_once": anyone,
        "rate_at_least_once": _rate(anyone, admitted),
        "days": per_day,
        "by_ticket_type": _by_ticket_type(tally, days, registered),
        "arrivals": [arrivals_by_day[day] for day in days],
        "by_station": _by_station(db, tally),
        "walk_ins": _walk_ins(db, tally),
        "badges": badges(db),
        "scans": scan_verdicts(db),
        "annulled_checkins": annulled(db),
    }


def live(db: EventDB, day: str, *, minutes: int = BUCKET_MINUTES) -> dict:
    """What the live dashboard shows for one day: counts and arrivals per station."""
    event = db.event()
    counts = day_counts(db, day)
    counts["arrivals"] = _arrivals(_day_minutes(db, day), [day], event["timezone"], minutes, True)[day]
    start, end = day_bounds_utc(day, event["timezone"])
    counts["reprints"] = db.scalar(
        "SELECT count(*) FROM printed_badges WHERE reason = 'reprint' AND at >= ? AND at < ?", (start, end))
    counts["waiting_badges"] = db.scalar("SELECT count(*) FROM print_jobs WHERE status IN ('pending', 'printing')")
    return counts


def day_bounds_utc(day: str, tz_name: str) -> tuple[str, str]:
    """The UTC instants (as stamped on facts) at which a local event day starts and ends."""
    from kiosk.eventdays import iso_utc

    start = datetime.fromisoformat(day).replace(tzinfo=_zone(tz_name))
    end = (start + timedelta(days=1)).replace(tzinfo=_zone(tz_name))
    return iso_utc(start), iso_utc(end)

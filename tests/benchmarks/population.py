"""Event databases for the benchmarks: N attendees, 80% of them checked in today.

The rows are shaped exactly as an import and the check-in rules write them (an attendee with its
source, key, folded search text and codes; a check-in with its scan attempt; a few annulments,
walk-ins, notes and cancelled registrations), but written with bulk statements: building the
500,000-attendee event through 400,000 single check-in transactions would take an hour and measure
nothing we care about. Names come from syllables, so the search and the sorts see as many distinct
names as a real roster of that size, in a dozen scripts.
"""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta, timezone

from kiosk.roster.folding import search_text

TZ = "UTC"
CHECKED_IN = 0.80
STATIONS = ("door-1", "door-2", "door-3", "desk")
TICKET_TYPES = ("General Admission", "General Admission", "General Admission", "Speaker", "Staff", "Student",
                "Exhibitor")
_SYLLABLES = ("ka", "lo", "mi", "ra", "to", "na", "se", "vi", "du", "be", "chi", "an", "el", "or", "us", "ja", "ne",
              "po", "ri", "zo", "gu", "fe", "hi", "qu", "ty", "wa", "xe", "ño", "é", "ü")
_FIRST = ("Amara", "José", "Mei", "Yuki", "Olumide", "Sophie", "Dmitri", "Fatima", "Priya", "Liam", "Ngọc Anh", "Zoë",
          "Сергей", "王", "さくら", "지민", "Chloé", "Gabriel", "Inès", "Noah", "Hana", "Ahmed", "Grace", "Owen",
          "Kofi", "Lena", "Ravi", "Sofia", "Tomás", "Aisha", "Jon", "Marie-Claire", "Søren", "Łukasz", "Émilie")
_ORGS = ("Acme", "Centre francophone", "Open Data Collective", "Université de Montréal", "", "Northern Lights")


def code_of(i: int) -> str:
    """The ticket code of attendee number i (0-based), as a scanner would read it."""
    return f"T-{i:07d}"


def _last_name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def today(tz: str = TZ) -> str:
    from kiosk.eventdays import today as event_today

    return event_today(tz)


def populate(db, n: int, *, checked_in: float = CHECKED_IN, seed: int = 11) -> dict:
    """Fill an empty event database; returns what was written (for assertions and labels).

    Attendee i has code `code_of(i)`; the first `checked_in * n` (in a shuffled order) are checked
    in today between 07:30 and 12:00 UTC. The event has one day: today.
    """
    rng = random.Random(seed)
    day = today()
    db.set_event(f"Benchmark conference ({n:,})", [day], TZ)
    now = datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    with db.write() as conn:
        conn.execute("INSERT INTO sources (name, platform) VALUES ('eventbrite', 'eventbrite')")
        source_id = conn.execute("SELECT id FROM sources WHERE name = 'eventbrite'").fetchone()[0]

        def attendees():
            for i in range(n):
                first, last = rng.choice(_FIRST), _last_name(rng)
                code = code_of(i)
                email = f"person{i}@example.org"
                org = rng.choice(_ORGS)
                status = "cancelled" if rng.random() < 0.03 else "active"
                notes = "Wheelchair access" if rng.random() < 0.01 else ""
                yield (uuid.UUID(int=rng.getrandbits(128)).hex, source_id, f"A{i}", code, first, last,
                       f"{first} {last}", email, org, rng.choice(TICKET_TYPES), status, notes,
                       int(rng.random() < 0.005), search_text(first, last, f"{first} {last}", email, org, code),
                       now, now)

        conn.executemany(
            "INSERT INTO attendees (uid, source_id, source_key, code, first_name, last_name, full_name, email, "
            "organization, ticket_type, status, notes, walk_in, search_text, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", attendees())
        conn.execute("INSERT INTO attendee_codes (code, attendee_id) SELECT code, id FROM attendees")
        active = [row[0] for row in conn.execute("SELECT id FROM attendees WHERE status = 'active' ORDER BY id")]
        rng.shuffle(active)
        chosen = active[:int(checked_in * n)]
        start = datetime.fromisoformat(day).replace(hour=7, minute=30, tzinfo=timezone.utc)
        span = 4.5 * 3600

        def checkins():
            for k, attendee_id in enumerate(chosen):
                at = start + timedelta(seconds=span * k / max(1, len(chosen)) + rng.random())
                yield (uuid.UUID(int=rng.getrandbits(128)).hex, attendee_id, day,
                       at.isoformat(timespec="milliseconds").replace("+00:00", "Z"), rng.choice(STATIONS), "scan",
                       code_of(attendee_id - 1))

        conn.executemany("INSERT INTO checkins (uid, attendee_id, event_day, at, station, method, payload) "
                         "VALUES (?,?,?,?,?,?,?)", checkins())
        conn.execute("INSERT INTO scan_attempts (uid, at, station, payload, verdict, attendee_id, checkin_uid) "
                     "SELECT lower(hex(randomblob(16))), at, station, payload, 'ok', attendee_id, uid FROM checkins")
        # One in 500 check-ins was undone at the desk (an annulment points at it)...
        conn.execute("INSERT INTO checkin_annulments (uid, checkin_uid, reason, station, at) "
                     "SELECT lower(hex(randomblob(16))), uid, 'wrong ticket', station, at FROM checkins "
                     "WHERE id % 500 = 0")
        # ... and every tenth of those was checked in again later.
        conn.execute("INSERT INTO checkins (uid, attendee_id, event_day, at, station, method, payload) "
                     "SELECT lower(hex(randomblob(16))), attendee_id, event_day, "
                     "strftime('%Y-%m-%dT%H:%M:%fZ', at, '+20 minutes'), station, 'search', payload "
                     "FROM checkins WHERE id % 5000 = 0")
        # Refused scans: unknown codes and second scans.
        conn.execute("INSERT INTO scan_attempts (uid, at, station, payload, verdict, attendee_id) "
                     "SELECT lower(hex(randomblob(16))), at, station, payload, 'already', attendee_id FROM checkins "
                     "WHERE id % 20 = 0")
    try:                 # what the app does after an import (before issue 15 it did nothing)
        from kiosk.store.planner import analyze
    except ImportError:
        pass
    else:
        analyze(db)
    not_checked = sorted(set(active[int(checked_in * n):]))
    return {"n": n, "day": day, "checked_in": len(chosen), "not_checked_in": not_checked, "active": len(active)}


def unchecked_codes(info: dict, count: int, seed: int = 3) -> list[str]:
    """Codes of admitted attendees not checked in today (their scan is an `ok`)."""
    rng = random.Random(seed)
    pool = info["not_checked_in"]
    return [code_of(i - 1) for i in rng.sample(pool, min(count, len(pool)))]


def checked_codes(db, count: int, seed: int = 4) -> list[str]:
    """Codes of attendees already checked in today (their scan is an `already`)."""
    rng = random.Random(seed)
    ids = [r[0] for r in db.conn.execute("SELECT attendee_id FROM checkins WHERE id % 7 = 1 AND id % 500 != 0 LIMIT 20000")]
    return [code_of(i - 1) for i in rng.sample(ids, min(count, len(ids)))]

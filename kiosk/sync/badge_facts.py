"""What every station knows about badges, through the hub: badges printed, reprints allowed past
the limit (with who allowed them and why) and badge text fixes.

All three are append-only facts with a uid, pushed by the station that made them and pulled by
every other, like check-ins (push.py, pull.py):

* a badge printed here (`print_jobs` done, not yet `synced`) -> `hub_print_records` -> the other
  stations' `printed_elsewhere`, never their `print_jobs`: a station prints only its own jobs,
  and another station's queued or failed badge is not a badge until it is printed;
* a reprint allowed past the limit (`print_overrides` made here) -> `hub_print_overrides` -> the
  other stations' `print_overrides`, without a job (`job_id` NULL);
* a badge text fix (`badge_texts` made here) -> `hub_badge_texts` -> the other stations'
  `badge_texts`, where the latest by time wins (kiosk/badges/overrides.py).

So kiosk/printing/queue.py counts every station's badges against `max_reprints`, offline first:
a station counts what it knows and catches up at its next sync. A station syncing with its own
login appends these in its own name (roles.py); the hub bounds the values, and what arrives is
checked again here (a known reason, an instant, bounded text without control characters) and
refused with a line in the log when it is not what the app writes. A fact naming an attendee this
station has not received yet waits for the next pass; one naming an attendee it will never have
is skipped.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from kiosk.store.database import EventDB
from kiosk.sync import local_rows, state
from kiosk.sync.appended import _fact_uid
from kiosk.typed_text import CONTROL

log = logging.getLogger(__name__)

BATCH = 5000
#: An instant as the app writes it (kiosk.store.database.utc_now); the hub checks the same.
INSTANT = re.compile(r"^2[0-9]{3}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9](\.[0-9]{1,6})?Z$")
MAX_STATION = 120


def legacy_print_uid(station_id: str, job_id: int) -> str:
    """The uid a print record had before jobs carried one (the local station id and the job's id)."""
    return _fact_uid(station_id, job_id)


# -- push ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Outgoing:
    hub_table: str
    columns: tuple[str, ...]          # hub columns besides station and station_id
    select: str                       # this station's unsent facts, oldest first, LIMIT ?
    mark: str                         # marks one as sent: parameters (uid, id)


_OUTGOING = {
    "print_records": _Outgoing(
        "hub_print_records", ("uid", "attendee_uid", "reason", "at"),
        "SELECT p.id, p.uid, a.uid AS attendee_uid, p.reason, p.updated_at AS at, p.station FROM print_jobs p "
        "JOIN attendees a ON a.id = p.attendee_id WHERE p.synced = 0 AND p.status = 'done' ORDER BY p.id LIMIT ?",
        "UPDATE print_jobs SET synced = 1, uid = ? WHERE id = ?"),
    "print_overrides": _Outgoing(
        "hub_print_overrides", ("uid", "attendee_uid", "print_uid", "reason", "by_whom", "reprints_before",
                                "max_reprints", "at"),
        "SELECT o.id, o.uid, a.uid AS attendee_uid, j.uid AS print_uid, o.reason, o.by_whom, o.reprints_before, "
        "o.max_reprints, o.at, o.station FROM print_overrides o JOIN attendees a ON a.id = o.attendee_id "
        "LEFT JOIN print_jobs j ON j.id = o.job_id WHERE o.synced = 0 ORDER BY o.id LIMIT ?",
        "UPDATE print_overrides SET synced = 1 WHERE uid = ? AND id = ?"),
    "badge_texts": _Outgoing(
        "hub_badge_texts", ("uid", "attendee_uid", "first_name", "last_name", "organization", "by_whom", "at"),
        "SELECT b.id, b.uid, a.uid AS attendee_uid, b.first_name, b.last_name, b.organization, b.by_whom, b.at, "
        "b.station FROM badge_texts b JOIN attendees a ON a.id = b.attendee_id WHERE b.synced = 0 "
        "ORDER BY b.id LIMIT ?",
        "UPDATE badge_texts SET synced = 1 WHERE uid = ? AND id = ?"),
}


def push(db: EventDB, hub, station_id: str, station_name: str | None) -> dict[str, int]:
    """Append this station's unsent badge facts to the hub (a hub transaction per batch, then the
    local mark); returns how many of each were sent. `station_name`: the name a station's own login
    appends under (None with the organizer's login: each fact keeps the station it was made at)."""
    from kiosk.store import settings
    from kiosk.sync.push import _aliases, _lock, pg_text

    local_id = state.station_id(db)
    fallback = settings.get(db, "station_name")
    sent = {}
    for name, spec in _OUTGOING.items():
        sent[name] = 0
        while True:
            rows = db.query(spec.select, (BATCH,))
            if not rows:
                break
            for r in rows:
                if not r["uid"]:                  # a job printed before jobs carried a uid
                    r["uid"] = legacy_print_uid(local_id, r["id"])
            columns = ", ".join((*spec.columns, "station", "station_id"))
            with hub.transaction(), hub.cursor() as cur:
                _lock(hub)
                aliases = _aliases(hub, list({r["attendee_uid"] for r in rows}))
                # Through a temporary table and COPY, as the check-ins (push.py): a first push of a
                # day's badges is one statement, not one per badge.
                cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS incoming_{spec.hub_table} ON COMMIT DELETE ROWS AS "
                            f"SELECT {columns} FROM {spec.hub_table} WITH NO DATA")
                with cur.copy(f"COPY incoming_{spec.hub_table} ({columns}) FROM STDIN") as copy:
                    for r in rows:
                        copy.write_row((*(pg_text(aliases.get(r[c], r[c]) if c == "attendee_uid" else r[c])
                                          for c in spec.columns), station_name or r["station"] or fallback, station_id))
                cur.execute(f"INSERT INTO {spec.hub_table} ({columns}) SELECT {columns} FROM incoming_{spec.hub_table} "
                            "ORDER BY at ON CONFLICT (uid) DO NOTHING")
            with db.write() as conn:
                conn.executemany(spec.mark, [(r["uid"], r["id"]) for r in rows])
            sent[name] += len(rows)
            if len(rows) < BATCH:
                break
    return sent


def unsent(db: EventDB) -> int:
    """Badge facts made here that the hub has not received yet."""
    return db.scalar(
        "SELECT (SELECT count(*) FROM print_jobs WHERE synced = 0 AND status = 'done') "
        "+ (SELECT count(*) FROM print_overrides WHERE synced = 0) + (SELECT count(*) FROM badge_texts WHERE synced = 0)") or 0


def has_unsent(db: EventDB) -> bool:
    return bool(db.scalar(
        "SELECT EXISTS (SELECT 1 FROM print_jobs WHERE synced = 0 AND status = 'done') "
        "OR EXISTS (SELECT 1 FROM print_overrides WHERE synced = 0) OR EXISTS (SELECT 1 FROM badge_texts WHERE synced = 0)"))


# -- pull ---------------------------------------------------------------------------------------------
def _instant(value) -> str | None:
    """An instant from the hub in the app's own form (UTC, milliseconds: it is compared as text),
    or None when it is not one."""
    if not isinstance(value, str) or not INSTANT.match(value):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _text(value, limit: int, *, empty: bool = False) -> bool:
    return isinstance(value, str) and (empty or value.strip() != "") and len(value) <= limit \
        and not CONTROL.search(value)


def _print_record(r: dict, attendee_id: int) -> tuple | None:
    from kiosk.printing.queue import REASONS

    at = _instant(r["at"])
    if r["reason"] not in REASONS or at is None:
        return None
    return (r["uid"], attendee_id, r["reason"], str(r["station"])[:MAX_STATION], at)


def _override(r: dict, attendee_id: int) -> tuple | None:
    at = _instant(r["at"])
    if not (_text(r["reason"], 500) and _text(r["by_whom"], 120) and at is not None):
        return None
    if not all(isinstance(r[k], int) and r[k] >= 0 for k in ("reprints_before", "max_reprints")):
        return None
    return (r["uid"], attendee_id, r["reason"], r["by_whom"], str(r["station"])[:MAX_STATION], at,
            r["reprints_before"], r["max_reprints"])


def _badge_text(r: dict, attendee_id: int) -> tuple | None:
    from kiosk.badges.overrides import MAX_LENGTH

    if not all(r[f] is None or _text(r[f], MAX_LENGTH, empty=True) for f in ("first_name", "last_name", "organization")):
        return None
    at = _instant(r["at"])
    if not (_text(r["by_whom"], 200) and at is not None):
        return None
    return (r["uid"], attendee_id, r["first_name"], r["last_name"], r["organization"], r["by_whom"],
            str(r["station"])[:MAX_STATION], at)


@dataclass(frozen=True)
class _Incoming:
    hub_table: str
    columns: tuple[str, ...]
    check: Callable[[dict, int], tuple | None]     # the local row's values, or None: refused
    insert: str


_INCOMING = {
    "print_records": _Incoming(
        "hub_print_records", ("uid", "attendee_uid", "reason", "station", "at"), _print_record,
        "INSERT OR IGNORE INTO printed_elsewhere (uid, attendee_id, reason, station, at) VALUES (?,?,?,?,?)"),
    "print_overrides": _Incoming(
        "hub_print_overrides", ("uid", "attendee_uid", "reason", "by_whom", "station", "at", "reprints_before",
                                "max_reprints"), _override,
        "INSERT OR IGNORE INTO print_overrides (uid, attendee_id, reason, by_whom, station, at, reprints_before, "
        "max_reprints, synced) VALUES (?,?,?,?,?,?,?,?,1)"),
    "badge_texts": _Incoming(
        "hub_badge_texts", ("uid", "attendee_uid", "first_name", "last_name", "organization", "by_whom", "station",
                            "at"), _badge_text,
        "INSERT OR IGNORE INTO badge_texts (uid, attendee_id, first_name, last_name, organization, by_whom, station, "
        "at, synced) VALUES (?,?,?,?,?,?,?,?,1)"),
}


def pull(db: EventDB, hub) -> dict[str, int]:
    """Add the badge facts other stations appended, in hub order; returns how many of each arrived
    here, plus `refused` (not what the app writes: logged) and `waiting` (a fact's attendee is
    still to come: the caller pulls attendees again and calls this again)."""
    got = {name: 0 for name in _INCOMING}
    got["refused"] = got["waiting"] = 0
    for name, spec in _INCOMING.items():
        while True:
            cursor = state.cursor(db, spec.hub_table)
            rows = [dict(zip((*spec.columns, "seq"), row)) for row in hub.execute(
                f"SELECT {', '.join(spec.columns)}, seq FROM {spec.hub_table} WHERE seq > %s ORDER BY seq LIMIT %s",
                (cursor, BATCH))]
            if not rows:
                break
            ready, done, stopped, refused = _ready(db, hub, spec, rows)
            if done > cursor:
                with db.write() as conn:
                    if ready:
                        got[name] += conn.executemany(spec.insert, ready).rowcount
                    state.put(conn, f"cursor:{spec.hub_table}", done)
            got["refused"] += refused
            if stopped:
                got["waiting"] += 1
                break
            if len(rows) < BATCH:
                break
    return got


def _ready(db: EventDB, hub, spec: _Incoming, rows: list[dict]) -> tuple[list[tuple], int, bool, int]:
    """The local rows of a batch, the seq up to which it is handled, whether it stopped at a fact
    whose attendee is still to come, and how many were refused."""
    from kiosk.sync.pull import _blocked

    attendee_cursor = state.cursor(db, "hub_attendees")
    ids = local_rows.attendee_ids(db, {r["attendee_uid"] for r in rows})
    own = _own_prints(db, [r["uid"] for r in rows]) if spec.hub_table == "hub_print_records" else set()
    ready: list[tuple] = []
    done, refused = 0, 0
    for r in rows:
        attendee_id = ids.get(r["attendee_uid"])
        if attendee_id is None:
            if _blocked(hub, "hub_attendees", r["attendee_uid"], attendee_cursor, db):
                return ready, done, True, refused
            log.warning("%s %s names attendee %s, whom this station does not have; skipped here",
                        spec.hub_table, r["uid"], r["attendee_uid"])
        elif r["uid"] not in own:
            values = spec.check(r, attendee_id)
            if values is None:
                refused += 1
                log.warning("%s %s from station %r is not what the app writes; refused here",
                            spec.hub_table, r["uid"], str(r.get("station"))[:MAX_STATION])
            else:
                ready.append(values)
        done = r["seq"]
    return ready, done, False, refused


def _own_prints(db: EventDB, uids: list[str]) -> set[str]:
    """The print records among `uids` that are this station's own jobs coming back."""
    found: set[str] = set()
    for start in range(0, len(uids), 500):
        part = uids[start:start + 500]
        found.update(r[0] for r in db.conn.execute(
            f"SELECT uid FROM print_jobs WHERE uid IN ({','.join('?' * len(part))})", part))
    return found

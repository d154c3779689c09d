"""What reaches the hub as appended facts besides check-ins: walk-ins and desk corrections made at a
station that may not change the roster (badge facts are in badge_facts.py).

A station syncing with its own login (see roles.py) never updates `hub_attendees`. Instead:

* a walk-in created at its desk is appended to `hub_walk_ins` (once, with its fields as they are);
* a desk correction is appended to `hub_attendee_edits` as the corrected values of the fields that
  say how a person is named and reached (roles.STATION_EDITABLE). Corrections of status or ticket
  type (whether someone is admitted) stay on that station: the organizer makes those for everyone.

Every station pulls both, in hub order, and applies them like the hub's roster rows: a walk-in
becomes an attendee, a correction becomes a desk edit (which a later re-import keeps; one that
names a guest clears their "details missing" mark, as it did where it was made). A local
correction not yet sent wins over one pulled for the same field. Facts carry deterministic uids,
so sending a batch twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3

from kiosk.roster.attendees import EDITABLE, NAMES_THE_GUEST
from kiosk.roster.folding import search_text
from kiosk.store.database import EventDB
from kiosk.sync import state
from kiosk.sync.roles import STATION_EDITABLE

log = logging.getLogger(__name__)

BATCH = 5000
_WALK_IN_FIELDS = ("code", "first_name", "last_name", "full_name", "email", "organization", "ticket_type",
                   "pronouns", "notes")


def _fact_uid(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:32]


# -- a station's walk-ins and corrections, pushed -----------------------------------------------------
def push_station_changes(db: EventDB, hub, station_id: str, station_name: str) -> dict:
    """Append this station's walk-ins and desk corrections (inside batches of hub transactions)."""
    from kiosk.sync.push import _aliases, _lock, pg_text

    sent = {"walk_ins": 0, "edits": 0, "kept_here": 0}
    while True:
        rows = db.query(
            "SELECT id, uid, source_id, walk_in, edited, updated_at, sync_rev, pushed_rev, "
            + ", ".join(_WALK_IN_FIELDS) + " FROM attendees WHERE pushed_rev <> sync_rev ORDER BY id LIMIT ?", (BATCH,))
        if not rows:
            break
        walk_ins, edits = [], []
        for r in rows:
            if r["walk_in"] and r["source_id"] is None and r["pushed_rev"] == 0:
                walk_ins.append((r["uid"], *(pg_text(r[f]) for f in _WALK_IN_FIELDS), r["updated_at"], station_name,
                                 station_id))
                continue
            edited = json.loads(r["edited"] or "{}")
            fields = {f: pg_text(r[f]) for f in edited if f in STATION_EDITABLE}
            if len(fields) < len(edited) or not edited:
                sent["kept_here"] += 1
            if fields:
                edits.append([_fact_uid(r["uid"], r["sync_rev"], station_id), r["uid"],
                              json.dumps(fields, ensure_ascii=False, sort_keys=True), r["updated_at"],
                              station_name, station_id])
        with hub.transaction():
            _lock(hub)
            if walk_ins:
                hub.cursor().executemany(
                    "INSERT INTO hub_walk_ins (uid, " + ", ".join(_WALK_IN_FIELDS) + ", at, station, station_id) "
                    "VALUES (" + ", ".join(["%s"] * (len(_WALK_IN_FIELDS) + 4)) + ") ON CONFLICT (uid) DO NOTHING",
                    walk_ins)
            if edits:
                aliases = _aliases(hub, list({e[1] for e in edits}))
                for e in edits:
                    e[1] = aliases.get(e[1], e[1])
                hub.cursor().executemany(
                    "INSERT INTO hub_attendee_edits (uid, attendee_uid, fields, at, station, station_id) "
                    "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (uid) DO NOTHING", edits)
        with db.write() as conn:
            conn.executemany("UPDATE attendees SET pushed_rev = ? WHERE uid = ? AND sync_rev = ?",
                             [(r["sync_rev"], r["uid"], r["sync_rev"]) for r in rows])
        sent["walk_ins"] += len(walk_ins)
        sent["edits"] += len(edits)
        if len(rows) < BATCH:
            break
    return sent


# -- walk-ins and corrections, pulled by every station ---------------------------------------------------
def pull_walk_ins(db: EventDB, hub) -> int:
    """Add the walk-ins other stations appended; returns how many were added here."""
    from kiosk.sync import fact_checks
    added = 0
    columns = ("uid", *_WALK_IN_FIELDS, "at", "seq")
    while True:
        cursor = state.cursor(db, "hub_walk_ins")
        rows = [dict(zip(columns, r)) for r in hub.execute(
            f"SELECT {', '.join(columns)} FROM hub_walk_ins WHERE seq > %s ORDER BY seq LIMIT %s", (cursor, BATCH))]
        if not rows:
            return added
        with db.write() as conn:
            for r in rows:
                if conn.execute("SELECT 1 FROM attendees WHERE uid = ?", (r["uid"],)).fetchone():
                    continue                 # ours, or already here
                problem = fact_checks.walk_in_problem(r)
                if problem:                  # no desk of this app types that: a broken or hostile station
                    log.warning("walk-in %s from the hub is refused here: %s", str(r["uid"])[:60], problem)
                    continue
                try:
                    cur = conn.execute(
                        "INSERT INTO attendees (uid, code, first_name, last_name, full_name, email, organization, "
                        "ticket_type, status, pronouns, notes, walk_in, search_text, created_at, updated_at, sync_rev, "
                        "pushed_rev) VALUES (?,?,?,?,?,?,?,?, 'active', ?,?, 1, ?,?,?, 1, 1)",
                        (r["uid"], r["code"], r["first_name"], r["last_name"], r["full_name"], r["email"],
                         r["organization"], r["ticket_type"], r["pronouns"], r["notes"],
                         search_text(r["first_name"], r["last_name"], r["full_name"], r["email"], r["organization"],
                                     r["code"]), r["at"], r["at"]))
                except sqlite3.IntegrityError as exc:
                    log.warning("walk-in %s (code %s) from the hub clashes with this station's roster (%s); not added",
                                r["uid"], r["code"], exc)
                    continue
                conn.execute("INSERT OR IGNORE INTO attendee_codes (code, attendee_id) VALUES (?, ?)",
                             (r["code"], cur.lastrowid))
                added += 1
            state.put(conn, "cursor:hub_walk_ins", rows[-1]["seq"])
        if len(rows) < BATCH:
            return added


def pull_edits(db: EventDB, hub, own_station_id: str) -> dict:
    """Apply the desk corrections other stations appended; returns counts (applied, kept_local,
    skipped, waiting)."""
    got = {"applied": 0, "kept_local": 0, "skipped": 0, "waiting": 0}
    columns = ("uid", "attendee_uid", "fields", "at", "station_id", "seq")
    while True:
        cursor = state.cursor(db, "hub_attendee_edits")
        rows = [dict(zip(columns, r)) for r in hub.execute(
            f"SELECT {', '.join(columns)} FROM hub_attendee_edits WHERE seq > %s ORDER BY seq LIMIT %s",
            (cursor, BATCH))]
        if not rows:
            return got
        done, stopped = cursor, False
        with db.write() as conn:
            for r in rows:
                if r["station_id"] != own_station_id:
                    outcome = _apply_edit(db, conn, hub, r)
                    if outcome == "waiting":
                        stopped = True
                        got["waiting"] += 1
                        break
                    got[outcome] += 1
                done = r["seq"]
            if done > cursor:
                state.put(conn, "cursor:hub_attendee_edits", done)
        if stopped or len(rows) < BATCH:
            return got


def _apply_edit(db: EventDB, conn, hub, edit: dict) -> str:
    from kiosk.sync import fact_checks

    row = conn.execute("SELECT id, code, first_name, last_name, full_name, email, organization, edited, updated_at, "
                       "sync_rev, pushed_rev FROM attendees WHERE uid = ?", (edit["attendee_uid"],)).fetchone()
    if row is None:
        for table in ("hub_attendees", "hub_walk_ins"):
            found = hub.execute(f"SELECT seq FROM {table} WHERE uid = %s", (edit["attendee_uid"],)).fetchone()
            if found is not None and found[0] > state.cursor(db, table):
                return "waiting"         # the attendee is still to come: the next pass applies it
        log.warning("correction %s names attendee %s, whom this station does not have; skipped here",
                    edit["uid"], edit["attendee_uid"])
        return "skipped"
    keys = ("id", "code", "first_name", "last_name", "full_name", "email", "organization", "edited", "updated_at",
            "sync_rev", "pushed_rev")
    mine = dict(zip(keys, row))
    try:
        fields = json.loads(edit["fields"])
    except (ValueError, RecursionError):
        fields = {}
    edited = json.loads(mine["edited"] or "{}")
    dirty = mine["pushed_rev"] != mine["sync_rev"]
    changes = {}
    for field, value in (fields.items() if isinstance(fields, dict) else ()):
        if field not in EDITABLE or field not in STATION_EDITABLE or fact_checks.edit_value(field, value) is None:
            continue                     # (a value no desk of this app types is refused here)
        if dirty and field in edited:
            continue                     # corrected here too and not sent yet: ours goes up next push
        changes[field] = value
        edited[field] = value
    if not changes:
        return "kept_local"
    merged = {k: mine[k] for k in ("first_name", "last_name", "full_name", "email", "organization", "code")}
    merged.update(changes)
    sets = ", ".join(f"{k} = ?" for k in changes)
    if set(changes) & set(NAMES_THE_GUEST):
        sets += ", details_missing = 0"          # the desk that made it named the guest
    rev = "" if dirty else ", sync_rev = sync_rev + 1, pushed_rev = sync_rev + 1"
    conn.execute(f"UPDATE attendees SET {sets}, edited = ?, search_text = ?, updated_at = max(updated_at, ?){rev} "
                 "WHERE id = ?",
                 (*changes.values(), json.dumps(edited, ensure_ascii=False, sort_keys=True),
                  search_text(merged["first_name"], merged["last_name"], merged["full_name"], merged["email"],
                              merged["organization"], merged["code"]), edit["at"], mine["id"]))
    return "applied"

"""Pulling everyone's changes from the hub, in `seq` order, a batch per local transaction.

Each batch is applied and its cursor advanced in the same local transaction: a crash between
batches leaves the station at a consistent point and the next round continues from it. The
station's own facts come back too and are ignored by uid. A fact that names an attendee (or a
check-in) this station has not received yet stops its table's pull at that row; the next pass
fetches the attendee first and then the fact.
"""

from __future__ import annotations

import json
import logging

from kiosk.store.database import EventDB
from kiosk.store.planner import analyze
from kiosk.sync import appended, badge_facts, fact_checks, local_rows, shared_settings, state
from kiosk.sync.attendee_merge import FIELDS

log = logging.getLogger(__name__)

BATCH = 5000
#: Rows received in one round after which the planner's statistics are refreshed.
ANALYZE_AFTER = 1000


def _fetch(hub, sql: str, cursor: int, keys: tuple) -> list[dict]:
    return [dict(zip(keys, row)) for row in hub.execute(sql, (cursor, BATCH)).fetchall()]


def pull_attendees(db: EventDB, hub, station: str, echoes: set | None = None) -> dict:
    totals = {"added": 0, "updated": 0, "kept_local": 0, "skipped": 0}
    sources = None
    while True:
        cursor = state.cursor(db, "hub_attendees")
        rows = _fetch(hub, f"SELECT uid, {', '.join(FIELDS)}, seq FROM hub_attendees WHERE seq > %s ORDER BY seq LIMIT %s",
                      cursor, ("uid", *FIELDS, "seq"))
        if not rows:
            break
        if sources is None:
            sources = shared_settings.hub_sources(hub)
        with db.write() as conn:
            fresh = [r for r in rows if (r["uid"], r["seq"]) not in echoes] if echoes else rows
            stats = local_rows.apply_attendees(db, conn, fresh, station, sources)
            state.put(conn, "cursor:hub_attendees", rows[-1]["seq"])
        for k, v in stats.items():
            totals[k] += v
        if len(rows) < BATCH:
            break
    return totals


def _blocked(hub, table: str, uid: str, cursor: int, db: EventDB | None = None) -> bool:
    """Whether a missing row is still to come (so the fact must wait) rather than refused here.
    An attendee may also come as a station's walk-in."""
    row = hub.execute(f"SELECT seq FROM {table} WHERE uid = %s", (uid,)).fetchone()
    if row is not None and row[0] > cursor:
        return True
    if table == "hub_attendees" and db is not None:
        row = hub.execute("SELECT seq FROM hub_walk_ins WHERE uid = %s", (uid,)).fetchone()
        return row is not None and row[0] > state.cursor(db, "hub_walk_ins")
    return False


def pull_facts(db: EventDB, hub) -> dict:
    got = {"checkins": 0, "annulments": 0, "scan_attempts": 0, "waiting": 0, "refused": 0}
    specs = [
        ("hub_checkins", "checkins", ("uid", "attendee_uid", "event_day", "at", "station", "method", "payload")),
        ("hub_annulments", "annulments", ("uid", "checkin_uid", "reason", "station", "at")),
        ("hub_scan_attempts", "scan_attempts", ("uid", "at", "station", "payload", "verdict", "attendee_uid", "checkin_uid")),
    ]
    for table, name, columns in specs:
        while True:
            cursor = state.cursor(db, table)
            batch = hub.execute(f"SELECT {', '.join(columns)}, seq FROM {table} WHERE seq > %s ORDER BY seq LIMIT %s",
                                (cursor, BATCH)).fetchall()
            if not batch:
                break
            fetched, refused = fact_checks.checked_facts(table, batch)     # a hostile station's garbage stays out
            got["refused"] += refused
            if not fetched:
                with db.write() as conn:
                    state.put(conn, f"cursor:{table}", batch[-1][-1])
                if len(batch) < BATCH:
                    break
                continue
            if table != "hub_annulments" and _all_attendees_known(db, fetched, columns.index("attendee_uid")):
                # The usual case (a first sync pulls the attendees first): ids are found by SQL as
                # the rows go in, no Python dict per fact.
                with db.write() as conn:
                    got[name] += local_rows.insert_facts_by_attendee_uid(conn, table, fetched)
                    state.put(conn, f"cursor:{table}", batch[-1][-1])
                if len(batch) < BATCH:
                    break
                continue
            rows = [dict(zip((*columns, "seq"), row)) for row in fetched]
            ready, done_seq, stopped = _resolve(db, hub, table, rows)
            if not stopped:
                done_seq = batch[-1][-1]         # refused rows after the last one taken are done too
            if done_seq > cursor:
                with db.write() as conn:
                    insert = {"hub_checkins": local_rows.insert_checkins, "hub_annulments": local_rows.insert_annulments,
                              "hub_scan_attempts": local_rows.insert_scan_attempts}[table]
                    got[name] += insert(conn, [r["_values"] for r in ready])
                    state.put(conn, f"cursor:{table}", done_seq)
            if stopped:
                got["waiting"] += 1
                break
            if len(batch) < BATCH:
                break
    return got


def _all_attendees_known(db: EventDB, rows: list[tuple], position: int) -> bool:
    """Whether every attendee a batch of facts names is on this station (one query, no dicts)."""
    uids = sorted({row[position] for row in rows if row[position]})
    if not uids:
        return True
    return not db.conn.execute("SELECT 1 FROM json_each(?) WHERE value NOT IN (SELECT uid FROM attendees) LIMIT 1",
                               (json.dumps(uids),)).fetchone()


def _resolve(db: EventDB, hub, table: str, rows: list[dict]) -> tuple[list[dict], int, bool]:
    """Local ids for a batch of facts, the seq up to which the batch is handled, and whether it
    stopped at a fact whose attendee/check-in is still to come."""
    attendee_cursor = state.cursor(db, "hub_attendees")
    checkin_cursor = state.cursor(db, "hub_checkins")
    ids = local_rows.attendee_ids(db, {r["attendee_uid"] for r in rows if r.get("attendee_uid")})
    known = local_rows.known_checkins(db, {r["checkin_uid"] for r in rows}) if table == "hub_annulments" else set()
    ready: list[dict] = []
    done = 0
    for r in rows:
        attendee_uid = r.get("attendee_uid")
        attendee_id = ids.get(attendee_uid) if attendee_uid else None
        if attendee_uid and attendee_id is None:
            if _blocked(hub, "hub_attendees", attendee_uid, attendee_cursor, db):
                return ready, done, True
            if table == "hub_checkins":
                log.warning("check-in %s names attendee %s, whom this station does not have; skipped here",
                            r["uid"], attendee_uid)
                done = r["seq"]
                continue
        if table == "hub_annulments" and r["checkin_uid"] not in known:
            if _blocked(hub, "hub_checkins", r["checkin_uid"], checkin_cursor):
                return ready, done, True
            log.warning("annulment %s names check-in %s, which this station does not have; skipped here",
                        r["uid"], r["checkin_uid"])
            done = r["seq"]
            continue
        if table == "hub_checkins":
            r["_values"] = (r["uid"], attendee_id, r["event_day"], r["at"], r["station"], r["method"], r["payload"])
        elif table == "hub_annulments":
            r["_values"] = (r["uid"], r["checkin_uid"], r["reason"], r["station"], r["at"])
        else:
            r["_values"] = (r["uid"], r["at"], r["station"], r["payload"], r["verdict"], attendee_id, r["checkin_uid"])
        ready.append(r)
        done = r["seq"]
    return ready, done, False


def pull(db: EventDB, hub, station: str, echoes: set | None = None, *, as_station: str | None = None) -> dict:
    """Apply everything new on the hub; returns counts of what arrived. `echoes`: attendee rows
    (uid, seq) this round pushed and the hub kept as sent, skipped. `as_station`: see push()."""
    got = shared_settings.pull(db, hub, as_station=as_station)
    got["attendees"] = pull_attendees(db, hub, station, echoes)
    got["walk_ins"] = appended.pull_walk_ins(db, hub)
    got["edits"] = appended.pull_edits(db, hub, station)
    got.update(pull_facts(db, hub))
    got["badges"] = badge_facts.pull(db, hub)
    if got.get("waiting") or got["edits"]["waiting"] or got["badges"]["waiting"]:
        # A fact raced ahead of its attendee: one more pass picks both up.
        got["attendees_again"] = pull_attendees(db, hub, station)
        got["walk_ins"] += appended.pull_walk_ins(db, hub)
        got["edits"] = appended.pull_edits(db, hub, station)
        again = pull_facts(db, hub)
        for k in ("checkins", "annulments", "scan_attempts", "refused"):
            got[k] += again[k]
        got["waiting"] = again["waiting"]
        badges = badge_facts.pull(db, hub)
        got["badges"] = {k: v + badges[k] if k not in ("waiting",) else badges[k] for k, v in got["badges"].items()}
    arrived = got["attendees"]["added"] + got["attendees"]["updated"] + got["checkins"]
    if arrived >= ANALYZE_AFTER:
        analyze(db)             # a first sync filled the tables: give the planner their shape
    log.info("pulled from the hub: %s", json.dumps(got))
    return got

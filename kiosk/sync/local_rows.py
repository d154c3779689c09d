"""The station's side of sync: read what it has not pushed yet, and apply what the hub sent.

Everything here runs inside the caller's local transaction (`EventDB.write()`), so a pull batch
and its cursor are committed together or not at all. Applying the hub's version of an attendee
sets `sync_rev` itself, which the station's trigger does not count as a local change.
"""

from __future__ import annotations

import json
import logging
import sqlite3

from kiosk.roster.attendees import NAMES_THE_GUEST
from kiosk.roster.folding import search_text
from kiosk.store.database import EventDB
from kiosk.sync.attendee_merge import merge, same_content

log = logging.getLogger(__name__)

_DATA = ("code", "first_name", "last_name", "full_name", "email", "organization", "ticket_type", "status",
         "pronouns", "notes")


def _chunks(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start:start + size]


# -- attendees ----------------------------------------------------------------------------------
def _codes_of(db: EventDB, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        for attendee_id, code in db.conn.execute(
                f"SELECT attendee_id, code FROM attendee_codes WHERE attendee_id IN ({marks}) ORDER BY rowid", part):
            found.setdefault(attendee_id, []).append(code)
    return found


_LOCAL_SELECT = ("SELECT a.id, a.uid, s.name AS source, a.source_key, a.code, a.first_name, a.last_name, a.full_name, "
                 "a.email, a.organization, a.ticket_type, a.status, a.pronouns, a.notes, a.walk_in, a.imported, "
                 "a.edited, a.missing_from_source, a.details_missing, a.guest_of, a.created_at, a.updated_at, a.sync_rev, "
                 "a.pushed_rev "
                 "FROM attendees a LEFT JOIN sources s ON s.id = a.source_id ")


def _as_hub(row: dict, codes: list[str], station: str) -> dict:
    out = {k: row[k] for k in ("uid", "source", "source_key", "code", *_DATA[1:], "imported", "edited",
                               "created_at", "updated_at")}
    out["walk_in"] = bool(row["walk_in"])
    out["missing_from_source"] = bool(row["missing_from_source"])
    out["details_missing"] = bool(row["details_missing"])
    out["guest_of"] = row["guest_of"] or ""
    out["codes"] = json.dumps(list(dict.fromkeys([row["code"], *codes])), ensure_ascii=False)
    out["station_id"] = station
    if out["source"] is None:
        out["source_key"] = None      # a source key means nothing without its source
    return out


def unpushed_attendees(db: EventDB, station: str, limit: int) -> list[tuple[dict, int]]:
    """Attendees changed here since their last push, in hub shape, each with its revision."""
    rows = db.query(_LOCAL_SELECT + "WHERE a.pushed_rev <> a.sync_rev ORDER BY a.id LIMIT ?", (limit,))
    codes = _codes_of(db, [r["id"] for r in rows])
    return [(_as_hub(r, codes.get(r["id"], []), station), r["sync_rev"]) for r in rows]


def mark_attendees_pushed(conn, pushed: list[tuple[str, int]]) -> None:
    """Record pushes; a row changed again meanwhile keeps a newer revision and stays unpushed."""
    conn.executemany("UPDATE attendees SET pushed_rev = ? WHERE uid = ? AND sync_rev = ?",
                     [(rev, uid, rev) for uid, rev in pushed])


def _source_id(conn, cache: dict, name: str | None, hub_sources: dict) -> int | None:
    if name is None:
        return None
    if name not in cache:
        row = conn.execute("SELECT id FROM sources WHERE name = ?", (name,)).fetchone()
        if row is None:
            info = hub_sources.get(name, {})
            cur = conn.execute("INSERT INTO sources (name, platform, mapping) VALUES (?, ?, ?)",
                               (name, info.get("platform", ""), info.get("mapping", "{}")))
            cache[name] = cur.lastrowid
        else:
            cache[name] = row[0]
    return cache[name]


def _search(f: dict) -> str:
    return search_text(f["first_name"], f["last_name"], f["full_name"] or f.get("guest_of") or "", f["email"],
                       f["organization"], f["code"])


def apply_attendees(db: EventDB, conn, rows: list[dict], station: str, hub_sources: dict) -> dict:
    """Apply the hub's versions of attendees; returns counts (added, updated, kept_local, skipped)."""
    stats = {"added": 0, "updated": 0, "kept_local": 0, "skipped": 0}
    if not rows:
        return stats
    cache: dict[str, int] = {}
    uids = [r["uid"] for r in rows]
    local: dict[str, dict] = {}
    for part in _chunks(uids):
        for r in db.query(_LOCAL_SELECT + f"WHERE a.uid IN ({','.join('?' * len(part))})", part):
            local[r["uid"]] = r
    # The same registration imported here under another uid: found by (source, key), re-keyed.
    # Looked up by (source_id, source_key), the unique index's own order: one index seek per key
    # (a lookup by source_key alone scanned the whole roster for every batch: quadratic).
    keyed: dict[str, list[str]] = {}
    for r in rows:
        if r["uid"] not in local and r["source"] is not None and r["source_key"] is not None:
            keyed.setdefault(r["source"], []).append(r["source_key"])
    by_key: dict[tuple, dict] = {}
    for source, keys in keyed.items():
        source_id = db.scalar("SELECT id FROM sources WHERE name = ?", (source,))
        if source_id is None:
            continue                  # a source this station has never had: nothing to re-key
        for part in _chunks(keys):
            for r in db.query(_LOCAL_SELECT + f"WHERE a.source_id = ? AND a.source_key IN ({','.join('?' * len(part))})",
                              [source_id, *part]):
                by_key[(r["source"], r["source_key"])] = r
    fresh = []
    matched = {hub["uid"]: local.get(hub["uid"]) or by_key.get((hub["source"], hub["source_key"])) for hub in rows}
    all_codes = _codes_of(db, [m["id"] for m in matched.values() if m is not None])
    for hub in rows:
        mine = matched[hub["uid"]]
        if mine is None:
            fresh.append(hub)
            continue
        codes = all_codes.get(mine["id"], [])
        dirty = mine["pushed_rev"] != mine["sync_rev"]
        if dirty:
            target = merge(_as_hub(mine, codes, station), hub)
            target["uid"] = hub["uid"]
            clean = same_content(target, hub)
            if not clean:
                stats["kept_local"] += 1
        else:
            target, clean = _with_local_edits(hub, mine), True
            if same_content(_as_hub(mine, codes, hub["station_id"]), target) and mine["uid"] == hub["uid"] \
                    and mine["updated_at"] == hub["updated_at"]:
                continue           # our own push coming back, or nothing new
        if not _write_existing(conn, mine, target, clean, cache, hub_sources):
            stats["skipped"] += 1
            continue
        _replace_codes(conn, mine["id"], json.loads(target["codes"]), codes)
        stats["updated"] += 1
    rest = _insert_all_new(conn, fresh, cache, hub_sources)
    stats["added"] += len(fresh) - len(rest)
    for hub in rest:                # from a row that clashes with this station's roster: one by one
        if _insert_new(conn, hub, cache, hub_sources):
            stats["added"] += 1
        else:
            stats["skipped"] += 1
    return stats


def _with_local_edits(hub: dict, mine: dict) -> dict:
    """The hub's version, keeping desk corrections this station holds that the hub's row does not
    (they came as a station's appended correction, see appended.py): a later roster row from the
    organizer does not undo them, exactly as a re-import keeps a desk edit."""
    local = json.loads(mine["edited"] or "{}")
    theirs = json.loads(hub["edited"] or "{}")
    carried = {f: v for f, v in local.items() if f in _DATA and f != "code" and f not in theirs}
    if not carried:
        return hub
    named = {"details_missing": False} if set(carried) & set(NAMES_THE_GUEST) else {}
    return {**hub, **carried, **named,
            "edited": json.dumps({**theirs, **carried}, ensure_ascii=False, sort_keys=True)}


def _values(target: dict, cache: dict, conn, hub_sources: dict) -> tuple:
    return (target["uid"], _source_id(conn, cache, target["source"], hub_sources), target["source_key"],
            *(target[k] for k in _DATA), int(bool(target["walk_in"])), target["imported"], target["edited"],
            int(bool(target["missing_from_source"])), int(bool(target.get("details_missing"))),
            target.get("guest_of") or "", _search(target), target["created_at"], target["updated_at"])


def _write_existing(conn, mine: dict, target: dict, clean: bool, cache: dict, hub_sources: dict) -> bool:
    values = _values(target, cache, conn, hub_sources)
    sets = ("uid = ?, source_id = ?, source_key = ?, code = ?, first_name = ?, last_name = ?, full_name = ?, "
            "email = ?, organization = ?, ticket_type = ?, status = ?, pronouns = ?, notes = ?, walk_in = ?, "
            "imported = ?, edited = ?, missing_from_source = ?, details_missing = ?, guest_of = ?, search_text = ?, "
            "created_at = ?, updated_at = ?")
    try:
        if clean:
            conn.execute(f"UPDATE attendees SET {sets}, sync_rev = sync_rev + 1, pushed_rev = sync_rev + 1 WHERE id = ?",
                         (*values, mine["id"]))
        else:
            conn.execute(f"UPDATE attendees SET {sets} WHERE id = ?", (*values, mine["id"]))
    except sqlite3.IntegrityError as exc:
        log.warning("attendee %s from the hub clashes with this station's roster (%s); kept this station's row",
                    target["uid"], exc)
        return False
    return True


_INSERT = ("INSERT INTO attendees (uid, source_id, source_key, code, first_name, last_name, full_name, email, "
           "organization, ticket_type, status, pronouns, notes, walk_in, imported, edited, missing_from_source, "
           "details_missing, guest_of, search_text, created_at, updated_at, sync_rev, pushed_rev) "
           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,1)")


def _insert_all_new(conn, fresh: list[dict], cache: dict, hub_sources: dict) -> list[dict]:
    """Insert a batch of attendees this station does not have, with their codes, in two statements
    (a new station's first sync is all of these). Returns the rows that were not inserted because
    one of them clashes with this station's roster: the caller adds those one by one. (No savepoint
    around the batch: with the journal in memory it costs more than the batch itself.)"""
    if not fresh:
        return []
    try:
        conn.executemany(_INSERT, (_values(hub, cache, conn, hub_sources) for hub in fresh))
        done, rest = fresh, []
    except sqlite3.IntegrityError:     # the rows before the clash are in; the clash and after are not
        present: set[str] = set()
        for part in _chunks([hub["uid"] for hub in fresh]):
            present.update(r[0] for r in conn.execute(
                f"SELECT uid FROM attendees WHERE uid IN ({','.join('?' * len(part))})", part))
        done = [hub for hub in fresh if hub["uid"] in present]
        rest = [hub for hub in fresh if hub["uid"] not in present]
    conn.executemany("INSERT OR IGNORE INTO attendee_codes (code, attendee_id) "
                     "SELECT code.value, a.id FROM attendees a, json_each(?) code "
                     "WHERE a.uid = ? AND code.value <> ''", ((hub["codes"], hub["uid"]) for hub in done))
    return rest


def _insert_new(conn, hub: dict, cache: dict, hub_sources: dict) -> bool:
    try:
        cur = conn.execute(_INSERT, _values(hub, cache, conn, hub_sources))
    except sqlite3.IntegrityError as exc:
        log.warning("attendee %s (code %s) from the hub clashes with this station's roster (%s); not added here",
                    hub["uid"], hub["code"], exc)
        return False
    conn.executemany("INSERT OR IGNORE INTO attendee_codes (code, attendee_id) VALUES (?, ?)",
                     [(c, cur.lastrowid) for c in json.loads(hub["codes"]) if c])
    return True


def _replace_codes(conn, attendee_id: int, wanted: list[str], current: list[str]) -> None:
    gone = [c for c in current if c not in wanted]
    if gone:
        conn.executemany("DELETE FROM attendee_codes WHERE code = ? AND attendee_id = ?", [(c, attendee_id) for c in gone])
    conn.executemany("INSERT OR IGNORE INTO attendee_codes (code, attendee_id) VALUES (?, ?)",
                     [(c, attendee_id) for c in wanted if c and c not in current])


# -- facts ------------------------------------------------------------------------------------------
FACT_TABLES = {
    # hub table: (local table, local columns read for a push)
    "hub_checkins": "checkins",
    "hub_annulments": "checkin_annulments",
    "hub_scan_attempts": "scan_attempts",
}


def unsynced_facts(db: EventDB, limit: int) -> dict[str, list[dict]]:
    """Local facts the hub has not acknowledged, oldest first, in hub shape."""
    return {
        "hub_checkins": db.query(
            "SELECT c.uid, a.uid AS attendee_uid, c.event_day, c.at, c.station, c.method, c.payload "
            "FROM checkins c JOIN attendees a ON a.id = c.attendee_id WHERE c.synced = 0 ORDER BY c.id LIMIT ?", (limit,)),
        "hub_annulments": db.query(
            "SELECT uid, checkin_uid, reason, station, at FROM checkin_annulments WHERE synced = 0 ORDER BY id LIMIT ?",
            (limit,)),
        "hub_scan_attempts": db.query(
            "SELECT s.uid, s.at, s.station, s.payload, s.verdict, a.uid AS attendee_uid, s.checkin_uid "
            "FROM scan_attempts s LEFT JOIN attendees a ON a.id = s.attendee_id WHERE s.synced = 0 ORDER BY s.id LIMIT ?",
            (limit,)),
    }


def mark_facts_synced(conn, hub_table: str, uids: list[str]) -> None:
    conn.executemany(f"UPDATE {FACT_TABLES[hub_table]} SET synced = 1 WHERE uid = ?", [(u,) for u in uids])


def attendee_ids(db: EventDB, uids: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    items = [u for u in uids if u]
    for part in _chunks(items):
        found.update(db.conn.execute(f"SELECT uid, id FROM attendees WHERE uid IN ({','.join('?' * len(part))})", part))
    return found


def known_checkins(db: EventDB, uids: set[str]) -> set[str]:
    items = [u for u in uids if u]
    found: set[str] = set()
    for part in _chunks(items):
        found.update(r[0] for r in db.conn.execute(
            f"SELECT uid FROM checkins WHERE uid IN ({','.join('?' * len(part))})", part))
    return found


def insert_facts_by_attendee_uid(conn, hub_table: str, rows: list[tuple]) -> int:
    """Insert hub facts as fetched (columns as pull.py selects them, seq last), the attendee's local
    id found by SQL from its uid. Only for batches whose attendees are all here."""
    if hub_table == "hub_checkins":      # uid, attendee_uid, event_day, at, station, method, payload, seq
        return conn.executemany(
            "INSERT OR IGNORE INTO checkins (uid, attendee_id, event_day, at, station, method, payload, synced) "
            "SELECT ?, (SELECT id FROM attendees WHERE uid = ?), ?, ?, ?, ?, ?, 1",
            (row[:7] for row in rows)).rowcount
    # uid, at, station, payload, verdict, attendee_uid, checkin_uid, seq
    return conn.executemany(
        "INSERT OR IGNORE INTO scan_attempts (uid, at, station, payload, verdict, attendee_id, checkin_uid, synced) "
        "SELECT ?, ?, ?, ?, ?, (SELECT id FROM attendees WHERE uid = ?), ?, 1",
        (row[:7] for row in rows)).rowcount


def insert_checkins(conn, rows: list[tuple]) -> int:
    return conn.executemany("INSERT OR IGNORE INTO checkins (uid, attendee_id, event_day, at, station, method, payload, synced) "
                     "VALUES (?,?,?,?,?,?,?,1)", rows).rowcount


def insert_annulments(conn, rows: list[tuple]) -> int:
    # Two stations may annul the same check-in while apart: the first one here stands for both.
    return conn.executemany("INSERT OR IGNORE INTO checkin_annulments (uid, checkin_uid, reason, station, at, synced) "
                     "VALUES (?,?,?,?,?,1)", rows).rowcount


def insert_scan_attempts(conn, rows: list[tuple]) -> int:
    return conn.executemany("INSERT OR IGNORE INTO scan_attempts (uid, at, station, payload, verdict, attendee_id, checkin_uid, synced) "
                     "VALUES (?,?,?,?,?,?,?,1)", rows).rowcount

"""Pushing a station's changes to the hub: one hub transaction per batch, then a local commit.

Each batch holds the hub's push lock for its transaction, so hub rows become visible in `seq`
order. Facts go in with ON CONFLICT (uid) DO NOTHING: pushing the same batch twice (the station
crashed after the hub committed but before it noted the push) changes nothing. Attendees are
merged with the hub's version (see attendee_merge) under the same lock. Only after the hub has
committed does the station mark the rows as pushed, in its own transaction.
"""

from __future__ import annotations

import json
import logging

from kiosk.store import settings
from kiosk.store.database import EventDB, utc_now
from kiosk.sync import appended, badge_facts, local_rows, shared_settings
from kiosk.sync.attendee_merge import FIELDS, merge, same_content
from kiosk.sync.hub_schema import PUSH_LOCK

log = logging.getLogger(__name__)

BATCH = 5000

_FACT_COLUMNS = {
    "hub_checkins": ("uid", "attendee_uid", "event_day", "at", "station", "method", "payload"),
    "hub_annulments": ("uid", "checkin_uid", "reason", "station", "at"),
    "hub_scan_attempts": ("uid", "at", "station", "payload", "verdict", "attendee_uid", "checkin_uid"),
}


def pg_text(value):
    """A value PostgreSQL accepts: text never holds NUL there (a desk field or an old import may)."""
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", "\ufffd")
    return value


def _lock(hub) -> None:
    hub.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))


def _aliases(hub, uids: list[str]) -> dict[str, str]:
    if not uids:
        return {}
    return dict(hub.execute("SELECT uid, canonical_uid FROM hub_attendee_aliases WHERE uid = ANY(%s)", (uids,)).fetchall())


def push_attendees_batch(hub, batch: list[dict]) -> set[tuple[str, int]]:
    """Merge a batch of attendee versions into the hub (inside the caller's hub transaction).

    Returns (uid, seq) of the rows the hub now holds exactly as this station sent them: pulling
    them back would change nothing, so the same round's pull skips them."""
    aliases = _aliases(hub, [r["uid"] for r in batch])
    uids = list({aliases.get(r["uid"], r["uid"]) for r in batch})
    columns = ", ".join(FIELDS)
    existing = {row[0]: dict(zip(("uid", *FIELDS), row)) for row in hub.execute(
        f"SELECT uid, {columns} FROM hub_attendees WHERE uid = ANY(%s)", (uids,))}
    keyed = [(r["source"], r["source_key"]) for r in batch
             if r["source"] is not None and r["source_key"] is not None and aliases.get(r["uid"], r["uid"]) not in existing]
    by_key: dict[tuple, dict] = {}
    if keyed:
        for row in hub.execute(
                f"SELECT h.uid, {', '.join('h.' + c for c in FIELDS)} FROM hub_attendees h "
                "JOIN unnest(%s::text[], %s::text[]) AS k(source, source_key) "
                "ON h.source = k.source AND h.source_key = k.source_key",
                ([k[0] for k in keyed], [k[1] for k in keyed])):
            by_key[(row[1], row[2])] = dict(zip(("uid", *FIELDS), row))
    writes: dict[str, dict] = {}
    verbatim: set[str] = set()
    new_aliases = []
    for pushed in batch:
        uid = aliases.get(pushed["uid"], pushed["uid"])
        current = writes.get(uid) or existing.get(uid)
        if current is None and (pushed["source"], pushed["source_key"]) in by_key:
            current = by_key[(pushed["source"], pushed["source_key"])]
            new_aliases.append((pushed["uid"], current["uid"]))
            uid = current["uid"]
            current = writes.get(uid) or current
        row = dict(pushed, uid=uid)
        if current is not None:
            merged = merge(current, row)
            merged["uid"] = uid
            if same_content(merged, current) and merged["updated_at"] == current["updated_at"] \
                    and merged["station_id"] == current["station_id"]:
                continue
            row = merged
        writes[uid] = row
        if uid == pushed["uid"] and same_content(row, pushed) and row["updated_at"] == pushed["updated_at"]:
            verbatim.add(uid)
        else:
            verbatim.discard(uid)
    if new_aliases:
        hub.cursor().executemany("INSERT INTO hub_attendee_aliases (uid, canonical_uid) VALUES (%s, %s) "
                                 "ON CONFLICT (uid) DO NOTHING", new_aliases)
    if writes:
        updates = ", ".join(f"{c} = excluded.{c}" for c in FIELDS)
        with hub.cursor() as cur:
            cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS incoming_attendees ON COMMIT DELETE ROWS AS "
                        f"SELECT uid, {columns} FROM hub_attendees WITH NO DATA")
            with cur.copy(f"COPY incoming_attendees (uid, {columns}) FROM STDIN") as copy:
                for w in writes.values():
                    copy.write_row((w["uid"], *(pg_text(w[c]) for c in FIELDS)))
            cur.execute(f"INSERT INTO hub_attendees (uid, {columns}) SELECT uid, {columns} FROM incoming_attendees "
                        f"ON CONFLICT (uid) DO UPDATE SET {updates}, "
                        "seq = nextval(pg_get_serial_sequence('hub_attendees', 'seq')) RETURNING uid, seq")
            return {(uid, seq) for uid, seq in cur.fetchall() if uid in verbatim}
    return set()


def push_facts_batch(hub, table: str, rows: list[dict], station: str, label: str | None = None) -> None:
    """Insert facts the hub may already hold (inside the caller's hub transaction).

    `label`: a station syncing with its own login sends its facts under the name the hub knows it
    by (the hub refuses any other), whatever the station was called when it recorded them."""
    columns = _FACT_COLUMNS[table]
    if label is not None:
        for r in rows:
            r["station"] = label
    if "attendee_uid" in columns:
        aliases = _aliases(hub, list({r["attendee_uid"] for r in rows if r["attendee_uid"]}))
        for r in rows:
            r["attendee_uid"] = aliases.get(r["attendee_uid"], r["attendee_uid"])
    with hub.cursor() as cur:
        cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS incoming_{table} ON COMMIT DELETE ROWS AS "
                    f"SELECT {', '.join(columns)}, station_id FROM {table} WITH NO DATA")
        with cur.copy(f"COPY incoming_{table} ({', '.join(columns)}, station_id) FROM STDIN") as copy:
            for r in rows:
                copy.write_row((*(pg_text(r[c]) for c in columns), station))
        cur.execute(f"INSERT INTO {table} ({', '.join(columns)}, station_id) "
                    f"SELECT {', '.join(columns)}, station_id FROM incoming_{table} ORDER BY at "
                    "ON CONFLICT (uid) DO NOTHING")


def push(db: EventDB, hub, station: str, *, notify: bool = True, echoes: set | None = None,
         as_station: str | None = None) -> dict:
    """Send everything this station has not pushed yet; returns what was sent. `echoes` collects
    the (uid, seq) of attendee rows the hub holds exactly as sent (see push_attendees_batch).

    `as_station`: the station's name when it syncs with its own login (roles.py): then `station`
    is that login, the event, settings and roster are not written, and walk-ins and desk
    corrections are appended as facts instead (appended.py)."""
    sent = {"attendees": 0, "checkins": 0, "annulments": 0, "scan_attempts": 0, "settings": 0}
    echoes = echoes if echoes is not None else set()
    if as_station is not None:
        shared_settings.check_event(db, hub)
        changes = appended.push_station_changes(db, hub, station, as_station)
        sent["attendees"] = changes["walk_ins"] + changes["edits"]
        sent["kept_here"] = changes["kept_here"]
    else:
        sent["settings"] = shared_settings.push(db, hub, station)
    while as_station is None:
        batch = local_rows.unpushed_attendees(db, station, BATCH)
        if not batch:
            break
        with hub.transaction():
            _lock(hub)
            shared_settings.push_sources(db, hub, [r for r, _ in batch])
            echoes |= push_attendees_batch(hub, [r for r, _ in batch])
        with db.write() as conn:
            local_rows.mark_attendees_pushed(conn, [(r["uid"], rev) for r, rev in batch])
        sent["attendees"] += len(batch)
        if len(batch) < BATCH:
            break
    names = {"hub_checkins": "checkins", "hub_annulments": "annulments", "hub_scan_attempts": "scan_attempts"}
    while True:
        facts = local_rows.unsynced_facts(db, BATCH)
        if not any(facts.values()):
            break
        with hub.transaction():
            _lock(hub)
            for table, rows in facts.items():
                if rows:
                    push_facts_batch(hub, table, rows, station, as_station)
        with db.write() as conn:
            for table, rows in facts.items():
                local_rows.mark_facts_synced(conn, table, [r["uid"] for r in rows])
                sent[names[table]] += len(rows)
        if all(len(rows) < BATCH for rows in facts.values()):
            break
    sent.update(badge_facts.push(db, hub, station, as_station))
    if notify and any(sent.values()):
        hub.execute("SELECT pg_notify('kiosk_hub', %s)", (station,))
    if as_station is not None:
        hub.execute("SELECT kiosk_station_seen()")
    else:
        hub.execute("INSERT INTO hub_stations (station_id, name) VALUES (%s, %s) ON CONFLICT (station_id) "
                    "DO UPDATE SET name = excluded.name, last_seen = now()",
                    (station, settings.get(db, "station_name")))
    log.info("pushed to the hub: %s", json.dumps(sent))
    return sent


__all__ = ["push", "push_attendees_batch", "push_facts_batch", "utc_now"]

"""The event itself, its shared settings and its import sources, as the hub keeps them.

The event row (name, days, time zone, and the secret that signs issued codes) is the same at
every station. A station that joins with an empty database takes the hub's event; a station whose
database holds another event's roster is refused, so two events never mix on one hub.

Settings of the event's scope travel (kiosk/store/settings.py); those of one station (its name,
printer, scanner, hub address) and runtime state never do. A change is detected against the values
last exchanged with the hub (kept in the runtime state) and pushed with the time of the push: the
latest push wins. What arrives is validated through the registry like a local value: a value that
is not JSON, has the wrong type or is not allowed, an unknown key or a runtime-state key is refused,
logged and counted in the sync status (`SyncStatus.refused_settings`), never stored. A stored value
that is not valid (from an older version) is neither used nor pushed; the hub's value replaces it.
"""

from __future__ import annotations

import hashlib
import json
import logging

from kiosk.errors import KnownError
from kiosk.store import settings
from kiosk.store.database import EventDB, utc_now
from kiosk.store.settings import SettingRefused
from kiosk.sync import state
from kiosk.sync.words import WORDS

log = logging.getLogger(__name__)


def is_shared(key: str) -> bool:
    """Whether a setting travels through the hub (the event's scope)."""
    setting = settings.SETTINGS.get(key)
    return setting is not None and setting.scope == "event"


def _canonical(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


_warned: set[tuple[str, str]] = set()


def _shared_now(db: EventDB) -> tuple[dict[str, str], set[str]]:
    """The valid shared settings stored here (key -> canonical JSON), and the keys whose stored
    value is broken (neither pushed nor taken for a deletion)."""
    valid, broken = {}, set()
    for key, raw in settings.stored_rows(db).items():
        if not is_shared(key):
            continue
        try:
            valid[key] = _canonical(settings.check_stored(settings.SETTINGS[key], raw))
        except SettingRefused as exc:
            if (key, raw) not in _warned:
                _warned.add((key, raw))
                log.warning("the stored setting %s is not valid and is not sent to the hub: %s", key, exc)
            broken.add(key)
    return valid, broken


def _received(key: str, value: str | None) -> str | None:
    """A hub row as canonical JSON (None: unset), or `SettingRefused` saying why it is not taken."""
    setting = settings.SETTINGS.get(key)
    if setting is None:
        raise SettingRefused(WORDS("unknown_setting", key=key))
    if setting.scope == "state":
        raise SettingRefused(WORDS("state_not_shared", key=key))
    if value is None:
        return None
    return _canonical(settings.check_stored(setting, value))


class OtherEvent(KnownError):
    """The station's database holds another event than the hub."""


def _fingerprint(event: dict) -> str:
    return json.dumps([event["name"], event["days"], event["timezone"], event["secret"]])


def _local_is_empty(db: EventDB) -> bool:
    return not db.scalar("SELECT EXISTS (SELECT 1 FROM attendees) OR EXISTS (SELECT 1 FROM checkins)")


def event_key(secret: str) -> str:
    """What the hub shows every login instead of the signing secret: its sha256 (hub_event.event_key)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest() if secret else ""


def _hub_event(hub, *, with_secret: bool = True) -> dict | None:
    """The hub's event row. A station's own login may not read the secret: `with_secret=False`
    reads `event_key` in its place (and `secret` is then '')."""
    secret = "secret" if with_secret else "''"
    row = hub.execute(f"SELECT name, days, timezone, {secret}, created_at, updated_at, station_id, seq, event_key "
                      "FROM hub_event WHERE id = 1").fetchone()
    if row is None:
        return None
    keys = ("name", "days", "timezone", "secret", "created_at", "updated_at", "station_id", "seq", "event_key")
    event = dict(zip(keys, row))
    try:
        event["days"] = json.loads(event["days"])
    except (TypeError, ValueError, RecursionError):
        event["days"] = None                 # refused by _event_problem
    return event


def _event_problem(event: dict) -> str | None:
    """Why the hub's event cannot be this station's (a hub edited by hand, an older version), or None."""
    from datetime import date
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from kiosk.typed_text import CONTROL

    name, days, zone = event.get("name"), event.get("days"), event.get("timezone")
    if not isinstance(name, str) or not name.strip() or len(name) > 200 or CONTROL.search(name):
        return f"its name {str(name)[:60]!r} is no event name"
    try:
        if not isinstance(days, list) or [date.fromisoformat(d).isoformat() for d in days] != days:
            return f"its days {str(days)[:60]!r} are not dates"
    except (TypeError, ValueError):
        return f"its days {str(days)[:60]!r} are not dates"
    try:
        ZoneInfo(str(zone))
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return f"its time zone {str(zone)[:60]!r} is not one this computer knows"
    return None


def _local_key(db: EventDB) -> str:
    """This station's event, as an event_key: from its secret, or as the hub last said."""
    return event_key(db.event()["secret"]) or state.get(db, "event_key", "") or ""


def check_event(db: EventDB, hub) -> None:
    """Refuse to mix two events on one hub (before anything is pushed)."""
    theirs = _hub_event(hub, with_secret=False)
    if theirs is None or not db.has_event():
        return
    mine = db.event()
    if _local_key(db) != theirs["event_key"] and not _local_is_empty(db):
        raise OtherEvent(WORDS("other_event", mine=mine["name"], theirs=theirs["name"]))


def push(db: EventDB, hub, station: str) -> int:
    """Send the event row and changed shared settings; returns how many were sent."""
    from kiosk.sync.push import _lock

    check_event(db, hub)
    sent = 0
    now = utc_now()
    settings_now, broken = _shared_now(db)
    last = state.get(db, "settings_exchanged", {})
    last = last if isinstance(last, dict) else {}
    changed = {k: settings_now.get(k) for k in (set(settings_now) | set(last)) - broken
               if is_shared(k) and settings_now.get(k) != last.get(k)}
    event_changed = False
    with hub.transaction():
        _lock(hub)
        if db.has_event():
            mine = db.event()
            theirs = _hub_event(hub)
            if theirs is None or (theirs["secret"] == mine["secret"] and _fingerprint(mine) != _fingerprint(theirs)
                                  and _fingerprint(mine) != state.get(db, "event_exchanged")):
                hub.execute(
                    "INSERT INTO hub_event (id, name, days, timezone, secret, created_at, updated_at, station_id) "
                    "VALUES (1, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                    "days = excluded.days, timezone = excluded.timezone, updated_at = excluded.updated_at, "
                    "station_id = excluded.station_id, seq = nextval(pg_get_serial_sequence('hub_event', 'seq'))",
                    (mine["name"], json.dumps(mine["days"]), mine["timezone"], mine["secret"], mine["created_at"],
                     now, station))
                event_changed = True
                sent += 1
        if changed:
            hub.cursor().executemany(
                "INSERT INTO hub_settings (key, value, updated_at, station_id) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                "station_id = excluded.station_id, seq = nextval(pg_get_serial_sequence('hub_settings', 'seq'))",
                [(k, v, now, station) for k, v in changed.items()])
            sent += len(changed)
    if changed or event_changed:
        with db.write() as conn:
            if changed:
                state.put(conn, "settings_exchanged", {**{k: v for k, v in last.items() if k not in changed},
                                                       **{k: v for k, v in changed.items() if v is not None}})
            if event_changed:
                state.put(conn, "event_exchanged", _fingerprint(db.event()))
    return sent


def push_sources(db: EventDB, hub, attendees: list[dict]) -> None:
    """Make sure the hub knows the import sources these attendees come from (name, platform, mapping)."""
    names = sorted({a["source"] for a in attendees if a["source"]})
    if not names:
        return
    rows = db.query(f"SELECT name, platform, mapping FROM sources WHERE name IN ({','.join('?' * len(names))})", names)
    hub.cursor().executemany(
        "INSERT INTO hub_sources (name, platform, mapping) VALUES (%s, %s, %s) ON CONFLICT (name) DO UPDATE "
        "SET platform = excluded.platform, mapping = excluded.mapping, "
        "seq = nextval(pg_get_serial_sequence('hub_sources', 'seq')) "
        "WHERE excluded.mapping <> '{}' AND (hub_sources.mapping, hub_sources.platform) "
        "IS DISTINCT FROM (excluded.mapping, excluded.platform)",
        [(r["name"], r["platform"], r["mapping"]) for r in rows])


def hub_sources(hub) -> dict[str, dict]:
    return {name: {"platform": platform, "mapping": mapping}
            for name, platform, mapping in hub.execute("SELECT name, platform, mapping FROM hub_sources")}


def pull(db: EventDB, hub, *, as_station: str | None = None) -> dict:
    """Take the hub's event and the shared settings changed since the last pull (validated).

    `as_station`: syncing with a station's own login, which reads the event without its secret
    (a station keeps the secret only if its file already held the same event's) and takes the
    hub's shared settings as they are: only the organizer changes them for everyone."""
    got = {"event": 0, "settings": 0, "settings_refused": 0}
    theirs = _hub_event(hub, with_secret=as_station is None)
    same = theirs is not None and db.has_event() and _local_key(db) == theirs["event_key"]
    if theirs is not None and (theirs["seq"] > state.cursor(db, "hub_event") or not db.has_event() or not same):
        if db.has_event() and not same and not _local_is_empty(db):
            check_event(db, hub)
        secret = theirs["secret"] if as_station is None else (db.event()["secret"] if same else "")
        problem = _event_problem(theirs)
        if problem and db.has_event():
            # Keep this station's own event: the door goes on as it was, and the sync says so.
            log.warning("refused the hub's event: %s; this station keeps its own", problem)
            got["event_refused"] = 1
            with db.write() as conn:
                state.put(conn, "cursor:hub_event", theirs["seq"])
            theirs = None
    if theirs is not None and (theirs["seq"] > state.cursor(db, "hub_event") or not db.has_event() or not same):
        if not isinstance(theirs["days"], list):
            theirs["days"] = []              # a first sync takes the event all the same: `event show` says what is wrong
        with db.write() as conn:
            existing = conn.execute("SELECT created_at FROM event WHERE id = 1").fetchone()
            conn.execute("INSERT OR REPLACE INTO event (id, name, days, timezone, secret, created_at) VALUES (1,?,?,?,?,?)",
                         (theirs["name"], json.dumps(theirs["days"]), theirs["timezone"], secret,
                          theirs["created_at"] or (existing[0] if existing else utc_now())))
            if as_station is None:
                state.put(conn, "event_exchanged", _fingerprint(theirs))
            state.put(conn, "event_key", theirs["event_key"])
            state.put(conn, "cursor:hub_event", theirs["seq"])
        got["event"] = 1
    cursor = state.cursor(db, "hub_settings")
    rows = hub.execute("SELECT key, value, seq FROM hub_settings WHERE seq > %s ORDER BY seq", (cursor,)).fetchall()
    if rows:
        last = state.get(db, "settings_exchanged", {})
        last = last if isinstance(last, dict) else {}
        local_now, broken = _shared_now(db)
        refused: dict[str, str] = {}
        accepted: list[str] = []
        with db.write() as conn:
            for key, value, _seq in rows:
                setting = settings.SETTINGS.get(key)
                if setting is not None and setting.scope == "station":
                    continue           # sent by an older version that shared it: not ours to take
                try:
                    incoming = _received(key, value)
                except SettingRefused as exc:
                    log.warning("refused the hub's value of the setting %r: %s", key[:80], exc)
                    refused[key[:80]] = str(exc)
                    continue
                accepted.append(key)
                local = last.get(key) if key in broken else local_now.get(key)   # a broken row is healed
                if local != last.get(key) and local != incoming and as_station is None:
                    continue           # changed here since the last exchange: ours goes up next push
                if incoming is None:
                    conn.execute("DELETE FROM settings WHERE key = ?", (key,))
                    last.pop(key, None)
                    local_now.pop(key, None)
                else:
                    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, incoming))
                    last[key] = local_now[key] = incoming
                got["settings"] += 1
            state.put(conn, "settings_exchanged", last)
            state.put(conn, "cursor:hub_settings", rows[-1][2])
            if refused:
                state.record_refused(conn, db, refused)
            state.record_accepted(conn, db, [k for k in accepted if k not in refused])
        got["settings_refused"] = len(refused)
    return got

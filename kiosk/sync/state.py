"""What a station remembers about syncing: its id, pull cursors, and whether the hub answered.

All of it is runtime state (kiosk/store/state.py: the `state` table, never a setting, never synced):
`station_id` (a uuid created on first use), the cursors `cursor:<hub table>`, the outcome of the
last rounds, and the hub values refused on arrival (`settings_refused`). `sync_state(db)` gives
where the station stands as data (`SyncStatus`: counts and times); `SyncStatus.text` words it in
English for the command line, the desk words it in the interface language.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, field

from kiosk.store import settings
from kiosk.store import state as store_state
from kiosk.store.database import EventDB, utc_now

STATION_ID = store_state.STATION_ID
REFUSED = "settings_refused"


def station_id(db: EventDB) -> str:
    """This station's stable identity (a uuid in the runtime state, created the first time)."""
    value = store_state.get(db, STATION_ID)
    if not value or not isinstance(value, str):
        with db.write() as conn:
            value = store_state.get(db, STATION_ID)
            if value and isinstance(value, str):
                return value
            value = uuid.uuid4().hex
            store_state.put_in(conn, STATION_ID, value)
    return value


def get(db: EventDB, key: str, default=None):
    return store_state.get(db, key, default)


def put(conn: sqlite3.Connection, key: str, value) -> None:
    """Store a value inside the caller's transaction."""
    store_state.put_in(conn, key, value)


def cursor(db: EventDB, table: str) -> int:
    value = get(db, f"cursor:{table}", 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def waiting(db: EventDB) -> dict[str, int]:
    """Local facts and attendee changes the hub has not received yet."""
    from kiosk.sync import badge_facts

    one = db.scalar
    return {
        "checkins": one("SELECT count(*) FROM checkins WHERE synced = 0"),
        "annulments": one("SELECT count(*) FROM checkin_annulments WHERE synced = 0"),
        "scan_attempts": one("SELECT count(*) FROM scan_attempts WHERE synced = 0"),
        "attendees": one("SELECT count(*) FROM attendees WHERE pushed_rev <> sync_rev"),
        "badges": badge_facts.unsent(db),
    }


def record_success(db: EventDB, at: str | None = None) -> None:
    with db.write() as conn:
        put(conn, "last_success_at", at or utc_now())
        store_state.delete_in(conn, "offline_since", "last_error")


def record_failure(db: EventDB, message: str, at: str | None = None) -> None:
    """Remember that the hub did not answer (the first failure since the last success starts the outage)."""
    with db.write() as conn:
        if get(db, "offline_since") is None:
            put(conn, "offline_since", at or utc_now())
        put(conn, "last_error", message)


def record_refused(conn: sqlite3.Connection, db: EventDB, refused: dict[str, str]) -> None:
    """Remember hub values refused on arrival (key -> why), inside the caller's transaction; a key
    accepted later is forgotten by `record_accepted`."""
    known = get(db, REFUSED, {})
    known = known if isinstance(known, dict) else {}
    put(conn, REFUSED, {**known, **refused})


def record_accepted(conn: sqlite3.Connection, db: EventDB, keys) -> None:
    known = get(db, REFUSED, {})
    if isinstance(known, dict) and any(k in known for k in keys):
        put(conn, REFUSED, {k: v for k, v in known.items() if k not in keys})


@dataclass
class SyncStatus:
    """Where this station stands with the hub, as data; `text` words it in English."""

    configured: bool
    online: bool
    offline_since: str | None        # ISO UTC
    last_success_at: str | None
    waiting_checkins: int
    waiting_other: int
    last_error: str
    timezone: str = "UTC"
    #: values the hub sent that were refused (not JSON, wrong type, unknown key, runtime state): key -> why
    refused_settings: dict[str, str] = field(default_factory=dict)

    def local_time(self, iso: str, lang: str = "en") -> str:
        """In the event's zone (kiosk/clock.py): "10:42" today, else "Fri 28 Nov 10:42"."""
        from kiosk.clock import format_instant
        from kiosk.eventdays import today

        return format_instant(iso, self.timezone, "auto", lang, today=today(self.timezone))

    @property
    def text(self) -> str:
        words = self._words()
        if self.refused_settings:
            words += f" - {_plural(len(self.refused_settings), 'setting')} from the hub refused"
        return words

    def _words(self) -> str:
        if not self.configured:
            return "not connected to a hub"
        waiting_text = _plural(self.waiting_checkins, "check-in")
        if not self.online and self.offline_since is None:
            return f"not synced yet - {waiting_text} waiting"
        if not self.online:
            since = self.local_time(self.offline_since) if self.offline_since else "now"
            return f"offline since {since} - {waiting_text} waiting"
        if self.waiting_checkins:
            return f"online - {waiting_text} waiting"
        return "synced"

    def __str__(self) -> str:
        return self.text

    def to_json(self) -> dict:
        return {"state": "synced" if self.online and not self.waiting_checkins else ("offline" if not self.online else "pending"),
                "text": self.text, "configured": self.configured, "offline_since": self.offline_since,
                "last_success_at": self.last_success_at, "waiting_checkins": self.waiting_checkins,
                "waiting_other": self.waiting_other, "last_error": self.last_error,
                "refused_settings": self.refused_settings}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def sync_state(db: EventDB, *, configured: bool | None = None) -> SyncStatus:
    """Where this station stands with the hub, for the status bar and `kiosk sync --status`."""
    from kiosk.sync.url import SETTING

    counts = waiting(db)
    if configured is None:
        configured = bool(settings.get(db, SETTING)) or get(db, "last_success_at") is not None \
            or get(db, "offline_since") is not None
    refused = get(db, REFUSED, {})
    offline_since = get(db, "offline_since")
    last_success = get(db, "last_success_at")
    return SyncStatus(configured=configured, online=offline_since is None and last_success is not None,
                      offline_since=offline_since, last_success_at=last_success,
                      waiting_checkins=counts["checkins"],
                      waiting_other=counts["annulments"] + counts["scan_attempts"] + counts["attendees"] + counts["badges"],
                      last_error=str(get(db, "last_error", "") or ""), timezone=db.event().get("timezone") or "UTC",
                      refused_settings=refused if isinstance(refused, dict) else {})

"""What a station remembers about syncing: its id, pull cursors, and whether the hub answered.

`station_id` is a uuid stored in the event settings (created on first use). Cursors and the
outcome of the last rounds live in the local table `sync_state`. `sync_state(db)` tells a
volunteer where the station stands: "synced", or "offline since 10:42 - 37 check-ins waiting".
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from kiosk.eventdays import parse_instant
from kiosk.store.database import EventDB, utc_now

STATION_ID = "station_id"


def station_id(db: EventDB) -> str:
    """This station's stable identity (a uuid in the settings, created the first time)."""
    value = db.get_setting(STATION_ID)
    if not value:
        with db.write() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (STATION_ID,)).fetchone()
            if row:
                return json.loads(row[0])
            value = uuid.uuid4().hex
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (STATION_ID, json.dumps(value)))
    return value


def get(db: EventDB, key: str, default=None):
    row = db.conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


def put(conn, key: str, value) -> None:
    """Store a value inside the caller's transaction."""
    conn.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)", (key, json.dumps(value)))


def cursor(db: EventDB, table: str) -> int:
    return int(get(db, f"cursor:{table}", 0))


def waiting(db: EventDB) -> dict[str, int]:
    """Local facts and attendee changes the hub has not received yet."""
    one = db.scalar
    return {
        "checkins": one("SELECT count(*) FROM checkins WHERE synced = 0"),
        "annulments": one("SELECT count(*) FROM checkin_annulments WHERE synced = 0"),
        "scan_attempts": one("SELECT count(*) FROM scan_attempts WHERE synced = 0"),
        "attendees": one("SELECT count(*) FROM attendees WHERE pushed_rev <> sync_rev"),
    }


def record_success(db: EventDB, at: str | None = None) -> None:
    with db.write() as conn:
        put(conn, "last_success_at", at or utc_now())
        conn.execute("DELETE FROM sync_state WHERE key IN ('offline_since', 'last_error')")


def record_failure(db: EventDB, message: str, at: str | None = None) -> None:
    """Remember that the hub did not answer (the first failure since the last success starts the outage)."""
    with db.write() as conn:
        if conn.execute("SELECT 1 FROM sync_state WHERE key = 'offline_since'").fetchone() is None:
            put(conn, "offline_since", at or utc_now())
        put(conn, "last_error", message)


@dataclass
class SyncStatus:
    configured: bool
    online: bool
    offline_since: str | None        # ISO UTC
    last_success_at: str | None
    waiting_checkins: int
    waiting_other: int
    last_error: str
    timezone: str = "UTC"

    def local_time(self, iso: str) -> str:
        moment = parse_instant(iso).astimezone(ZoneInfo(self.timezone))
        today = datetime.now(ZoneInfo(self.timezone)).date()
        return moment.strftime("%H:%M") if moment.date() == today else moment.strftime("%Y-%m-%d %H:%M")

    @property
    def text(self) -> str:
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
                "waiting_other": self.waiting_other, "last_error": self.last_error}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def sync_state(db: EventDB, *, configured: bool | None = None) -> SyncStatus:
    """Where this station stands with the hub, for the status bar and `kiosk sync --status`."""
    from kiosk.sync.url import SETTING

    counts = waiting(db)
    if configured is None:
        configured = bool(db.get_setting(SETTING, "")) or get(db, "last_success_at") is not None \
            or get(db, "offline_since") is not None
    offline_since = get(db, "offline_since")
    last_success = get(db, "last_success_at")
    return SyncStatus(configured=configured, online=offline_since is None and last_success is not None,
                      offline_since=offline_since, last_success_at=last_success,
                      waiting_checkins=counts["checkins"],
                      waiting_other=counts["annulments"] + counts["scan_attempts"] + counts["attendees"],
                      last_error=get(db, "last_error", "") or "", timezone=db.event().get("timezone") or "UTC")

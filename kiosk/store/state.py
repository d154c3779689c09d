"""Runtime state the app keeps in the event database: never a setting, never synced.

PIN attempts and the lock-out (kiosk/pin.py), failed forgot-ticket lookups (kiosk/forgot_ticket.py),
when the data was purged (kiosk/reports/purge.py), this station's id, sync cursors and the outcome of
the last sync rounds (kiosk/sync/state.py). Values are JSON in the `state` table.

`kiosk settings set` writes only the `settings` table and refuses these names (they are declared
with scope "state" in kiosk/store/settings.py), so a lock-out cannot be undone by editing a
setting, and the hub never carries them.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.store.database import EventDB

# The names in use (sync cursors are "cursor:<hub table>").
PIN_ATTEMPTS = "kiosk_pin_attempts"
FORGOT_TICKET_ATTEMPTS = "forgot_ticket_attempts"
PURGED = "purged"
STATION_ID = "station_id"


def get(db: EventDB, key: str, default: Any = None) -> Any:
    """The stored value, or `default` when there is none (or it is not JSON: state is rebuilt as it runs)."""
    row = db.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except (ValueError, RecursionError):
        return default


def put(db: EventDB, key: str, value: Any) -> None:
    """Store a value (its own transaction, or a savepoint inside the caller's)."""
    with db.write() as conn:
        put_in(conn, key, value)


def put_in(conn: sqlite3.Connection, key: str, value: Any) -> None:
    """Store a value inside the transaction the caller holds on `conn`."""
    conn.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, json.dumps(value, ensure_ascii=False)))


def delete_in(conn: sqlite3.Connection, *keys: str) -> None:
    """Forget values inside the caller's transaction."""
    conn.executemany("DELETE FROM state WHERE key = ?", [(k,) for k in keys])

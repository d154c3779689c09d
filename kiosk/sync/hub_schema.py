"""The hub's schema in PostgreSQL, created and migrated by the app (table `kiosk_hub_schema`).

Every row carries `seq`, taken from a per-table sequence when it is written: stations pull
"everything after the last seq I applied". Writers hold one transaction-level advisory lock
(`PUSH_LOCK`) while they write, so rows become visible in seq order and a cursor never skips a
row that commits late. Facts (check-ins, annulments, scan attempts) are keyed by their uid and
inserted with ON CONFLICT DO NOTHING, which makes every push idempotent. Attendees are versioned
rows (last writer wins by `updated_at`, then station id; desk-edited fields are merged).
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

#: The advisory lock every push holds for its transaction (an arbitrary constant: "kiosk hub").
PUSH_LOCK = 0x6B696F736B

MIGRATIONS: list[str] = [
    # 1: the first hub schema
    """
    CREATE TABLE hub_stations (
        station_id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        first_seen TIMESTAMPTZ NOT NULL DEFAULT now(),
        last_seen TIMESTAMPTZ NOT NULL DEFAULT now()
    );
    CREATE TABLE hub_event (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        days TEXT NOT NULL,
        timezone TEXT NOT NULL,
        secret TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        station_id TEXT NOT NULL,
        seq BIGSERIAL NOT NULL
    );
    CREATE TABLE hub_settings (
        key TEXT PRIMARY KEY,
        value TEXT,                                -- JSON; NULL = unset
        updated_at TEXT NOT NULL,
        station_id TEXT NOT NULL,
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_settings_seq ON hub_settings(seq);
    CREATE TABLE hub_sources (
        name TEXT PRIMARY KEY,
        platform TEXT NOT NULL DEFAULT '',
        mapping TEXT NOT NULL DEFAULT '{}',
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_sources_seq ON hub_sources(seq);
    CREATE TABLE hub_attendees (
        uid TEXT PRIMARY KEY,
        source TEXT,                               -- the source's name (NULL for walk-ins)
        source_key TEXT,
        code TEXT NOT NULL,
        codes TEXT NOT NULL DEFAULT '[]',          -- JSON: every string a scan may resolve to
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        full_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        organization TEXT NOT NULL DEFAULT '',
        ticket_type TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active',
        pronouns TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        walk_in BOOLEAN NOT NULL DEFAULT false,
        imported TEXT NOT NULL DEFAULT '{}',
        edited TEXT NOT NULL DEFAULT '{}',
        missing_from_source BOOLEAN NOT NULL DEFAULT false,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        station_id TEXT NOT NULL,
        seq BIGSERIAL NOT NULL,
        UNIQUE (source, source_key)
    );
    CREATE INDEX hub_attendees_seq ON hub_attendees(seq);
    -- The same registration imported at two stations while apart gets two uids: the later one
    -- becomes an alias of the first, and facts pushed for it are filed under the first.
    CREATE TABLE hub_attendee_aliases (
        uid TEXT PRIMARY KEY,
        canonical_uid TEXT NOT NULL
    );
    CREATE TABLE hub_checkins (
        uid TEXT PRIMARY KEY,
        attendee_uid TEXT NOT NULL,
        event_day TEXT NOT NULL,
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        method TEXT NOT NULL,
        payload TEXT NOT NULL,
        station_id TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_checkins_seq ON hub_checkins(seq);
    CREATE INDEX hub_checkins_attendee_day ON hub_checkins(attendee_uid, event_day, at);
    CREATE TABLE hub_annulments (
        uid TEXT PRIMARY KEY,
        checkin_uid TEXT NOT NULL,
        reason TEXT NOT NULL,
        station TEXT NOT NULL,
        at TEXT NOT NULL,
        station_id TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_annulments_seq ON hub_annulments(seq);
    CREATE TABLE hub_scan_attempts (
        uid TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        payload TEXT NOT NULL,
        verdict TEXT NOT NULL,
        attendee_uid TEXT,
        checkin_uid TEXT,
        station_id TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seq BIGSERIAL NOT NULL
    );
    CREATE INDEX hub_scan_attempts_seq ON hub_scan_attempts(seq);
    """,
]

#: Raised by a hub whose schema is newer than this app knows.
NEWER_HUB = ("The hub was set up by a newer version of the app (hub schema {found}, this app knows {known}); "
             "update the app on this station before syncing.")


def hub_version(conn) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS kiosk_hub_schema (version INTEGER NOT NULL)")
    row = conn.execute("SELECT max(version) FROM kiosk_hub_schema").fetchone()
    return int(row[0] or 0)


def ensure_schema(conn) -> int:
    """Create or migrate the hub's schema (serialised across stations); return its version."""
    from kiosk.errors import KnownError

    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        version = hub_version(conn)
        if version > len(MIGRATIONS):
            raise KnownError(NEWER_HUB.format(found=version, known=len(MIGRATIONS)))
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            conn.execute(script)
            conn.execute("INSERT INTO kiosk_hub_schema (version) VALUES (%s)", (number,))
            log.info("hub schema migrated to version %d", number)
            version = number
    return version

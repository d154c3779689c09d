"""Migration 2: sync with a hub (kiosk/sync).

Local bookkeeping, and a revision per attendee so that a station knows which rows it changed since
its last push (a trigger bumps `sync_rev` on every change of the attendee's data; an update that
sets `sync_rev` itself, as the sync does when it applies the hub's version, is not counted as a
local change).
"""

SQL = """
    CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL                        -- JSON: cursors, last success, offline since
    );
    ALTER TABLE attendees ADD COLUMN sync_rev INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE attendees ADD COLUMN pushed_rev INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX attendees_unpushed ON attendees(id) WHERE pushed_rev <> sync_rev;
    CREATE INDEX checkins_unsynced ON checkins(id) WHERE synced = 0;
    CREATE INDEX annulments_unsynced ON checkin_annulments(id) WHERE synced = 0;
    CREATE INDEX scan_attempts_unsynced ON scan_attempts(id) WHERE synced = 0;
    CREATE TRIGGER attendees_sync_rev AFTER UPDATE OF uid, source_id, source_key, code, first_name, last_name,
        full_name, email, organization, ticket_type, status, pronouns, notes, walk_in, imported, edited,
        missing_from_source ON attendees WHEN NEW.sync_rev = OLD.sync_rev
        BEGIN UPDATE attendees SET sync_rev = OLD.sync_rev + 1 WHERE id = NEW.id; END;
    """

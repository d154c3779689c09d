"""Migration 1: the first schema.

The event, settings, sources (one per export) and their attendees with every code a scan may
carry, the desk's corrections, check-ins, their annulments, scan attempts and print jobs; triggers
that keep check-ins, annulments and scan attempts append-only.
"""

SQL = """
    CREATE TABLE event (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        days TEXT NOT NULL DEFAULT '[]',          -- JSON list of ISO dates; empty = every day
        timezone TEXT NOT NULL DEFAULT 'UTC',
        secret TEXT NOT NULL,                      -- per-event HMAC key for issued codes
        created_at TEXT NOT NULL
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL                        -- JSON
    );
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        platform TEXT NOT NULL DEFAULT '',
        mapping TEXT NOT NULL DEFAULT '{}',        -- JSON field -> column, remembered per source
        last_file TEXT NOT NULL DEFAULT '',
        last_imported_at TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE attendees (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        source_id INTEGER REFERENCES sources(id),
        source_key TEXT,
        code TEXT NOT NULL UNIQUE,                 -- case-sensitive, exactly as exported
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        full_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        organization TEXT NOT NULL DEFAULT '',
        ticket_type TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'active',     -- 'active' or the reason it is not admitted
        pronouns TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        walk_in INTEGER NOT NULL DEFAULT 0,
        imported TEXT NOT NULL DEFAULT '{}',       -- JSON: the fields as the source last said
        edited TEXT NOT NULL DEFAULT '{}',         -- JSON: fields corrected at the desk
        raw TEXT NOT NULL DEFAULT '{}',            -- JSON: the export row, removed by purge
        missing_from_source INTEGER NOT NULL DEFAULT 0,
        search_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (source_id, source_key)
    );
    CREATE INDEX attendees_email ON attendees(email);
    CREATE TABLE attendee_codes (
        code TEXT PRIMARY KEY,                     -- every string a scan may resolve to
        attendee_id INTEGER NOT NULL REFERENCES attendees(id) ON DELETE CASCADE
    );
    CREATE INDEX attendee_codes_attendee ON attendee_codes(attendee_id);
    CREATE TABLE attendee_edits (
        id INTEGER PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        field TEXT NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        station TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE checkins (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        event_day TEXT NOT NULL,                   -- ISO date in the event's time zone
        at TEXT NOT NULL,                          -- ISO 8601 UTC
        station TEXT NOT NULL,
        method TEXT NOT NULL DEFAULT 'scan',       -- scan, search, walk-in, paper, sync
        payload TEXT NOT NULL DEFAULT '',
        synced INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX checkins_attendee_day ON checkins(attendee_id, event_day);
    CREATE INDEX checkins_day_at ON checkins(event_day, at);
    CREATE TABLE checkin_annulments (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        checkin_uid TEXT NOT NULL UNIQUE REFERENCES checkins(uid),
        reason TEXT NOT NULL,
        station TEXT NOT NULL,
        at TEXT NOT NULL,
        synced INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE scan_attempts (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        payload TEXT NOT NULL,
        verdict TEXT NOT NULL,
        attendee_id INTEGER REFERENCES attendees(id),
        checkin_uid TEXT,
        synced INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX scan_attempts_at ON scan_attempts(at);
    CREATE TABLE print_jobs (
        id INTEGER PRIMARY KEY,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        status TEXT NOT NULL DEFAULT 'pending',    -- pending, printing, done, failed
        reason TEXT NOT NULL DEFAULT 'checkin',    -- checkin, reprint, manual
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        station TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX print_jobs_status ON print_jobs(status);
    CREATE TRIGGER checkins_append_only_u BEFORE UPDATE OF attendee_id, event_day, at, station, method, payload, uid ON checkins
        BEGIN SELECT RAISE(ABORT, 'check-ins are append-only'); END;
    CREATE TRIGGER checkins_append_only_d BEFORE DELETE ON checkins
        BEGIN SELECT RAISE(ABORT, 'check-ins are append-only'); END;
    CREATE TRIGGER annulments_append_only_u BEFORE UPDATE OF checkin_uid, reason, station, at, uid ON checkin_annulments
        BEGIN SELECT RAISE(ABORT, 'annulments are append-only'); END;
    CREATE TRIGGER annulments_append_only_d BEFORE DELETE ON checkin_annulments
        BEGIN SELECT RAISE(ABORT, 'annulments are append-only'); END;
    CREATE TRIGGER scans_append_only_u BEFORE UPDATE OF at, station, payload, verdict, attendee_id, checkin_uid, uid ON scan_attempts
        BEGIN SELECT RAISE(ABORT, 'scan attempts are append-only'); END;
    CREATE TRIGGER scans_append_only_d BEFORE DELETE ON scan_attempts
        BEGIN SELECT RAISE(ABORT, 'scan attempts are append-only'); END;
    """

"""The event database's schema as numbered migrations; `PRAGMA user_version` says which have run.

Check-ins, their annulments and scan attempts are append-only facts: rows are inserted, never
updated or deleted (a trigger refuses it). Every fact and attendee carries a `uid` so that stations
sharing a hub can exchange them without clashing ids.
"""

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
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
    """,
    # 2: sync with a hub (kiosk/sync): local bookkeeping, and a revision per attendee so that a
    #    station knows which rows it changed since its last push (a trigger bumps `sync_rev` on
    #    every change of the attendee's data; an update that sets `sync_rev` itself, as the sync
    #    does when it applies the hub's version, is not counted as a local change).
    """
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
    """,
    # 3: settings apart from runtime state (kiosk/store/settings.py, kiosk/store/state.py).
    #    One `state` table holds what the app keeps as it runs: PIN attempts, forgot-ticket
    #    attempts, the purge mark, the station's id (all moved out of `settings`, so that no
    #    settings edit and no hub can change them) and the sync bookkeeping (from `sync_state`).
    #    `wedge_azerty` gets its one meaning (a mode; `true` meant "known" at the desk).
    #    A trigger counts every change of a setting, local or synced, for `settings.version()`.
    """
    CREATE TABLE IF NOT EXISTS state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL                        -- JSON
    );
    INSERT OR REPLACE INTO state (key, value) SELECT key, value FROM sync_state;
    DROP TABLE sync_state;
    INSERT OR REPLACE INTO state (key, value) SELECT key, value FROM settings
        WHERE key IN ('kiosk_pin_attempts', 'forgot_ticket_attempts', 'purged', 'station_id');
    DELETE FROM settings WHERE key IN ('kiosk_pin_attempts', 'forgot_ticket_attempts', 'purged', 'station_id');
    UPDATE settings SET value = '"known"' WHERE key = 'wedge_azerty' AND value = 'true';
    UPDATE settings SET value = '"off"' WHERE key = 'wedge_azerty' AND value IN ('false', 'null', '""');
    CREATE TABLE IF NOT EXISTS settings_version (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        n INTEGER NOT NULL
    );
    INSERT OR IGNORE INTO settings_version (id, n) VALUES (1, 0);
    CREATE TRIGGER settings_version_i AFTER INSERT ON settings
        BEGIN UPDATE settings_version SET n = n + 1 WHERE id = 1; END;
    CREATE TRIGGER settings_version_u AFTER UPDATE ON settings
        BEGIN UPDATE settings_version SET n = n + 1 WHERE id = 1; END;
    CREATE TRIGGER settings_version_d AFTER DELETE ON settings
        BEGIN UPDATE settings_version SET n = n + 1 WHERE id = 1; END;
    """,
    # 4: the import reads status words with the organizer's own answers, remembered per source
    #    (`kiosk import --status "Warteliste=not-admitted"`), and marks tickets whose holder is not
    #    named yet (Eventbrite "Info Requested") for the desk to complete.
    """
    ALTER TABLE sources ADD COLUMN statuses TEXT NOT NULL DEFAULT '{}';   -- JSON: status key -> meaning
    ALTER TABLE attendees ADD COLUMN details_missing INTEGER NOT NULL DEFAULT 0;
    """,
    # 5: what the desk decides about badges, as append-only facts (kiosk/printing/queue.py,
    #    kiosk/badges/overrides.py): a reprint past `max_reprints`, allowed with a reason (who,
    #    when, station, why); and the text a badge prints instead of the registered name
    #    (a misspelt name, a preferred name), the latest row per attendee in force, NULL = as
    #    registered. The registration itself is never changed by either.
    """
    CREATE TABLE print_overrides (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        job_id INTEGER NOT NULL REFERENCES print_jobs(id),
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        reason TEXT NOT NULL,
        by_whom TEXT NOT NULL,
        station TEXT NOT NULL,
        at TEXT NOT NULL,
        reprints_before INTEGER NOT NULL,          -- reprints already made when it was allowed
        max_reprints INTEGER NOT NULL,             -- the limit in force then
        synced INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX print_overrides_attendee ON print_overrides(attendee_id);
    CREATE TABLE badge_texts (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        first_name TEXT,                           -- NULL: as registered
        last_name TEXT,
        organization TEXT,
        by_whom TEXT NOT NULL,
        station TEXT NOT NULL,
        at TEXT NOT NULL,
        synced INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX badge_texts_attendee ON badge_texts(attendee_id, id);
    CREATE TRIGGER print_overrides_append_only_u BEFORE UPDATE OF job_id, attendee_id, reason, by_whom, station, at, uid
        ON print_overrides BEGIN SELECT RAISE(ABORT, 'print overrides are append-only'); END;
    CREATE TRIGGER print_overrides_append_only_d BEFORE DELETE ON print_overrides
        BEGIN SELECT RAISE(ABORT, 'print overrides are append-only'); END;
    CREATE TRIGGER badge_texts_append_only_u BEFORE UPDATE OF attendee_id, first_name, last_name, organization, by_whom,
        station, at, uid ON badge_texts BEGIN SELECT RAISE(ABORT, 'badge texts are append-only'); END;
    CREATE TRIGGER badge_texts_append_only_d BEFORE DELETE ON badge_texts
        BEGIN SELECT RAISE(ABORT, 'badge texts are append-only'); END;
    """,
    # 6: flat at scale (issue 15).
    #  - `standing_checkins` (a view): a check-in no annulment points at. `first_checkins` (a table
    #    kept by triggers, never written by code): the first standing check-in of each attendee on
    #    each day, earliest `at` then smallest uid, the one that counts and is shown. Every query of
    #    "who is checked in" reads these two: the rule is written here and nowhere else.
    #  - `checkin_day_counts`: people checked in per day, kept by triggers on `first_checkins`, so
    #    the counter is one row read whoever wrote the fact (this station, another process, a sync).
    #  - Indexes that leave the planner no bad choice: (attendee, day, at, uid) answers "is this
    #    person in today, and since when" from one index seek whatever the day's size; codes are
    #    found without case through their own index; a station's recent scans by (station, id).
    #  - `print_job_counts`: print jobs per status, kept by triggers (the desk shows them after each write).
    #  - `roster_stamp`: a version that changes whenever a searchable field or the status of an
    #    attendee changes or one is removed; with the largest attendee id (which every insert raises)
    #    it says whether the roster changed (the search reloads, the expected count is recounted).
    #    No trigger on INSERT: one would double the cost of every row of a 500,000-row import.
    """
    DROP INDEX checkins_attendee_day;
    CREATE INDEX checkins_attendee_day_at ON checkins(attendee_id, event_day, at, uid);
    CREATE INDEX attendee_codes_nocase ON attendee_codes(code COLLATE NOCASE);
    CREATE INDEX scan_attempts_station ON scan_attempts(station, id);
    CREATE VIEW standing_checkins AS
        SELECT checkin.* FROM checkins AS checkin
        WHERE NOT EXISTS (SELECT 1 FROM checkin_annulments AS annulment WHERE annulment.checkin_uid = checkin.uid);
    CREATE TABLE first_checkins (
        attendee_id INTEGER NOT NULL,
        event_day TEXT NOT NULL,
        uid TEXT NOT NULL,                         -- the check-in (checkins.uid)
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        method TEXT NOT NULL,
        PRIMARY KEY (attendee_id, event_day)       -- stored in attendee order: a report reads it beside
    ) WITHOUT ROWID;                               -- the attendees, never by random lookups
    CREATE INDEX first_checkins_day ON first_checkins(event_day, at, station);
    CREATE INDEX attendees_walk_ins ON attendees(id) WHERE walk_in = 1;
    CREATE TABLE checkin_day_counts (
        event_day TEXT PRIMARY KEY,
        checked_in INTEGER NOT NULL                -- attendees with a standing check-in that day
    ) WITHOUT ROWID;
    CREATE TRIGGER checkin_day_counts_in AFTER INSERT ON first_checkins
        BEGIN
            INSERT INTO checkin_day_counts (event_day, checked_in) VALUES (NEW.event_day, 1)
                ON CONFLICT (event_day) DO UPDATE SET checked_in = checked_in + 1;
        END;
    CREATE TRIGGER checkin_day_counts_out AFTER DELETE ON first_checkins
        BEGIN UPDATE checkin_day_counts SET checked_in = checked_in - 1 WHERE event_day = OLD.event_day; END;
    INSERT INTO first_checkins (attendee_id, event_day, uid, at, station, method)
        SELECT attendee_id, event_day, uid, at, station, method FROM standing_checkins AS standing
        WHERE NOT EXISTS (SELECT 1 FROM standing_checkins AS earlier
                          WHERE earlier.attendee_id = standing.attendee_id AND earlier.event_day = standing.event_day
                            AND (earlier.at < standing.at OR (earlier.at = standing.at AND earlier.uid < standing.uid)));
    CREATE TRIGGER first_checkins_checkin AFTER INSERT ON checkins
        BEGIN
            INSERT INTO first_checkins (attendee_id, event_day, uid, at, station, method)
                VALUES (NEW.attendee_id, NEW.event_day, NEW.uid, NEW.at, NEW.station, NEW.method)
                ON CONFLICT (attendee_id, event_day) DO UPDATE SET
                    uid = excluded.uid, at = excluded.at, station = excluded.station, method = excluded.method
                WHERE excluded.at < first_checkins.at OR (excluded.at = first_checkins.at AND excluded.uid < first_checkins.uid);
        END;
    CREATE TRIGGER first_checkins_annulment AFTER INSERT ON checkin_annulments
        WHEN EXISTS (SELECT 1 FROM checkins AS annulled JOIN first_checkins AS first
                     ON first.attendee_id = annulled.attendee_id AND first.event_day = annulled.event_day
                     WHERE annulled.uid = NEW.checkin_uid AND first.uid = annulled.uid)
        BEGIN
            DELETE FROM first_checkins
                WHERE attendee_id = (SELECT attendee_id FROM checkins WHERE uid = NEW.checkin_uid)
                  AND event_day = (SELECT event_day FROM checkins WHERE uid = NEW.checkin_uid);
            INSERT INTO first_checkins (attendee_id, event_day, uid, at, station, method)
                SELECT standing.attendee_id, standing.event_day, standing.uid, standing.at, standing.station, standing.method
                FROM checkins AS annulled JOIN standing_checkins AS standing
                    ON standing.attendee_id = annulled.attendee_id AND standing.event_day = annulled.event_day
                WHERE annulled.uid = NEW.checkin_uid
                ORDER BY standing.at, standing.uid LIMIT 1;
        END;
    CREATE TABLE roster_stamp (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version INTEGER NOT NULL                   -- bumped by every change of a searchable field or status
    );
    INSERT INTO roster_stamp (id, version) VALUES (1, 1);
    CREATE TRIGGER roster_stamp_update AFTER UPDATE OF first_name, last_name, search_text, status ON attendees
        WHEN NEW.first_name IS NOT OLD.first_name OR NEW.last_name IS NOT OLD.last_name
          OR NEW.search_text IS NOT OLD.search_text OR NEW.status IS NOT OLD.status
        BEGIN UPDATE roster_stamp SET version = version + 1; END;
    CREATE TRIGGER roster_stamp_delete AFTER DELETE ON attendees
        BEGIN UPDATE roster_stamp SET version = version + 1; END;
    CREATE TABLE print_job_counts (
        status TEXT PRIMARY KEY,                   -- pending, printing, done, failed
        n INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO print_job_counts (status, n) SELECT status, count(*) FROM print_jobs GROUP BY status;
    CREATE TRIGGER print_job_counts_insert AFTER INSERT ON print_jobs
        BEGIN
            INSERT INTO print_job_counts (status, n) VALUES (NEW.status, 1)
                ON CONFLICT (status) DO UPDATE SET n = n + 1;
        END;
    CREATE TRIGGER print_job_counts_update AFTER UPDATE OF status ON print_jobs WHEN NEW.status IS NOT OLD.status
        BEGIN
            UPDATE print_job_counts SET n = n - 1 WHERE status = OLD.status;
            INSERT INTO print_job_counts (status, n) VALUES (NEW.status, 1)
                ON CONFLICT (status) DO UPDATE SET n = n + 1;
        END;
    CREATE TRIGGER print_job_counts_delete AFTER DELETE ON print_jobs
        BEGIN UPDATE print_job_counts SET n = n - 1 WHERE status = OLD.status; END;
    PRAGMA analysis_limit = 1000;
    ANALYZE;
    """,
    # 7: what stations share about badges through the hub (kiosk/sync/badge_facts.py), so that a
    #    reprint limit counts every station's badges and a badge fix made at one desk prints at all.
    #  - `print_jobs` get a `uid` (what their print record is known by at every station; NULL for
    #    jobs queued before this version, given one when first sent) and `synced` (the hub has the
    #    record of the printed badge); an index per attendee for the desk's badge status.
    #  - `printed_elsewhere`: badges printed at other stations (append-only, never a job here, so
    #    no other station's queued badge is ever printed here).
    #  - `print_overrides` rebuilt so that `job_id` may be NULL: a reprint past the limit allowed at
    #    another station (its job is that station's).
    #  - `printed_badges` (a view): every badge printed for a person, here and at the stations this
    #    one has heard from; what the report, the dashboard and the export count.
    #  - a person's badge fixes in the order they take effect (the latest `at`, then `uid`, wins).
    #  - `details_missing` joins the columns whose change is a local change to push.
    """
    ALTER TABLE print_jobs ADD COLUMN uid TEXT;
    ALTER TABLE print_jobs ADD COLUMN synced INTEGER NOT NULL DEFAULT 0;
    CREATE UNIQUE INDEX print_jobs_uid ON print_jobs(uid);
    CREATE INDEX print_jobs_attendee ON print_jobs(attendee_id);
    CREATE INDEX print_jobs_unsynced ON print_jobs(id) WHERE synced = 0 AND status = 'done';
    CREATE TABLE printed_elsewhere (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,                  -- the print record's uid on the hub
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        reason TEXT NOT NULL,                      -- checkin, reprint, manual
        station TEXT NOT NULL,
        at TEXT NOT NULL                           -- when it was printed
    );
    CREATE INDEX printed_elsewhere_attendee ON printed_elsewhere(attendee_id);
    CREATE VIEW printed_badges AS
        SELECT attendee_id, updated_at AS at, station, reason, uid FROM print_jobs WHERE status = 'done'
        UNION ALL
        SELECT attendee_id, at, station, reason, uid FROM printed_elsewhere;
    CREATE TRIGGER printed_elsewhere_append_only_u BEFORE UPDATE OF uid, attendee_id, reason, station, at
        ON printed_elsewhere BEGIN SELECT RAISE(ABORT, 'print records are append-only'); END;
    CREATE TRIGGER printed_elsewhere_append_only_d BEFORE DELETE ON printed_elsewhere
        BEGIN SELECT RAISE(ABORT, 'print records are append-only'); END;
    CREATE TABLE print_overrides_rebuilt (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        job_id INTEGER REFERENCES print_jobs(id),  -- NULL: allowed at another station
        attendee_id INTEGER NOT NULL REFERENCES attendees(id),
        reason TEXT NOT NULL,
        by_whom TEXT NOT NULL,
        station TEXT NOT NULL,
        at TEXT NOT NULL,
        reprints_before INTEGER NOT NULL,
        max_reprints INTEGER NOT NULL,
        synced INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO print_overrides_rebuilt (id, uid, job_id, attendee_id, reason, by_whom, station, at, reprints_before,
                                         max_reprints, synced)
        SELECT id, uid, job_id, attendee_id, reason, by_whom, station, at, reprints_before, max_reprints, synced
        FROM print_overrides;
    DROP TABLE print_overrides;
    ALTER TABLE print_overrides_rebuilt RENAME TO print_overrides;
    CREATE INDEX print_overrides_attendee ON print_overrides(attendee_id);
    CREATE INDEX print_overrides_unsynced ON print_overrides(id) WHERE synced = 0;
    CREATE TRIGGER print_overrides_append_only_u BEFORE UPDATE OF job_id, attendee_id, reason, by_whom, station, at, uid
        ON print_overrides BEGIN SELECT RAISE(ABORT, 'print overrides are append-only'); END;
    CREATE TRIGGER print_overrides_append_only_d BEFORE DELETE ON print_overrides
        BEGIN SELECT RAISE(ABORT, 'print overrides are append-only'); END;
    DROP INDEX badge_texts_attendee;
    CREATE INDEX badge_texts_latest ON badge_texts(attendee_id, at, uid);
    CREATE INDEX badge_texts_unsynced ON badge_texts(id) WHERE synced = 0;
    DROP TRIGGER attendees_sync_rev;
    CREATE TRIGGER attendees_sync_rev AFTER UPDATE OF uid, source_id, source_key, code, first_name, last_name,
        full_name, email, organization, ticket_type, status, pronouns, notes, walk_in, imported, edited,
        missing_from_source, details_missing ON attendees WHEN NEW.sync_rev = OLD.sync_rev
        BEGIN UPDATE attendees SET sync_rev = OLD.sync_rev + 1 WHERE id = NEW.id; END;
    """,
    # 8: a ticket whose holder is not named yet (Eventbrite "Info Requested") keeps its buyer's name
    #    as data, `guest_of`, worded where it is shown ("Guest of Jane Doe" at an English desk,
    #    "Personne invitée par Jane Doe" at a French one, on a badge in the event's language) instead
    #    of an English full name; rows an older version stored as "Guest of <buyer>" are converted
    #    (the one place that reads those English words). `guest_of` joins the columns to push.
    #    A failed badge job keeps its problem's code and parameters (`last_error_words`, JSON) beside
    #    the English `last_error`, so that the print queue says it in its window's language.
    """
    ALTER TABLE attendees ADD COLUMN guest_of TEXT NOT NULL DEFAULT '';
    ALTER TABLE print_jobs ADD COLUMN last_error_words TEXT;
    DROP TRIGGER attendees_sync_rev;
    CREATE TRIGGER attendees_sync_rev AFTER UPDATE OF uid, source_id, source_key, code, first_name, last_name,
        full_name, email, organization, ticket_type, status, pronouns, notes, walk_in, imported, edited,
        missing_from_source, details_missing, guest_of ON attendees WHEN NEW.sync_rev = OLD.sync_rev
        BEGIN UPDATE attendees SET sync_rev = OLD.sync_rev + 1 WHERE id = NEW.id; END;
    UPDATE attendees SET guest_of = substr(full_name, 10), full_name = ''
        WHERE details_missing = 1 AND first_name = '' AND last_name = '' AND full_name LIKE 'Guest of %';
    UPDATE attendees SET full_name = ''
        WHERE details_missing = 1 AND first_name = '' AND last_name = '' AND (full_name = 'Guest'
              OR full_name LIKE 'Guest (order %)');
    """,
]

"""Migration 7: what stations share about badges through the hub (kiosk/sync/badge_facts.py).

So that a reprint limit counts every station's badges and a badge fix made at one desk prints at all:
- `print_jobs` get a `uid` (what their print record is known by at every station; NULL for
  jobs queued before this version, given one when first sent) and `synced` (the hub has the
  record of the printed badge); an index per attendee for the desk's badge status.
- `printed_elsewhere`: badges printed at other stations (append-only, never a job here, so
  no other station's queued badge is ever printed here).
- `print_overrides` rebuilt so that `job_id` may be NULL: a reprint past the limit allowed at
  another station (its job is that station's).
- `printed_badges` (a view): every badge printed for a person, here and at the stations this
  one has heard from; what the report, the dashboard and the export count.
- a person's badge fixes in the order they take effect (the latest `at`, then `uid`, wins).
- `details_missing` joins the columns whose change is a local change to push.
"""

SQL = """
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
    """

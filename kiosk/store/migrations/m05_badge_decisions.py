"""Migration 5: what the desk decides about badges, as append-only facts.

Read by kiosk/printing/queue.py and kiosk/badges/overrides.py: a reprint past `max_reprints`,
allowed with a reason (who, when, station, why); and the text a badge prints instead of the registered name
(a misspelt name, a preferred name), the latest row per attendee in force, NULL = as
registered. The registration itself is never changed by either.
"""

SQL = """
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
    """

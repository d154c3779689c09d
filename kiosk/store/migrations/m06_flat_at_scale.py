"""Migration 6: flat at scale (issue 15).

- `standing_checkins` (a view): a check-in no annulment points at. `first_checkins` (a table
  kept by triggers, never written by code): the first standing check-in of each attendee on
  each day, earliest `at` then smallest uid, the one that counts and is shown. Every query of
  "who is checked in" reads these two: the rule is written here and nowhere else.
- `checkin_day_counts`: people checked in per day, kept by triggers on `first_checkins`, so
  the counter is one row read whoever wrote the fact (this station, another process, a sync).
- Indexes that leave the planner no bad choice: (attendee, day, at, uid) answers "is this
  person in today, and since when" from one index seek whatever the day's size; codes are
  found without case through their own index; a station's recent scans by (station, id).
- `print_job_counts`: print jobs per status, kept by triggers (the desk shows them after each write).
- `roster_stamp`: a version that changes whenever a searchable field or the status of an
  attendee changes or one is removed; with the largest attendee id (which every insert raises)
  it says whether the roster changed (the search reloads, the expected count is recounted).
  No trigger on INSERT: one would double the cost of every row of a 500,000-row import.
"""

SQL = """
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
    """

"""The day's counter and the roster stamp, kept by triggers, always say what a full count says:
after check-ins, undos, duplicates arriving from another station, walk-ins, corrections, imports,
syncs and purges, from this connection or another."""

from __future__ import annotations

import random
import uuid

from kiosk import checkin
from kiosk.reports.purge import purge
from kiosk.roster import attendees
from kiosk.roster.search import roster_stamp
from kiosk.store import open_event_db
from tests.conftest import add

DAYS = ["2026-07-08", "2026-07-09", "2026-07-10"]


def firsts_by_brute_force(db) -> set[tuple]:
    rows = db.conn.execute("SELECT attendee_id, event_day, at, uid, station FROM standing_checkins "
                           "ORDER BY attendee_id, event_day, at, uid").fetchall()
    firsts, seen = set(), set()
    for attendee_id, day, at, uid, station in rows:
        if (attendee_id, day) not in seen:
            seen.add((attendee_id, day))
            firsts.add((attendee_id, day, at, uid, station))
    return firsts


def full_count(db, day: str) -> dict:
    return {"checked_in": len(checkin.checked_in_ids(db, day)), "expected": attendees.count(db, admitted_only=True),
            "day": day}


def test_the_counter_follows_every_kind_of_write(event_db, db_path):
    rng = random.Random(15)
    ids = [add(event_db, code=f"C-{i}", first_name=f"P{i}", status="refunded" if i % 9 == 0 else "active")
           for i in range(60)]
    other = open_event_db(db_path)        # another window or process writing to the same file
    for step in range(400):
        day = rng.choice(DAYS)
        who = rng.choice(ids)
        action = rng.random()
        db = rng.choice([event_db, other])
        if action < 0.5:
            checkin.check_in(db, attendee_id=who, at=f"{day}T{12 + rng.randrange(8)}:00:00Z")
        elif action < 0.65:
            try:
                checkin.undo(db, who, "wrong person", day=day)
            except Exception:               # nothing to undo that day
                pass
        elif action < 0.8:                  # a duplicate from a station that was offline (as the sync writes it)
            with db.write() as conn:
                conn.execute("INSERT INTO checkins (uid, attendee_id, event_day, at, station, method, synced) "
                             "VALUES (?, ?, ?, ?, 'B', 'sync', 1)",
                             (uuid.uuid4().hex, who, day, f"{day}T{10 + rng.randrange(10)}:{rng.choice(['00', '30'])}:00.000Z"))
        elif action < 0.9:
            attendees.edit(db, who, {"status": rng.choice(["active", "cancelled"])})
        else:
            ids.append(attendees.add_walk_in(db, first_name=f"Walk{step}")["id"])
        for d in DAYS:
            assert checkin.counts(event_db, d) == full_count(event_db, d), (step, d)
        kept = set(event_db.conn.execute("SELECT attendee_id, event_day, at, uid, station FROM first_checkins"))
        assert kept == firsts_by_brute_force(event_db), step
    other.close()


def test_the_roster_stamp_moves_with_searchable_changes_only(event_db, roster):
    before = roster_stamp(event_db)
    checkin.check_in(event_db, "EB-0001", at="2026-07-08T13:00:00Z")
    assert roster_stamp(event_db) == before                 # a check-in is no change of the roster
    attendees.edit(event_db, roster["jose"], {"notes": "Interpreter booked"})
    assert roster_stamp(event_db) == before                 # nor is a note: nothing searchable changed
    attendees.edit(event_db, roster["jose"], {"last_name": "Nunes"})
    assert roster_stamp(event_db) > before
    moved = roster_stamp(event_db)
    attendees.add_walk_in(event_db, first_name="Zoë")
    assert roster_stamp(event_db) > moved


def test_a_purge_leaves_counters_that_match(event_db, roster):
    checkin.check_in(event_db, "EB-0001", at="2026-07-08T13:00:00Z")
    purge(event_db, keep_stats=True, remove_backup_files=False)
    assert checkin.counts(event_db, "2026-07-08") == full_count(event_db, "2026-07-08")
    purge(event_db, keep_stats=False, remove_backup_files=False)
    assert checkin.counts(event_db, "2026-07-08") == {"checked_in": 0, "expected": 0, "day": "2026-07-08"}


def test_an_event_file_of_the_previous_version_gets_its_counters_on_opening(tmp_path):
    import sqlite3

    from kiosk.store.migrate import split_sql
    from kiosk.store.migrations import MIGRATIONS

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:2], start=1):
        for statement in split_sql(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute("INSERT INTO event (id, name, days, timezone, secret, created_at) VALUES (1, 'Old', '[]', 'UTC', 's', '')")
    for i in range(1, 6):
        conn.execute("INSERT INTO attendees (uid, code, status, created_at, updated_at) VALUES (?, ?, ?, '', '')",
                     (f"u{i}", f"C{i}", "active" if i != 5 else "cancelled"))
        conn.execute("INSERT INTO checkins (uid, attendee_id, event_day, at, station) VALUES (?, ?, '2026-07-08', "
                     "'2026-07-08T10:00:00.000Z', 'A')", (f"c{i}", i))
    conn.execute("INSERT INTO checkins (uid, attendee_id, event_day, at, station) VALUES ('dup', 1, '2026-07-08', "
                 "'2026-07-08T10:05:00.000Z', 'B')")
    conn.execute("INSERT INTO checkin_annulments (uid, checkin_uid, reason, station, at) VALUES ('n', 'c2', 'x', 'A', '')")
    conn.close()
    with open_event_db(path) as db:
        assert db.scalar("PRAGMA user_version") == len(MIGRATIONS)
        assert checkin.counts(db, "2026-07-08") == {"checked_in": 4, "expected": 4, "day": "2026-07-08"}
        assert db.scalar("SELECT count(*) FROM sqlite_stat1") > 0          # the planner has statistics


def test_print_counts_follow_every_job(event_db, roster):
    from kiosk.printing import queue

    def by_group_by():
        found = dict(event_db.conn.execute("SELECT status, count(*) FROM print_jobs GROUP BY status").fetchall())
        return {s: found.get(s, 0) for s in ("pending", "printing", "done", "failed")}

    for name in ("jose", "amara", "bo", "jose"):
        queue.enqueue(event_db, roster[name], "checkin", "desk")
    assert queue.counts(event_db) == by_group_by() == {"pending": 3, "printing": 0, "done": 0, "failed": 0}
    with event_db.write() as conn:
        conn.execute("UPDATE print_jobs SET status = 'done' WHERE id IN (SELECT id FROM print_jobs LIMIT 2)")
        conn.execute("UPDATE print_jobs SET status = 'failed' WHERE status = 'pending' AND id = (SELECT max(id) FROM print_jobs)")
    assert queue.counts(event_db) == by_group_by()
    purge(event_db, keep_stats=False, remove_backup_files=False)
    assert queue.counts(event_db) == by_group_by() == {"pending": 0, "printing": 0, "done": 0, "failed": 0}


def test_windows_opening_an_old_event_file_at_once_migrate_it_once(tmp_path):
    """The desk opens four connections as it starts; after an update they all find the file one
    schema behind, and the long migration must run once, the others waiting and then going on."""
    import sqlite3
    import threading

    from kiosk.store.migrate import split_sql
    from kiosk.store.migrations import MIGRATIONS

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")           # as every event file the app made
    for number, script in enumerate(MIGRATIONS[:-1], start=1):
        for statement in split_sql(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute("INSERT INTO event (id, name, days, timezone, secret, created_at) VALUES (1, 'Old', '[]', 'UTC', 's', '')")
    conn.executemany("INSERT INTO attendees (uid, code, created_at, updated_at) VALUES (?, ?, '', '')",
                     [(f"u{i}", f"C{i}") for i in range(5000)])
    conn.executemany("INSERT INTO checkins (uid, attendee_id, event_day, at, station) VALUES (?, ?, '2026-07-08', "
                     "'2026-07-08T10:00:00.000Z', 'A')", [(f"c{i}", i + 1) for i in range(5000)])
    conn.close()
    errors: list[BaseException] = []

    def open_it():
        try:
            open_event_db(path).close()
        except BaseException as exc:  # noqa: BLE001 - the test reports whatever went wrong
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with open_event_db(path) as db:
        assert checkin.counts(db, "2026-07-08")["checked_in"] == 5000

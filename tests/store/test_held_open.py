"""A process that opens its event database again (a worker starting, a task) never drops the locks
it holds on it: otherwise another process closing its connection takes itself for the last one and
deletes the write-ahead log still in use, and every later check-in vanishes from others' view.

Found driving the real desk under Xvfb: the file check that reads a database's header opened and
closed the file by other means than SQLite, which drops every POSIX lock the process held on it."""

from __future__ import annotations

import subprocess
import sys
import threading

from kiosk.roster import attendees
from kiosk.store import open_event_db
from kiosk.store.open_files import open_in_this_process

COUNT = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "print(c.execute('SELECT count(*) FROM attendee_edits').fetchone()[0]); c.close()")


def count_elsewhere(path) -> int:
    done = subprocess.run([sys.executable, "-c", COUNT, str(path)], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def write_one(db) -> None:
    with db.write() as conn:
        conn.execute("INSERT INTO attendee_edits (attendee_id, field, old_value, new_value, station, at) "
                     "VALUES (1, 'first_name', 'a', 'b', 'desk', '2026-01-01T00:00:00Z')")


def test_opening_again_in_the_same_process_keeps_another_process_from_deleting_the_log(tmp_path):
    path = tmp_path / "event.sqlite"
    with open_event_db(path) as first:
        first.set_event("Held Open", [], "UTC")
        with first.write() as conn:
            attendees.insert(conn, {"code": "A-1", "first_name": "Ann", "last_name": "Lee", "full_name": "Ann Lee"})
        write_one(first)
        threads = [threading.Thread(target=lambda: open_event_db(path, create=False).close()) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        open_event_db(path, create=False).close()           # the workers and tasks of a window starting
        assert open_in_this_process(path)
        assert count_elsewhere(path) == 1                   # another process reads, then closes
        write_one(first)
        assert count_elsewhere(path) == 2                   # ...and still sees what is written here
        assert (tmp_path / "event.sqlite-wal").exists()
    assert not open_in_this_process(path)

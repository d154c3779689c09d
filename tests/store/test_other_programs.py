"""Another program using the event file while the app has it open (`kiosk` in a terminal, a second
window) never takes the app's write-ahead log away: the app never opens the file outside SQLite once
it is open (closing any descriptor of a file drops every POSIX lock the process holds on it)."""

from __future__ import annotations

import subprocess
import sys

from kiosk.store import open_event_db

OTHER_PROGRAM = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                 "c.execute('SELECT count(*) FROM attendees').fetchone(); c.close()")


def test_a_second_connection_of_the_app_does_not_let_another_program_delete_the_log(db_path):
    with open_event_db(db_path) as db:
        db.set_event("Door test", ["2026-07-08"], "UTC")
    worker = open_event_db(db_path, create=False)        # a desk worker's long-lived connection
    try:
        worker.scalar("SELECT count(*) FROM attendees")
        open_event_db(db_path, create=False).close()     # a task's connection, opened and closed meanwhile
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.exists()
        subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(db_path)], check=True, timeout=30)
        assert wal.exists(), "another program deleted the write-ahead log of an open database"
        with worker.write() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", ("station_name", '"door"'))
        with open_event_db(db_path, create=False) as again:
            assert again.scalar("SELECT value FROM settings WHERE key = 'station_name'") == '"door"'
    finally:
        worker.close()

"""Search as you type, off the GUI thread: the newest query wins, stale ones are dropped.

The worker owns a `RosterSearch` over its own read connection. At 50,000 attendees a broad query
and reloading the index cost tens to hundreds of milliseconds of Python, too much for the GUI
thread; here they only delay the result list, never a scan or a keystroke. The index is
reloaded when the attendees change (count, newest id or latest update), not on every check-in.
Results are capped (`LIMIT`; one more is asked for, to know there are more) and carry whether
each person is checked in today.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from kiosk.errors import KnownError
from kiosk.roster.search import RosterSearch

log = logging.getLogger(__name__)

LIMIT = 200


class _AttendeeSearch(RosterSearch):
    """RosterSearch whose index is reloaded only when the attendees changed, not on every check-in."""

    def _current_version(self):
        row = self.db.conn.execute("SELECT count(*), max(id), max(updated_at) FROM attendees").fetchone()
        return tuple(row)


class SearchWorker(QThread):
    results = Signal(int, str, object, int)   # serial, query, rows (dicts, best first), total matches
    failed = Signal(str)

    def __init__(self, db_path: str | Path, parent=None):
        super().__init__(parent)
        self.setObjectName("search-worker")
        self.db_path = Path(db_path)
        self._wake = threading.Condition()
        self._request: tuple[int, str] | None = None
        self._serial = 0
        self._stopping = False

    def search(self, text: str) -> int:
        """Ask for a search (any thread); returns its serial number. Replaces a pending one."""
        with self._wake:
            self._serial += 1
            self._request = (self._serial, text)
            self._wake.notify()
            return self._serial

    def stop(self) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify()
        self.wait()

    def run(self) -> None:
        from kiosk.store import open_event_db

        db = None
        try:
            while True:
                with self._wake:
                    while self._request is None and not self._stopping:
                        self._wake.wait()
                    if self._stopping:
                        return
                    serial, text = self._request
                    self._request = None
                try:
                    if db is None:
                        db = open_event_db(self.db_path, create=False)
                        index = _AttendeeSearch(db)
                    ids = index.search(text, limit=LIMIT + 1)  # one more says "and more"
                    rows = self._rows(db, ids[:LIMIT])
                except KnownError as exc:
                    self.failed.emit(str(exc))
                    continue
                with self._wake:
                    stale = self._request is not None
                if not stale:
                    self.results.emit(serial, text, rows, len(ids))
        finally:
            if db is not None:
                db.close()

    @staticmethod
    def _rows(db, ids: list[int]) -> list[dict]:
        from kiosk.eventdays import today
        from kiosk.roster import attendees

        if not ids:
            return []
        day = today(db.event()["timezone"])
        marks = ",".join("?" * len(ids))
        by_id = {r["id"]: r for r in db.query(attendees._SELECT + f"WHERE a.id IN ({marks})", ids)}
        for r in db.query(
                "SELECT c.attendee_id, min(c.at) AS at, c.station FROM checkins c "
                "LEFT JOIN checkin_annulments n ON n.checkin_uid = c.uid "
                f"WHERE c.event_day = ? AND n.id IS NULL AND c.attendee_id IN ({marks}) GROUP BY c.attendee_id",
                [day, *ids]):
            if r["attendee_id"] in by_id:
                by_id[r["attendee_id"]]["checked_in_at"] = r["at"]
        return [by_id[i] for i in ids if i in by_id]

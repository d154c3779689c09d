"""Search as you type, off the GUI thread: the newest query wins, stale ones are dropped.

The worker answers each request with `kiosk.roster.search.desk_search` over its own read
connection: the matching attendees (capped at LIMIT; one more is asked for, to know there are
more), each with whether they are checked in today. The search index is reloaded by the core when
the roster changes (a cheap version stamp), never on a check-in.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from kiosk.errors import KnownError

log = logging.getLogger(__name__)

LIMIT = 200


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
        from kiosk.eventdays import today
        from kiosk.roster.search import desk_search
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
                    rows, total = desk_search(db, text, today(db.event()["timezone"]), LIMIT)
                except KnownError as exc:
                    self.failed.emit(str(exc))
                    continue
                with self._wake:
                    stale = self._request is not None
                if not stale:
                    self.results.emit(serial, text, rows, total)
        finally:
            if db is not None:
                db.close()

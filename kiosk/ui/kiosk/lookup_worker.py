"""One "forgot your ticket?" lookup off the GUI thread, on its own database connection.

`LookupTask` is a short-lived QThread: it opens the event database, runs
kiosk.forgot_ticket.find_ticket (which writes the failure count, so it may wait for the write lock)
and emits `done(Lookup)` or `failed(str)`. The kiosk keeps it until it has finished.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from kiosk.errors import KnownError

log = logging.getLogger(__name__)


class LookupTask(QThread):
    done = Signal(object)     # kiosk.forgot_ticket.Lookup
    failed = Signal(str)

    def __init__(self, db_path: str | Path, email: str, last_name: str, station: str, parent=None):
        super().__init__(parent)
        self.setObjectName("forgot-ticket-lookup")
        self.db_path, self.email, self.last_name, self.station = Path(db_path), email, last_name, station

    def run(self) -> None:
        from kiosk.forgot_ticket import find_ticket
        from kiosk.store import open_event_db

        try:
            with open_event_db(self.db_path, create=False) as db:
                result = find_ticket(db, self.email, self.last_name, station=self.station)
        except KnownError as exc:
            log.warning("forgot-ticket lookup failed: %s", exc)
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug: log it, and send the person to the desk
            log.exception("forgot-ticket lookup failed unexpectedly")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.done.emit(result)

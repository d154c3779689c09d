"""The desk's background sync: a QThread that runs sync rounds with its own database connection.

It wraps kiosk.sync.rounds.watch (the same loop as `kiosk sync --watch`): a round every few
seconds, at once when this station has something to send or another station announces a push.
It reports the station's state as text for the status bar ("synced", "offline since 10:42 -
37 check-ins waiting"). It never touches the GUI thread's connection and stops cooperatively:
`stop()` sets a flag and waits for the round in progress to finish.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal

log = logging.getLogger(__name__)


class SyncWorker(QThread):
    state_changed = Signal(str)          # "synced" / "offline since 10:42 - 37 check-ins waiting"
    round_finished = Signal(dict)        # RoundReport.to_json()
    problem = Signal(str)                # a message a person can act on (password masked)

    def __init__(self, db_path: str | Path, hub: str | None = None, *, interval: float = 5.0, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.hub = hub
        self.interval = interval
        self._stop = threading.Event()

    def run(self) -> None:
        from kiosk.errors import KnownError
        from kiosk.store import open_event_db
        from kiosk.sync import sync_state, watch
        from kiosk.sync.url import resolve_hub

        try:
            db = open_event_db(self.db_path, create=False)
        except KnownError as exc:
            self.problem.emit(str(exc))
            return
        try:
            hub = resolve_hub(db, self.hub)
        except KnownError as exc:
            self.state_changed.emit(sync_state(db).text)
            self.problem.emit(str(exc))
            db.close()
            return

        def on_round(report) -> None:
            self.round_finished.emit(report.to_json())
            self.state_changed.emit(sync_state(db, configured=True).text)

        def on_error(exc) -> None:
            self.problem.emit(str(exc))
            self.state_changed.emit(sync_state(db, configured=True).text)

        try:
            watch(db, hub, interval=self.interval, stop=self._stop, on_round=on_round, on_error=on_error)
        except Exception as exc:  # a bug must not kill the desk; it is logged with its traceback
            log.exception("the sync worker stopped")
            self.problem.emit(f"Sync stopped after an unexpected error: {type(exc).__name__}. Check-ins continue locally.")
        finally:
            db.close()

    def stop(self, timeout_ms: int = 15000) -> bool:
        """Ask the loop to stop after the round in progress, and wait for it."""
        self._stop.set()
        return self.wait(timeout_ms)

"""The background sync with the hub: a `SerialWorker` whose one long job is the sync loop.

It runs kiosk.sync.rounds.watch (the same loop as `kiosk sync --watch`) on its own connection: a
round every few seconds, at once when this station has something to send or another station
announces a push. After each round (or a failed one) it reports where the station stands as data,
`state_changed(SyncStatus)` (kiosk/sync/state.py: counts and times; kiosk/ui/services.py words it),
`round_finished(report)` and, when the hub is away, `problem(message)` with the password masked.
`stop()` sets the loop's stop flag and waits for the round in progress to finish.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from kiosk.ui.threads import SerialWorker, known_message

log = logging.getLogger(__name__)


class SyncWorker(SerialWorker):
    state_changed = Signal(object)       # kiosk.sync.state.SyncStatus
    round_finished = Signal(dict)        # RoundReport.to_json()
    problem = Signal(str)                # a message a person can act on (password masked)

    WHAT = {"open": QT_TRANSLATE_NOOP("Tasks", "opening the event database for the sync"),
            "sync": QT_TRANSLATE_NOOP("Tasks", "syncing with the hub")}

    def __init__(self, db_path: str | Path, hub: str | None = None, *, interval: float = 5.0,
                 parent: QObject | None = None):
        super().__init__("sync-worker", db_path=db_path, parent=parent)
        self.hub = hub
        self.interval = interval
        self._stop = threading.Event()
        self.submit("sync", self._watch)

    def report(self, kind: str, message: str) -> None:
        super().report(kind, message)
        self.problem.emit(message)

    def about_to_stop(self) -> None:
        self._stop.set()

    def _watch(self, db) -> None:
        from kiosk.errors import KnownError
        from kiosk.sync import sync_state, watch
        from kiosk.sync.url import resolve_hub

        try:
            hub = resolve_hub(db, self.hub)
        except KnownError as exc:
            self.state_changed.emit(sync_state(db))
            self.problem.emit(known_message(exc))
            return

        def on_round(report) -> None:
            self.round_finished.emit(report.to_json())
            self.state_changed.emit(sync_state(db, configured=True))

        def on_error(exc) -> None:
            self.problem.emit(known_message(exc) if isinstance(exc, KnownError) else str(exc))
            self.state_changed.emit(sync_state(db, configured=True))

        watch(db, hub, interval=self.interval, stop=self._stop, on_round=on_round, on_error=on_error)

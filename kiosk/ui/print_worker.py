"""The print worker: a QThread that works the print queue in the background, off the GUI thread.

It opens its OWN connection to the event database (a SQLite connection belongs to the thread that
made it), takes due jobs one at a time with `kiosk.printing.queue.work_once`, and reports each
outcome by signal. Between jobs it sleeps until `wake()` (call it after queuing a badge) or a
second has passed, so failed jobs are retried on their backoff. `stop()` sets a flag, wakes the
thread and waits: a job being handed over is finished, never cut off. Importing this module
registers the "qt" printer backend (system printers through QtPdf), so `printer_backend = qt` works
in the app.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QMutex, QMutexLocker, QThread, QWaitCondition, Signal

import kiosk.ui.qt_printer  # noqa: F401 - registers the "qt" printer backend for the queue
from kiosk.errors import KnownError

log = logging.getLogger(__name__)


class PrintWorker(QThread):
    #: A JobResult as a dict (job_id, code, name, status done/failed, error, reference, attempts).
    job_finished = Signal(object)
    #: {"pending": n, "printing": n, "done": n, "failed": n} after each job.
    queue_changed = Signal(object)
    #: A problem of the worker itself (the database cannot be opened), for a banner.
    problem = Signal(str)

    def __init__(self, db_path: str | Path, *, backend_factory: Callable | None = None,
                 idle_seconds: float = 1.0, parent=None):
        super().__init__(parent)
        self.db_path = str(db_path)
        self.backend_factory = backend_factory  # called on the worker thread with the db; None = settings
        self.idle_ms = int(idle_seconds * 1000)
        self._mutex = QMutex()
        self._wakeup = QWaitCondition()
        self._stopping = False
        self._woken = False
        self.setObjectName("print-worker")

    def wake(self) -> None:
        """A badge was queued: look at the queue now."""
        with QMutexLocker(self._mutex):
            self._woken = True
            self._wakeup.wakeAll()

    def stop(self, timeout_ms: int = 30000) -> bool:
        """Ask the worker to finish its current job and end; wait for it."""
        with QMutexLocker(self._mutex):
            self._stopping = True
            self._wakeup.wakeAll()
        return self.wait(timeout_ms)

    def _idle(self) -> None:
        with QMutexLocker(self._mutex):
            if not self._stopping and not self._woken:
                self._wakeup.wait(self._mutex, self.idle_ms)
            self._woken = False

    def run(self) -> None:
        from kiosk.printing import queue
        from kiosk.store import open_event_db

        try:
            db = open_event_db(self.db_path, create=False)
        except KnownError as exc:
            self.problem.emit(str(exc))
            return
        try:
            while not self._stopping:
                try:
                    backend = self.backend_factory(db) if self.backend_factory else None
                    result = queue.work_once(db, backend)
                except KnownError as exc:
                    self.problem.emit(str(exc))
                    result = None
                except Exception as exc:  # keep the worker alive; the job itself is recorded by work_once
                    log.exception("print worker error")
                    self.problem.emit(f"Printing stopped on an unexpected error: {exc!r}")
                    result = None
                if result is not None:
                    self.job_finished.emit(result.as_dict())
                    self.queue_changed.emit(queue.counts(db))
                    continue
                self._idle()
        finally:
            db.close()

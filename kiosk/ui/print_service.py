"""Badge printing for the whole app, in one place: the desk and the kiosk both use a `PrintService`.

It owns the print worker (a `SerialWorker` with its own connection): queueing a badge after a
check-in (the core's `kiosk.printing.queue.on_checkin`: only when the event prints on check-in), by
hand (Ctrl+P), as a reprint (counted against `max_reprints` by `queue.enqueue`, refused with the
core's message at the limit), retrying failed jobs, and working the queue: between jobs the worker
waits until it is woken or a second has passed, so failed jobs are retried on their backoff. Every
queue write runs on that one thread, in order; the print queue window only reads on its own tasks.

Signals (on the GUI thread): `queued(attendee)`, `counts_changed(counts)`, `job_finished(job)`,
`problem(message)`. `stop()` lets the badge in hand finish (never cut off) and ends the worker.
Importing this module registers the "qt" printer backend (system printers through QtPdf).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

import kiosk.ui.qt_printer  # noqa: F401 - registers the "qt" printer backend for the queue
from kiosk.errors import KnownError
from kiosk.ui.threads import SerialWorker, known_message

log = logging.getLogger(__name__)


class PrintWorker(SerialWorker):
    """Works the print queue in the background; queue writes arrive as jobs, in order."""

    job_finished = Signal(object)     # a JobResult as a dict: job_id, code, name, status done/failed, error...
    queue_changed = Signal(object)    # {"pending": n, "printing": n, "done": n, "failed": n}
    problem = Signal(str)             # the worker's own problem (the database cannot be opened), for a banner

    WHAT = {
        "open": QT_TRANSLATE_NOOP("Tasks", "opening the event database for printing"),
        "tick": QT_TRANSLATE_NOOP("Tasks", "printing a badge"),
        "queue": QT_TRANSLATE_NOOP("Tasks", "queueing a badge"),
        "retry": QT_TRANSLATE_NOOP("Tasks", "retrying the failed badges"),
    }

    def __init__(self, db_path: str | Path, *, backend_factory: Callable[[Any], Any] | None = None,
                 idle_seconds: float = 1.0, parent: QObject | None = None):
        super().__init__("print-worker", db_path=db_path, tick_seconds=idle_seconds, parent=parent)
        self.backend_factory = backend_factory  # called on the worker thread with the db; None: the settings
        self._troubled = False                  # the last tick could not reach the queue

    def setup(self) -> None:
        from kiosk.printing import queue

        super().setup()
        self.queue_changed.emit(queue.counts(self.db))

    def report(self, kind: str, message: str) -> None:
        super().report(kind, message)
        self.problem.emit(message)

    def tick(self) -> None:
        """Print every job that is due, one at a time, until none is or the worker is stopping."""
        from kiosk.printing import queue

        db = self.db
        while not self.stopping:
            try:
                result = queue.work_once(db, self.backend_factory(db) if self.backend_factory else None)
            except KnownError as exc:   # the queue cannot be read or written: say so, try on the next tick
                self._troubled = True
                self.problem.emit(known_message(exc))
                return
            if self._troubled:          # the problem is over: the counts replace its message
                self._troubled = False
                self.queue_changed.emit(queue.counts(db))
            if result is None:
                return
            self.job_finished.emit(result.as_dict())
            self.queue_changed.emit(queue.counts(db))

    # -- jobs (on the worker's thread, with its connection) ----------------------------------------
    def queue_job(self, db, attendee_id: int, reason: str, station: str) -> dict:
        from kiosk.printing import queue
        from kiosk.roster import attendees

        queue.enqueue(db, attendee_id, reason, station)
        self.queue_changed.emit(queue.counts(db))
        return attendees.get(db, attendee_id)

    def after_checkin_job(self, db, attendee_id: int, station: str) -> dict | None:
        from kiosk.printing import queue
        from kiosk.roster import attendees

        if queue.on_checkin(db, attendee_id, station) is None:
            return None      # the event does not print on check-in
        self.queue_changed.emit(queue.counts(db))
        return attendees.get(db, attendee_id)

    def request_job(self, db, attendee_id: int, station: str, override: tuple[str, str] | None) -> dict:
        """The chosen person's badge, first or reprint, by the core's rules (`queue.request_badge`).
        A reprint past the limit is not an error here: {"limit": {name, used, limit, en, fr, refused}}
        asks the desk for a reason and who allows it (en, fr: the question's words; refused: {en, fr},
        the words where no one can be asked)."""
        from kiosk.printing import queue
        from kiosk.roster import attendees

        try:
            answer = queue.request_badge(db, attendee_id, station=station,
                                         override=queue.Override(*override) if override else None)
        except queue.ReprintLimitReached as exc:
            asked, refused = exc.asked_at_the_desk(), exc.refused_at_the_desk()
            return {"limit": {"name": exc.name, "used": exc.used, "limit": exc.limit, **asked.in_languages(),
                              "refused": refused.in_languages()}, "attendee": attendees.get(db, attendee_id)}
        self.queue_changed.emit(queue.counts(db))
        return {**answer, "attendee": attendees.get(db, attendee_id)}

    def retry_job(self, db) -> int:
        from kiosk.printing import queue

        count = queue.retry_all_failed(db)
        self.queue_changed.emit(queue.counts(db))
        return count


class PrintService(QObject):
    """The app's badge printing; see the module docstring."""

    queued = Signal(object)           # the attendee row whose badge was queued
    counts_changed = Signal(object)
    job_finished = Signal(object)
    problem = Signal(str)

    def __init__(self, db_path: str | Path, *, station: str = "", backend_factory: Callable[[Any], Any] | None = None,
                 idle_seconds: float = 1.0, parent: QObject | None = None):
        super().__init__(parent)
        self.station = station
        self.counts: dict = {}
        self.worker = PrintWorker(db_path, backend_factory=backend_factory, idle_seconds=idle_seconds, parent=self)
        self.worker.queue_changed.connect(self._on_counts)
        self.worker.job_finished.connect(self.job_finished)
        self.worker.problem.connect(self.problem)
        self._stopped = False

    def start(self) -> None:
        if not self._stopped and not self.worker.isRunning():
            self.worker.start()

    def running(self) -> bool:
        return self.worker.isRunning()

    # -- requests --------------------------------------------------------------------------------
    def after_checkin(self, result) -> None:
        """A check-in's verdict: queue the badge when the person is in and the event prints on check-in."""
        if result.admitted and result.attendee:
            self.worker.submit("queue", self.worker.after_checkin_job, result.attendee["id"], self.station,
                               on_done=self._on_queued)
            self.worker.wake()

    def queue_badge(self, attendee_id: int, reason: str = "manual", *, on_done: Callable[[dict], Any] | None = None,
                    on_error: Callable[[str], Any] | None = None) -> None:
        """Queue a badge by hand ("manual"), at check-in after asking ("checkin"), or again ("reprint")."""
        def done(person: dict) -> None:
            self._on_queued(person)
            if on_done is not None:
                on_done(person)

        self.worker.submit("queue", self.worker.queue_job, attendee_id, reason, self.station, on_done=done,
                           on_error=on_error)
        self.worker.wake()

    def request_badge(self, attendee_id: int, *, override: tuple[str, str] | None = None,
                      on_done: Callable[[dict], Any] | None = None,
                      on_error: Callable[[str], Any] | None = None) -> None:
        """Print the chosen person's badge (Ctrl+P, the toolbar, the print queue): the first one, or a
        reprint within the limit, or past it with `override` = (reason, who allows it). `on_done` gets
        {"job_id", "kind", "status", "attendee"} or {"limit": ..., "attendee"} (ask, then call again)."""
        def done(answer: dict) -> None:
            if "limit" not in answer:
                self._on_queued(answer["attendee"])
            if on_done is not None:
                on_done(answer)

        self.worker.submit("queue", self.worker.request_job, attendee_id, self.station, override, on_done=done,
                           on_error=on_error)
        self.worker.wake()

    def retry_failed(self, *, on_done: Callable[[int], Any] | None = None,
                     on_error: Callable[[str], Any] | None = None) -> None:
        self.worker.submit("retry", self.worker.retry_job, on_done=on_done, on_error=on_error)
        self.worker.wake()

    def wake(self) -> None:
        """Badges were queued elsewhere (another program, a sync): look at the queue now."""
        self.worker.wake()

    def stop(self, timeout_ms: int = 30000) -> bool:
        """Finish the badge in hand and the queued requests, then end. Safe to call twice."""
        self._stopped = True
        return self.worker.stop(timeout_ms)

    # -- answers ---------------------------------------------------------------------------------
    def _on_queued(self, person: dict | None) -> None:
        if person is not None:
            self.queued.emit(person)

    def _on_counts(self, counts: dict) -> None:
        self.counts = dict(counts)
        self.counts_changed.emit(self.counts)

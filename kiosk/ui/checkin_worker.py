"""Check-ins and the desk's other writes, off the GUI thread.

`CheckinWorker` is a QThread with its own EventDB connection, opened on that thread. The window
calls its request methods (thread-safe: they only put a job on a queue) and listens to its signals;
the check-in rules themselves are the core's `kiosk.checkin.check_in`, unchanged. A job that fails
with a `KnownError` (database locked, read-only, full or damaged; an attendee who vanished) is
reported through `failed` with the message a person can act on, and nothing is claimed done.

Stopping is cooperative: `stop()` sets a flag, wakes the thread with a sentinel and waits; a job in
progress finishes (its transaction commits or rolls back) before the thread ends.
"""

from __future__ import annotations

import logging
import queue
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from kiosk.errors import KnownError

log = logging.getLogger(__name__)


@dataclass
class Job:
    kind: str
    args: dict = field(default_factory=dict)
    queued_at: float = field(default_factory=time.perf_counter)


class CheckinWorker(QThread):
    """Runs check-ins, walk-ins, edits, undos and print enqueues one at a time, in order."""

    ready = Signal(object)            # {"event", "station", "counts", "recent", "print_on_checkin", "wedge"}
    checked_in = Signal(object)     # kiosk.checkin.CheckinResult (any verdict)
    walked_in = Signal(object)      # CheckinResult of the new walk-in's check-in
    edited = Signal(object)         # the attendee row after the correction
    undone = Signal(object)         # kiosk.checkin.undo's summary
    print_queued = Signal(object)   # the attendee row whose badge was queued
    failed = Signal(str, str)       # job kind, message for a person (nothing was done)
    counts_changed = Signal(object)   # {"checked_in", "expected", "day"}
    recent_changed = Signal(object)   # this station's latest scan attempts, newest first
    print_counts = Signal(object)     # {"pending", "printing", "done", "failed"} when printing is available

    def __init__(self, db_path: str | Path, station: str | None = None, *, busy_timeout_s: float | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("checkin-worker")
        self.db_path = Path(db_path)
        self.station = station
        self.busy_timeout_s = busy_timeout_s
        self.print_on_checkin = "off"
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._stopping = False
        self._db = None
        self._dirty = False
        self.last_latency_s = 0.0   # queue -> committed, for the benchmark and the status bar

    # -- requests (any thread) ---------------------------------------------------------------------
    def check_in_payload(self, payload: str, method: str = "scan") -> None:
        self._jobs.put(Job("checkin", {"payload": payload, "method": method}))

    def check_in_attendee(self, attendee_id: int, method: str = "search") -> None:
        self._jobs.put(Job("checkin", {"attendee_id": attendee_id, "method": method}))

    def add_walk_in(self, fields: dict) -> None:
        self._jobs.put(Job("walk_in", {"fields": dict(fields)}))

    def edit_attendee(self, attendee_id: int, changes: dict) -> None:
        self._jobs.put(Job("edit", {"attendee_id": attendee_id, "changes": dict(changes)}))

    def undo_checkin(self, attendee_id: int, reason: str, day: str | None = None) -> None:
        self._jobs.put(Job("undo", {"attendee_id": attendee_id, "reason": reason, "day": day}))

    def enqueue_print(self, attendee_id: int, reason: str = "checkin") -> None:
        self._jobs.put(Job("print", {"attendee_id": attendee_id, "reason": reason}))

    def refresh(self) -> None:
        """Re-read the counter and the recent scans (another station may have written)."""
        self._jobs.put(Job("refresh"))

    def pending(self) -> int:
        return self._jobs.qsize()

    def stop(self) -> None:
        self._stopping = True
        self._jobs.put(None)
        self.wait()

    # -- the thread ----------------------------------------------------------------------------------
    def run(self) -> None:
        try:
            self._open()
            self.ready.emit(self._state())
        except KnownError as exc:
            self.failed.emit("open", str(exc))
        while not self._stopping:
            job = self._jobs.get()
            if job is None or self._stopping:
                break
            try:
                if self._db is None:
                    self._open()
                    self.ready.emit(self._state())
                getattr(self, f"_do_{job.kind}")(job)
                if self._dirty and self._jobs.empty():
                    # the counter and the recent list wait until the line of scans is through:
                    # verdicts first
                    self._dirty = False
                    self._after_write()
            except KnownError as exc:
                log.warning("%s failed: %s", job.kind, exc)
                self.failed.emit(job.kind, str(exc))
            except Exception as exc:  # a bug: keep the traceback in the log, tell the person plainly
                log.exception("%s failed unexpectedly", job.kind)
                self.failed.emit(job.kind, f"{type(exc).__name__}: {exc}")
        if self._db is not None:
            self._db.close()
            self._db = None

    def _open(self) -> None:
        from kiosk.store import open_event_db, settings

        db = open_event_db(self.db_path, create=False)
        if self.busy_timeout_s is not None:
            db.conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_s * 1000)}")
        self._db = db
        self.station = self.station or settings.get(db, "station_name")
        self.print_on_checkin = settings.get(db, "print_on_checkin")

    def _day(self) -> str:
        from kiosk.eventdays import today

        return today(self._db.event()["timezone"])

    def _state(self) -> dict:
        from kiosk.checkin import counts, recent_attempts
        from kiosk.store import settings

        db = self._db
        return {"event": db.event(), "station": self.station, "counts": counts(db, self._day()),
                "recent": recent_attempts(db, 30, self.station), "print_on_checkin": self.print_on_checkin,
                "wedge": {k: settings.get(db, k) for k in ("wedge_prefix", "wedge_suffix", "wedge_azerty",
                                                          "wedge_min_length", "wedge_max_gap_ms")},
                "badge": self._badge_settings(),
                "dedupe_seconds": settings.get(db, "dedupe_seconds"),
                "ticket_types": [r[0] for r in db.conn.execute(
                    "SELECT DISTINCT ticket_type FROM attendees WHERE ticket_type != '' ORDER BY 1 LIMIT 50")]}

    def _badge_settings(self) -> dict | None:
        """What the badge preview needs (stock, template, event context), if badges are part of the build."""
        try:
            from kiosk.badges.render import event_context
            from kiosk.printing.settings import PrintSettings
        except ImportError:
            return None
        try:
            settings = PrintSettings.from_db(self._db)
            return {"stock": settings.badge_stock, "template": settings.badge_template,
                    "event": event_context(self._db)}
        except KnownError as exc:
            log.warning("badge preview off: %s", exc)
            return None

    def _after_write(self) -> None:
        from kiosk.checkin import counts, recent_attempts

        self.counts_changed.emit(counts(self._db, self._day()))
        self.recent_changed.emit(recent_attempts(self._db, 30, self.station))
        self._emit_print_counts()

    def _emit_print_counts(self) -> None:
        try:
            from kiosk.printing import queue as print_queue
        except ImportError:
            return
        self.print_counts.emit(print_queue.counts(self._db))

    def _auto_print(self, result) -> None:
        if result.verdict in ("ok", "attention") and self.print_on_checkin == "auto":
            self._queue_badge(result.attendee["id"], "checkin")

    def _queue_badge(self, attendee_id: int, reason: str) -> None:
        try:
            from kiosk.printing.queue import enqueue
        except ImportError:
            log.info("Printing is not available in this build; no badge queued.")
            return
        enqueue(self._db, attendee_id, reason, self.station)
        from kiosk.roster import attendees

        self.print_queued.emit(attendees.get(self._db, attendee_id))
        self._emit_print_counts()

    # -- jobs ----------------------------------------------------------------------------------------
    def _do_checkin(self, job: Job) -> None:
        from kiosk.checkin import check_in

        a = job.args
        result = check_in(self._db, a.get("payload"), attendee_id=a.get("attendee_id"), station=self.station,
                          method=a.get("method"))
        self.last_latency_s = time.perf_counter() - job.queued_at
        self.checked_in.emit(result)
        self._dirty = True
        try:
            self._auto_print(result)
        except KnownError as exc:  # the check-in stands; the badge is the print queue's business
            self.failed.emit("print", str(exc))

    def _do_walk_in(self, job: Job) -> None:
        from kiosk.checkin import check_in
        from kiosk.roster import attendees

        person = attendees.add_walk_in(self._db, **job.args["fields"])
        result = check_in(self._db, attendee_id=person["id"], station=self.station, method="walk-in")
        self.walked_in.emit(result)
        self._dirty = True
        try:
            self._auto_print(result)
        except KnownError as exc:
            self.failed.emit("print", str(exc))

    def _do_edit(self, job: Job) -> None:
        from kiosk.roster import attendees

        person = attendees.edit(self._db, job.args["attendee_id"], job.args["changes"], station=self.station)
        self.edited.emit(person)

    def _do_undo(self, job: Job) -> None:
        from kiosk.checkin import undo

        info = undo(self._db, int(job.args["attendee_id"]), job.args["reason"], station=self.station,
                    day=job.args.get("day"))
        self.undone.emit(info)
        self._dirty = True

    def _do_print(self, job: Job) -> None:
        self._queue_badge(job.args["attendee_id"], job.args["reason"])

    def _do_refresh(self, job: Job) -> None:
        self._dirty = True

"""Check-ins and the desk's other writes, off the GUI thread, in order: a `SerialWorker`.

The worker owns one connection to the event database, opened on its own thread. The window calls
its request methods (any thread: they only queue a job) and listens to its signals; the rules are
the core's (`kiosk.checkin.check_in`, `undo`, `kiosk.roster.attendees`), unchanged. A job that fails
reports `failed(kind, message)` through the one failure seam (kiosk/ui/threads.py): a known problem
(database locked, read-only, full or damaged) with what to do, a bug with where its log is; nothing
is claimed done, and the next job works. If the database cannot be opened at start, `failed("open",
...)` says why, and every later job tries again, so a scan is answered (NOT SAVED), never left waiting.

Badges are not this worker's business: the print service (kiosk/ui/print_service.py) queues them
after a check-in. `apply_settings(values)` takes the settings registry's values (the settings watcher
hands them over after any change) for the station name; the counter and recent scans are re-read
once a burst of writes is through (`after_jobs`), verdicts first.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from kiosk.ui.threads import SerialWorker

log = logging.getLogger(__name__)

RECENT = 30


class CheckinWorker(SerialWorker):
    """Runs check-ins, walk-ins, corrections and undos one at a time, in order."""

    ready = Signal(object)            # DeskState as a dict: event, station, counts, recent, settings, ticket_types
    checked_in = Signal(object)       # kiosk.checkin.CheckinResult (any verdict)
    walked_in = Signal(object)        # CheckinResult of the new walk-in's check-in
    lookalikes = Signal(object, object)   # a walk-in's fields, the registered people they may be (dicts)
    edited = Signal(object)           # the attendee row after the correction
    undone = Signal(object)           # kiosk.checkin.undo's summary
    counts_changed = Signal(object)   # {"checked_in", "expected", "day"}
    recent_changed = Signal(object)   # this station's latest scan attempts, newest first
    station_changed = Signal(str)

    WHAT = {
        "open": QT_TRANSLATE_NOOP("Tasks", "opening the event database"),
        "checkin": QT_TRANSLATE_NOOP("Tasks", "checking someone in"),
        "walk_in": QT_TRANSLATE_NOOP("Tasks", "adding a walk-in"),
        "edit": QT_TRANSLATE_NOOP("Tasks", "saving a correction"),
        "undo": QT_TRANSLATE_NOOP("Tasks", "undoing a check-in"),
        "refresh": QT_TRANSLATE_NOOP("Tasks", "reading the counter and the recent scans"),
        "settings": QT_TRANSLATE_NOOP("Tasks", "applying the settings"),
    }

    def __init__(self, db_path: str | Path, station: str | None = None, *, busy_timeout_s: float | None = None,
                 parent: QObject | None = None):
        super().__init__("checkin-worker", db_path=db_path, parent=parent)
        self.requested_station = station       # set as this station's name in the registry at start
        self.station = station or ""
        self.busy_timeout_s = busy_timeout_s
        self._dirty = False
        self.last_latency_s = 0.0   # queue -> committed, for the benchmark and the status bar

    # -- requests (any thread) ---------------------------------------------------------------------
    def check_in_payload(self, payload: str, method: str = "scan") -> None:
        self.submit("checkin", self._checkin, time.perf_counter(), payload, None, method)

    def check_in_attendee(self, attendee_id: int, method: str = "search") -> None:
        self.submit("checkin", self._checkin, time.perf_counter(), None, attendee_id, method)

    def add_walk_in(self, fields: dict, *, confirm_new: bool = False) -> None:
        """Add a walk-in and check them in; unless `confirm_new`, registered people they may be are
        announced (`lookalikes`) instead, and nobody is created."""
        self.submit("walk_in", self._walk_in, dict(fields), confirm_new)

    def edit_attendee(self, attendee_id: int, changes: dict) -> None:
        self.submit("edit", self._edit, attendee_id, dict(changes))

    def undo_checkin(self, attendee_id: int, reason: str, day: str | None = None) -> None:
        self.submit("undo", self._undo, attendee_id, reason, day)

    def refresh(self) -> None:
        """Re-read the counter and the recent scans (another station may have written)."""
        self.submit("refresh", self._refresh)

    def apply_settings(self, _values: dict[str, Any] | None = None) -> None:
        """The registry's values changed (here or by a sync): follow the station's name. The worker
        reads it itself, in order with its writes: a snapshot taken elsewhere may be older."""
        self.submit("settings", self._apply_settings)

    # -- the thread ----------------------------------------------------------------------------------
    def setup(self) -> None:
        from kiosk.store import settings

        super().setup()
        db = self.db
        if self.busy_timeout_s is not None:
            db.set_busy_timeout(self.busy_timeout_s)
        if self.requested_station and settings.get(db, "station_name") != self.requested_station:
            settings.set_value(db, "station_name", self.requested_station)
        self.station = str(settings.get(db, "station_name"))
        self.ready.emit(self._state(db))

    def after_jobs(self) -> None:
        if self._dirty:
            self._dirty = False
            self._emit_counts(self.db)

    def _day(self, db) -> str:
        from kiosk.eventdays import today

        return today(db.event()["timezone"])

    def _state(self, db) -> dict:
        from kiosk.checkin import counts, recent_attempts
        from kiosk.roster.attendees import ticket_types
        from kiosk.store import settings

        return {"event": db.event(), "station": self.station, "counts": counts(db, self._day(db)),
                "recent": recent_attempts(db, RECENT, self.station), "settings": settings.values(db),
                "ticket_types": ticket_types(db)}

    def _emit_counts(self, db) -> None:
        from kiosk.checkin import counts, recent_attempts

        self.counts_changed.emit(counts(db, self._day(db)))
        self.recent_changed.emit(recent_attempts(db, RECENT, self.station))

    # -- jobs (on the worker thread, with its connection) -------------------------------------------
    def _checkin(self, db, queued_at: float, payload: str | None, attendee_id: int | None, method: str) -> None:
        from kiosk.checkin import check_in

        result = check_in(db, payload, attendee_id=attendee_id, station=self.station, method=method)
        self.last_latency_s = time.perf_counter() - queued_at
        self._dirty = True
        _log_verdict(result, method)
        self.checked_in.emit(result)

    def _walk_in(self, db, fields: dict, confirm_new: bool) -> None:
        from kiosk.walkins import LikelyDuplicate, add_walk_in

        try:
            added = add_walk_in(db, **fields, station=self.station, confirm_new=confirm_new)
        except LikelyDuplicate as exc:
            self.lookalikes.emit(fields, [{"attendee": m.attendee, "why": m.why} for m in exc.matches])
            return
        result = added["checkin"]
        self._dirty = True
        _log_verdict(result, "walk-in")
        self.walked_in.emit(result)

    def _edit(self, db, attendee_id: int, changes: dict) -> None:
        from kiosk.roster import attendees

        self.edited.emit(attendees.edit(db, attendee_id, changes, station=self.station))

    def _undo(self, db, attendee_id: int, reason: str, day: str | None) -> None:
        from kiosk.checkin import undo

        info = undo(db, int(attendee_id), reason, station=self.station, day=day)
        log.info("check-in undone at %s: %s (%s)", self.station, info["attendee"].get("code"), reason)
        self._dirty = True
        self.undone.emit(info)

    def _refresh(self, db) -> None:
        self._dirty = True

    def _apply_settings(self, db) -> None:
        from kiosk.store import settings

        station = str(settings.get(db, "station_name"))
        if station != self.station:
            self.station = station
            self._dirty = True
            self.station_changed.emit(station)


def _log_verdict(result: Any, method: str) -> None:
    """One line per verdict for the organizers' log view ("what happened at door 2 at 10:42"). The
    log file is the owner's only, like the event file; it names the code and the person."""
    from kiosk.roster.attendees import display_name

    who = display_name(result.attendee) if result.attendee else ""
    code = (result.attendee or {}).get("code") or (result.payload or "")[:48]
    log.info("check-in %s at %s (%s): %s%s", result.verdict, result.station, method, code, f" ({who})" if who else "")

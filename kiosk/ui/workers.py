"""The two long-lived worker shapes of the UI (kiosk/ui/threads.py gives the overview).

`SerialWorker`: one thread with one connection; jobs run in the order they were submitted (check-ins,
print jobs, anything that writes); an optional tick runs when no job came for a while.
`LatestWorker`: one thread with one connection; only the newest request is answered (search as you
type, the badge preview, the dashboard's figures), and a stale answer is dropped on both sides of
the hop. Both send every failure through the one failure seam (kiosk/ui/failures.py) and go on
serving; both stop cooperatively (a flag, a wake-up, a wait; never `terminate()`), and neither is
its owner's Qt child: a worker outlives a window that forgot to stop it until its thread has ended.
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from kiosk.ui.failures import WORKING, failure_message


# -- workers outlive their owner until their thread has ended ---------------------------------------

_alive: set[Worker] = set()


def _adopt(worker: Worker, owner: QObject | None) -> None:
    """A QThread destroyed while its thread runs aborts the process. So a worker is not its owner's
    Qt child: it is kept here until its thread has ended, and asked to stop when its owner goes."""
    _alive.add(worker)
    if owner is not None:
        owner.destroyed.connect(worker._owner_gone)


def running_workers() -> list[Worker]:
    """The workers whose thread is running (for tests and for quitting)."""
    return [w for w in list(_alive) if w.isRunning()]


def stop_all_workers(timeout_ms: int = 30000) -> bool:
    """Stop every worker still running (their owners forgot to); True when all have ended."""
    ended = True
    for worker in running_workers():
        ended = worker.stop(timeout_ms) and ended
    return ended


# -- what both shapes share -----------------------------------------------------------------------

class Worker(QThread):
    """What both worker shapes share: a name, an owner it outlives, its own connection (`setup()`
    opens the event database at `db_path` on the worker's thread, `teardown()` closes it there), and
    a cooperative `stop()`: `_ask_to_stop()` (a flag and a wake-up, per shape), then a wait."""

    def __init__(self, name: str, *, db_path: str | Path | None = None, parent: QObject | None = None):
        super().__init__()
        self.setObjectName(name)
        _adopt(self, parent)
        self.db_path = Path(db_path) if db_path is not None else None
        self.db: Any = None
        self._ready = False
        self.finished.connect(self._ended)

    def stop(self, timeout_ms: int = 30000) -> bool:
        """Ask the thread to end (see each shape for what it finishes first) and wait up to
        `timeout_ms`; True when it has ended. Safe to call twice, or before `start()`."""
        self._ask_to_stop()
        return self.wait(timeout_ms) if self.isRunning() else True

    def _ask_to_stop(self) -> None:
        raise NotImplementedError

    def setup(self) -> None:
        """Open what the jobs need (default: the event database at `db_path`)."""
        if self.db_path is not None:
            from kiosk.store import open_event_db

            self.db = open_event_db(self.db_path, create=False)

    def teardown(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    @Slot()
    def _owner_gone(self) -> None:
        """The window that owned this worker is gone: end after the work in hand, without waiting here."""
        self._ask_to_stop()
        if not self.isRunning():
            _alive.discard(self)

    @Slot()
    def _ended(self) -> None:
        self.wait()
        _alive.discard(self)


# -- a serial worker: jobs in order, one connection ------------------------------------------------

_STOP = object()
_WAKE = object()
#: After a failed open, a periodic tick tries again only this much later (a job always tries at once).
OPEN_RETRY_SECONDS = 10.0


@dataclass
class _Job:
    kind: str
    fn: Callable[..., Any]
    args: tuple
    on_done: Callable[[Any], Any] | None = None
    on_error: Callable[[str], Any] | None = None


class SerialWorker(Worker):
    """One thread that runs submitted jobs one at a time, in order, with its own connection.

    `submit(kind, fn, *args, on_done=, on_error=)` (any thread) queues `fn(db, *args)` (`fn(*args)`
    without a `db_path`). `on_done(result)` runs on the GUI thread; a failure goes to `on_error`, or
    else to the `failed(kind, message)` signal. The connection is opened on the worker's thread by
    `setup()`; if that fails (the file is damaged, a bug), `failed("open", message)` says so, and
    each later job tries again and, failing, reports its own kind, so nothing waits forever.
    `tick()` runs when no job arrived for `tick_seconds` (None: never) or after `wake()`;
    `after_jobs()` when the queue has just run dry. `stop()` lets the jobs already queued finish,
    then ends the thread; a long job may look at `stopping` to end early.
    """

    failed = Signal(str, str)                # the job's kind, a message for a person
    _answer = Signal(object, object)         # a callback and its argument, for the GUI thread

    #: Words for the bug line ("Something went wrong while ..."), per job kind.
    WHAT: dict[str, object] = {}

    def __init__(self, name: str, *, db_path: str | Path | None = None, tick_seconds: float | None = None,
                 parent: QObject | None = None):
        super().__init__(name, db_path=db_path, parent=parent)
        self.tick_seconds = tick_seconds
        self._jobs: queue.Queue[object] = queue.Queue()
        self._stopping = threading.Event()
        self._retry_open_at = 0.0          # a tick does not retry a failed open before this (monotonic)
        self._answer.connect(self._call_back)

    # -- any thread ----------------------------------------------------------------------------
    def submit(self, kind: str, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], Any] | None = None,
               on_error: Callable[[str], Any] | None = None) -> None:
        self._jobs.put(_Job(kind, fn, args, on_done, on_error))

    def wake(self) -> None:
        """Run `tick()` now (e.g. a badge was queued elsewhere)."""
        self._jobs.put(_WAKE)

    def pending(self) -> int:
        return self._jobs.qsize()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def _ask_to_stop(self) -> None:
        """The jobs already queued are finished first."""
        if not self._stopping.is_set():
            self._stopping.set()
            self._jobs.put(_STOP)
            self.about_to_stop()

    # -- hooks, on the worker thread (about_to_stop: on the caller's) ----------------------------
    def tick(self) -> None:
        """Periodic or woken work (default: none)."""

    def after_jobs(self) -> None:
        """The queue has just run dry after one or more jobs (default: nothing)."""

    def about_to_stop(self) -> None:
        """`stop()` was called (on the caller's thread): interrupt a long job here if needed."""

    def report(self, kind: str, message: str) -> None:
        """A failure nobody asked to hear about in particular: the `failed` signal."""
        self.failed.emit(kind, message)

    # -- the thread ------------------------------------------------------------------------------
    def run(self) -> None:
        ran_jobs = False
        try:
            self._open("open")
            while True:
                try:
                    item = self._jobs.get(timeout=self.tick_seconds)
                except queue.Empty:
                    item = _WAKE
                if item is _STOP:
                    break
                if item is _WAKE:
                    if not self.stopping and (self._ready or time.monotonic() >= self._retry_open_at) \
                            and self._open("tick"):
                        self._guard("tick", self.tick)
                    continue
                assert isinstance(item, _Job)
                if self._open(item.kind, item.on_error):
                    ran_jobs = True
                    self._run_job(item)
                if ran_jobs and self._jobs.empty():
                    ran_jobs = False
                    self._guard("refresh", self.after_jobs)
        finally:
            self._guard("close", self.teardown)

    def _open(self, kind: str, on_error: Callable[[str], Any] | None = None) -> bool:
        if self._ready:
            return True
        try:
            self.setup()
        except Exception as exc:  # noqa: BLE001 - the failure seam; the next job tries again
            self._retry_open_at = time.monotonic() + OPEN_RETRY_SECONDS
            self._fail(kind, failure_message(exc, self._what("open")), on_error)
            self._guard("close", self.teardown)      # what was half opened is closed again
            return False
        self._ready = True
        return True

    def _run_job(self, job: _Job) -> None:
        try:
            result = job.fn(self.db, *job.args) if self.db_path is not None else job.fn(*job.args)
        except Exception as exc:  # noqa: BLE001 - the failure seam: the worker goes on serving
            self._fail(job.kind, failure_message(exc, self._what(job.kind)), job.on_error)
            return
        if job.on_done is not None:
            self._answer.emit(job.on_done, result)

    def _guard(self, kind: str, fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - the failure seam: the worker goes on serving
            self._fail(kind, failure_message(exc, self._what(kind)), None)

    def _fail(self, kind: str, message: str, on_error: Callable[[str], Any] | None) -> None:
        if on_error is not None:
            self._answer.emit(on_error, message)
        else:
            self.report(kind, message)

    def _what(self, kind: str) -> object:
        return self.WHAT.get(kind, WORKING)

    @Slot(object, object)
    def _call_back(self, callback: Callable[[Any], Any], value: Any) -> None:
        callback(value)


# -- a latest-request-wins worker ------------------------------------------------------------------

class LatestWorker(Worker):
    """One thread where only the newest request is answered; see the module docstring.

    `request(*args)` (any thread) returns the request's serial number and replaces a request still
    waiting. The worker computes `handle(*args)` (default: `fn(db, *args)` with a `db_path`, else
    `fn(*args)`) and the GUI thread gets `answered(serial, result)` or `failed(serial, message)`,
    only if no newer request was made meanwhile. A failure never ends the worker.
    """

    answered = Signal(int, object)
    failed = Signal(int, str)
    _arrived = Signal(int, bool, object)

    def __init__(self, name: str, fn: Callable[..., Any] | None = None, *, db_path: str | Path | None = None,
                 what: object = WORKING, parent: QObject | None = None):
        super().__init__(name, db_path=db_path, parent=parent)
        self.fn = fn
        self.what = what
        self._cond = threading.Condition()
        self._request: tuple[int, tuple] | None = None
        self._serial = 0
        self._stopping = False
        self._arrived.connect(self._deliver)

    # -- any thread ----------------------------------------------------------------------------
    def request(self, *args: Any) -> int:
        with self._cond:
            self._serial += 1
            self._request = (self._serial, args)
            self._cond.notify()
            return self._serial

    @property
    def latest(self) -> int:
        """The serial number of the newest request."""
        with self._cond:
            return self._serial

    def _ask_to_stop(self) -> None:
        """What is waiting is dropped; the request in hand is finished."""
        with self._cond:
            self._stopping = True
            self._request = None
            self._cond.notify()

    # -- hooks, on the worker thread ---------------------------------------------------------------
    def handle(self, *args: Any) -> Any:
        assert self.fn is not None, "give a function or override handle()"
        return self.fn(self.db, *args) if self.db_path is not None else self.fn(*args)

    # -- the thread ------------------------------------------------------------------------------
    def run(self) -> None:
        try:
            while True:
                with self._cond:
                    while self._request is None and not self._stopping:
                        self._cond.wait()
                    if self._stopping:
                        return
                    assert self._request is not None
                    serial, args = self._request
                    self._request = None
                try:
                    if not self._ready:
                        self._setup()
                    ok, value = True, self.handle(*args)
                except Exception as exc:  # noqa: BLE001 - the failure seam: the worker goes on serving
                    ok, value = False, failure_message(exc, self.what)
                with self._cond:
                    stale = serial != self._serial or self._stopping
                if not stale:
                    self._arrived.emit(serial, ok, value)
        finally:
            try:
                self.teardown()
            except Exception as exc:  # noqa: BLE001 - closing must not hide what came before
                failure_message(exc, self.what)

    def _setup(self) -> None:
        try:
            self.setup()
        except BaseException:
            self.teardown()                    # what was half opened is closed again; the next request retries
            raise
        self._ready = True

    @Slot(int, bool, object)
    def _deliver(self, serial: int, ok: bool, value: object) -> None:
        if serial != self.latest:
            return  # a newer request was made while this answer crossed over
        if ok:
            self.answered.emit(serial, value)
        else:
            self.failed.emit(serial, str(value))

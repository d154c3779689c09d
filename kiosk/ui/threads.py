"""The one way the UI works off the GUI thread, in the spirit of MusicBrainz Picard's `run_task`.

Three shapes, for three kinds of work:

- `run_task(fn, *args, on_done=, on_error=, owner=, db_path=, what=)`: a one-shot job (an export, a
  PIN check, a settings load) on the shared pool. `on_done(result)` or `on_error(message)` is called
  on the GUI thread. With `db_path`, the task opens its own connection on the pool's thread and calls
  `fn(db, *args)`. With `owner` (a QObject), the answer is dropped once the owner is gone.
- `SerialWorker`: one thread with one connection, jobs run in the order they were submitted
  (check-ins, print jobs, anything that writes). An optional tick runs when no job came for a while.
- `LatestWorker`: one thread with one connection, where only the newest request is answered (search
  as you type, the badge preview, the dashboard's figures). An older request still waiting is
  replaced; an answer that a newer request overtook is dropped on the worker's side of the hop and
  again on the GUI thread's side, so a listener never sees a stale answer.

One failure seam, `failure_message(exc, what)`: a `KnownError` (camera gone, printer off, disk full,
database locked) becomes its message for a person; anything else is a bug: `kiosk.logs.report_bug`
logs its traceback, and the person reads a short line that says where the log is. Either way the
worker goes on serving: the next request works.

Stopping is cooperative everywhere: a flag, a wake-up, a wait; never `terminate()`. `wait_for_tasks`
waits for the pool when the app quits. Tests run one-shot tasks inline with `inline_tasks()` (a fake
pool whose `start()` runs the job at once, so `on_done` has been called when `run_task` returns).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Protocol

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThread, QThreadPool, Signal, Slot

from kiosk.errors import KnownError

log = logging.getLogger(__name__)

#: What a job is doing, for the "Something went wrong while ..." line: an English phrase marked with
#: QT_TRANSLATE_NOOP("Tasks", ...) where it is written (so it is translated when shown); typed as
#: `object` because that is what QT_TRANSLATE_NOOP returns to the type checker.
WORKING = QT_TRANSLATE_NOOP("Tasks", "working in the background")


# -- the failure seam ------------------------------------------------------------------------------

def known_message(exc: KnownError) -> str:
    """A known error's message in the interface language (kiosk/ui/known_errors.py); the core's
    English when it has no translation."""
    from kiosk.ui.known_errors import translate_known

    return translate_known(str(exc))


def failure_message(exc: BaseException, what: object = WORKING) -> str:
    """What a person reads about `exc`. A `KnownError` says what to do; anything else is a bug, whose
    traceback goes to the log (call this inside the `except` block, on any thread)."""
    if isinstance(exc, KnownError):
        log.warning("%s: %s", what, exc)
        return known_message(exc)
    from kiosk.logs import log_file, report_bug

    report_bug(exc, str(what))
    return QCoreApplication.translate(
        "Failures", "Something went wrong while %1. This is a bug; details are in %2.").replace(
        "%1", QCoreApplication.translate("Tasks", str(what))).replace("%2", str(log_file()))


# -- one-shot tasks on a pool ----------------------------------------------------------------------

class Pool(Protocol):
    def start(self, work: Callable[[], None]) -> None: ...

    def waitForDone(self, msecs: int = ...) -> bool: ...  # noqa: N802 - Qt's name


class InlinePool:
    """A pool whose `start()` runs the job at once on the calling thread: for tests."""

    def __init__(self) -> None:
        self.started = 0

    def start(self, work: Callable[[], None]) -> None:
        self.started += 1
        work()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - Qt's name
        return True


_pool: Pool | None = None


def task_pool() -> Pool:
    """The shared pool of one-shot tasks (a QThreadPool of up to four threads, made on first use)."""
    global _pool
    if _pool is None:
        pool = QThreadPool()
        pool.setMaxThreadCount(max(2, min(4, QThread.idealThreadCount())))
        pool.setObjectName("tasks")
        _pool = pool
    return _pool


def use_pool(pool: Pool | None) -> Pool | None:
    """Run the next tasks on `pool` (None: the default pool again); returns the pool used before."""
    global _pool
    before, _pool = _pool, pool
    return before


@contextlib.contextmanager
def inline_tasks() -> Iterator[InlinePool]:
    """Within this block, `run_task` runs its job at once, on the calling thread."""
    pool = InlinePool()
    before = use_pool(pool)
    try:
        yield pool
    finally:
        use_pool(before)


def wait_for_tasks(timeout_ms: int = 30000) -> bool:
    """Wait for every one-shot task to end (the app calls this when it quits); False on a timeout."""
    return _pool.waitForDone(timeout_ms) if _pool is not None else True


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits `arrived`, Qt queues the call to `_deliver` here."""

    arrived = Signal(bool, object)

    def __init__(self, task: "Task"):
        super().__init__()
        self.task: Task | None = task
        self.arrived.connect(self._deliver)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        task, self.task = self.task, None
        if task is not None:
            task._deliver(ok, value)


_waiting: set["Task"] = set()     # tasks whose answer has not been delivered (keeps their relay alive)


@dataclass(eq=False)
class Task:
    """One one-shot job handed to `run_task`; `cancel()` drops its answer (the work itself finishes)."""

    fn: Callable[..., Any]
    args: tuple
    on_done: Callable[[Any], Any] | None = None
    on_error: Callable[[str], Any] | None = None
    owner: QObject | None = None
    db_path: Path | None = None
    what: object = WORKING
    cancelled: bool = False
    finished: bool = False
    _relay: _Relay | None = field(default=None, repr=False)

    def cancel(self) -> None:
        self.cancelled = True

    def _work(self) -> None:
        """On the pool's thread."""
        try:
            if self.cancelled:
                ok, value = True, None
            elif self.db_path is not None:
                from kiosk.store import open_event_db

                with open_event_db(self.db_path, create=False) as db:
                    ok, value = True, self.fn(db, *self.args)
            else:
                ok, value = True, self.fn(*self.args)
        except Exception as exc:  # noqa: BLE001 - the one failure seam: known error or logged bug
            ok, value = False, failure_message(exc, self.what)
        relay = self._relay
        if relay is not None and shiboken6.isValid(relay):
            relay.arrived.emit(ok, value)

    def _deliver(self, ok: bool, value: Any) -> None:
        """On the GUI thread."""
        self.finished = True
        _waiting.discard(self)
        relay, self._relay = self._relay, None
        if relay is not None:
            relay.deleteLater()
        if self.cancelled or (self.owner is not None and not shiboken6.isValid(self.owner)):
            return
        if ok:
            if self.on_done is not None:
                self.on_done(value)
        elif self.on_error is not None:
            self.on_error(value)


def run_task(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], Any] | None = None,
             on_error: Callable[[str], Any] | None = None, owner: QObject | None = None,
             db_path: str | Path | None = None, what: object = WORKING) -> Task:
    """Run `fn(*args)` (or `fn(db, *args)` with `db_path`) on the pool; answer on the GUI thread.

    Call it from the GUI thread. `on_error` gets the failure seam's message; a failure without an
    `on_error` is still logged (a bug with its traceback)."""
    task = Task(fn, args, on_done, on_error, owner, Path(db_path) if db_path is not None else None, what)
    task._relay = _Relay(task)
    _waiting.add(task)
    task_pool().start(task._work)
    return task


# -- workers outlive their owner until their thread has ended -------------------------------------

_alive: set[QThread] = set()


def _adopt(worker: QThread, owner: QObject | None) -> None:
    """A QThread destroyed while its thread runs aborts the process. So a worker is not its owner's
    Qt child: it is kept here until its thread has ended, and asked to stop when its owner goes."""
    _alive.add(worker)
    if owner is not None:
        owner.destroyed.connect(worker._owner_gone)  # type: ignore[attr-defined]


def running_workers() -> list[QThread]:
    """The workers whose thread is running (for tests and for quitting)."""
    return [w for w in list(_alive) if w.isRunning()]


def stop_all_workers(timeout_ms: int = 30000) -> bool:
    """Stop every worker still running (their owners forgot to); True when all have ended."""
    ended = True
    for worker in running_workers():
        ended = worker.stop(timeout_ms) and ended  # type: ignore[attr-defined]
    return ended


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


class SerialWorker(QThread):
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
        super().__init__()
        self.setObjectName(name)
        _adopt(self, parent)
        self.db_path = Path(db_path) if db_path is not None else None
        self.tick_seconds = tick_seconds
        self.db: Any = None
        self._jobs: queue.Queue[object] = queue.Queue()
        self._stopping = threading.Event()
        self._ready = False
        self._retry_open_at = 0.0          # a tick does not retry a failed open before this (monotonic)
        self._answer.connect(self._call_back)
        self.finished.connect(self._ended)

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

    def stop(self, timeout_ms: int = 30000) -> bool:
        """Finish the queued jobs, then end; wait up to `timeout_ms`. True when the thread has ended."""
        self._ask_to_stop()
        return self.wait(timeout_ms) if self.isRunning() else True

    def _ask_to_stop(self) -> None:
        if not self._stopping.is_set():
            self._stopping.set()
            self._jobs.put(_STOP)
            self.about_to_stop()

    @Slot()
    def _owner_gone(self) -> None:
        """The window that owned this worker is gone: end after the queued jobs, without waiting here."""
        self._ask_to_stop()
        if not self.isRunning():
            _alive.discard(self)

    @Slot()
    def _ended(self) -> None:
        self.wait()
        _alive.discard(self)

    # -- hooks, on the worker thread (about_to_stop: on the caller's) ----------------------------
    def setup(self) -> None:
        """Open what the jobs need (default: the event database at `db_path`)."""
        if self.db_path is not None:
            from kiosk.store import open_event_db

            self.db = open_event_db(self.db_path, create=False)

    def teardown(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

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

class LatestWorker(QThread):
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
        super().__init__()
        self.setObjectName(name)
        _adopt(self, parent)
        self.fn = fn
        self.db_path = Path(db_path) if db_path is not None else None
        self.what = what
        self.db: Any = None
        self._cond = threading.Condition()
        self._request: tuple[int, tuple] | None = None
        self._serial = 0
        self._stopping = False
        self._ready = False
        self._arrived.connect(self._deliver)
        self.finished.connect(self._ended)

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

    def stop(self, timeout_ms: int = 30000) -> bool:
        """Drop what is waiting, let the request in hand finish, end; True when the thread has ended."""
        self._ask_to_stop()
        return self.wait(timeout_ms) if self.isRunning() else True

    def _ask_to_stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._request = None
            self._cond.notify()

    @Slot()
    def _owner_gone(self) -> None:
        self._ask_to_stop()
        if not self.isRunning():
            _alive.discard(self)

    @Slot()
    def _ended(self) -> None:
        self.wait()
        _alive.discard(self)

    # -- hooks, on the worker thread ---------------------------------------------------------------
    def setup(self) -> None:
        if self.db_path is not None:
            from kiosk.store import open_event_db

            self.db = open_event_db(self.db_path, create=False)

    def teardown(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

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

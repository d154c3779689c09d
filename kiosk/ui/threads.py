"""The one way the UI works off the GUI thread, in the spirit of MusicBrainz Picard's `run_task`.

Three shapes, for three kinds of work:

- `run_task(fn, *args, on_done=, on_error=, owner=, db_path=, what=)`: a one-shot job (an export, a
  PIN check, a settings load) on the shared pool. `on_done(result)` or `on_error(message)` is called
  on the GUI thread. With `db_path`, the task opens its own connection on the pool's thread and calls
  `fn(db, *args)`. With `owner` (a QObject), the answer is dropped once the owner is gone.
- `SerialWorker` (kiosk/ui/workers.py): one thread with one connection, jobs run in the order they
  were submitted (check-ins, print jobs, anything that writes). An optional tick runs when no job
  came for a while.
- `LatestWorker` (kiosk/ui/workers.py): one thread with one connection, where only the newest request
  is answered (search as you type, the badge preview, the dashboard's figures). An older request
  still waiting is replaced; an answer that a newer request overtook is dropped on the worker's side
  of the hop and again on the GUI thread's side, so a listener never sees a stale answer.

One failure seam, `failure_message(exc, what)` (kiosk/ui/failures.py): a `KnownError` (camera gone,
printer off, disk full, database locked) becomes its message for a person, translated; anything
else is a bug: `kiosk.logs.report_bug` logs its traceback, and the person reads a short line that
says where the log is. Either way the worker goes on serving: the next request works. All of it is
importable from here: `from kiosk.ui.threads import run_task, SerialWorker, LatestWorker, failure_message`.

Stopping is cooperative everywhere: a flag, a wake-up, a wait; never `terminate()`. `wait_for_tasks`
waits for the pool when the app quits. Tests run one-shot tasks inline with `inline_tasks()` (a fake
pool whose `start()` runs the job at once, so `on_done` has been called when `run_task` returns).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Protocol

import shiboken6
from PySide6.QtCore import QObject, QThread, QThreadPool, Signal, Slot

from kiosk.ui.failures import WORKING, failure_message, known_message
from kiosk.ui.workers import LatestWorker, SerialWorker, running_workers, stop_all_workers

log = logging.getLogger(__name__)

__all__ = ["WORKING", "InlinePool", "LatestWorker", "SerialWorker", "Task", "failure_message", "inline_tasks",
           "known_message", "run_task", "running_workers", "stop_all_workers", "task_pool", "use_pool",
           "wait_for_tasks"]


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

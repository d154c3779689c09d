"""Run one organizer job (an import, an export, a report, a camera probe) off the GUI thread.

`run_task(fn, *args, db_path=..., on_done=..., on_error=...)` starts an `OrganizerTask` (a QThread)
that opens its OWN connection with `open_event_db(db_path)` (SQLite connections belong to the thread
that opened them), calls `fn(db, *args)` and closes the connection. The answer comes back by signal
on the GUI thread: `done(result)` or `failed(message)`. A `KnownError` gives its own message (what to
do); anything else is logged with its traceback and reported as an unexpected problem. Running tasks
are kept in a registry until they finish, so a window closing mid-import never destroys a running
thread; `wait_all()` waits for them (the desk calls it when it closes).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal

from kiosk.errors import KnownError

log = logging.getLogger(__name__)

_running: set["OrganizerTask"] = set()


class OrganizerTask(QThread):
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[..., Any], *args, db_path: str | Path | None = None, name: str = ""):
        super().__init__()
        self.fn = fn
        self.args = args
        self.db_path = db_path
        self.setObjectName(name or getattr(fn, "__name__", "organizer-task"))

    def run(self) -> None:
        try:
            if self.db_path is None:
                result = self.fn(*self.args)
            else:
                from kiosk.store import open_event_db

                with open_event_db(self.db_path) as db:
                    result = self.fn(db, *self.args)
        except KnownError as exc:
            log.warning("%s refused: %s", self.objectName(), exc)
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug: keep the traceback in the log, tell the person something useful
            log.exception("%s failed", self.objectName())
            self.failed.emit(QCoreApplication.translate(
                "OrganizerTasks", "Unexpected problem: %1. Details are in the log.").replace("%1", repr(exc)))
            return
        self.done.emit(result)


def run_task(fn: Callable[..., Any], *args, db_path: str | Path | None = None,
             on_done: Callable[[Any], None] | None = None, on_error: Callable[[str], None] | None = None,
             name: str = "") -> OrganizerTask:
    """Start `fn(db, *args)` (or `fn(*args)` without a db_path) on its own thread; see the module docstring."""
    task = OrganizerTask(fn, *args, db_path=db_path, name=name)
    if on_done is not None:
        task.done.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    task.start()
    return task


def running() -> list[OrganizerTask]:
    return [t for t in _running if t.isRunning()]


def wait_all(timeout_ms: int = 30000) -> bool:
    """Wait for every running task to finish; False if one is still running after `timeout_ms`."""
    ok = True
    for task in list(_running):
        ok = task.wait(timeout_ms) and ok
    return ok

"""Where the app's log goes: a rotating file in the per-user log folder, and an in-memory tail.

    setup_logging()          once at start (the `kiosk` command, the desktop app); returns the file
    log_file()               the file's path ($KIOSK_LOG_DIR overrides the per-user log folder)
    recent_records(500)      the latest records as dicts, newest last (the in-app log view:
                             "what happened at door 2 at 10:42")
    report_bug(exc, what)    logs a bug with its traceback; returns the short line a person sees:
                             "Something went wrong while <what>. This is a bug; details are in <file>."

Modules log through `logging.getLogger(__name__)`; nothing here is Qt. The file is readable by its
owner only (a log can name attendees). The console (stderr) gets warnings and up without
tracebacks: a traceback goes to the file, never in front of a volunteer.
"""

from __future__ import annotations

import collections
import logging
import logging.handlers
import os
import sys
import tempfile
import threading
from pathlib import Path
from types import TracebackType

APP_NAME = "checkin-kiosk"
ENV_VAR = "KIOSK_LOG_DIR"
FILE_NAME = "kiosk.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
TAIL = 2000
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

_lock = threading.Lock()
_file_handler: _LogFile | None = None
_console_handler: logging.Handler | None = None
_tail: collections.deque[dict] = collections.deque(maxlen=TAIL)


def log_dir() -> Path:
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    """The log file in use (or the one `setup_logging` will open)."""
    if _file_handler is not None:
        return Path(_file_handler.baseFilename)
    return log_dir() / FILE_NAME


class _TailHandler(logging.Handler):
    """Keeps the latest records in memory for the in-app log view."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):      # a bad format string must not lose the record
            message = str(record.msg)
        _tail.append({"time": record.created, "level": record.levelname, "logger": record.name,
                      "message": message, "thread": record.threadName,
                      "traceback": self.formatter.formatException(record.exc_info)
                      if record.exc_info and self.formatter else ""})


class _ConsoleFormatter(logging.Formatter):
    """One line per record, without the traceback (that is in the file)."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info = record.exc_text = record.stack_info = None
        try:
            from kiosk.typed_text import for_terminal

            return for_terminal(super().format(record))     # a name from an export may hold ESC
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


class _Stderr(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (a test or a caller may redirect it)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


class _NotBugs(logging.Filter):
    """The console leaves out bug reports: the caller prints report_bug's short line instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "bug", False)


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file. A write that fails (a full disk, a pulled USB stick) is remembered, never
    printed as logging's own '--- Logging error ---' traceback in front of a volunteer: the app
    goes on, and a bug's line says its details could not be written."""

    failure = ""

    def handleError(self, record: logging.LogRecord) -> None:
        exc = sys.exc_info()[1]
        self.failure = (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__) if exc else "unknown"

    def close(self) -> None:
        try:
            super().close()
        except OSError as exc:           # the last lines could not be flushed: the disk is still full
            self.failure = exc.strerror or str(exc)


def _open_file_handler(folder: Path) -> _LogFile:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / FILE_NAME
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    # errors="backslashreplace": a file name or scan with bytes that are not UTF-8 is logged escaped,
    # never as logging's own "--- Logging error ---" traceback on the terminal.
    handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=False,
                       errors="backslashreplace")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    return handler


def setup_logging(*, to_file: bool = True, console_level: int | None = logging.WARNING) -> Path:
    """Send the app's records to the log file (INFO and up), the in-memory tail and, when
    `console_level` is given, to stderr without tracebacks. Safe to call again (it reconfigures).
    Returns the log file's path."""
    global _file_handler, _console_handler
    root = logging.getLogger()
    with _lock:
        if not any(isinstance(h, _TailHandler) for h in root.handlers):
            tail = _TailHandler(logging.INFO)
            tail.setFormatter(logging.Formatter(FORMAT))
            root.addHandler(tail)
        wanted = log_dir() / FILE_NAME
        if _file_handler is not None and (not to_file or Path(_file_handler.baseFilename) != wanted.absolute()):
            root.removeHandler(_file_handler)
            _file_handler.close()
            _file_handler = None
        if to_file and _file_handler is None:
            try:
                _file_handler = _open_file_handler(wanted.parent)
            except OSError as exc:  # a read-only home folder: keep a log all the same
                fallback = Path(tempfile.gettempdir()) / f"{APP_NAME}-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
                _file_handler = _open_file_handler(fallback)
                root.addHandler(_file_handler)
                logging.getLogger(__name__).warning("cannot write the log in %s (%s); writing it in %s",
                                                    wanted.parent, exc.strerror, fallback)
            else:
                root.addHandler(_file_handler)
        if _console_handler is not None:
            root.removeHandler(_console_handler)
            _console_handler = None
        if console_level is not None:
            _console_handler = _Stderr()
            _console_handler.setLevel(console_level)
            _console_handler.setFormatter(_ConsoleFormatter("%(levelname)s %(name)s: %(message)s"))
            _console_handler.addFilter(_NotBugs())
            root.addHandler(_console_handler)
        levels = [logging.INFO if to_file else logging.WARNING]
        if console_level is not None:
            levels.append(console_level)
        root.setLevel(min(levels))
    return log_file()


def recent_records(limit: int = 500) -> list[dict]:
    """The latest log records (time, level, logger, message, thread, traceback), oldest first."""
    records = list(_tail)
    return records[-limit:] if limit else records


def report_bug(exc: BaseException, what: str) -> str:
    """Log a bug with its traceback; the short English line to show a person instead."""
    exc_info: tuple[type[BaseException], BaseException, TracebackType | None] = (type(exc), exc, exc.__traceback__)
    handler = _file_handler
    if handler is not None:
        handler.failure = ""
    logging.getLogger("kiosk.bug").error("bug while %s: %s: %s", what, type(exc).__name__, exc, exc_info=exc_info,
                                         extra={"bug": True})
    if handler is not None and handler.failure:
        return (f"Something went wrong while {what}. This is a bug; its details could not be written to "
                f"{log_file()} ({handler.failure}): free some space on that disk so that the next one is kept.")
    return f"Something went wrong while {what}. This is a bug; details are in {log_file()}."

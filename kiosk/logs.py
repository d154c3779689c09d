"""The app's log file (per-user log folder, `$KIOSK_LOG_DIR` overrides) and the bug reporter.

Placeholder of the team contract until house-core's version lands: `log_file()`, `setup_logging()`,
`report_bug(exc, what)` (logs the traceback, returns the short line a person reads).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

APP_NAME = "checkin-kiosk"
log = logging.getLogger("kiosk")


def log_file() -> Path:
    folder = os.environ.get("KIOSK_LOG_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_log_dir(APP_NAME, appauthor=False)
    return Path(folder) / "kiosk.log"


def setup_logging(*, to_file: bool = True) -> Path:
    path = log_file()
    if to_file:
        root = logging.getLogger()
        if not any(isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == path
                   for h in root.handlers):
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            root.addHandler(handler)
    return path


def report_bug(exc: BaseException, what: str) -> str:
    """Log the traceback to the log file only (never to the terminal); the line a person reads."""
    path = setup_logging()
    bugs = logging.getLogger("kiosk.bugs")
    bugs.propagate = False
    if not bugs.handlers:
        bugs.addHandler(next(h for h in logging.getLogger().handlers
                             if isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == path))
    bugs.error("bug while %s", what, exc_info=(type(exc), exc, exc.__traceback__))
    return f"Something went wrong while {what}. This is a bug; details are in {path}."

"""The one failure seam of the UI: what a person reads when work off the GUI thread fails.

A `KnownError` (camera gone, printer off, disk full, database locked) is the environment's fault:
its message says what to do, in the interface language (the core words it from its code and
parameters, kiosk/wording.py). Anything else is a bug: `kiosk.logs.report_bug` logs its traceback,
and the person reads a short line saying where the log is. `run_task`, `SerialWorker` and `LatestWorker` (kiosk/ui/threads.py, workers.py) send
every failure through `failure_message`; nothing else in the UI catches a blind `Exception`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.errors import KnownError

log = logging.getLogger(__name__)

#: What a job is doing, for the "Something went wrong while ..." line: an English phrase marked with
#: QT_TRANSLATE_NOOP("Tasks", ...) where it is written (so it is translated when shown); typed as
#: `object` because that is what QT_TRANSLATE_NOOP returns to the type checker.
WORKING = QT_TRANSLATE_NOOP("Tasks", "working in the background")


def known_message(exc: KnownError) -> str:
    """A known error's message in the interface language: the core words it from its code and
    parameters (kiosk/wording.py). One made from bare English text (none should be: tests/test_wording.py
    walks them) is shown as it is, and a warning in the log says which reached a window untranslated."""
    from kiosk.ui import i18n

    language = i18n.current_language()
    if exc.message is not None:
        return exc.text(language)
    if language != i18n.SOURCE_LANGUAGE:
        log.warning("a known error without a %s wording reached the window (%s): %s", language,
                    type(exc).__name__, exc)
    return str(exc)


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


def job_problem(job: dict) -> str:
    """Why a badge job failed (kiosk.printing.queue.JobResult.as_dict), in the interface language: its
    `problem` carries the core's words in each language; `error` is the English."""
    from kiosk.ui import i18n

    words = job.get("problem") or {}
    return words.get(i18n.current_language()) or words.get("en") or job.get("error", "")

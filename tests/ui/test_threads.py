"""The one way the UI works off the GUI thread (kiosk/ui/threads.py): one-shot tasks, the serial
worker, the latest-request-wins worker, the failure seam, and stopping without terminate()."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from kiosk.errors import DatabaseProblem, KnownError
from kiosk.ui import threads
from kiosk.ui.threads import LatestWorker, SerialWorker, failure_message, run_task


def test_a_task_runs_inline_through_the_fake_pool(inline_tasks):
    seen = []
    task = run_task(lambda a, b: a + b, 2, 3, on_done=seen.append)
    assert seen == [5] and task.finished           # answered before run_task returned
    assert inline_tasks.started == 1


def test_a_task_runs_on_the_pool_and_answers_on_the_gui_thread(qtbot, real_tasks):
    where, answers = [], []

    def work():
        where.append(threading.current_thread().name)
        return "done"

    run_task(work, on_done=lambda value: answers.append((value, threading.current_thread().name)))
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers == [("done", "MainThread")] and where != ["MainThread"]


def test_a_task_with_a_db_path_opens_its_own_connection(qtbot, real_tasks, event_db):
    answers = []
    run_task(lambda db, key: (db is not event_db, db.event()["name"], key), "x", db_path=event_db.path,
             on_done=answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers == [(True, "Test Training", "x")]


def test_a_known_error_is_its_message_and_no_bug_is_logged(caplog):
    try:
        raise DatabaseProblem("The event database /x.sqlite is read-only. Move it to a folder you can write to "
                              "(not a CD, a locked USB stick or a shared read-only folder), or fix its permissions.")
    except KnownError as exc:
        message = failure_message(exc, "testing")
    assert message.startswith("The event database /x.sqlite is read-only")
    assert not [r for r in caplog.records if r.name == "kiosk.bug"]


def test_a_bug_is_logged_with_its_traceback_and_says_where_the_log_is(caplog):
    from kiosk.logs import log_file

    try:
        {}["missing"]
    except KeyError as exc:
        message = failure_message(exc, threads.WORKING)
    assert message == f"Something went wrong while working in the background. This is a bug; details are in {log_file()}."
    (record,) = [r for r in caplog.records if r.name == "kiosk.bug"]
    assert record.exc_info[0] is KeyError and "test_threads.py" in caplog.text


def test_failures_reach_on_error_and_a_task_whose_owner_is_gone_answers_nobody(qapp):
    errors, answers = [], []
    run_task(lambda: 1 / 0, on_error=errors.append)
    assert "This is a bug" in errors[0] and "ZeroDivisionError" not in errors[0]
    owner = QObject()
    task = threads.Task(lambda: "late", (), answers.append, None, owner)
    task._relay = threads._Relay(task)
    import shiboken6

    shiboken6.delete(owner)
    assert not shiboken6.isValid(owner)
    task._work()
    assert answers == []                       # the window that asked is gone: nothing is called


class Jobs(SerialWorker):
    """A serial worker with nothing to open unless told to fail."""

    def __init__(self, open_problem=None):
        super().__init__("test-jobs")
        self.open_problem = open_problem
        self.opened = 0

    def setup(self):
        self.opened += 1
        if self.open_problem is not None:
            raise self.open_problem


def test_the_serial_worker_runs_jobs_in_order_and_goes_on_after_a_bug(qtbot):
    worker = Jobs()
    done, failed, order = [], [], []
    worker.failed.connect(lambda kind, message: failed.append((kind, message)))
    worker.start()
    try:
        for n in range(5):
            worker.submit("count", order.append, n)
        worker.submit("boom", lambda: 1 / 0)
        worker.submit("after", lambda: "still here", on_done=done.append)
        qtbot.waitUntil(lambda: done == ["still here"], timeout=5000)
    finally:
        assert worker.stop(5000)
    assert order == [0, 1, 2, 3, 4]
    assert failed and failed[0][0] == "boom" and "This is a bug" in failed[0][1]


def test_a_worker_that_fails_to_start_says_so_and_answers_every_job(qtbot):
    """The bug named by issue 11: a worker that raised while starting died without a word, and the
    desk waited on SAVING forever. Now it says why, and each job gets an answer."""
    worker = Jobs(open_problem=RuntimeError("setup broke"))
    failed = []
    worker.failed.connect(lambda kind, message: failed.append(kind))
    with qtbot.waitSignal(worker.failed, timeout=5000) as started:
        worker.start()
    try:
        assert started.args[0] == "open" and "This is a bug" in started.args[1]
        worker.submit("checkin", lambda: "never")
        qtbot.waitUntil(lambda: failed == ["open", "checkin"], timeout=5000)
        worker.open_problem = None                 # the cause went away: the next job works
        answers = []
        worker.submit("checkin", lambda: "saved", on_done=answers.append)
        qtbot.waitUntil(lambda: answers == ["saved"], timeout=5000)
        assert worker.isRunning()
    finally:
        assert worker.stop(5000)


def test_stopping_finishes_the_queued_jobs_and_is_safe_twice(qtbot):
    worker = Jobs()
    gate, ran = threading.Event(), []
    worker.start()
    worker.submit("slow", gate.wait, 5)
    worker.submit("queued", ran.append, "saved")     # a check-in asked for just before quitting
    gate.set()
    assert worker.stop(5000) and worker.isFinished()
    assert ran == ["saved"]
    assert worker.stop(100)


def test_only_the_newest_request_is_answered(qtbot):
    started, go = threading.Event(), threading.Event()

    def handle(text):
        if text == "first":
            started.set()
            go.wait(5)
        return text.upper()

    worker = LatestWorker("test-latest", handle)
    answers, failures = [], []
    worker.answered.connect(lambda serial, value: answers.append((serial, value)))
    worker.failed.connect(lambda serial, message: failures.append(message))
    worker.start()
    try:
        worker.request("first")
        assert started.wait(5)
        worker.request("second")                   # replaced by the next before it started
        newest = worker.request("third")
        go.set()
        qtbot.waitUntil(lambda: bool(answers), timeout=5000)
        qtbot.wait(100)
        assert answers == [(newest, "THIRD")]      # "first" was overtaken, "second" never ran
        worker._deliver(newest - 1, True, "stale") # an answer that crossed over: dropped on this side
        assert answers == [(newest, "THIRD")]
        worker.request(None)                       # a bug (None.upper) ...
        qtbot.waitUntil(lambda: bool(failures), timeout=5000)
        assert "This is a bug" in failures[0]
        last = worker.request("again")             # ... and the worker goes on serving
        qtbot.waitUntil(lambda: answers[-1] == (last, "AGAIN"), timeout=5000)
    finally:
        assert worker.stop(5000)


def test_a_worker_whose_window_is_gone_stops_by_itself(qtbot):
    owner = QObject()
    worker = LatestWorker("orphan", str, parent=owner)
    worker.start()
    qtbot.waitUntil(worker.isRunning)
    assert worker in threads.running_workers()
    owner.deleteLater()                            # the window closed without stopping it
    qtbot.waitUntil(lambda: worker not in threads.running_workers(), timeout=5000)
    assert worker.isFinished()


@pytest.mark.parametrize("code", ["BUSY", "READONLY", "FULL", "CORRUPT"])
def test_the_core_s_database_messages_are_translated(qapp, tmp_path, code):
    import sqlite3

    from kiosk.store.database import classify_sqlite_error
    from kiosk.ui import i18n
    from kiosk.ui.failures import known_message

    error = sqlite3.OperationalError("x")
    error.sqlite_errorname = f"SQLITE_{code}"
    problem = classify_sqlite_error(tmp_path / "event.sqlite", error)
    assert problem is not None
    try:
        i18n.install_translator(qapp, "fr")
        french = known_message(problem)
    finally:
        i18n.install_translator(qapp, "en")
    assert french != str(problem) and "base de données" in french and str(tmp_path / "event.sqlite") in french
    assert known_message(problem) == str(problem)     # English: the core's own words


def test_a_missing_database_and_a_printer_problem_are_translated(qapp, tmp_path):
    from kiosk.printing.backends import FolderBackend, PrinterUnavailable
    from kiosk.store import open_event_db
    from kiosk.ui import i18n
    from kiosk.ui.failures import known_message

    problems = []
    with pytest.raises(DatabaseProblem) as missing:
        open_event_db(tmp_path / "nowhere.sqlite", create=False)
    problems.append(missing.value)
    with pytest.raises(PrinterUnavailable) as off:
        FolderBackend("").check()
    problems.append(off.value)
    try:
        i18n.install_translator(qapp, "fr")
        french = [known_message(p) for p in problems]
    finally:
        i18n.install_translator(qapp, "en")
    assert french[0] == (f"Il n’y a pas de base de données d’événement à {tmp_path / 'nowhere.sqlite'}. Créez-en une "
                         f"avec `kiosk init --name NOM --db {tmp_path / 'nowhere.sqlite'}`.")
    assert french[1].startswith("Aucun dossier d’impression n’est défini\u00a0:")


def test_a_known_error_without_french_words_is_shown_as_it_is_and_logged(qapp, caplog):
    """The fallback: a known error made from bare text (none in the core: tests/test_wording.py) reaches a
    French window in English, and the log says which, so that it gets its words."""
    from kiosk.errors import KnownError
    from kiosk.ui import i18n
    from kiosk.ui.failures import known_message

    try:
        i18n.install_translator(qapp, "fr")
        with caplog.at_level("WARNING", logger="kiosk.ui.failures"):
            shown = known_message(KnownError("Plug the scanner in again."))
    finally:
        i18n.install_translator(qapp, "en")
    assert shown == "Plug the scanner in again."
    assert any("without a fr wording" in r.getMessage() and "Plug the scanner" in r.getMessage()
               for r in caplog.records)

"""The Qt print worker: prints in the background with its own connection, reports, stops cleanly."""

import threading

import pytest

from kiosk.printing import queue
from kiosk.printing.backends import FolderBackend, PrinterBackend, PrinterUnavailable
from kiosk.ui.print_service import PrintWorker
from tests.badges.helpers import page_sizes


class RecordingFolder(FolderBackend):
    """The folder backend, noting which thread handed each badge over."""

    threads: list = []

    def submit(self, pdf, *, stock, title):
        RecordingFolder.threads.append(threading.get_ident())
        return super().submit(pdf, stock=stock, title=title)


def test_worker_prints_queued_badges_off_the_gui_thread(qtbot, pdb, hot_folder):
    RecordingFolder.threads = []
    worker = PrintWorker(pdb.path, backend_factory=lambda db: RecordingFolder(hot_folder), idle_seconds=0.2)
    finished = []
    worker.job_finished.connect(finished.append)
    worker.start()
    try:
        queue.enqueue(pdb, pdb.ids["ana"], "checkin")
        queue.enqueue(pdb, pdb.ids["li"], "checkin")
        worker.wake()
        qtbot.waitUntil(lambda: len(finished) == 2, timeout=15000)
    finally:
        assert worker.stop()
    assert [f["status"] for f in finished] == ["done", "done"]
    assert {f["code"] for f in finished} == {"EB-0001", "EB-0002"}
    assert threading.get_ident() not in RecordingFolder.threads
    assert sorted(page_sizes(p)[0] for p in hot_folder.glob("*.pdf")) == [pytest.approx((288, 216))] * 2
    assert queue.counts(pdb)["done"] == 2


class Off(PrinterBackend):
    def check(self):
        raise PrinterUnavailable("The printer is off: switch it on.")

    def submit(self, pdf, *, stock, title):  # pragma: no cover
        raise AssertionError


def test_worker_reports_a_printer_that_is_off_and_keeps_the_job(qtbot, pdb):
    worker = PrintWorker(pdb.path, backend_factory=lambda db: Off(), idle_seconds=0.2)
    queue.enqueue(pdb, pdb.ids["ana"], "checkin")
    with qtbot.waitSignal(worker.job_finished, timeout=15000) as blocker:
        worker.start()
    assert worker.stop(5000)
    assert blocker.args[0]["status"] == "failed" and "switch it on" in blocker.args[0]["error"]
    assert pdb.one("SELECT status, attempts FROM print_jobs")["status"] == "failed"


def test_worker_stops_promptly_when_idle(qtbot, pdb):
    worker = PrintWorker(pdb.path, idle_seconds=30)
    worker.start()
    qtbot.waitUntil(worker.isRunning)
    assert worker.stop(3000)
    assert worker.isFinished()


def test_worker_reports_a_missing_database(qtbot, tmp_path):
    worker = PrintWorker(tmp_path / "nope.sqlite")
    with qtbot.waitSignal(worker.problem, timeout=5000) as blocker:
        worker.start()
    assert "kiosk init" in blocker.args[0]
    assert worker.isRunning()                 # it goes on serving: the file may come back (a USB stick)
    assert worker.stop(3000)


def test_qt_printer_backend_prints_the_badge_at_the_stock_size(qtbot, tmp_path):
    from kiosk.badges.render import render_badge_bytes
    from kiosk.badges.stocks import get_stock
    from kiosk.ui.qt_printer import QtPrinterBackend

    stock = get_stock("dymo-30856")
    pdf, _ = render_badge_bytes({"code": "Q1", "first_name": "Qt"}, stock)
    out = tmp_path / "qt.pdf"
    QtPrinterBackend(output_file=str(out)).submit(pdf, stock=stock, title="badge Q1")
    assert page_sizes(out) == [pytest.approx((175.44, 291.6), abs=1.0)]
    with pytest.raises(PrinterUnavailable, match="no printer called 'Nope'"):
        QtPrinterBackend("Nope").check()
    from kiosk.printing.backends import backend_for
    from kiosk.printing.settings import PrintSettings

    assert isinstance(backend_for(PrintSettings(printer_backend="qt", printer_name="X")), QtPrinterBackend)

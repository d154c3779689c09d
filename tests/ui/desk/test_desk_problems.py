"""The desk when the disk misbehaves: damaged, missing, locked or slow databases give a clear
message, never a traceback, never a check-in claimed that did not happen; the window keeps running."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from kiosk.store import open_event_db
from kiosk.ui import dialogs
from tests.ui.conftest import SCANNER_GAP_MS, send_keys

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def wedge_scan(qtbot, window, code, signal):
    """Scan `code`; the answer to it (a failure of another kind, e.g. a background job's, is not it)."""
    def ours(*args):
        return signal is not window.worker.failed or args[0] == "checkin"

    with qtbot.waitSignal(signal, timeout=8000, check_params_cb=ours) as blocker:
        send_keys(window.search, code, gap_ms=SCANNER_GAP_MS)
    return blocker.args


def test_damaged_database_is_explained_and_nothing_is_claimed(open_desk, qtbot, tmp_path):
    path = tmp_path / "event.sqlite"
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 200)
    window = open_desk(path)
    qtbot.waitUntil(lambda: window.banner.verdict == "problem", timeout=5000)
    assert str(path) in window.banner.text() and "damaged" in window.banner.text()
    kind, message = wedge_scan(qtbot, window, "EB-1001", window.worker.failed)
    assert kind == "checkin" and str(path) in message
    text = window.banner.text()
    assert "NOT SAVED" in text and "CHECKED IN" not in text and "was NOT recorded" in text


def test_missing_database_says_how_to_create_one(open_desk, qtbot, tmp_path):
    path = tmp_path / "nowhere" / "event.sqlite"
    window = open_desk(path)
    qtbot.waitUntil(lambda: window.banner.verdict == "problem", timeout=5000)
    assert "kiosk init" in window.banner.text()
    assert not path.exists()  # the desk does not invent an empty event


def test_locked_database_fails_the_scan_clearly_then_works(open_desk, desk_event, qtbot):
    path, _ids = desk_event
    window = open_desk(path, busy_timeout_s=0.3)
    qtbot.waitUntil(lambda: "Desk 1" in window.status.station.text())
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        kind, message = wedge_scan(qtbot, window, "EB-1001", window.worker.failed)
        assert kind == "checkin" and "busy" in message and str(path) in message
        assert window.banner.verdict == "problem" and "NOT SAVED" in window.banner.text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    with open_event_db(path) as db:
        assert db.scalar("SELECT count(*) FROM checkins") == 0
    (result,) = wedge_scan(qtbot, window, "EB-1001", window.worker.checked_in)
    assert result.verdict == "ok" and "CHECKED IN" in window.banner.text()


def test_slow_disk_never_freezes_the_window(open_desk, desk_event, qtbot):
    """The writer waits 1.2 s for the lock; meanwhile the GUI thread keeps ticking and says SAVING."""
    path, _ids = desk_event
    window = open_desk(path)
    qtbot.waitUntil(lambda: "Desk 1" in window.status.station.text())
    locked, release = threading.Event(), threading.Event()

    def hold_lock():
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        locked.set()
        release.wait(5)
        conn.execute("COMMIT")
        conn.close()

    holder = threading.Thread(target=hold_lock)
    holder.start()
    locked.wait(5)
    gaps, clock = [], QElapsedTimer()
    clock.start()

    def tick():
        gaps.append(clock.restart())

    ticker = QTimer(interval=10)
    ticker.timeout.connect(tick)
    ticker.start()
    threading.Timer(1.2, release.set).start()
    started = time.monotonic()
    (result,) = wedge_scan(qtbot, window, "EB-1001", window.worker.checked_in)
    ticker.stop()
    holder.join()
    assert time.monotonic() - started >= 1.0  # the write really waited for the disk
    assert result.verdict == "ok"
    assert max(gaps) < 250, f"the event loop stalled {max(gaps)} ms"
    assert window.banner.verdict == "ok"


def test_saving_shows_while_waiting(open_desk, desk_event, qtbot):
    path, _ids = desk_event
    window = open_desk(path)
    qtbot.waitUntil(lambda: "Desk 1" in window.status.station.text())
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        send_keys(window.search, "EB-1001", gap_ms=SCANNER_GAP_MS)
        qtbot.waitUntil(lambda: "SAVING" in window.banner.text(), timeout=3000)
        assert "CHECKED IN" not in window.banner.text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: window.banner.verdict == "ok", timeout=5000)


def test_a_worker_that_breaks_while_starting_says_so_and_never_leaves_saving(open_desk, desk_event, qtbot,
                                                                             monkeypatch):
    """Issue 11: a worker that raised while starting died without a word; the desk showed SAVING
    for ever. Now the bug is logged, the desk says where, every scan gets an answer, and once the
    cause is gone the next scan is saved."""
    import kiosk.roster.attendees
    from kiosk.logs import log_file
    from kiosk.ui.desk.window import PENDING_AFTER_MS

    def broken(db, limit=50):
        raise RuntimeError("a bug while starting")

    monkeypatch.setattr(kiosk.roster.attendees, "ticket_types", broken)
    window = open_desk(desk_event[0])
    qtbot.waitUntil(lambda: window.banner.verdict == "problem", timeout=5000)
    assert "This is a bug" in window.banner.text() and str(log_file()) in window.banner.text()
    with qtbot.waitSignal(window.worker.failed, timeout=8000, check_params_cb=lambda kind, _m: kind == "checkin") \
            as failed:
        send_keys(window.search, "EB-1001", gap_ms=SCANNER_GAP_MS)
    assert "This is a bug" in failed.args[1]
    qtbot.wait(PENDING_AFTER_MS + 200)
    assert "NOT SAVED" in window.banner.text() and "SAVING" not in window.banner.text()
    assert dialogs.shown() == []                 # nothing modal in the way of the next scan
    monkeypatch.undo()
    (result,) = wedge_scan(qtbot, window, "EB-1001", window.worker.checked_in)
    assert result.verdict == "ok" and "CHECKED IN" in window.banner.text()


def test_the_search_survives_a_query_that_breaks(desk, qtbot, monkeypatch):
    """Issue 11: one bad query killed the search worker. Now it says so and the next one works."""
    import kiosk.roster.search

    real = kiosk.roster.search.desk_search

    def flaky(db, index, text, limit=200):
        if text == "boom":
            raise RuntimeError("a bug in the search")
        return real(db, index, text, limit)

    monkeypatch.setattr(kiosk.roster.search, "desk_search", flaky)
    desk.search.setText("boom")
    qtbot.waitUntil(lambda: "This is a bug" in desk.matches.text(), timeout=5000)
    assert desk.model.rowCount() == 0 and desk.selected_attendee() is None   # Enter acts on nothing
    desk.search.setText("amara")
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1, timeout=5000)
    assert desk.selected_attendee()["code"] == "EB-1001"

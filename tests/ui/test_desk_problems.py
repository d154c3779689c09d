"""The desk when the disk misbehaves: damaged, missing, locked or slow databases give a clear
message, never a traceback, never a check-in claimed that did not happen; the window keeps running."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from kiosk.store import open_event_db
from tests.ui.conftest import SCANNER_GAP_MS, send_keys

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def wedge_scan(qtbot, window, code, signal):
    with qtbot.waitSignal(signal, timeout=8000) as blocker:
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

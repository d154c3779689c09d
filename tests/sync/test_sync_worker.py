"""The desk's background sync worker: reports its state and stops when asked."""

from __future__ import annotations

import socket

import pytest

from kiosk import checkin
from kiosk.roster.resync import import_export
from kiosk.sync import sync_round
from tests.sync.helpers import roster_export
from tests.sync.pgserver import wait_until

pytestmark = pytest.mark.needs_postgres


def test_the_worker_sends_a_checkin_at_once_and_says_synced(qtbot, station, hub_url):
    from kiosk.ui.sync_worker import SyncWorker

    a, b = station("A", event=True), station("B")
    import_export(a, "export.csv", parsed=roster_export(3))
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    worker_a = SyncWorker(a.path, hub_url, interval=30)     # long interval: only "something changed" wakes it
    worker_b = SyncWorker(b.path, hub_url, interval=30)     # woken by A's announcement
    states: list[str] = []
    worker_b.state_changed.connect(lambda status: states.append(status.text))     # the state comes as data
    with qtbot.waitSignal(worker_a.state_changed, timeout=10000):
        worker_a.start()
    with qtbot.waitSignal(worker_b.state_changed, timeout=10000):
        worker_b.start()
    try:
        checkin.check_in(a, "EB-1002", station="A", at="2026-07-08T14:00:00Z")
        assert wait_until(lambda: b.scalar("SELECT count(*) FROM checkins") == 1, timeout=5)
        assert wait_until(lambda: "synced" in states, timeout=5)
    finally:
        assert worker_a.stop() and worker_b.stop()
    assert worker_a.isFinished() and worker_b.isFinished()


def test_the_worker_reports_offline_with_the_waiting_checkins(qtbot, station):
    from kiosk.ui.sync_worker import SyncWorker

    a = station("A", event=True)
    import_export(a, "export.csv", parsed=roster_export(3))
    checkin.check_in(a, "EB-1001", station="A", at="2026-07-08T14:00:00Z")
    checkin.check_in(a, "EB-1003", station="A", at="2026-07-08T14:01:00Z")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]                  # nothing listens there once closed
    worker = SyncWorker(a.path, f"postgresql://u:hush@127.0.0.1:{port}/hub", interval=30)
    problems: list[str] = []
    worker.problem.connect(problems.append)
    with qtbot.waitSignal(worker.state_changed, timeout=10000) as got:
        worker.start()
    try:
        status = got.args[0]                       # data: the UI words it (kiosk/ui/services.py)
        assert not status.online and status.offline_since and status.waiting_checkins == 2
        assert status.text.startswith("offline since ") and status.text.endswith(" - 2 check-ins waiting")
        assert problems and "Cannot reach the sync hub" in problems[0] and "hush" not in problems[0]
    finally:
        assert worker.stop(8000)

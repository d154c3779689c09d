"""Garbage is collected on the GUI thread: a Qt object left in a reference cycle is destroyed there."""

import gc
import threading

from PySide6.QtCore import QObject, QTimer

from kiosk.ui.gc_guard import GuiThreadCollector


class Cyclic(QObject):
    destroyed_on: list = []

    def __init__(self):
        super().__init__()
        self.me = self                     # a reference cycle: only the cyclic collector frees it
        self.timer = QTimer(self)
        self.timer.start(60_000)

    def __del__(self):
        Cyclic.destroyed_on.append(threading.current_thread().name)


def test_cycles_made_anywhere_are_collected_on_the_gui_thread(qtbot, qapp):
    holder = QObject()
    collector = GuiThreadCollector(holder)
    try:
        assert not gc.isenabled()
        Cyclic()
        churn = threading.Thread(target=lambda: [[{}] for _ in range(200_000)], name="worker")
        churn.start()
        churn.join()
        assert Cyclic.destroyed_on == []              # a worker's allocations never triggered a collection
        qtbot.waitUntil(lambda: bool(Cyclic.destroyed_on), timeout=5000)
        assert Cyclic.destroyed_on == ["MainThread"]
    finally:
        collector.stop()
        holder.deleteLater()
    assert gc.isenabled()

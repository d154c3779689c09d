"""Python's garbage collection runs on the GUI thread only.

The cyclic garbage collector runs on whichever thread happens to allocate. With camera, print, sync
and check-in workers running, that is often a worker thread, and a Qt object collected there (a
widget or timer left in a reference cycle) is destroyed on the wrong thread: Qt warns "Timers
cannot be stopped from another thread", and the behaviour is undefined. So automatic collection is
turned off and the GUI thread collects on a timer: the young generation often (cheap), everything
now and then.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 1000
FULL_EVERY = 60          # young collections between two full ones


class GuiThreadCollector(QObject):
    """Owns the timer that collects garbage on the GUI thread."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        gc.disable()
        self._timer.start(YOUNG_EVERY_MS)

    def collect(self) -> None:
        self._ticks += 1
        if self._ticks % FULL_EVERY == 0:
            gc.collect()
        else:
            gc.collect(0)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

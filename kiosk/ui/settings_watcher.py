"""Settings changes applied at once: a worker that watches the settings registry's version stamp.

`SettingsWatcher(db_path)` is a `SerialWorker` with its own connection. When it starts, and then
whenever `kiosk.store.settings.version(db)` has changed (polled every `interval` seconds, or at
once after `check_now()`), it reads every setting (`settings.values(db)`, typed, defaults filled
in) and emits `changed(values)` on the GUI thread. A change made in the app, by `kiosk settings set`
in a terminal or by a sync from the hub reaches the desk and the kiosk within a poll: the printer,
the scanner's wedge settings, the kiosk's timeout and language, the station's name. Nothing of it
runs on the GUI thread; a database that cannot be read is reported once per problem and tried again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from kiosk.ui.threads import SerialWorker

log = logging.getLogger(__name__)

#: How often the registry's version stamp is read (seconds): a cheap query.
POLL_SECONDS = 2.0


class SettingsWatcher(SerialWorker):
    changed = Signal(object)      # {key: typed value} for every setting

    WHAT = {"open": QT_TRANSLATE_NOOP("Tasks", "reading the settings"),
            "tick": QT_TRANSLATE_NOOP("Tasks", "reading the settings")}

    def __init__(self, db_path: str | Path, *, interval: float | None = None, parent: QObject | None = None):
        super().__init__("settings-watcher", db_path=db_path, tick_seconds=interval or POLL_SECONDS, parent=parent)
        self.version: int | None = None
        self._last_problem = ""

    def check_now(self) -> None:
        """Look at the version stamp now (after the app itself saved a setting)."""
        self.wake()

    def setup(self) -> None:
        super().setup()
        self.tick()

    def tick(self) -> None:
        from kiosk.store import settings

        version = settings.version(self.db)
        if version != self.version:
            values = settings.values(self.db)
            self.version = version
            self._last_problem = ""
            self.changed.emit(values)

    def report(self, kind: str, message: str) -> None:
        if message != self._last_problem:       # a poll every few seconds: say each problem once
            self._last_problem = message
            super().report(kind, message)

"""The app's background sync with the hub, and how the desk words where it stands.

`BackgroundServices` is a QObject the app shell owns next to its window. `attach_desk(window)` or
`attach_kiosk(window)` reads (on a task, never on the GUI thread) whether a hub is configured
(this station's setting `sync_hub`, or $KIOSK_SYNC_HUB) and, if so, starts a `SyncWorker`
(kiosk/ui/sync_worker.py); `configured` is emitted either way. The worker reports data
(`kiosk.sync.state.SyncStatus`); `sync_words` words it in the interface language with Qt's plurals
("Sync: offline since 10:42 - 37 check-ins waiting"), re-emitted by `sync_state_changed`. The desk
shows it in a permanent status-bar label and, after a round that brought rows from other stations,
re-reads its list, counter and recent scans (`DeskWindow.refresh_from_database`). The kiosk shows
attendees nothing of it. Badges are printed by the windows' print service (kiosk/ui/print_service.py).

`follow_settings(values)` (connected to the window's settings watcher) starts the sync when a hub is
saved, restarts it on another address and stops it when the hub is removed: no restart needed.
`stop()` stops the worker cooperatively (flag, then wait; never terminate) and is safe to call
twice; the app calls it when the event loop ends.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

if TYPE_CHECKING:
    from kiosk.ui.desk.window import DeskWindow

from kiosk.ui import i18n
from kiosk.ui.sync_worker import SyncWorker
from kiosk.ui.threads import run_task

log = logging.getLogger(__name__)

ENV_VAR_NAME = "KIOSK_SYNC_HUB"       # kiosk.sync.url.ENV_VAR (the hub given to the whole process)

#: How often the background sync runs a round when nothing happens (seconds).
SYNC_INTERVAL = 5.0


def hub_configured(db) -> dict:
    """Whether this station syncs, and where it stands (runs on a task)."""
    from kiosk.store import settings
    from kiosk.sync import sync_state
    from kiosk.sync.url import ENV_VAR

    configured = bool((os.environ.get(ENV_VAR) or settings.get(db, "sync_hub") or "").strip())
    return {"configured": configured, "status": sync_state(db, configured=True) if configured else None}


def sync_words(status) -> str:
    """A `SyncStatus` in the interface language: "Sync: offline since 10:42 - 37 check-ins waiting",
    and how many values from the hub were refused, if any."""
    return SyncWords().text(status)


class SyncWords(QObject):
    """The words for a sync state (a QObject for Qt's plural forms: `tr(text, "", n)`)."""

    def text(self, status) -> str:
        words = self._state(status)
        refused = len(getattr(status, "refused_settings", None) or {})
        if refused:
            words += self.tr(" - %n setting(s) from the hub refused", "", refused)
        return words

    def _state(self, status) -> str:
        if status is None or not status.configured:
            return self.tr("Sync: not connected to a hub")
        n = int(status.waiting_checkins)
        if not status.online and status.offline_since is None:
            return self.tr("Sync: not synced yet - %n check-in(s) waiting", "", n)
        if not status.online:
            return self.tr("Sync: offline since %1 - %n check-in(s) waiting", "", n).replace(
                "%1", status.local_time(status.offline_since, i18n.current_language()))  # the event's clock
        if n:
            return self.tr("Sync: online - %n check-in(s) waiting", "", n)
        return self.tr("Sync: synced")


class BackgroundServices(QObject):
    #: Whether a hub is configured (after the settings were read); the sync worker runs if so.
    configured = Signal(bool)
    #: The sync state for a person, translated: "Sync: offline since 10:42 - 37 check-ins waiting".
    sync_state_changed = Signal(str)
    #: A sync problem a person can act on (the hub's password masked), for the log or a tooltip.
    sync_problem = Signal(str)

    def __init__(self, db_path: str | Path, *, hub: str | None = None, sync_interval: float = SYNC_INTERVAL,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.hub = hub                      # None: the worker resolves $KIOSK_SYNC_HUB / `sync_hub` itself
        self.sync_interval = sync_interval
        self.sync_worker: SyncWorker | None = None
        self.sync_label: QLabel | None = None
        self.status = None                  # the last SyncStatus
        self.sync_text = ""                 # ... in words
        self._desk: DeskWindow | None = None    # the desk window whose list follows the sync rounds
        self._stopped = False
        self._hub_seen: str | None = None       # the sync_hub setting the worker was started for

    # -- starting ------------------------------------------------------------------------------------
    def attach_desk(self, window: DeskWindow) -> None:
        """Sync in the background and show its state in the desk's status bar."""
        self._desk = window
        run_task(hub_configured, db_path=self.db_path, owner=self, on_done=self._on_config,
                 on_error=self._on_config_failed)

    def attach_kiosk(self, window) -> None:
        """Sync (nothing of it shown at the door)."""
        run_task(hub_configured, db_path=self.db_path, owner=self, on_done=self._on_config,
                 on_error=self._on_config_failed)

    def _on_config_failed(self, message: str) -> None:
        log.warning("background sync off: %s", message)
        self.configured.emit(False)

    def _on_config(self, config: dict) -> None:
        configured = bool(self.hub or config["configured"])
        if self._stopped or self.sync_worker is not None or not configured:
            if not configured:
                log.info("no sync hub configured: this station works on its own")
            self.configured.emit(configured and not self._stopped)
            return
        if config["status"] is not None:
            self._on_sync_state(config["status"])
        if self._desk is not None and self.sync_label is None:
            self._add_label(self._desk)
        worker = SyncWorker(self.db_path, self.hub, interval=self.sync_interval, parent=self)
        worker.state_changed.connect(self._on_sync_state)
        worker.problem.connect(self._on_sync_problem)
        worker.round_finished.connect(self._refresh_desk)
        self.sync_worker = worker
        worker.start()
        self.configured.emit(True)

    def _add_label(self, window: QMainWindow) -> None:
        label = QLabel()
        label.setObjectName("syncState")
        label.setToolTip(self.tr("Check-ins are saved on this laptop first and sent to the hub when it answers."))
        window.statusBar().addPermanentWidget(label)
        self.sync_label = label
        self.sync_state_changed.connect(self._show_on_label)
        self._show_on_label(self.sync_text)

    def follow_settings(self, values: dict) -> None:
        """A settings change (here, in a terminal, by a sync): follow the hub's address at once."""
        hub = str(values.get("sync_hub") or "").strip()
        if self._stopped or self.hub is not None or os.environ.get(ENV_VAR_NAME) or hub == self._hub_seen:
            return                               # a hub given to the process wins over the setting
        first = self._hub_seen is None
        self._hub_seen = hub
        if first:
            return                               # the start-up check (attach_*) decides on the first values
        if self.sync_worker is not None:
            log.info("the sync hub changed: the sync restarts with it")
            self.sync_worker.stop()
            self.sync_worker = None
        if hub:
            run_task(hub_configured, db_path=self.db_path, owner=self, on_done=self._on_config,
                     on_error=self._on_config_failed)
        else:
            self.status = None
            self._on_sync_state(None)

    # -- answers -------------------------------------------------------------------------------------
    def _on_sync_state(self, status) -> None:
        self.status = status
        self.sync_text = sync_words(status)
        self.sync_state_changed.emit(self.sync_text)

    def _on_sync_problem(self, text: str) -> None:
        log.info("sync: %s", text)
        if self.sync_label is not None:
            self.sync_label.setToolTip(text)
        self.sync_problem.emit(text)

    def _show_on_label(self, text: str) -> None:
        if self.sync_label is None:
            return
        self.sync_label.setText(text)
        offline = self.status is not None and self.status.configured and not self.status.online
        colour = "color: #bf360c; font-weight: bold;" if offline else "color: #1b5e20;"
        self.sync_label.setStyleSheet("margin-left: 12px; " + colour)

    def _refresh_desk(self, report: dict) -> None:
        """Another station's rows arrived: the desk's list ("Today", new attendees), counter and recent scans catch up."""
        if self._desk is not None and _count(report.get("received", {})):
            self._desk.refresh_from_database()

    # -- stopping ------------------------------------------------------------------------------------
    def stop(self) -> bool:
        """Stop the sync after the round in progress; True when it has ended. Safe to call twice."""
        self._stopped = True
        if self.sync_worker is not None and not self.sync_worker.stop():
            log.warning("the sync worker did not end in time; it will end when its round does")
            return False
        return True

    def running(self) -> list[str]:
        """The workers still running (for tests and the log)."""
        worker = self.sync_worker
        return [worker.objectName()] if worker is not None and worker.isRunning() else []


def _count(value) -> int:
    if isinstance(value, dict):
        return sum(_count(v) for v in value.values())
    return value if isinstance(value, int) else 0

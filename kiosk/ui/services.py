"""The app's background services: syncing with the hub, and printing badges at the kiosk.

`BackgroundServices` is a QObject the app shell owns next to its window. `attach_desk(window)` or
`attach_kiosk(window)` starts what that screen needs:

- a `SyncWorker` (kiosk/ui/sync_worker.py) in both modes, once a hub is configured (event setting
  `sync_hub`, or $KIOSK_SYNC_HUB). Its state ("synced", "offline since 10:42 - 37 check-ins
  waiting") is re-emitted translated by `sync_state_changed`; the desk shows it in a permanent
  status-bar label. After a round that brought rows from other stations, the desk re-reads its
  list, counter and recent scans (`DeskWindow.refresh_from_database`). The kiosk shows attendees nothing of it.
- a `PrintWorker` in kiosk mode only, when badges are printed on check-in (or jobs are waiting):
  the desk starts its own print worker, and one worker per queue is enough.

`stop()` stops every worker cooperatively (flag, then wait; never terminate) and is safe to call
twice; the app calls it when the event loop ends.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from kiosk.errors import KnownError
from kiosk.ui.optional import optional_module

log = logging.getLogger(__name__)

#: How often the background sync runs a round when nothing happens (seconds).
SYNC_INTERVAL = 5.0



@dataclass
class ServiceConfig:
    """What the event database says about the background services, read once at start."""

    hub_configured: bool = False
    sync_state: str = ""              # the core's English state text, before the first round
    print_on_checkin: str = "off"
    print_jobs_waiting: int = 0

    @classmethod
    def read(cls, db_path: str | Path) -> "ServiceConfig":
        from kiosk.store import open_event_db, settings

        config = cls()
        try:
            db = open_event_db(db_path, create=False)
        except KnownError as exc:
            log.warning("background services off: %s", exc)
            return config
        try:
            from kiosk.sync.url import ENV_VAR, SETTING

            config.hub_configured = bool((os.environ.get(ENV_VAR) or settings.get(db, SETTING) or "").strip())
            if config.hub_configured:
                from kiosk.sync import sync_state

                config.sync_state = sync_state(db, configured=True).text
            config.print_on_checkin = settings.get(db, "print_on_checkin")
            queue = optional_module("kiosk.printing.queue")
            if queue is not None:
                counts = queue.counts(db)
                config.print_jobs_waiting = sum(counts.get(k, 0) for k in ("pending", "printing", "failed"))
        finally:
            db.close()
        return config


class BackgroundServices(QObject):
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
        self.sync_worker = None
        self.print_worker = None
        self.sync_label: QLabel | None = None
        self._desk = None                   # the desk window whose list follows the sync rounds
        self.sync_text = ""                 # the last state, translated
        self._offline = False
        self._stopped = False

    # -- starting ------------------------------------------------------------------------------------
    def attach_desk(self, window) -> None:
        """Sync in the background and show its state in the desk's status bar. The desk prints itself."""
        config = ServiceConfig.read(self.db_path)
        if not self._start_sync(config):
            return
        label = QLabel()
        label.setObjectName("syncState")
        label.setToolTip(self.tr("Check-ins are saved on this laptop first and sent to the hub when it answers."))
        window.statusBar().addPermanentWidget(label)
        self.sync_label = label
        self.sync_state_changed.connect(self._show_on_label)
        self._show_on_label(self.sync_text)
        if hasattr(window, "refresh_from_database"):
            self._desk = window
            # a bound slot of this QObject: the call is queued to the GUI thread, never run on the sync thread
            self.sync_worker.round_finished.connect(self._refresh_desk)

    def attach_kiosk(self, window) -> None:
        """Sync (nothing of it shown at the door) and print the badges the kiosk queues."""
        config = ServiceConfig.read(self.db_path)
        self._start_sync(config)
        if config.print_on_checkin != "off" or config.print_jobs_waiting:
            self._start_printing()
            kiosk_worker = getattr(window, "worker", None)
            if self.print_worker is not None and kiosk_worker is not None:
                kiosk_worker.print_queued.connect(lambda _attendee: self._wake_printer())

    def _start_sync(self, config: ServiceConfig) -> bool:
        if self._stopped or self.sync_worker is not None:
            return False
        if not (self.hub or config.hub_configured):
            log.info("no sync hub configured: this station works on its own")
            return False
        module = optional_module("kiosk.ui.sync_worker")
        if module is None:
            return False
        self.sync_text = self.translate_state(config.sync_state) if config.sync_state else ""
        worker = module.SyncWorker(self.db_path, self.hub, interval=self.sync_interval, parent=self)
        worker.setObjectName("sync-worker")
        worker.state_changed.connect(self._on_sync_state)
        worker.problem.connect(self._on_sync_problem)
        self.sync_worker = worker
        worker.start()
        return True

    def _start_printing(self) -> None:
        if self._stopped or self.print_worker is not None:
            return
        module = optional_module("kiosk.ui.print_worker")
        if module is None:
            return
        worker = module.PrintWorker(self.db_path, parent=self)
        worker.problem.connect(lambda text: log.warning("printing: %s", text))
        worker.job_finished.connect(self._on_print_job)
        self.print_worker = worker
        worker.start()

    # -- answers -------------------------------------------------------------------------------------
    def _on_sync_state(self, text: str) -> None:
        self.sync_text = self.translate_state(text)
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
        offline = self.sync_worker is not None and self._offline
        colour = "color: #bf360c; font-weight: bold;" if offline else "color: #1b5e20;"
        self.sync_label.setStyleSheet("margin-left: 12px; " + colour)

    def _refresh_desk(self, report: dict) -> None:
        """Another station's rows arrived: the desk's list ("Today", new attendees), counter and recent scans catch up."""
        if self._desk is not None and _count(report.get("received", {})):
            self._desk.refresh_from_database()

    def _wake_printer(self) -> None:
        if self.print_worker is not None:
            self.print_worker.wake()

    @staticmethod
    def _on_print_job(job: dict) -> None:
        if job.get("status") == "failed":
            log.warning("badge for %s not printed: %s", job.get("name", ""), job.get("error", ""))

    # -- the words -----------------------------------------------------------------------------------
    def translate_state(self, text: str) -> str:
        """The core's state text (kiosk.sync.state.SyncStatus.text) in the interface language."""
        self._offline = text.startswith(("offline", "not synced"))
        if text == "synced":
            return self.tr("Sync: synced")
        if text == "not connected to a hub":
            return self.tr("Sync: not connected to a hub")
        found = re.fullmatch(r"(offline since (?P<since>.+)|online|not synced yet) - (?P<n>\d+) check-ins? waiting", text)
        if found is None:
            return self.tr("Sync: %1").replace("%1", text)
        n = int(found.group("n"))
        since = found.group("since")
        if since is not None:
            words = self.tr("Sync: offline since %1 - 1 check-in waiting") if n == 1 else \
                self.tr("Sync: offline since %1 - %2 check-ins waiting")
            return words.replace("%1", since).replace("%2", str(n))
        if text.startswith("online"):
            words = self.tr("Sync: online - 1 check-in waiting") if n == 1 else \
                self.tr("Sync: online - %1 check-ins waiting")
        else:
            words = self.tr("Sync: not synced yet - 1 check-in waiting") if n == 1 else \
                self.tr("Sync: not synced yet - %1 check-ins waiting")
        return words.replace("%1", str(n))

    # -- stopping ------------------------------------------------------------------------------------
    def stop(self) -> bool:
        """Stop every worker: each finishes what it is doing (a round, a badge), nothing is cut off.
        True when all have ended. Safe to call twice."""
        self._stopped = True
        ended = True
        if self.sync_worker is not None:
            ended = self.sync_worker.stop() and ended
        if self.print_worker is not None:
            ended = self.print_worker.stop() and ended
        if not ended:
            log.warning("a background worker did not end in time; it will end when its job does")
        return ended

    def running(self) -> list[str]:
        """The workers still running (for tests and the log)."""
        return [w.objectName() for w in (self.sync_worker, self.print_worker) if w is not None and w.isRunning()]


def _count(value) -> int:
    if isinstance(value, dict):
        return sum(_count(v) for v in value.values())
    return value if isinstance(value, int) else 0

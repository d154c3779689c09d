"""The kiosk's workers, started and stopped together, and what the kiosk reads and writes on tasks.

`KioskWorkers` owns the check-in worker (kiosk/ui/checkin_worker.py), the settings watcher, the
badge printing (the desk's print service when the desk opened the kiosk, else its own, started
once badges print on check-in or wait in the queue) and the camera reader (a mirrored preview).
The window listens to its signals; `stop()` stops every one cooperatively, the check-in in hand
finished first. `kiosk_start`, `save_setting` and `printing_wanted` run on tasks (kiosk/ui/threads.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from kiosk.ui.camera_worker import CameraWorker
from kiosk.ui.checkin_worker import CheckinWorker
from kiosk.ui.log_view import note_station
from kiosk.ui.print_service import PrintService
from kiosk.ui.settings_watcher import SettingsWatcher
from kiosk.ui.threads import run_task

log = logging.getLogger(__name__)


def kiosk_start(db) -> dict:
    """What the kiosk shows before anyone scans, and whether the organizer must set a PIN first."""
    from kiosk.store import settings
    from kiosk.ui.kiosk.pin_setup import needs_pin

    return {"event": db.event(), "settings": settings.values(db), "needs_pin": needs_pin(db)}


def save_setting(db, key: str, value: Any) -> Any:
    from kiosk.store import settings

    return settings.set_value(db, key, value)


def printing_wanted(db) -> bool:
    """Whether the kiosk needs a printer: badges print on check-in, or jobs are waiting."""
    from kiosk.printing import queue
    from kiosk.store import settings

    counts = queue.counts(db)
    return settings.get(db, "print_on_checkin") != "off" or bool(
        counts["pending"] + counts["printing"] + counts["failed"])


class KioskWorkers(QObject):
    checked_in = Signal(object)        # kiosk.checkin.CheckinResult
    failed = Signal(str, str)          # the job's kind, the message (for the log; attendees see the desk)
    settings_changed = Signal(object)  # the registry's values, at start and after each change
    print_queued = Signal(object)      # the attendee whose badge is printing
    preview = Signal(QImage)
    camera_state = Signal(str)
    scanned = Signal(str)              # a code the camera read

    def __init__(self, db_path: Path, station: str | None, *, print_service: PrintService | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.requested_station = station       # None: this station's name in the settings registry
        self.station = station or ""
        self.printing = print_service
        self.own_printing = print_service is None
        self.checkin: CheckinWorker | None = None
        self.watcher: SettingsWatcher | None = None
        self.camera: CameraWorker | None = None
        self._stopped = False
        if print_service is not None:
            print_service.queued.connect(self.print_queued)

    # -- starting ---------------------------------------------------------------------------
    def start(self, camera: str | None, *, loop: bool = False) -> None:
        checkin = self.checkin = CheckinWorker(self.db_path, self.requested_station, parent=self)
        checkin.ready.connect(self._on_ready)
        checkin.station_changed.connect(self._set_station)
        checkin.checked_in.connect(self.checked_in)
        checkin.failed.connect(self.failed)
        watcher = self.watcher = SettingsWatcher(self.db_path, parent=self)
        watcher.changed.connect(self.settings_changed)
        watcher.changed.connect(checkin.apply_settings)
        watcher.changed.connect(self._follow_printing)
        if self.printing is not None:
            checkin.checked_in.connect(self.printing.after_checkin)
        checkin.start()
        watcher.start()
        run_task(printing_wanted, db_path=self.db_path, owner=self, on_done=self._printing_wanted)
        if camera:
            spec: str | int = int(camera) if str(camera).isdigit() else camera
            self.camera = CameraWorker(spec, loop=loop, mirror_preview=True, preview_max_width=960, parent=self)
            self.camera.preview.connect(self.preview)
            self.camera.payload_scanned.connect(self.scanned)
            self.camera.state_changed.connect(self.camera_state)
            self.camera.start()

    @Slot(object)
    def _on_ready(self, state: dict) -> None:
        self._set_station(state["station"])

    @Slot(str)
    def _set_station(self, name: str) -> None:
        note_station(name)
        self.station = name
        if self.own_printing and self.printing is not None:
            self.printing.station = name

    @Slot(object)
    def _follow_printing(self, values: dict[str, Any]) -> None:
        if values.get("print_on_checkin", "off") != "off":
            self._printing_wanted(True)

    def _printing_wanted(self, wanted: bool) -> None:
        if not wanted or self.printing is not None or self._stopped or self.checkin is None:
            return
        printing = self.printing = PrintService(self.db_path, station=self.station, parent=self)
        printing.queued.connect(self.print_queued)
        printing.problem.connect(lambda text: log.warning("printing: %s", text))
        self.checkin.checked_in.connect(printing.after_checkin)
        printing.start()

    # -- requests ---------------------------------------------------------------------------
    def check_in_payload(self, payload: str) -> bool:
        if self.checkin is None:
            return False
        self.checkin.check_in_payload(payload, "scan")
        return True

    def check_in_attendee(self, attendee_id: int) -> None:
        if self.checkin is not None:
            self.checkin.check_in_attendee(attendee_id, "search")

    def save(self, key: str, value: Any) -> None:
        """A kiosk setting changed on the organizer page: saved on a task, then applied everywhere."""
        run_task(save_setting, key, value, db_path=self.db_path, owner=self, on_error=log.warning,
                 on_done=self._saved)

    def _saved(self, _value: Any) -> None:
        if self.watcher is not None:
            self.watcher.check_now()

    # -- stopping ---------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop every worker (idempotent): the camera, the watcher, the check-in in hand, then printing."""
        self._stopped = True
        for worker in (self.camera, self.watcher, self.checkin):
            if worker is not None:
                worker.stop()
        self.camera = self.watcher = self.checkin = None
        if self.own_printing and self.printing is not None:
            self.printing.stop()

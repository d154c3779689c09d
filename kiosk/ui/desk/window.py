"""The volunteers' desk window: scan or search, see the verdict, fix, undo, add walk-ins. Wiring only.

The parts, each in its own module: the layout (kiosk/ui/desk/layout.py), the search as you type
(search.py: `SearchController`), what this desk did (session.py: the undo stack and the writes on
their way), printing (printing.py, through the app's print service), the Organizer menu
(organizer_menu.py). Everything that touches the disk runs off the GUI thread: check-ins and other
writes on the `CheckinWorker`, the search on its worker, the camera on `CameraWorker`, settings
changes noticed by a `SettingsWatcher` and applied at once (printer, scanner, station name). A
failed write shows the problem in the banner (NOT SAVED) and is never claimed done.

Input that is always armed: the camera (if any), a keyboard-wedge scanner (anywhere in the window,
through kiosk/ui/wedge_filter.py) and the search box, which keeps the focus. Every action has a
visible shortcut: Enter check in the chosen person, Ctrl+N walk-in, F2 correct, Ctrl+Z undo,
Ctrl+F / Esc search, Ctrl+P print the badge, Ctrl+Shift+P the print queue (also a click on the
printer text in the status bar). `refresh_from_database()` re-reads the list and the counter after
another station's rows arrived.
"""

from __future__ import annotations

import importlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QWidget

from kiosk.eventdays import today
from kiosk.roster.attendees import display_name
from kiosk.scan.wedge import WedgeSettings
from kiosk.ui import dialogs
from kiosk.ui.checkin_worker import CheckinWorker
from kiosk.ui.desk.attendee_forms import DeskForms, EditDialog, WalkInDialog
from kiosk.ui.desk.badge_panel import preview_settings
from kiosk.ui.desk.layout import DeskLayout
from kiosk.ui.desk.organizer_menu import install_organizer_menu
from kiosk.ui.desk.printing import DeskPrinting
from kiosk.ui.desk.search import SearchController
from kiosk.ui.desk.session import DeskSession
from kiosk.ui.log_view import note_station
from kiosk.ui.settings_watcher import SettingsWatcher
from kiosk.ui.sounds import VerdictSounds
from kiosk.ui.threads import run_task
from kiosk.ui.verdicts import verdict_icon, verdict_title
from kiosk.ui.wedge_filter import KeyboardFocusWatcher, WedgeFilter

if TYPE_CHECKING:
    from kiosk.ui.camera_worker import CameraWorker

log = logging.getLogger(__name__)

PENDING_AFTER_MS = 300      # show "SAVING..." only when the disk is slower than this
BADGE_KEYS = ("badge_stock", "badge_template", "badge_logo", "badge_roles")
READING_BADGE = QT_TRANSLATE_NOOP("Tasks", "reading the badge settings")


WARM_UP_AFTER_MS = 150     # the scanning modules are imported this long after the window is shown


def _warm_up_scanning() -> None:
    """Import OpenCV, numpy and the decoder on a short-lived thread: a module import, no Qt object
    and no database (the import lock makes a later import on the GUI thread wait for it)."""
    threading.Thread(target=importlib.import_module, args=("kiosk.ui.camera_worker",), name="warm-up-scanning",
                     daemon=True).start()


class DeskWindow(QMainWindow):
    def __init__(self, db_path: str | Path, *, station: str | None = None, camera: str | None = None,
                 camera_loop: bool = False, sounds: VerdictSounds | None = None,
                 prefs: QSettings | None = None, busy_timeout_s: float | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._shut = False
        self.prefs = prefs
        self.sounds = sounds if sounds is not None else VerdictSounds()
        self.timezone = "UTC"
        self.event_info: dict = {}
        self.settings: dict[str, Any] = {}
        self.session = DeskSession()
        self._ticket_types: list[str] = []
        self.setWindowTitle(self.tr("Check-in desk"))
        self.setWindowIcon(verdict_icon("ok", 64))

        ui = self.ui = DeskLayout(self)
        self.focus_hint, self.banner, self.search, self.model = ui.focus_hint, ui.banner, ui.search, ui.model
        self.table, self.matches, self.camera_view, self.badge_box = ui.table, ui.matches, ui.camera_view, ui.badge_box
        self.badge_preview, self.recent, self.splitter, self.status = ui.badge_preview, ui.recent, ui.splitter, ui.status
        self.focus_hint.clicked.connect(self._take_focus)
        self.search.returnPressed.connect(self.check_in_selected)
        self.table.activated.connect(lambda _index: self.check_in_selected())
        self.recent.attendee_chosen.connect(self._choose_attendee)
        self.status.printer.installEventFilter(self)

        self.worker = CheckinWorker(self.db_path, station, busy_timeout_s=busy_timeout_s, parent=self)
        for signal, slot in ((self.worker.ready, self._on_ready), (self.worker.checked_in, self._on_result),
                             (self.worker.walked_in, self._on_result), (self.worker.edited, self._on_edited),
                             (self.worker.undone, self._on_undone), (self.worker.failed, self._on_failed),
                             (self.worker.counts_changed, self._on_counts), (self.worker.recent_changed, self._on_recent),
                             (self.worker.station_changed, self._on_station)):
            signal.connect(slot)
        self.searcher = SearchController(self.db_path, self.search, self.table, self.model, self.matches, parent=self)
        self.printing = DeskPrinting(self, self.status, self.db_path)
        self.forms = DeskForms(self)
        self.watcher = SettingsWatcher(self.db_path, parent=self)
        self.watcher.changed.connect(self.apply_settings)
        self.watcher.changed.connect(self.worker.apply_settings)
        self._build_actions()
        self.wedge = WedgeFilter(self, parent=self).install()
        self.wedge.scanned.connect(self._on_wedge_scan)
        self._focus_watcher = KeyboardFocusWatcher(self)
        self._focus_watcher.focus_changed.connect(lambda has_focus: self.focus_hint.setVisible(not has_focus))
        self.worker.start()
        self.watcher.start()
        self.searcher.start()
        self.camera_worker: CameraWorker | None = None
        if camera is not None:
            self.start_camera(camera, loop=camera_loop)
        else:
            # OpenCV and numpy (half a second) are imported just after the window is on screen and
            # off the GUI thread, not before it shows, and not on the camera thread while scans are
            # shown (issue 15: the desk shows its window within 1 s).
            QTimer.singleShot(WARM_UP_AFTER_MS, _warm_up_scanning)
        self._restore_prefs()
        install_organizer_menu(self, camera=camera, camera_loop=camera_loop)

    # -- building ------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        ui = self.ui
        self.act_checkin = ui.action(self, self.tr("Check in chosen person"), None, self.check_in_selected)
        self.act_checkin.setIconText(self.tr("Check in chosen person  (Enter)"))  # the box and the list take Enter
        self.act_walk_in = ui.action(self, self.tr("&Walk-in"), "Ctrl+N", self.open_walk_in)
        self.act_edit = ui.action(self, self.tr("&Correct attendee"), "F2", self.open_edit)
        self.act_undo = ui.action(self, self.tr("&Undo last check-in"), QKeySequence.StandardKey.Undo, self.undo_last)
        self.act_print = ui.action(self, self.tr("&Print badge"), QKeySequence.StandardKey.Print, self.print_badge,
                                   enabled=False)
        self.act_search = ui.action(self, self.tr("&Search"), "Ctrl+F", self._take_focus)
        ui.menu.addSeparator()
        self.act_print_queue = ui.action(self, self.tr("Print &queue…"), "Ctrl+Shift+P", self.open_print_queue,
                                         enabled=False, toolbar=False)
        self.status.printer.setCursor(Qt.CursorShape.PointingHandCursor)
        self.status.printer_hint = self.tr("Click to open the print queue (Ctrl+Shift+P)")
        self.status.printer.setToolTip(self.status.printer_hint)
        self.act_sound = QAction(self.tr("Play verdict &sounds"), self, checkable=True)
        self.act_sound.setChecked(self.sounds.enabled)
        self.act_sound.toggled.connect(self._set_sound)
        ui.menu.addAction(self.act_sound)
        ui.action(self, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, toolbar=False)

    def start_camera(self, source: str | int, *, loop: bool = False) -> bool:
        """Start reading `source` (camera index, video file, image folder)."""
        if self._shut:
            return False
        self.stop_camera()
        from kiosk.ui.camera_worker import CameraWorker

        worker = CameraWorker(source, loop=loop, parent=self)
        worker.preview.connect(self.camera_view.set_image)
        worker.payload_scanned.connect(self._on_camera_scan)
        worker.status_changed.connect(self._on_camera_status)
        self.camera_worker = worker
        self.camera_view.setVisible(True)
        worker.start()
        return True

    def stop_camera(self) -> None:
        if self.camera_worker is not None:
            self.camera_worker.stop()
            self.camera_worker = None

    # -- settings ------------------------------------------------------------------------------------
    @Slot(object)
    def apply_settings(self, values: dict[str, Any]) -> None:
        """The registry's values, at start and after any change (here, in a terminal, by a sync)."""
        if self._shut:
            return
        before, self.settings = self.settings, dict(values)
        self.printing.mode = str(values.get("print_on_checkin") or "off")
        self.wedge.set_settings(WedgeSettings.from_settings(values.get))
        if any(before.get(k) != values.get(k) for k in BADGE_KEYS):
            run_task(preview_settings, db_path=self.db_path, owner=self, on_done=self._on_badge_settings,
                     what=READING_BADGE)

    def _on_badge_settings(self, badge: dict) -> None:
        self.badge_preview.set_settings(badge, warm_up=not self.session.admitted)

    def refresh_from_database(self) -> None:
        """Rows arrived from elsewhere (sync, another program): re-run the search and re-read the counter."""
        if self._shut:
            return
        self.worker.refresh()
        self.searcher.refresh()

    # -- input ---------------------------------------------------------------------------------------
    def _on_wedge_scan(self, payload: str) -> None:
        self.scan(payload, "scan")

    def _on_camera_scan(self, payload: str) -> None:
        self.scan(payload, "scan")

    def scan(self, payload: str, method: str = "scan") -> None:
        """A scanned payload (camera or wedge): check it in off the GUI thread."""
        payload = payload.strip("\r\n")
        if not payload:
            return
        self._begin(self.tr("Scanned code"))
        self.worker.check_in_payload(payload, method)

    def check_in_attendee(self, attendee_id: int, label: str = "", *, from_search: bool = False) -> None:
        self._begin(label, from_search=attendee_id if from_search else None)
        self.worker.check_in_attendee(attendee_id, "search")

    def check_in_selected(self) -> None:
        # Enter pressed before the list caught up with the typing acts on the fresh list, never on
        # the row that was chosen for the previous text
        self.searcher.when_current(self._check_in_chosen)

    def _check_in_chosen(self) -> None:
        a = self.selected_attendee()
        if a is None:
            if self.search.text().strip():
                self.banner.show_idle(self.tr("No one matches “%1”. Add a walk-in with Ctrl+N.")
                                      .replace("%1", self.search.text().strip()))
            return
        self.check_in_attendee(a["id"], display_name(a), from_search=True)

    def selected_attendee(self) -> dict | None:
        return self.searcher.selected()

    def _begin(self, label: str, *, from_search: int | None = None) -> None:
        self.session.begin(label, from_search=from_search)
        QTimer.singleShot(PENDING_AFTER_MS, self._maybe_show_pending)

    def _maybe_show_pending(self) -> None:
        if self.session.saving() and not self._shut:
            self.banner.show_pending(self.session.pending_label)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.MouseButtonRelease and obj is self.status.printer:
            self.open_print_queue()
            return True
        return super().eventFilter(obj, event)

    def _take_focus(self) -> None:
        self.activateWindow()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _choose_attendee(self, attendee_id: int) -> None:
        self.searcher.choose(attendee_id)

    # -- actions ---------------------------------------------------------------------------------------
    def open_walk_in(self) -> WalkInDialog:
        return self.forms.open_walk_in()

    def open_edit(self) -> EditDialog | None:
        return self.forms.open_edit()

    def undo_last(self) -> QInputDialog | None:
        return self.forms.undo_last()

    def print_badge(self) -> None:
        self.printing.print_badge(self.banner.attendee or self.selected_attendee())

    def open_print_queue(self):
        return None if self._shut else self.printing.open_queue()

    @property
    def print_queue_dialog(self):
        return self.printing.dialog

    @property
    def admitted_stack(self) -> list:
        return self.session.admitted

    def _set_sound(self, on: bool) -> None:
        self.sounds.enabled = on
        if self.prefs is not None:
            self.prefs.setValue("desk/sound", on)

    # -- worker answers ----------------------------------------------------------------------------------
    def _on_ready(self, state: dict) -> None:
        if self._shut:
            return  # a late answer after the window closed: start nothing new
        self.event_info = state["event"]
        self.timezone = self.model.timezone = self.printing.timezone = self.event_info.get("timezone") or "UTC"
        self._ticket_types = state.get("ticket_types", [])
        self._on_station(state["station"])
        self._on_counts(state["counts"])
        self._on_recent(state["recent"])
        self.apply_settings(state["settings"])
        self.act_print.setEnabled(True)
        self.act_print_queue.setEnabled(True)
        self.printing.start(state["station"])
        if self.banner.verdict == "problem":
            self.banner.show_idle()

    def _on_station(self, station: str) -> None:
        note_station(station)
        self.printing.service.station = station
        self.status.set_station(station)
        self.status.set_event(self.event_info.get("name", ""), today(self.timezone))
        self.setWindowTitle(self.tr("Check-in desk — %1 — %2").replace("%1", self.event_info.get("name") or "")
                            .replace("%2", station))

    def _on_result(self, result) -> None:
        from_search = self.session.answered(result)
        self.banner.show_result(result, self.timezone)
        self.sounds.play(result.verdict)
        if result.admitted:
            self.badge_preview.show_for(result.attendee)
            self.printing.after_result(result)
            if from_search:
                self.search.clear()
        self.searcher.refresh_soon()

    def _on_edited(self, person: dict) -> None:
        self.session.edited(person)
        if self.banner.attendee and self.banner.attendee.get("id") == person["id"]:
            self.banner.attendee = person
            last = self.session.last_result
            if last is not None and last.attendee and last.attendee["id"] == person["id"]:
                self.banner.show_result(last, self.timezone)
        newest = self.session.last_admitted()
        if newest is not None and newest.attendee["id"] == person["id"]:
            self.badge_preview.show_for(person)
        self.status.showMessage(self.tr("Saved the correction for %1.").replace("%1", display_name(person)), 6000)
        self.searcher.refresh()

    def _on_undone(self, info: dict) -> None:
        self.session.undone(info["attendee"]["id"])
        name = info["attendee"].get("full_name") or info["attendee"].get("code")
        self.banner.show_message("undone", verdict_title("undone"), name,
                                 self.tr("Reason: %1").replace("%1", info["reason"]))
        self.searcher.refresh()

    def _on_failed(self, kind: str, message: str) -> None:
        if kind in ("checkin", "walk_in", "open"):
            if kind != "open":
                self.session.failed()
            self.banner.show_problem(message)
            self.sounds.play("problem")
        elif kind in ("edit", "undo"):
            dialogs.problem(self, message)       # the volunteer asked for it: they are told, and nothing changed
        else:                                    # background work (settings, counter): said, never in the way
            self.status.showMessage(message, 15000)

    def _on_counts(self, counts: dict) -> None:
        self.status.set_counts(counts["checked_in"], counts["expected"])

    def _on_recent(self, attempts: list) -> None:
        self.recent.set_attempts(attempts, self.timezone)

    def _on_camera_status(self, text: str) -> None:
        self.camera_view.set_status(text)
        self.status.set_camera(text)

    # -- preferences and closing ---------------------------------------------------------------------------
    def _restore_prefs(self) -> None:
        geometry = self.prefs.value("desk/geometry") if self.prefs is not None else None
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if self.prefs is not None:
            splitter = self.prefs.value("desk/splitter")
            if splitter is not None:
                self.splitter.restoreState(splitter)
            sound = self.prefs.value("desk/sound")
            if sound is not None:
                self.act_sound.setChecked(str(sound).lower() in ("true", "1"))

    def shutdown(self) -> None:
        """Stop every worker cooperatively (flag, wake, wait). Safe to call twice."""
        if self._shut:
            return
        self._shut = True
        if self.prefs is not None:
            self.prefs.setValue("desk/geometry", self.saveGeometry())
            self.prefs.setValue("desk/splitter", self.splitter.saveState())
            self.prefs.sync()
        self.wedge.uninstall()
        self.stop_camera()
        self.badge_preview.stop()
        self.printing.stop()
        self.watcher.stop()
        self.worker.stop()           # the check-ins already asked for are saved first
        self.searcher.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)

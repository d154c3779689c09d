"""The volunteers' desk window: scan or search, see the verdict, fix, undo, add walk-ins. Wiring only.

The parts, each in its own module: the layout and the actions (layout.py), the search as you type
(search.py), who the actions act on (chosen.py), what this desk did (session.py), the forms and
questions (attendee_forms.py, questions.py), printing (printing.py), the window's size
(geometry.py), the Organizer menu (organizer_menu.py). Everything that touches the disk runs off the GUI thread: check-ins and other
writes on the `CheckinWorker`, the search on its worker, the camera on `CameraWorker`, settings
changes noticed by a `SettingsWatcher` and applied at once (printer, scanner, station name). A
failed write shows the problem in the banner (NOT SAVED) and is never claimed done.

Input that is always armed: the camera (if any), a keyboard-wedge scanner (anywhere in the window and
in every dialog it opened, through kiosk/ui/wedge_filter.py; never typed into a field) and the search
box, which keeps the focus. Enter checks in the person chosen in the current search, once its results
are on screen; after every verdict nobody is chosen and the search is empty again. Every action acts
on the person the volunteer sees chosen (kiosk/ui/desk/chosen.py: the highlighted row, else the
person on the banner), with a visible shortcut: Enter check in, Ctrl+N walk-in, F2 correct, Ctrl+Z
undo, Ctrl+F / Esc search, Ctrl+P print the badge, Ctrl+Shift+P the print queue (also a click on
the printer text in the status bar). A ticket for several people opens a chooser; a walk-in who may
be registered is asked about first. The desk stops listening to the scanner while it is hidden (the
kiosk is up). It opens maximised on a small screen and remembers its size. `refresh_from_database()`
re-reads the list and the counter after another station's rows arrived."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from kiosk.eventdays import today
from kiosk.ui.i18n import name_of as display_name
from kiosk.scan.wedge import WedgeSettings
from kiosk.ui import dialogs
from kiosk.ui.checkin_worker import CheckinWorker
from kiosk.ui.desk import geometry
from kiosk.ui.desk.attendee_forms import DeskForms, EditDialog, WalkInDialog
from kiosk.ui.desk.badge_panel import preview_settings
from kiosk.ui.camera_view import WARM_UP_AFTER_MS, warm_up_scanning
from kiosk.ui.desk.chosen import ChosenPerson
from kiosk.ui.desk.layout import DeskLayout
from kiosk.ui.desk.organizer_menu import install_organizer_menu
from kiosk.ui.desk.printing import DeskPrinting
from kiosk.ui.desk.search import SearchController
from kiosk.ui.desk.session import DeskSession
from kiosk.ui.log_view import note_station
from kiosk.ui.settings_watcher import SettingsWatcher
from kiosk.ui.sounds import VerdictSounds
from kiosk.ui.threads import run_task
from kiosk.ui.verdicts import verdict_icon
from kiosk.ui.wedge_filter import KeyboardFocusWatcher, WedgeFilter

if TYPE_CHECKING:
    from kiosk.ui.camera_worker import CameraWorker

log = logging.getLogger(__name__)

PENDING_AFTER_MS = 300      # show "SAVING..." only when the disk is slower than this
COMPACT_BELOW = 860         # a window less high than this (a 1366x768 laptop) gets the compact banner
BADGE_KEYS = ("badge_stock", "badge_template", "badge_logo", "badge_roles")
READING_BADGE = QT_TRANSLATE_NOOP("Tasks", "reading the badge settings")


class DeskWindow(QMainWindow):
    # the actions (DeskLayout.add_desk_actions)
    act_checkin: QAction
    act_walk_in: QAction
    act_edit: QAction
    act_undo: QAction
    act_print: QAction
    act_search: QAction
    act_print_queue: QAction
    act_sound: QAction

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

        ui = self.ui = DeskLayout(self, self.db_path)
        self.focus_hint, self.banner, self.search, self.model = ui.focus_hint, ui.banner, ui.search, ui.model
        self.table, self.matches, self.camera_view, self.badge_box = ui.table, ui.matches, ui.camera_view, ui.badge_box
        self.badge_preview, self.recent, self.splitter, self.status = ui.badge_preview, ui.recent, ui.splitter, ui.status
        self.counter = ui.counter
        self.focus_hint.clicked.connect(self._take_focus)
        self.search.returnPressed.connect(self.check_in_selected)
        self.table.activated.connect(lambda _index: self.check_in_selected())
        self.recent.attendee_chosen.connect(self._choose_attendee)
        self.status.printer.installEventFilter(self)
        self.chosen = ChosenPerson(self.db_path, self.table, self.banner, ui.chosen, parent=self)
        self.table.selectionModel().currentChanged.connect(lambda *_: self.chosen.update())
        self.model.modelReset.connect(self.chosen.update)

        self.forms = DeskForms(self)
        self.worker = CheckinWorker(self.db_path, station, busy_timeout_s=busy_timeout_s, parent=self)
        for signal, slot in ((self.worker.ready, self._on_ready), (self.worker.checked_in, self._on_result),
                             (self.worker.walked_in, self._on_result), (self.worker.edited, self.forms.edited),
                             (self.worker.undone, self.forms.undone), (self.worker.failed, self._on_failed),
                             (self.worker.counts_changed, self._on_counts), (self.worker.recent_changed, self._on_recent),
                             (self.worker.station_changed, self._on_station),
                             (self.worker.lookalikes, self._on_lookalikes)):
            signal.connect(slot)
        self.searcher = SearchController(self.db_path, self.search, self.table, self.model, self.matches, parent=self)
        self.printing = DeskPrinting(self, self.status, self.db_path)
        self.printing.requested.connect(lambda _answer: self.chosen.refresh())
        self.printing.service.job_finished.connect(lambda _job: self.chosen.refresh())
        self.watcher = SettingsWatcher(self.db_path, parent=self)
        self.watcher.changed.connect(self.apply_settings)
        self.watcher.changed.connect(self.worker.apply_settings)
        ui.add_desk_actions(self)
        self.wedge = WedgeFilter(self, db_path=self.db_path, parent=self).install()
        self.wedge.scanned.connect(self._on_wedge_scan)
        self._focus_watcher = KeyboardFocusWatcher(self)
        self._focus_watcher.focus_changed.connect(self._focus_changed)
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
            QTimer.singleShot(WARM_UP_AFTER_MS, warm_up_scanning)
        self._restore_prefs()
        install_organizer_menu(self, camera=camera, camera_loop=camera_loop)

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

    def check_in_attendee(self, attendee_id: int, label: str = "", *, from_search: bool = False,
                          method: str = "search") -> None:
        self._begin(label, from_search=attendee_id if from_search else None)
        self.worker.check_in_attendee(attendee_id, method)

    def check_in_selected(self) -> None:
        # Enter pressed before the list caught up with the typing acts on the fresh list, never on
        # the row that was chosen for the previous text
        self.searcher.when_current(self._check_in_chosen)

    def _check_in_chosen(self) -> None:
        a = self.selected_attendee()
        if a is None:
            if self.search.text().strip() and not self.model.rowCount():     # close spellings listed: choose
                self.banner.show_idle(self.tr("No one matches “%1”. Add a walk-in with Ctrl+N.")
                                      .replace("%1", self.search.text().strip()))
            else:
                self.status.showMessage(self.tr("Nobody chosen: type a name, or choose someone with ↓ ↑, then Enter."),
                                        8000)
            return
        self.check_in_attendee(a["id"], display_name(a), from_search=True)

    def selected_attendee(self) -> dict | None:
        return self.searcher.selected()

    def _begin(self, label: str, *, from_search: int | None = None) -> None:
        self.session.begin(label, from_search=from_search)
        self._search_at_begin = self.search.text()
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
        if any(isinstance(w, QDialog) and w.isVisible() and w.isModal() for w in self.findChildren(QDialog)):
            return      # another question is still open: it keeps the keyboard
        self.activateWindow()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_changed(self, has_focus: bool) -> None:
        self.focus_hint.setVisible(not has_focus and self.isVisible())

    def _choose_attendee(self, attendee_id: int) -> None:
        self.searcher.choose(attendee_id)

    # -- actions ---------------------------------------------------------------------------------------
    def open_walk_in(self) -> WalkInDialog:
        return self.forms.open_walk_in()

    def open_edit(self) -> EditDialog | None:
        return self.forms.open_edit()

    def undo_last(self):
        """Ctrl+Z: undo the chosen person's check-in (else this desk's last), with a reason."""
        return self.forms.undo()

    def print_badge(self) -> None:
        """Ctrl+P and the toolbar: the badge of the person chosen (the highlighted row, else the banner's)."""
        person = self.chosen.person()
        if person is None:
            self.status.showMessage(self.tr("Choose someone first: scan them or search their name, then press "
                                            "Ctrl+P."), 8000)
            return
        self.printing.print_badge(person)

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
        self.chosen.timezone, self.chosen.day = self.timezone, today(self.timezone)
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
        self.session.answered(result)
        self.forms.close_chooser()
        self.banner.show_result(result, self.timezone)
        self.sounds.play(result.verdict)
        # after every verdict nobody is chosen and the search is empty for the next person (unless the
        # volunteer has typed since this check-in was asked: their new search stays)
        self.searcher.clear_choice(search_too=self.search.text() == getattr(self, "_search_at_begin", ""))
        self.chosen.update()
        if result.admitted:
            self.badge_preview.show_for(result.attendee)
            self.printing.after_result(result)
        elif result.verdict == "choose" and result.candidates:
            self.forms.choose(result)
        self.searcher.refresh_soon()

    def _on_lookalikes(self, fields: dict, matches: list) -> None:
        self.session.end()               # nothing was written: the question comes first
        self.forms.ask_lookalikes(fields, matches)

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
        self.counter.set_counts(counts["checked_in"], counts["expected"])

    def _on_recent(self, attempts: list) -> None:
        self.recent.set_attempts(attempts, self.timezone, today(self.timezone))

    def _on_camera_status(self, text: str) -> None:
        self.camera_view.set_status(text)
        self.status.set_camera(text)

    # -- preferences and closing ---------------------------------------------------------------------------
    def _restore_prefs(self) -> None:
        geometry.restore(self, self.splitter, self.prefs)
        sound = self.prefs.value("desk/sound") if self.prefs is not None else None
        if sound is not None:
            self.act_sound.setChecked(str(sound).lower() in ("true", "1"))

    def shutdown(self) -> None:
        """Stop every worker cooperatively (flag, wake, wait). Safe to call twice."""
        if self._shut:
            return
        self._shut = True
        kiosk = getattr(getattr(self, "organizer", None), "kiosk", None)
        if kiosk is not None:           # the app is quitting with the kiosk it opened up: it goes too
            kiosk.allow_close()
            kiosk.close()
        geometry.save(self, self.splitter, self.prefs)
        self.wedge.stop()
        self.chosen.stop()
        self.stop_camera()
        self.badge_preview.stop()
        self.printing.stop()
        self.watcher.stop()
        self.worker.stop()           # the check-ins already asked for are saved first
        self.searcher.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.banner.set_compact(self.height() < COMPACT_BELOW)

    def hideEvent(self, event) -> None:  # noqa: N802
        """Hidden (the kiosk is up, the window minimised): a scan never reaches a desk nobody sees."""
        self.wedge.pause()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        if not self._shut:
            self.wedge.resume()
        super().showEvent(event)

"""The desk's "Organizer" menu: import, exports, reports, badges, dashboard, settings, kiosk, camera,
the log; and the Help menu's About.

Everything here also exists on the `kiosk` command line and calls the same core functions. Every
job that reads or writes files runs on a task (kiosk/ui/threads.py `run_task`) with its own
database connection; every dialog opens through kiosk/ui/dialogs.py (non-blocking). The desk
window installs the menus with one call: `install_organizer_menu(window, camera=..., camera_loop=...)`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from kiosk.ui.menus import menu_action
from kiosk.ui import dialogs, i18n
from kiosk.ui.threads import run_task, wait_for_tasks

if TYPE_CHECKING:       # the kiosk window imports the camera stack: only when kiosk mode is opened
    from kiosk.ui.kiosk.window import KioskWindow

log = logging.getLogger(__name__)

EXPORT_FILTER = "CSV (*.csv);;Excel workbook (*.xlsx)"
PDF_FILTER = "PDF (*.pdf)"
VIDEO_FILTER = "Videos (*.mp4 *.avi *.mov *.mkv *.webm);;All files (*)"


def _report(db, path: str) -> dict:
    from kiosk.reports.report_pdf import write_report

    return write_report(db, path)


class CameraDialog(QDialog):
    """Choose the desk's camera: the cameras that answer (probed on a worker), none, or a video file."""

    def __init__(self, current: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Camera"))
        self.setMinimumWidth(520)
        self.choice: str | None = current
        self.list = QListWidget()
        self._add(self.tr("No camera (scanner and search only)"), "")
        self.probing = QLabel(self.tr("Looking for cameras…"))
        self.probing.setWordWrap(True)          # "No camera answered. Plug one in..." is never cut off
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        video = self.buttons.addButton(self.tr("&Video file…"), QDialogButtonBox.ButtonRole.ActionRole)
        video.clicked.connect(self.choose_video)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _i: self._ok())
        layout = QVBoxLayout(self)
        layout.addWidget(self.probing)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.list.setCurrentRow(0)
        if current and not current.isdigit():
            self._add(self.tr("Video: %1").replace("%1", Path(current).name), current, select=True)
        from kiosk.scan.frames import list_cameras

        self.task = run_task(list_cameras, owner=self, on_done=self._found, on_error=self._probe_failed,
                             what=QT_TRANSLATE_NOOP("Tasks", "looking for cameras"))

    def _add(self, text: str, value: str, select: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        self.list.addItem(item)
        if select:
            self.list.setCurrentItem(item)

    def _found(self, indexes: list) -> None:
        self.probing.setText(self.tr("%1 camera(s) found.").replace("%1", str(len(indexes))) if indexes
                             else self.tr("No camera answered. Plug one in and open this again, or use a video file."))
        for index in indexes:
            self._add(self.tr("Camera %1").replace("%1", str(index)), str(index), select=str(index) == self.choice)

    def _probe_failed(self, message: str) -> None:
        self.probing.setText(message)

    def choose_video(self) -> None:
        from kiosk.ui.organizer.folders import file_dialog

        picker = file_dialog(self, self.tr("Choose a video file"), self.tr(VIDEO_FILTER), kind="videos")

        def chosen():
            if picker.selectedFiles():
                self._add(self.tr("Video: %1").replace("%1", Path(picker.selectedFiles()[0]).name),
                          picker.selectedFiles()[0], select=True)

        dialogs.open_dialog(picker, on_accept=chosen)

    def _ok(self) -> None:
        item = self.list.currentItem()
        self.choice = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        self.accept()


class OrganizerMenu(QObject):
    """The menu's actions and what they open; kept as `window.organizer`."""

    def __init__(self, window, *, camera: str | None = None, camera_loop: bool = False):
        super().__init__(window)
        self.window = window
        self.db_path = Path(window.db_path)
        prefs = window.prefs
        remembered = prefs.value("camera") if prefs is not None else None
        self.camera = camera if camera is not None else (str(remembered) if remembered else None)
        self.camera_loop = camera_loop
        if camera is None and self.camera:
            self._start_camera(self.camera)
        self.dashboard_window: QWidget | None = None
        self.kiosk: KioskWindow | None = None
        self.menu = window.menuBar().addMenu(self.tr("&Organizer"))
        self.act_import = self._action(self.tr("&Import registrations…"), "Ctrl+I", self.open_import)
        self.menu.addSeparator()
        self.act_export_attendance = self._action(self.tr("Export &attendance…"), "Ctrl+E",
                                                  lambda: self.ask_export("attendance"))
        self.act_export_log = self._action(self.tr("Export check-in &log…"), None, lambda: self.ask_export("log"))
        self.act_export_noshows = self._action(self.tr("Export &no-shows…"), None, lambda: self.ask_export("noshows"))
        self.act_report = self._action(self.tr("Attendance &report (PDF)…"), None, self.ask_report)
        self.act_badges = self._action(self.tr("&Badges for pre-printing (PDF)…"), None, self.ask_badges)
        self.menu.addSeparator()
        self.act_dashboard = self._action(self.tr("Live &dashboard"), "Ctrl+D", self.open_dashboard)
        self.act_settings = self._action(self.tr("&Settings…"), "Ctrl+,", self.open_settings)
        self.act_kiosk = self._action(self.tr("Open &kiosk mode…"), "Ctrl+Shift+K", self.open_kiosk)
        self.act_camera = self._action(self.tr("&Camera…"), None, self.open_camera)
        self.menu.addSeparator()
        self.act_log = self._action(self.tr("&Log…"), "Ctrl+L", self.open_log)
        self.log_window: QWidget | None = None
        self.help_menu = window.menuBar().addMenu(self.tr("&Help"))
        self.act_about = QAction(self.tr("&About…"), window)
        self.act_about.triggered.connect(self.open_about)
        self.help_menu.addAction(self.act_about)
        window.installEventFilter(self)
        from kiosk.ui.organizer.desk_hooks import DeskHooks

        self.events = DeskHooks(window, self)   # File menu, Fix badge text, the hint to import

    def _action(self, text: str, keys, slot) -> QAction:
        return menu_action(self.window, self.menu, text, keys, slot)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.Close:
            self.close_all()
        return False

    def close_all(self) -> None:
        for window in (self.dashboard_window, self.log_window):
            if window is not None:
                window.close()
        wait_for_tasks()

    # -- helpers ------------------------------------------------------------------------------------
    def _problem(self, message: str) -> None:
        self._finished()
        dialogs.problem(self.window, message)

    def _ask_save(self, title: str, name_filter: str, suggested: str, on_path) -> QFileDialog:
        from kiosk.ui.organizer.folders import file_dialog

        # in Documents, or the folder last used for exports; never the folder the app runs from
        picker = file_dialog(self.window, title, name_filter, kind="exports", save=True, suggested=suggested)

        def chosen():
            files = picker.selectedFiles()
            if files:
                path = files[0]
                if name_filter == EXPORT_FILTER and not Path(path).suffix.lower() in (".csv", ".xlsx"):
                    path += ".xlsx" if "xlsx" in picker.selectedNameFilter() else ".csv"
                on_path(path)

        return dialogs.open_dialog(picker, on_accept=chosen)

    def _event_slug(self) -> str:
        name = (self.window.event_info or {}).get("name") or "event"
        return "".join(ch if ch.isalnum() else "-" for ch in name).strip("-").lower() or "event"

    def _status(self, text: str) -> None:
        """A job's 'working…' line: it stays while the job runs and goes when it ends (`_finished`)."""
        self._working = text
        self.window.status.showMessage(text, 60000)

    def _finished(self) -> None:
        if self.window.status.currentMessage() == getattr(self, "_working", None):
            self.window.status.clearMessage()

    # -- 1. import -------------------------------------------------------------------------------------
    def open_import(self):
        from kiosk.ui.organizer.import_wizard import ImportWizard

        wizard = ImportWizard(self.db_path, self.window)
        wizard.imported.connect(self._after_import)
        self.import_wizard = wizard
        return dialogs.open_dialog(wizard)

    def _after_import(self, _report) -> None:
        self.window.refresh_from_database()   # the counter, the recent scans and the list
        self.events.check_roster()            # the hint to import goes once people are in

    # -- 2-4. exports, report, badges ---------------------------------------------------------------------
    def ask_export(self, kind: str):
        """Which day, then the file: `kiosk export --kind KIND [--day DAY]`."""
        from kiosk.ui.organizer.export_choices import ExportDayDialog

        titles = {"attendance": self.tr("Export attendance"), "log": self.tr("Export the check-in log"),
                  "noshows": self.tr("Export no-shows")}
        dialog = ExportDayDialog(titles[kind], self.db_path, self.window)
        return dialogs.open_dialog(dialog, on_accept=lambda: self._ask_export_file(titles[kind], kind, dialog.day))

    def _ask_export_file(self, title: str, kind: str, day: str | None):
        suggested = f"{self._event_slug()}-{kind}{'-' + day if day else ''}.csv"
        return self._ask_save(title, self.tr(EXPORT_FILTER), suggested, lambda path: self.export(kind, path, day))

    def export(self, kind: str, path: str, day: str | None = None):
        from kiosk.ui.organizer.export_choices import export_table

        self._status(self.tr("Exporting to %1…").replace("%1", path))

        def done(info: dict):
            self._finished()
            dialogs.message(self.window, self.tr("Export written"),
                            self.tr("%1 rows written to %2").replace("%1", i18n.count(info["rows"])).replace("%2", info["path"]))

        return run_task(export_table, path, kind, day, db_path=self.db_path, on_done=done, on_error=self._problem,
                        what=QT_TRANSLATE_NOOP("Tasks", "exporting"))

    def ask_report(self):
        return self._ask_save(self.tr("Attendance report"), self.tr(PDF_FILTER), f"{self._event_slug()}-report.pdf",
                              self.report)

    def report(self, path: str):
        self._status(self.tr("Writing the attendance report…"))

        def done(info: dict):
            self._finished()
            dialogs.message(self.window, self.tr("Report written"),
                            self.tr("The attendance report (%n page(s)) is in %1", "", int(info["pages"]))
                            .replace("%1", str(info["path"])))

        return run_task(_report, path, db_path=self.db_path, on_done=done, on_error=self._problem,
                        what=QT_TRANSLATE_NOOP("Tasks", "writing the attendance report"))

    def ask_badges(self):
        """Whose badges and the first label, then the file: `kiosk badges --ticket-type --start-position`."""
        from kiosk.ui.organizer.export_choices import BadgeChoicesDialog

        dialog = BadgeChoicesDialog(self.db_path, self.window)

        def chosen():
            types, start = dialog.ticket_types(), dialog.start.value()
            self._ask_save(self.tr("Badges for pre-printing"), self.tr(PDF_FILTER),
                           f"{self._event_slug()}-badges.pdf", lambda path: self.badges(path, types, start))

        return dialogs.open_dialog(dialog, on_accept=chosen)

    def badges(self, path: str, ticket_types: list[str] | None = None, start_position: int = 1):
        from kiosk.ui.organizer.export_choices import badges_for_preprinting

        self._status(self.tr("Rendering badges…"))

        def done(info: dict):
            self._finished()
            dialogs.message(self.window, self.tr("Badges written"),
                            self.tr("%1 badges on %2 page(s) (%3) in %4. Print at 100 % (no fit to page).")
                            .replace("%1", i18n.count(info.get("badges"))).replace("%2", i18n.count(info.get("pages")))
                            .replace("%3", info["stock"]).replace("%4", info["path"]))

        return run_task(badges_for_preprinting, path, ticket_types or [], start_position, db_path=self.db_path, on_done=done, on_error=self._problem,
                        what=QT_TRANSLATE_NOOP("Tasks", "rendering the badges"))

    # -- 5. dashboard --------------------------------------------------------------------------------------
    def open_dashboard(self) -> QWidget:
        from kiosk.ui.dashboard import DashboardWindow

        if self.dashboard_window is not None:
            return _bring_up(self.dashboard_window)
        holder = DashboardWindow(self.db_path)
        holder.setWindowTitle(self.tr("Live dashboard"))
        holder.closed.connect(self._dashboard_closed)
        holder.show()
        self.dashboard_window = holder
        return holder

    def _dashboard_closed(self) -> None:
        self.dashboard_window = None

    # -- 6. settings -----------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from kiosk.ui.organizer.pin_gate import require_pin

        require_pin(self.window, self.db_path, self._load_settings)

    def _load_settings(self) -> None:
        from kiosk.ui.organizer.settings_window import open_settings

        self._status(self.tr("Reading the event settings…"))
        open_settings(self.window, self.db_path, self._show_settings)

    def _show_settings(self, window) -> None:
        self._finished()
        window.saved.connect(lambda _key: self.window.watcher.check_now())   # applied at once
        window.event_changed.connect(lambda: self.events.switch_requested.emit(str(self.db_path)))
        self.settings_dialog = window

    # -- 7. kiosk --------------------------------------------------------------------------------------------
    def open_kiosk(self) -> None:
        from kiosk.ui.organizer.pin_gate import require_pin

        require_pin(self.window, self.db_path, self._start_kiosk)

    def _start_kiosk(self, *, fullscreen: bool = True):
        from kiosk.ui.kiosk.window import KioskWindow

        self.window.stop_camera()             # one camera, one reader
        screen = KioskWindow(str(self.db_path), camera=self.camera or None, camera_loop=self.camera_loop,
                             fullscreen=fullscreen, print_service=self.window.printing.service)
        self.kiosk = screen
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        screen.left_kiosk.connect(self._kiosk_left)
        self.window.hide()
        screen.show()
        return screen

    def _kiosk_left(self) -> None:
        self.kiosk = None
        self.window.show()
        if self.camera:
            self._start_camera(self.camera)
        self.window.refresh_from_database()

    # -- 8. the log, and Help > About ---------------------------------------------------------------------------
    def open_log(self) -> QWidget:
        from kiosk.ui.log_view import LogWindow

        if self.log_window is not None:
            return _bring_up(self.log_window)
        self.log_window = LogWindow(parent=self.window, timezone=self.window.timezone)
        self.log_window.destroyed.connect(self._log_closed)
        self.log_window.show()
        return self.log_window

    def _log_closed(self) -> None:
        self.log_window = None

    def open_about(self):
        from kiosk.ui.about import AboutDialog

        return dialogs.open_dialog(AboutDialog(self.db_path, self.window))

    # -- 9. camera ------------------------------------------------------------------------------------------
    def open_camera(self) -> CameraDialog:
        dialog = CameraDialog(self.camera, self.window)
        return dialogs.open_dialog(dialog, on_accept=lambda: self.use_camera(dialog.choice or ""))

    def use_camera(self, source: str) -> None:
        self.camera = source or None
        if self.window.prefs is not None:
            self.window.prefs.setValue("camera", source)
        if source:
            self.camera_loop = False
            self._start_camera(source)
        else:
            self.window.stop_camera()
            self.window.camera_view.setVisible(False)
            self.window.status.set_camera("")

    def _start_camera(self, source: str) -> None:
        self.window.start_camera(int(source) if source.isdigit() else source, loop=self.camera_loop)


def _bring_up(window: QWidget) -> QWidget:
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def install_organizer_menu(window, *, camera: str | None = None, camera_loop: bool = False) -> OrganizerMenu:
    window.organizer = OrganizerMenu(window, camera=camera, camera_loop=camera_loop)
    return window.organizer

"""The volunteers' desk window: scan or search, see the verdict, fix, undo, add walk-ins.

Everything that touches the disk runs on workers: check-ins and other writes on `CheckinWorker`,
search-as-you-type on `SearchWorker`, the camera on `CameraWorker`. The window only sends requests
and shows answers, so a slow or locked database never freezes it; a failed write shows the problem
in the banner (NOT SAVED) and is never claimed done.

Input that is always armed: the camera (if any), a keyboard-wedge scanner (anywhere in the window,
through kiosk/ui/wedge_filter.py) and the search box, which keeps the focus. Every action has a
visible shortcut: Enter check in the chosen person, Ctrl+N walk-in, F2 correct, Ctrl+Z undo,
Ctrl+F / Esc search, Ctrl+P print the badge (when printing is available), Ctrl+Shift+P the print
queue (kiosk/ui/desk/print_queue_dialog.py; also a click on the printer text in the status bar).
`refresh_from_database()` re-reads the list and the counter after another station's rows arrived.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QLineEdit, QMainWindow,
                               QPushButton, QSplitter, QTableView, QToolBar, QVBoxLayout, QWidget)

from kiosk.eventdays import today
from kiosk.roster.attendees import display_name
from kiosk.roster.names import split_name
from kiosk.ui import dialogs
from kiosk.ui.checkin_worker import CheckinWorker
from kiosk.ui.desk.attendee_forms import EditDialog, WalkInDialog
from kiosk.ui.desk.roster_model import ATTENDEE_ROLE, RosterModel
from kiosk.ui.desk.search_worker import SearchWorker
from kiosk.ui.desk.side_panels import CameraView, DeskStatusBar, RecentScans
from kiosk.ui.desk.verdict_banner import VerdictBanner
from kiosk.ui.sounds import VerdictSounds
from kiosk.ui.verdicts import verdict_icon, verdict_title
from kiosk.ui.optional import optional_module

log = logging.getLogger(__name__)

PENDING_AFTER_MS = 300      # show "SAVING..." only when the disk is slower than this
SEARCH_DEBOUNCE_MS = 40
REFRESH_AFTER_WRITE_MS = 400
BADGE_AFTER_MS = 350



class DeskWindow(QMainWindow):
    def __init__(self, db_path: str | Path, *, station: str | None = None, camera: str | None = None,
                 camera_loop: bool = False, sounds: VerdictSounds | None = None,
                 prefs: QSettings | None = None, busy_timeout_s: float | None = None, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self._shut = False
        self.prefs = prefs
        self.sounds = sounds if sounds is not None else VerdictSounds()
        self.timezone = "UTC"
        self.event_info: dict = {}
        self.print_on_checkin = "off"
        self.admitted_stack: list = []     # this session's check-ins, newest last: what Ctrl+Z undoes
        self.last_result = None
        self._pending = 0
        self._search_serial = 0
        self._answered_serial = -1
        self._check_in_when_searched = False
        self._ticket_types: list[str] = []
        self.setWindowTitle(self.tr("Check-in desk"))
        self.setWindowIcon(verdict_icon("ok", 64))

        self._build()
        self._build_actions()

        self.worker = CheckinWorker(self.db_path, station, busy_timeout_s=busy_timeout_s, parent=self)
        self.worker.ready.connect(self._on_ready)
        self.worker.checked_in.connect(self._on_result)
        self.worker.walked_in.connect(self._on_result)
        self.worker.edited.connect(self._on_edited)
        self.worker.undone.connect(self._on_undone)
        self.worker.failed.connect(self._on_failed)
        self.worker.counts_changed.connect(self._on_counts)
        self.worker.recent_changed.connect(self._on_recent)
        self.worker.print_counts.connect(self._on_print_counts)
        self.worker.print_queued.connect(self._on_print_queued)
        self.searcher = SearchWorker(self.db_path, parent=self)
        self.searcher.results.connect(self._on_search_results)
        self.searcher.failed.connect(lambda msg: self.matches.setText(msg))
        self.worker.start()
        self.searcher.start()
        self._search_now()

        # Import the scanning modules now, on the way up: importing OpenCV on the camera thread
        # later would hold the interpreter lock for a noticeable moment while scans are shown.
        optional_module("kiosk.ui.camera_worker")
        self.wedge = None
        self._install_wedge()
        self.camera_worker = None
        if camera is not None:
            self.start_camera(camera, loop=camera_loop)
        self.badge_preview = None
        self._badge_settings: dict | None = None
        self._badge_person: dict | None = None
        self._badge_timer = QTimer(self, singleShot=True, interval=BADGE_AFTER_MS)
        self._badge_timer.timeout.connect(self._render_badge)
        self._install_badge_preview()
        self.print_worker = None
        self.print_queue_dialog = None
        self._watch_focus()
        self._restore_prefs()
        from kiosk.ui.desk.organizer_menu import install_organizer_menu

        install_organizer_menu(self, camera=camera, camera_loop=camera_loop)

    # -- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 6, 10, 6)
        outer.setSpacing(8)

        self.focus_hint = QPushButton(self.tr("Not focused: click here to scan"))
        self.focus_hint.setObjectName("focusHint")
        self.focus_hint.setStyleSheet("#focusHint { background: #ffeb3b; color: #000; font-size: 18pt; "
                                      "font-weight: bold; padding: 10px; border: 3px solid #000; }")
        self.focus_hint.setVisible(False)
        self.focus_hint.clicked.connect(self._take_focus)
        outer.addWidget(self.focus_hint)

        self.banner = VerdictBanner()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search: name, email, organization or code   (↑ ↓ choose, Enter check in)"))
        self.search.setClearButtonEnabled(True)
        f = QFont()
        f.setPointSize(15)
        self.search.setFont(f)
        self.search.setMinimumHeight(42)
        self.search.installEventFilter(self)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._search_now)
        # after a write, the list's "Today" column is refreshed once the burst of scans is over
        self._refresh_list = QTimer(self, singleShot=True, interval=REFRESH_AFTER_WRITE_MS)
        self._refresh_list.timeout.connect(self._refresh_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.check_in_selected)

        self.model = RosterModel(self)
        self.table = QTableView()
        self.table.setObjectName("roster")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setFont(QFont(self.table.font().family(), 12))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RosterModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(RosterModel.ORGANIZATION, 170)
        header.resizeSection(RosterModel.TICKET, 115)
        header.resizeSection(RosterModel.CODE, 125)
        header.resizeSection(RosterModel.TODAY, 110)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(lambda _index: self.check_in_selected())
        self.matches = QLabel()
        self.matches.setStyleSheet("color: #455a64;")

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.banner, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.matches)

        self.camera_view = CameraView()
        self.camera_view.setVisible(False)
        self.badge_box = QWidget()
        self.badge_box.setVisible(False)
        self.badge_box_layout = QVBoxLayout(self.badge_box)
        self.badge_box_layout.setContentsMargins(0, 0, 0, 0)
        recent_label = QLabel(self.tr("Recent scans at this station"))
        recent_label.setStyleSheet("font-weight: bold;")
        self.recent = RecentScans()
        self.recent.attendee_chosen.connect(self._choose_attendee)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.camera_view, 3)
        rv.addWidget(self.badge_box, 2)
        rv.addWidget(recent_label)
        rv.addWidget(self.recent, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([780, 480])
        outer.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.status = DeskStatusBar()
        self.setStatusBar(self.status)
        self.status.set_counts(0, 0)

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Desk actions"))
        toolbar.setObjectName("deskActions")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tf = QFont()
        tf.setPointSize(11)
        toolbar.setFont(tf)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        menu = self.menuBar().addMenu(self.tr("&Desk"))

        def action(text: str, keys, slot, *, enabled=True) -> QAction:
            act = QAction(text, self)
            seqs = [QKeySequence(k) for k in (keys if isinstance(keys, (list, tuple)) else [keys])]
            act.setShortcuts(seqs)
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            act.setEnabled(enabled)
            # the shortcut is part of the button's words: a volunteer learns it by reading
            label = seqs[0].toString(QKeySequence.SequenceFormat.NativeText)
            act.setIconText(f"{text.replace('&', '')}  ({label})")
            act.setToolTip(f"{text.replace('&', '')} ({label})")
            menu.addAction(act)
            toolbar.addAction(act)
            return act

        self.act_checkin = action(self.tr("Check in chosen person"), "Return", self.check_in_selected)
        self.act_walk_in = action(self.tr("&Walk-in"), "Ctrl+N", self.open_walk_in)
        self.act_edit = action(self.tr("&Correct attendee"), "F2", self.open_edit)
        self.act_undo = action(self.tr("&Undo last check-in"), QKeySequence.StandardKey.Undo, self.undo_last)
        self.act_print = action(self.tr("&Print badge"), QKeySequence.StandardKey.Print, self.print_badge,
                                enabled=False)
        self.act_search = action(self.tr("&Search"), "Ctrl+F", self._take_focus)
        # Return is handled by the search box and the table themselves; the toolbar button shows it
        self.act_checkin.setShortcuts([])
        self.act_checkin.setIconText(self.tr("Check in chosen person  (Enter)"))
        menu.addSeparator()
        self.act_print_queue = QAction(self.tr("Print &queue…"), self)
        self.act_print_queue.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.act_print_queue.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_print_queue.triggered.connect(self.open_print_queue)
        self.act_print_queue.setEnabled(False)
        menu.addAction(self.act_print_queue)
        self.status.printer.setCursor(Qt.CursorShape.PointingHandCursor)
        self.status.printer.setToolTip(self.tr("Click to open the print queue (Ctrl+Shift+P)"))
        self.status.printer.installEventFilter(self)
        self.act_sound = QAction(self.tr("Play verdict &sounds"), self, checkable=True)
        self.act_sound.setChecked(self.sounds.enabled)
        self.act_sound.toggled.connect(self._set_sound)
        menu.addAction(self.act_sound)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def _install_wedge(self) -> None:
        module = optional_module("kiosk.ui.wedge_filter")
        if module is None:
            return
        self.wedge = module.WedgeFilter(self, parent=self).install()
        self.wedge.scanned.connect(lambda payload: self.scan(payload, "scan"))

    def _configure_wedge(self, wedge_settings: dict) -> None:
        if self.wedge is None:
            return
        from kiosk.scan.wedge import WedgeSettings

        try:
            self.wedge.set_settings(WedgeSettings.from_settings(wedge_settings.get))
        except (ValueError, AttributeError) as exc:
            log.warning("wedge settings ignored: %s", exc)

    def start_camera(self, source: str, *, loop: bool = False) -> bool:
        """Start reading `source` (camera index, video file, image folder); False if scanning is absent."""
        module = optional_module("kiosk.ui.camera_worker")
        if module is None or self._shut:
            return False
        self.stop_camera()
        worker = module.CameraWorker(source, loop=loop, parent=self)
        worker.preview.connect(self.camera_view.set_frame)
        worker.payload_scanned.connect(lambda payload: self.scan(payload, "scan"))
        worker.status_changed.connect(self._on_camera_status)
        self.camera_worker = worker
        self.camera_view.setVisible(True)
        worker.start()
        return True

    def stop_camera(self) -> None:
        if self.camera_worker is not None:
            self.camera_worker.stop()
            self.camera_worker.wait()
            self.camera_worker = None

    def _install_badge_preview(self) -> None:
        module = optional_module("kiosk.ui.badge_preview")
        if module is None or not hasattr(module, "render_badge_image"):
            return
        from kiosk.ui.desk.badge_panel import BadgePanel

        label = QLabel(self.tr("Badge of the last person checked in"))
        label.setStyleSheet("font-weight: bold;")
        self.badge_box_layout.addWidget(label)
        self.badge_preview = BadgePanel(module.render_badge_image, parent=self.badge_box)
        self.badge_box_layout.addWidget(self.badge_preview, 1)

    def _show_badge(self, person: dict) -> None:
        """Render the badge once the burst of scans is over (rendering is heavy Python)."""
        if self.badge_preview is None or not self._badge_settings:
            return
        self._badge_person = person
        self._badge_timer.start()

    def _render_badge(self) -> None:
        b, person = self._badge_settings, self._badge_person
        if person is None or not b or self._shut:
            return
        self.badge_box.setVisible(True)
        self.badge_preview.show_badge(person, b["stock"], b["template"], b["event"])

    def _start_printing(self) -> None:
        """Work the print queue in the background while the desk is open (if printing is in the build)."""
        if self.print_worker is not None or self._shut:
            return
        module = optional_module("kiosk.ui.print_worker")
        if module is None:
            return
        self.print_worker = module.PrintWorker(self.db_path, parent=self)
        self.print_worker.queue_changed.connect(self._on_print_counts)
        self.print_worker.job_finished.connect(self._on_print_job)
        self.print_worker.problem.connect(lambda text: self.status.set_printer(text))
        self.print_worker.start()
        if self.print_queue_dialog is not None:
            self.print_queue_dialog.attach_worker(self.print_worker)

    def open_print_queue(self):
        """Show the print queue (non-modal: the desk keeps scanning while it is open)."""
        if self._shut or optional_module("kiosk.printing.queue") is None:
            return None
        from kiosk.ui.desk.print_queue_dialog import PrintQueueDialog

        if self.print_queue_dialog is None:
            self.print_queue_dialog = PrintQueueDialog(self.db_path, print_worker=self.print_worker,
                                                       station=self.worker.station or "", timezone=self.timezone,
                                                       parent=self)
            self.worker.print_counts.connect(self.print_queue_dialog.reload_if_shown)
        dialog = self.print_queue_dialog
        dialog.timezone = self.timezone
        dialog.station = self.worker.station or ""
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def refresh_from_database(self) -> None:
        """Rows arrived from elsewhere (sync, another program): re-run the search and re-read the counter."""
        if self._shut:
            return
        if self.worker.isRunning():
            self.worker.refresh()
        self._refresh_search()

    def _watch_focus(self) -> None:
        module = optional_module("kiosk.ui.wedge_filter")
        if module is not None and hasattr(module, "KeyboardFocusWatcher"):
            self._focus_watcher = module.KeyboardFocusWatcher(self)
            self._focus_watcher.focus_changed.connect(self._on_focus_changed)

    # -- input ---------------------------------------------------------------------------------------
    def scan(self, payload: str, method: str = "scan") -> None:
        """A scanned payload (camera or wedge): check it in off the GUI thread."""
        payload = payload.strip("\r\n")
        if not payload:
            return
        self._begin(self.tr("Scanned code"))
        self.worker.check_in_payload(payload, method)

    def check_in_attendee(self, attendee_id: int, label: str = "") -> None:
        self._begin(label)
        self.worker.check_in_attendee(attendee_id, "search")

    def check_in_selected(self) -> None:
        if self._debounce.isActive() or self._answered_serial != self._search_serial:
            # Enter pressed before the list caught up with the typing: act on the fresh list,
            # never on the row that was chosen for the previous text
            self._check_in_when_searched = True
            if self._debounce.isActive():
                self._debounce.stop()
                self._search_now()
            return
        a = self.selected_attendee()
        if a is None:
            if self.search.text().strip():
                self.banner.show_idle(self.tr("No one matches “%1”. Add a walk-in with Ctrl+N.")
                                      .replace("%1", self.search.text().strip()))
            return
        self._from_search = a["id"]
        self.check_in_attendee(a["id"], display_name(a))

    def selected_attendee(self) -> dict | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(index, ATTENDEE_ROLE)

    def _begin(self, label: str) -> None:
        self._pending += 1
        self._pending_label = label
        QTimer.singleShot(PENDING_AFTER_MS, self._maybe_show_pending)

    def _maybe_show_pending(self) -> None:
        if self._pending > 0:
            self.banner.show_pending(self._pending_label)

    def _end(self) -> None:
        self._pending = max(0, self._pending - 1)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.MouseButtonRelease and hasattr(self, "status") \
                and obj is self.status.printer:
            self.open_print_queue()
            return True
        if obj is self.search:
            if event.type() == QEvent.Type.ShortcutOverride:
                # the line edit's own Ctrl+Z must not hide the desk's "undo last check-in"
                combo = event.keyCombination()
                if QKeySequence(combo).matches(QKeySequence(QKeySequence.StandardKey.Undo)) == \
                        QKeySequence.SequenceMatch.ExactMatch:
                    return True
            elif event.type() == QEvent.Type.KeyPress:
                key = event.key()
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                    self._move_selection(key)
                    return True
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
        return super().eventFilter(obj, event)

    def _move_selection(self, key) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.table.currentIndex().row()
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[key]
        row = max(0, min(rows - 1, (current if current >= 0 else -1) + step))
        if row >= rows - 1 and self.model.canFetchMore():
            self.model.fetchMore()
        self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _take_focus(self) -> None:
        self.activateWindow()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _choose_attendee(self, attendee_id: int) -> None:
        row = self.model.row_of(attendee_id)
        if row >= 0:
            self._select_row(row)

    # -- search --------------------------------------------------------------------------------------
    def _search_now(self) -> None:
        self._search_serial = self.searcher.search(self.search.text())

    def _refresh_search(self) -> None:
        if not self._debounce.isActive():
            self._search_now()

    def _on_search_results(self, serial: int, text: str, rows: list, total: int) -> None:
        if serial != self._search_serial:
            return  # an older query: a newer one is on its way
        self._answered_serial = serial
        keep = self.selected_attendee()
        self.model.timezone = self.timezone
        self.model.set_rows(rows, total)
        if text.strip() and self.model.rowCount():
            row = self.model.row_of(keep["id"]) if keep else -1
            self._select_row(max(row, 0))  # the best match is chosen: Enter checks it in
        elif keep and self.model.row_of(keep["id"]) >= 0:
            self._select_row(self.model.row_of(keep["id"]))  # a person chosen with the arrows stays chosen
        else:
            self.table.setCurrentIndex(QModelIndex())  # nothing typed, nothing chosen: Enter does nothing
        if not text.strip():
            self.matches.setText(self.tr("Type a name, email, organization or code to search."))
        elif total == 0:
            self.matches.setText(self.tr("No match. Check the spelling, or add a walk-in (Ctrl+N)."))
        elif self.model.capped:
            self.matches.setText(self.tr("More than %1 matches; the best %1 are listed. Type more to narrow.")
                                 .replace("%1", str(len(rows))))
        else:
            self.matches.setText(self.tr("%1 matches.").replace("%1", str(total)))
        if self._check_in_when_searched:
            self._check_in_when_searched = False
            self.check_in_selected()

    # -- actions ---------------------------------------------------------------------------------------
    def open_walk_in(self) -> WalkInDialog:
        dialog = WalkInDialog(self, self._ticket_types)
        typed = self.search.text().strip()
        if typed and not any(ch.isdigit() or ch == "@" for ch in typed):
            first, last = split_name(typed)
            dialog.first_name.setText(first.strip().title() if first.islower() else first.strip())
            dialog.last_name.setText(last.strip().title() if last.islower() else last.strip())

        def accepted():
            self._begin(dialog.fields()["first_name"])
            self.worker.add_walk_in(dialog.fields())

        dialogs.open_dialog(dialog, on_accept=accepted)
        dialog.finished.connect(self._take_focus)
        return dialog

    def _attendee_to_edit(self) -> dict | None:
        chosen = self.selected_attendee()
        if chosen is not None and (self.table.hasFocus() or self.search.text().strip()):
            return chosen
        if self.banner.attendee:
            return self.banner.attendee
        return chosen

    def open_edit(self) -> EditDialog | None:
        person = self._attendee_to_edit()
        if person is None:
            self.banner.show_idle(self.tr("Choose someone first: scan them or search their name, then press F2."))
            return None
        dialog = EditDialog(person, self)

        def accepted():
            changes = dialog.changes()
            if changes:
                self.worker.edit_attendee(person["id"], changes)

        dialogs.open_dialog(dialog, on_accept=accepted)
        dialog.finished.connect(self._take_focus)
        return dialog

    def undo_last(self):
        if not self.admitted_stack:
            self.banner.show_idle(self.tr("Nothing to undo: no check-in was made at this desk since it opened."))
            return None
        result = self.admitted_stack[-1]
        name = display_name(result.attendee)

        def answered(reason: str):
            self.worker.undo_checkin(result.attendee["id"], reason, result.event_day)

        prompt = dialogs.ask_text(self, self.tr("Undo check-in"),
                                  self.tr("Undo the check-in of %1? Say why:").replace("%1", name),
                                  text=self.tr("Scanned the wrong ticket"), on_answer=answered)
        prompt.finished.connect(self._take_focus)
        return prompt

    def print_badge(self) -> None:
        person = self.banner.attendee or self.selected_attendee()
        if person is not None:
            self.worker.enqueue_print(person["id"], "manual")

    def _set_sound(self, on: bool) -> None:
        self.sounds.enabled = on
        if self.prefs is not None:
            self.prefs.setValue("desk/sound", on)

    # -- worker answers ----------------------------------------------------------------------------------
    def _on_ready(self, state: dict) -> None:
        if self._shut:
            return  # a late answer after the window closed: start nothing new
        self.event_info = state["event"]
        self.timezone = self.event_info.get("timezone") or "UTC"
        self.print_on_checkin = state.get("print_on_checkin", "off")
        self._ticket_types = state.get("ticket_types", [])
        self.status.set_station(state["station"])
        self.status.set_event(self.event_info.get("name", ""), today(self.timezone))
        self.setWindowTitle(self.tr("Check-in desk — %1 — %2").replace("%1", self.event_info.get("name") or "")
                            .replace("%2", state["station"]))
        self._on_counts(state["counts"])
        self._on_recent(state["recent"])
        self._configure_wedge(state.get("wedge", {}))
        self._badge_settings = state.get("badge")
        if self.badge_preview is not None and self._badge_settings and not self.admitted_stack:
            b = self._badge_settings
            self.badge_preview.warm_up(b["stock"], b["template"], b["event"])
        printing = optional_module("kiosk.printing.queue") is not None
        self.act_print.setEnabled(printing)
        self.act_print_queue.setEnabled(printing)
        if printing:
            self._start_printing()
        if self.banner.verdict == "problem":
            self.banner.show_idle()

    def _on_result(self, result) -> None:
        self._end()
        self.last_result = result
        self.banner.show_result(result, self.timezone)
        self.sounds.play(result.verdict)
        if result.admitted:
            self.admitted_stack.append(result)
            self._show_badge(result.attendee)
            if self.print_on_checkin == "ask":
                dialogs.confirm(self, self.tr("Print badge"),
                                self.tr("Print a badge for %1?").replace("%1", display_name(result.attendee)),
                                on_yes=lambda: self.worker.enqueue_print(result.attendee["id"], "checkin"))
            if getattr(self, "_from_search", None) == result.attendee["id"]:
                self.search.clear()
        self._from_search = None
        self._refresh_list.start()

    def _on_edited(self, person: dict) -> None:
        if self.banner.attendee and self.banner.attendee.get("id") == person["id"]:
            self.banner.attendee = person
            if self.last_result is not None and self.last_result.attendee and \
                    self.last_result.attendee["id"] == person["id"]:
                self.last_result.attendee = person
                self.banner.show_result(self.last_result, self.timezone)
        for result in self.admitted_stack:
            if result.attendee["id"] == person["id"]:
                result.attendee = person
        if self.admitted_stack and self.admitted_stack[-1].attendee["id"] == person["id"]:
            self._show_badge(person)
        self.status.showMessage(self.tr("Saved the correction for %1.").replace("%1", display_name(person)), 6000)
        self._refresh_search()

    def _on_undone(self, info: dict) -> None:
        aid = info["attendee"]["id"]
        self.admitted_stack = [r for r in self.admitted_stack if r.attendee["id"] != aid]
        name = info["attendee"].get("full_name") or info["attendee"].get("code")
        self.banner.show_message("undone", verdict_title("undone"), name,
                                 self.tr("Reason: %1").replace("%1", info["reason"]))
        self._refresh_search()

    def _on_failed(self, kind: str, message: str) -> None:
        if kind in ("checkin", "walk_in", "open"):
            if kind != "open":
                self._end()
            self.banner.show_problem(message)
            self.sounds.play("problem")
        else:
            dialogs.problem(self, message)

    def _on_counts(self, counts: dict) -> None:
        self.status.set_counts(counts["checked_in"], counts["expected"])

    def _on_recent(self, attempts: list) -> None:
        self.recent.set_attempts(attempts, self.timezone)

    def _on_print_counts(self, counts: dict) -> None:
        waiting = counts.get("pending", 0) + counts.get("printing", 0)
        failed = counts.get("failed", 0)
        if not (waiting or failed or counts.get("done")):
            self.status.set_printer("")
            return
        text = self.tr("Badges: %1 waiting, %2 printed").replace("%1", str(waiting)).replace("%2", str(counts.get("done", 0)))
        if failed:
            text += self.tr(", %1 FAILED (see the print queue)").replace("%1", str(failed))
        self.status.set_printer(text)

    def _on_print_queued(self, person: dict) -> None:
        self.status.showMessage(self.tr("Badge queued for %1.").replace("%1", display_name(person)), 6000)
        if self.print_worker is not None:
            self.print_worker.wake()

    def _on_print_job(self, job: dict) -> None:
        if job.get("status") == "failed":
            self.status.showMessage(self.tr("Badge for %1 not printed: %2").replace("%1", job.get("name", ""))
                                    .replace("%2", job.get("error", "")), 15000)

    def _on_camera_status(self, text: str) -> None:
        self.camera_view.set_status(text)
        self.status.set_camera(text)

    def _on_focus_changed(self, has_focus: bool) -> None:
        self.focus_hint.setVisible(not has_focus)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.ActivationChange and not hasattr(self, "_focus_watcher"):
            self.focus_hint.setVisible(not self.isActiveWindow())
        super().changeEvent(event)

    # -- preferences and closing ---------------------------------------------------------------------------
    def _restore_prefs(self) -> None:
        if self.prefs is None:
            self.resize(1280, 800)
            return
        geometry = self.prefs.value("desk/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
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
        for timer in (self._debounce, self._refresh_list, self._badge_timer):
            timer.stop()
        if self.prefs is not None:
            self.prefs.setValue("desk/geometry", self.saveGeometry())
            self.prefs.setValue("desk/splitter", self.splitter.saveState())
            self.prefs.sync()
        if self.wedge is not None:
            self.wedge.uninstall()
        self.stop_camera()
        if self.badge_preview is not None:
            self.badge_preview.stop()
        if self.print_queue_dialog is not None:
            self.print_queue_dialog.close()
        if self.print_worker is not None:
            self.print_worker.stop()
        self.worker.stop()
        self.searcher.stop()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.shutdown()
        super().closeEvent(event)

"""The desk window's layout: which widgets there are and where they sit. No behaviour here.

`DeskLayout(window)` builds the central area (the focus hint, the verdict banner, the search box, the
result list, the line under it and who the actions act on, on the left; the live counter, the camera,
the badge of the last person in and the recent scans on the right, in a splitter) and the status bar.
`action(window, text, keys, slot)` puts an action on the Desk menu and the toolbar with its shortcut
under its words, so a volunteer learns the shortcut by reading the button (two short lines: the
toolbar fits a 1366-pixel screen in French too). The list's columns are sized by `ColumnFitter`
(kiosk/ui/desk/columns.py).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QLineEdit, QMainWindow, QMenu, QPushButton,
                               QSplitter, QTableView, QToolBar, QVBoxLayout, QWidget)

from kiosk.ui.text_styles import MUTED
from kiosk.ui.camera_view import CameraView
from kiosk.ui.desk.badge_panel import BadgePanel
from kiosk.ui.desk.columns import ColumnFitter, MiddleElided
from kiosk.ui.desk.roster_model import RosterModel
from kiosk.ui.desk.side_panels import DeskStatusBar, ElidedLabel, LiveCounter, RecentScans
from kiosk.ui.desk.verdict_banner import VerdictBanner


class DeskLayout:
    """The desk's widgets, built into `window` (a QMainWindow); see the module docstring."""

    def __init__(self, window: QMainWindow, db_path=None):
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 6, 10, 6)
        outer.setSpacing(8)

        self.focus_hint = QPushButton(QCoreApplication.translate("DeskWindow", "Not focused: click here to scan"))
        self.focus_hint.setObjectName("focusHint")
        self.focus_hint.setStyleSheet("#focusHint { background: #ffeb3b; color: #000; font-size: 18pt; "
                                      "font-weight: bold; padding: 10px; border: 3px solid #000; }")
        self.focus_hint.setVisible(False)
        outer.addWidget(self.focus_hint)

        self.banner = VerdictBanner()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(QCoreApplication.translate("DeskWindow", "Search: name, email, organization or code   (↑ ↓ choose, Enter check in)"))
        self.search.setClearButtonEnabled(True)
        f = QFont()
        f.setPointSize(15)
        self.search.setFont(f)
        self.search.setMinimumHeight(42)

        self.model = RosterModel(window)
        self.table = self._table(self.model)
        self.columns = ColumnFitter(self.table)
        self.matches = ElidedLabel()
        self.matches.setStyleSheet(MUTED)
        self.chosen = QLabel()          # whole, on a second line when the first is full (a long badge state in French)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)          # a name from an export is text, never HTML
        self.chosen.setWordWrap(True)
        self.chosen.setObjectName("chosenLine")
        chosen_font = QFont()
        chosen_font.setPointSize(12)
        self.chosen.setFont(chosen_font)
        self.chosen.setStyleSheet("#chosenLine { color: #102027; background: #e3f2fd; padding: 3px 6px; "
                                  "border-radius: 4px; }")
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.setSpacing(4)
        lv.addWidget(self.banner, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.matches)
        lv.addWidget(self.chosen)

        self.camera_view = CameraView()
        self.camera_view.setVisible(False)
        self.badge_box = QWidget()
        self.badge_box.setVisible(False)
        badge_layout = QVBoxLayout(self.badge_box)
        badge_layout.setContentsMargins(0, 0, 0, 0)
        badge_label = QLabel(QCoreApplication.translate("DeskWindow", "Badge of the last person checked in"))
        badge_label.setStyleSheet("font-weight: bold;")
        self.badge_preview = BadgePanel(db_path, parent=self.badge_box)
        badge_layout.addWidget(badge_label)
        badge_layout.addWidget(self.badge_preview, 1)
        recent_label = QLabel(QCoreApplication.translate("DeskWindow", "Recent scans at this station"))
        recent_label.setStyleSheet("font-weight: bold;")
        self.recent = RecentScans()
        self.counter = LiveCounter()
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.setSpacing(4)
        rv.addWidget(self.counter)
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
        window.setCentralWidget(central)

        self.status = DeskStatusBar()
        window.setStatusBar(self.status)

        self.toolbar = QToolBar(QCoreApplication.translate("DeskWindow", "Desk actions"))
        self.toolbar.setObjectName("deskActions")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tf = QFont()
        tf.setPointSize(11)
        self.toolbar.setFont(tf)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.menu = window.menuBar().addMenu(QCoreApplication.translate("DeskWindow", "&Desk"))

    @staticmethod
    def _table(model: RosterModel) -> QTableView:
        table = QTableView()
        table.setObjectName("roster")
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(30)
        table.setFont(QFont(table.font().family(), 12))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RosterModel.NAME, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setItemDelegateForColumn(RosterModel.CODE, MiddleElided(table))   # "5dge7sk…7wj75re"
        table.setItemDelegateForColumn(RosterModel.TICKET, MiddleElided(table))
        return table

    def add_desk_actions(self, window: Any) -> None:
        """The desk's actions, on the Desk menu and the toolbar (the window's slots do the work)."""
        def add(text: str, keys: Any, slot: Callable[[], Any], **kw: Any) -> QAction:
            return self.action(window, text, keys, slot, **kw)

        window.act_checkin = add(QCoreApplication.translate("DeskWindow", "Check in chosen person"), None,
                                 window.check_in_selected)
        # the search box and the list take Enter themselves: the button says so, on two short lines
        window.act_checkin.setIconText(QCoreApplication.translate("DeskWindow", "Check in\nEnter"))
        window.act_walk_in = add(QCoreApplication.translate("DeskWindow", "&Walk-in"), "Ctrl+N", window.open_walk_in)
        window.act_edit = add(QCoreApplication.translate("DeskWindow", "&Correct attendee"), "F2", window.open_edit)
        window.act_undo = add(QCoreApplication.translate("DeskWindow", "&Undo check-in"),
                              QKeySequence.StandardKey.Undo, window.undo_last)
        window.act_print = add(QCoreApplication.translate("DeskWindow", "&Print badge"),
                               QKeySequence.StandardKey.Print, window.print_badge, enabled=False)
        window.act_search = add(QCoreApplication.translate("DeskWindow", "&Search"), "Ctrl+F", window._take_focus)
        self.menu.addSeparator()
        window.act_print_queue = add(QCoreApplication.translate("DeskWindow", "Print &queue…"), "Ctrl+Shift+P",
                                     window.open_print_queue, enabled=False, toolbar=False)
        self.status.printer.setCursor(Qt.CursorShape.PointingHandCursor)
        self.status.printer_hint = QCoreApplication.translate("DeskWindow", "Click to open the print queue (Ctrl+Shift+P)")
        self.status.printer.setToolTip(self.status.printer_hint)
        window.act_sound = QAction(QCoreApplication.translate("DeskWindow", "Play verdict &sounds"), window,
                                   checkable=True)
        window.act_sound.setChecked(window.sounds.enabled)
        window.act_sound.toggled.connect(window._set_sound)
        self.menu.addAction(window.act_sound)
        add(QCoreApplication.translate("DeskWindow", "&Quit"), QKeySequence.StandardKey.Quit, window.close,
            toolbar=False)

    def action(self, window: QMainWindow, text: str, keys: Any, slot: Callable[[], Any], *, enabled: bool = True,
               toolbar: bool = True, menu: QMenu | None = None) -> QAction:
        """An action on the Desk menu (and the toolbar), with its first shortcut in its words."""
        act = QAction(text, window)
        seqs = [QKeySequence(k) for k in (keys if isinstance(keys, (list, tuple)) else [keys])] if keys else []
        act.setShortcuts(seqs)
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        act.setEnabled(enabled)
        if seqs and toolbar:
            label = seqs[0].toString(QKeySequence.SequenceFormat.NativeText)
            act.setIconText(f"{text.replace('&', '')}\n{label}")
            act.setToolTip(f"{text.replace('&', '')} ({label})")
        (menu or self.menu).addAction(act)
        if toolbar:
            self.toolbar.addAction(act)
        return act

"""The desk window's layout: which widgets there are and where they sit. No behaviour here.

`DeskLayout(window)` builds the central area (the focus hint, the verdict banner, the search box, the
result list and the line under it on the left; the camera, the badge of the last person in and the
recent scans on the right, in a splitter) and the status bar. `add_actions(window, menu, toolbar,
...)` puts an action on the Desk menu and the toolbar with its shortcut in its words, so a
volunteer learns the shortcut by reading the button.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QLineEdit, QMainWindow, QMenu, QPushButton,
                               QSplitter, QTableView, QToolBar, QVBoxLayout, QWidget)

from kiosk.ui.camera_view import CameraView
from kiosk.ui.desk.badge_panel import BadgePanel
from kiosk.ui.desk.roster_model import RosterModel
from kiosk.ui.desk.side_panels import DeskStatusBar, RecentScans
from kiosk.ui.desk.verdict_banner import VerdictBanner


class DeskLayout:
    """The desk's widgets, built into `window` (a QMainWindow); see the module docstring."""

    def __init__(self, window: QMainWindow):
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
        badge_layout = QVBoxLayout(self.badge_box)
        badge_layout.setContentsMargins(0, 0, 0, 0)
        badge_label = QLabel(QCoreApplication.translate("DeskWindow", "Badge of the last person checked in"))
        badge_label.setStyleSheet("font-weight: bold;")
        self.badge_preview = BadgePanel(parent=self.badge_box)
        badge_layout.addWidget(badge_label)
        badge_layout.addWidget(self.badge_preview, 1)
        recent_label = QLabel(QCoreApplication.translate("DeskWindow", "Recent scans at this station"))
        recent_label.setStyleSheet("font-weight: bold;")
        self.recent = RecentScans()
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
        window.setCentralWidget(central)

        self.status = DeskStatusBar()
        window.setStatusBar(self.status)
        self.status.set_counts(0, 0)

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
        header.resizeSection(RosterModel.ORGANIZATION, 170)
        header.resizeSection(RosterModel.TICKET, 115)
        header.resizeSection(RosterModel.CODE, 125)
        header.resizeSection(RosterModel.TODAY, 110)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        return table

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
            act.setIconText(f"{text.replace('&', '')}  ({label})")
            act.setToolTip(f"{text.replace('&', '')} ({label})")
        (menu or self.menu).addAction(act)
        if toolbar:
            self.toolbar.addAction(act)
        return act

"""The first-run setup: what the app shows when there is no event to open yet.

Opening the app with no event file, or on a file that holds no event (kiosk/launch.py `plan.setup`),
shows three choices instead of an empty desk: create an event (the event form, kiosk/ui/organizer/
event_form.py), open an event file, or try the demo, in a file of its own (`kiosk.demo.demo_db_path`),
never in the event being set up. The events opened lately are listed too. `chosen(path, how)` says
which file to open and how it came ("created", "opened", "demo"); the launch (kiosk/ui/organizer/
launch.py) then opens the desk on it. Closing the window without a choice quits the app.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCommandLinkButton, QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout,
                               QWidget)

from kiosk.ui.text_styles import MUTED, PROBLEM
from kiosk.ui import dialogs, i18n
from kiosk.ui.organizer.event_form import EVENT_FILTER, EventForm
from kiosk.ui.organizer.folders import file_dialog
from kiosk.ui.threads import run_task

log = logging.getLogger(__name__)


def recent_events() -> list[dict]:
    from kiosk import recent_events as recent

    return [e for e in recent.recent() if e["exists"]]


def load_demo() -> dict:
    from kiosk.demo import demo_db_path, load_demo

    return load_demo(demo_db_path())


def open_words(entry: dict) -> str:
    name = entry.get("name") or Path(entry["path"]).stem
    return f"{name}   —   {entry['path']}"


class FirstRunSetup(QDialog):
    """Create an event, open one, or try the demo; see the module docstring."""

    chosen = Signal(str, str)            # path, how: created / opened / demo

    def __init__(self, *, target: str | Path | None = None, state: str = "missing", hint: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.target = Path(target).expanduser() if target else None   # the file the app was asked to open
        self.state = state
        self.setWindowTitle(self.tr("Set up an event"))
        self.setObjectName("firstRunSetup")
        self.setMinimumWidth(640)
        self.choice: tuple[str, str] | None = None

        title = QLabel(self.tr("Welcome"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        self.hint = QLabel(hint or self.tr("There is no event on this computer yet. What would you like to do?"))
        self.hint.setWordWrap(True)
        self.create_button = QCommandLinkButton(
            self.tr("Create an event"),
            self.tr("Give it a name, its days and its time zone; then import the registrations."))
        self.open_button = QCommandLinkButton(
            self.tr("Open an event file…"),
            self.tr("An event file made on this computer or copied from another one (.sqlite)."))
        self.demo_button = QCommandLinkButton(
            self.tr("Try the demo"),
            self.tr("A made-up three-day training with a demo video as the camera, in a file of its own: "
                    "no real event is touched."))
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setMinimumHeight(64)
        self.create_button.clicked.connect(self.create_event)
        self.open_button.clicked.connect(self.open_event)
        self.demo_button.clicked.connect(self.try_demo)
        self.recent_label = QLabel(self.tr("Opened lately:"))
        self.recent_label.setStyleSheet("font-weight: bold;")
        self.recent = QListWidget()
        self.recent.setObjectName("recentEvents")
        self.recent.setMaximumHeight(130)
        self.recent.itemActivated.connect(self._open_recent)
        self.status = QLabel()
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        for button in (self.create_button, self.open_button, self.demo_button):
            layout.addWidget(button)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.recent_label.hide()
        self.recent.hide()
        self.create_button.setFocus()
        run_task(recent_events, owner=self, on_done=self._show_recent,
                 what=QT_TRANSLATE_NOOP("Tasks", "reading the recent events"))

    # -- the three choices ---------------------------------------------------------------------------
    def create_event(self) -> EventForm:
        form = EventForm(self.target, create=True, parent=self)
        form.saved.connect(lambda info: self._done(info.get("db") or str(form.path), "created"))
        return dialogs.open_dialog(form)

    def open_event(self):
        picker = file_dialog(self, self.tr("Open an event file"), self.tr(EVENT_FILTER), kind="events")
        return dialogs.open_dialog(picker, on_accept=lambda: self._picked(picker.selectedFiles()))

    def _picked(self, files: list[str]) -> None:
        if files:
            self._done(files[0], "opened")

    def try_demo(self) -> None:
        self._busy(True, self.tr("Loading the demo event…"))
        run_task(load_demo, owner=self, on_done=lambda info: self._done(info["db"], "demo"), on_error=self._failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "loading the demo event"))

    def _show_recent(self, entries: list[dict]) -> None:
        for entry in entries:
            item = QListWidgetItem(open_words(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry["path"])
            item.setToolTip(entry["path"])
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(entries))
        self.recent.setVisible(bool(entries))

    def _open_recent(self, item: QListWidgetItem) -> None:
        self._done(item.data(Qt.ItemDataRole.UserRole), "opened")

    # -- answers -----------------------------------------------------------------------------------------
    def _done(self, path: str, how: str) -> None:
        self.choice = (str(path), how)
        self.chosen.emit(str(path), how)
        self.accept()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status.setText(message)
        self.status.setStyleSheet(PROBLEM)

    def _busy(self, busy: bool, text: str = "") -> None:
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setEnabled(not busy)
        self.status.setText(text)
        self.status.setStyleSheet(MUTED)


def setup_hint(state: str, hint_en: str, hint_fr: str) -> str:
    """The launch plan's hint in the interface language (kiosk/events.py words it in both)."""
    if state == "missing":
        return QCoreApplication.translate("FirstRunSetup", "There is no event on this computer yet. What would you "
                                                           "like to do?")
    return hint_fr if i18n.current_language() == "fr" and hint_fr else hint_en

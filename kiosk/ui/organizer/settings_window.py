"""The settings window: every setting of the registry, grouped as people think of them, applied at once.

Groups (the registry's `group`): Event, This station, Printing and badges, Kiosk, Scanner, Sync. Each
setting is worded from the registry's help in the interface language (kiosk/store/setting_list.py),
with a widget of its kind (kiosk/ui/organizer/settings_fields.py). A change is saved the moment it
is made, through the registry (`settings.set_value`, the same as `kiosk settings set`), on a task; a
value the registry refuses says why under its field and nothing else changes. The desk and the kiosk
follow a saved change at once (their settings watcher, kiosk/ui/settings_watcher.py): there is no
Save button and no restart. Printing (printers, folder, stock and template beside a live badge,
test print, alignment sheet, colours and templates per ticket type) is kiosk/ui/organizer/
settings_printing.py; the hub is settings_sync.py; the ticket-type tables settings_tables.py.
The window opens behind the organizer PIN (kiosk/ui/organizer/pin_gate.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget)

from kiosk.store.setting_list import SETTINGS
from kiosk.ui.text_styles import MUTED, PROBLEM
from kiosk.ui import dialogs, i18n
from kiosk.ui.organizer.settings_fields import SettingField, title_of, with_colon
from kiosk.ui.threads import run_task
from kiosk.ui.wheel_guard import guard_wheel

log = logging.getLogger(__name__)

GROUP_ORDER = ("event", "station", "printing", "kiosk", "scanner", "sync")
#: Settings with a form of their own (not one generic field).
SPECIAL = frozenset({"print_on_checkin", "max_reprints", "ticket_type_days", "badge_roles", "badge_templates", "badge_stock", "badge_template",
                     "printer_backend", "printer_name", "print_folder", "badge_logo", "kiosk_pin", "sync_hub"})
SAVING = QT_TRANSLATE_NOOP("Tasks", "saving a setting")


def group_title(group: str) -> str:
    return {"event": QCoreApplication.translate("SettingsWindow", "Event"),
            "station": QCoreApplication.translate("SettingsWindow", "This station"),
            "printing": QCoreApplication.translate("SettingsWindow", "Printing and badges"),
            "kiosk": QCoreApplication.translate("SettingsWindow", "Kiosk"),
            "scanner": QCoreApplication.translate("SettingsWindow", "Scanner"),
            "sync": QCoreApplication.translate("SettingsWindow", "Sync")}[group]


def load_everything(db) -> dict:
    """What the window shows (on a task: CUPS may take seconds to list its printers)."""
    from kiosk import pin
    from kiosk.events import event_info
    from kiosk.roster.attendees import ticket_types
    from kiosk.store import settings
    from kiosk.ui.organizer.settings_printing import printing_facts
    from kiosk.ui.organizer.settings_sync import hub_facts

    values = {k: settings.shown(k, v) for k, v in settings.values(db).items()}
    return {"values": values, "pin_set": pin.pin_is_set(db), "event": event_info(db),
            "ticket_types": ticket_types(db, limit=200), "printing": printing_facts(db), "hub": hub_facts(db)}


def save_setting(db, key: str, value: Any, title: str = "") -> Any:
    """Save one setting through the registry; returns what may be shown of the stored value. A refusal
    names the setting by `title`, its name in the window ("“This station's name” must be..."), not its key."""
    from kiosk.store import settings

    try:
        return settings.shown(key, settings.set_value(db, key, value))
    except settings.SettingRefused as refused:
        if title and refused.message is not None and refused.message.values.get("key") == key:
            raise settings.SettingRefused(refused.message.with_params(key=title)) from None
        raise


class SettingsWindow(QDialog):
    """See the module docstring. `saved(key)` after each setting is stored."""

    saved = Signal(str)
    event_changed = Signal()

    def __init__(self, db_path: str | Path, loaded: dict, *, parent: QWidget | None = None):
        super().__init__(parent)
        guard_wheel()         # the wheel scrolls the page, never changes a box under the pointer
        self.db_path = Path(db_path)
        self.loaded = loaded
        self.values: dict[str, Any] = dict(loaded["values"])
        self.lang = i18n.current_language()
        self.fields: dict[str, SettingField] = {}
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsWindow")
        self.setMinimumSize(820, 560)
        screen = QApplication.primaryScreen()
        room = screen.availableSize() if screen is not None else None
        if room is not None:       # roomy where the screen allows (stock and template names read whole)
            self.resize(min(1080, room.width() - 40), min(720, room.height() - 60))
        self.nav = QListWidget()
        self.nav.setObjectName("settingsGroups")
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px 6px; }")
        self.pages = QStackedWidget()
        self.page_of: dict[str, int] = {}
        for group in GROUP_ORDER:
            self.nav.addItem(group_title(group))
            self.page_of[group] = self.pages.addWidget(self._scroll(self._page(group)))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        self.status = QLabel(self.tr("Changes are saved and applied as you make them."))
        self.status.setObjectName("settingsStatus")
        self.status.setStyleSheet(MUTED)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

    def show_group(self, group: str) -> None:
        self.nav.setCurrentRow(GROUP_ORDER.index(group))

    # -- pages ------------------------------------------------------------------------------------------
    @staticmethod
    def _scroll(page: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)   # text wraps instead
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # Tab goes into the fields, the page follows them
        scroll.setWidget(page)
        return scroll

    def _follow_focus(self, _old, new) -> None:
        """The page scrolls to the field the keyboard moved to."""
        scroll = self.pages.currentWidget()
        if not isinstance(scroll, QScrollArea) or new is None:
            return
        inner = scroll.widget()
        if inner is not None and inner.isAncestorOf(new):
            scroll.ensureWidgetVisible(new, 20, 40)

    def _page(self, group: str) -> QWidget:
        page = QWidget()
        page.setObjectName(f"settings_{group}")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(6)
        heading = QLabel(group_title(group))
        heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(heading)
        if group == "event":
            self._event_part(layout)
        if group == "printing":
            from kiosk.ui.organizer.settings_printing import PrintingPart

            self.printing = PrintingPart(self, layout)
        if group == "kiosk":
            self._pin_part(layout)
        if group == "sync":
            from kiosk.ui.organizer.settings_sync import SyncPart

            self.sync = SyncPart(self, layout)
        for key, setting in SETTINGS.items():
            if setting.group != group or setting.scope == "state" or key in SPECIAL:
                continue
            self.add_field(layout, key)
        if group == "event":
            from kiosk.ui.organizer.settings_tables import TicketDaysTable

            self.ticket_days = TicketDaysTable(self, layout)
        layout.addStretch(1)
        return page

    def add_field(self, layout: QVBoxLayout, key: str) -> SettingField:
        field = SettingField(SETTINGS[key], self.lang, self)
        field.show_value(self.values.get(key))
        field.edited.connect(self.save)
        if field.title.text():
            field.title.setStyleSheet("font-weight: bold;")
            layout.addWidget(field.title)
        layout.addWidget(field.box)
        self.fields[key] = field
        return field

    @staticmethod
    def heading(layout: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold;")
        label.setWordWrap(True)
        layout.addWidget(label)
        return label

    @staticmethod
    def help_line(layout: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: #5b6572;")
        layout.addWidget(label)
        return label

    def _event_part(self, layout: QVBoxLayout) -> None:
        from kiosk.clock import format_days

        event = self.loaded["event"]
        self.event_summary = QLabel(self.tr("%1\n%2\nTime zone: %3").replace("%1", event["name"])
                                    .replace("%2", format_days(event["days"], self.lang) or self.tr("no days yet"))
                                    .replace("%3", event["timezone"]))
        self.event_summary.setStyleSheet("font-size: 12pt;")
        change = QPushButton(self.tr("Change the name, days or time zone…"))
        change.clicked.connect(self.edit_event)
        layout.addWidget(self.event_summary)
        layout.addWidget(change, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)

    def edit_event(self):
        from kiosk.ui.organizer.event_form import EventForm

        form = EventForm(self.db_path, parent=self)
        form.saved.connect(lambda _info: self.event_changed.emit())
        return dialogs.open_dialog(form)

    def _pin_part(self, layout: QVBoxLayout) -> None:
        setting = SETTINGS["kiosk_pin"]
        self.heading(layout, with_colon(title_of("kiosk_pin")))
        self.pin_state = QLabel()
        layout.addWidget(self.pin_state)
        self.pin, self.pin_again = QLineEdit(), QLineEdit()
        for line, text in ((self.pin, self.tr("new PIN, 4 to 12 digits")), (self.pin_again, self.tr("the same again"))):
            line.setEchoMode(QLineEdit.EchoMode.Password)
            line.setPlaceholderText(text)
            line.setMaxLength(12)
            line.setMinimumWidth(230)
        self.pin.setObjectName("setting_kiosk_pin")
        self.pin_button = QPushButton(self.tr("Set the PIN"))
        self.pin_button.clicked.connect(self.set_pin)
        self.pin_again.returnPressed.connect(self.set_pin)
        row = QHBoxLayout()
        for widget in (self.pin, self.pin_again, self.pin_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.pin_error = QLabel()
        self.pin_error.setStyleSheet(PROBLEM)
        layout.addWidget(self.pin_error)
        self.help_line(layout, setting.help(self.lang))
        self._show_pin_state(self.loaded["pin_set"])
        layout.addSpacing(8)

    def _show_pin_state(self, is_set: bool) -> None:
        self.pin_state.setText(self.tr("A PIN is set: type a new one to replace it.") if is_set else
                               self.tr("No PIN yet: kiosk mode cannot start without one."))

    def set_pin(self) -> None:
        first, again = self.pin.text(), self.pin_again.text()
        if not first.isdigit() or not 4 <= len(first) <= 12:
            self.pin_error.setText(self.tr("The PIN must be 4 to 12 digits."))
            return
        if first != again:
            self.pin_error.setText(self.tr("The two PINs differ: type the same PIN twice."))
            return
        self.pin_error.setText("")
        self.pin.clear()
        self.pin_again.clear()
        self.save("kiosk_pin", first)

    # -- saving -----------------------------------------------------------------------------------------
    def save(self, key: str, value: Any) -> None:
        """Store one setting now (on a task); its field shows a refusal, the status line what was saved."""
        self.status.setText(self.tr("Saving…"))
        title = self.tr("“%1”").replace("%1", title_of(key))
        run_task(save_setting, key, value, title, db_path=self.db_path, owner=self,
                 on_done=lambda stored: self._saved(key, stored), on_error=lambda message: self._refused(key, message),
                 what=SAVING)

    def _saved(self, key: str, stored: Any) -> None:
        self.values[key] = stored
        field = self.fields.get(key)
        if field is not None:
            field.refused("")
        if key == "kiosk_pin":
            self._show_pin_state(True)
        self.status.setText(self.tr("Saved: %1. Applied at once.").replace("%1", title_of(key)))
        self.status.setStyleSheet("color: #1b5e20;")
        self.saved.emit(key)
        for part in (getattr(self, "printing", None), getattr(self, "sync", None)):
            if part is not None:
                part.setting_saved(key, stored)

    def _refused(self, key: str, message: str) -> None:
        field = self.fields.get(key)
        if field is not None:
            field.refused(message)
        elif key == "kiosk_pin":
            self.pin_error.setText(message)
        self.status.setText(self.tr("Not saved: %1").replace("%1", message))
        self.status.setStyleSheet(PROBLEM)


def open_settings(parent: QWidget, db_path: str | Path, on_open) -> None:
    """Read the settings (on a task), then call `on_open(SettingsWindow)` with the window showing."""
    def loaded(data: dict) -> None:
        window = SettingsWindow(db_path, data, parent=parent)
        dialogs.open_dialog(window)
        on_open(window)

    run_task(load_everything, db_path=db_path, owner=parent, on_done=loaded,
             on_error=lambda message: dialogs.problem(parent, message),
             what=QT_TRANSLATE_NOOP("Tasks", "reading the settings"))

"""The kiosk's first start: the organizer sets the PIN before any attendee sees the kiosk.

Kiosk mode never runs without an organizer PIN (kiosk/kiosk_mode.py `check_can_start`): without one
anyone at the door could leave it or reach its settings. So when the event has none, the kiosk
opens on this page instead of "Scan your ticket": the PIN twice (two fields, digits only, with a
keypad for a touch screen), "Start the kiosk", or "Cancel" (the kiosk never started: the desk comes
back). The PIN is saved through the settings registry (`kiosk_pin`, stored hashed), on a task; what
the registry refuses (too short, too long) is said on the page. No example PIN is ever shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.ui import i18n
from kiosk.ui.kiosk.keyboard import digit_keypad
from kiosk.ui.kiosk.pages import _button, _label, _Page
from kiosk.ui.threads import run_task

SAVING_PIN = QT_TRANSLATE_NOOP("Tasks", "saving the organizer PIN")
MIN_DIGITS, MAX_DIGITS = 4, 12


def save_pin(db, pin: str) -> None:
    from kiosk.store import settings

    settings.set_value(db, "kiosk_pin", pin)


def needs_pin(db) -> bool:
    """Whether kiosk mode may not start yet (`kiosk_mode.check_can_start` refuses it)."""
    from kiosk.kiosk_mode import KioskNeedsPin, check_can_start

    try:
        check_can_start(db)
    except KioskNeedsPin:
        return True
    return False


class PinSetupPage(_Page):
    """Set the organizer PIN (twice) before the kiosk starts; `done` once saved, `cancelled` to give up."""

    done = Signal()
    cancelled = Signal()

    def __init__(self, db_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.headline = _label("title")
        self.explain = _label("soft", centre=False)
        self.first = self._field()
        self.second = self._field()
        self.first_label = _label("body", wrap=False, centre=False)
        self.second_label = _label("body", wrap=False, centre=False)
        self.message = _label("message")
        self.message.hide()
        self.first.returnPressed.connect(lambda: self.second.setFocus())
        self.second.returnPressed.connect(self.submit)
        form = QFormLayout()
        form.setVerticalSpacing(14)
        form.setHorizontalSpacing(24)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        grid, self.keys = digit_keypad("next", self._press, spacing=10)
        self.start_button = _button()
        self.start_button.clicked.connect(self.submit)
        self.cancel_button = _button("quiet")
        self.cancel_button.clicked.connect(self.cancelled.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        left = QVBoxLayout()                 # the words and the fields beside the keypad: it fits 768 pixels
        left.addStretch(1)
        left.addWidget(self.explain)
        left.addSpacing(12)
        left.addLayout(form)
        left.addWidget(self.message)
        left.addSpacing(12)
        left.addLayout(buttons)
        left.addStretch(1)
        keypad = QVBoxLayout()
        keypad.addStretch(1)
        keypad.addLayout(grid)
        keypad.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(40)
        row.addLayout(left, 3)
        row.addLayout(keypad, 2)
        page = QVBoxLayout(self)
        page.setContentsMargins(48, 24, 48, 24)
        page.addWidget(self.headline)
        page.addLayout(row, 1)
        self._message_key = ""
        self._problem = ""
        self._busy = False
        self.retranslate()

    def _field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(MAX_DIGITS)
        field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        field.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{MAX_DIGITS}}}"), field))
        return field

    def reset(self) -> None:
        self.first.clear()
        self.second.clear()
        self._say("")
        self._set_busy(False)
        self.first.setFocus()

    def _press(self, key: str) -> None:
        field = self.second if self.second.hasFocus() else self.first
        if key == "next":
            (self.first if field is self.second else self.second).setFocus()
            return
        if key == "back":
            field.backspace()
        else:
            field.insert(key)
        field.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        first, second = self.first.text(), self.second.text()
        if not (MIN_DIGITS <= len(first) <= MAX_DIGITS):
            self._say("length")
            self.first.setFocus()
            return
        if first != second:
            self._say("different")
            self.second.clear()
            self.second.setFocus()
            return
        self._set_busy(True)
        run_task(save_pin, first, db_path=self.db_path, owner=self, on_done=self._saved, on_error=self._refused,
                 what=SAVING_PIN)

    def _saved(self, _result) -> None:
        self._set_busy(False)
        self.first.clear()
        self.second.clear()
        self._say("")
        self.done.emit()

    def _refused(self, message: str) -> None:
        self._set_busy(False)
        self._problem = message
        self._say("problem")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.first, self.second, self.start_button, *self.keys.values()):
            widget.setEnabled(not busy)

    def _say(self, key: str) -> None:
        self._message_key = key
        self.retranslate()

    def retranslate(self) -> None:
        self.headline.setText(self.tr("Set the organizer PIN"))
        self.explain.setText(i18n.arg(self.tr("Kiosk mode needs a PIN so that attendees cannot leave it or change "
                                               "its settings. Choose %1 to %2 digits and keep them for the "
                                               "organizers."), MIN_DIGITS, MAX_DIGITS))
        self.first_label.setText(self.tr("New PIN"))
        self.second_label.setText(self.tr("The same PIN again"))
        self.first.setAccessibleName(self.tr("New PIN"))
        self.second.setAccessibleName(self.tr("The same PIN again"))
        loc = i18n.locale_for()
        names = {"back": self.tr("Delete"), "next": self.tr("Next field")}
        for key, button in self.keys.items():
            button.setText({"back": "⌫", "next": "⇅"}.get(key, loc.toString(int(key)) if key.isdigit() else key))
            button.setAccessibleName(names.get(key, key))
        self.start_button.setText(self.tr("Start the kiosk"))
        self.start_button.setAccessibleName(self.start_button.text())
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel: do not start the kiosk"))
        messages = {
            "length": i18n.arg(self.tr("The PIN needs %1 to %2 digits."), MIN_DIGITS, MAX_DIGITS),
            "different": self.tr("The two PINs are not the same. Type it again in the second field."),
            "problem": self._problem,
        }
        text = messages.get(self._message_key, "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

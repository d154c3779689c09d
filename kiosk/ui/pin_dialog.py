"""The organizer PIN screen of the kiosk: a big keypad, the slow-down and the lock-out made visible.

`PinPanel` is a page inside the fullscreen kiosk window (a separate dialog could open behind a
window that stays on top). It asks kiosk.pin whether a PIN may be tried, checks it there (wrong
tries are counted in the event database) and emits `unlocked` on the right PIN, or `cancelled`.
Both run on a task (kiosk/ui/threads.py), never on the GUI thread: checking a PIN is a deliberately
slow hash and a write. While a check, a slow-down or a lock-out runs, the keypad is disabled and a
countdown says how long is left. When the event has no PIN at all (removed while the kiosk ran),
the panel says how an organizer sets one elsewhere and lets nobody on: there is no way out of the
kiosk without a PIN, and no example PIN is ever shown.
"""

from __future__ import annotations

import math
import time
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk import pin
from kiosk.ui import i18n
from kiosk.ui.kiosk.keyboard import digit_keypad
from kiosk.ui.threads import run_task

CHECKING_PIN = QT_TRANSLATE_NOOP("Tasks", "checking the organizer PIN")


def format_wait(seconds: float) -> str:
    """"4:05" for a wait of 245 s; digits in the interface language's numbers."""
    total = max(int(math.ceil(seconds)), 0)
    loc = i18n.locale_for()
    minutes, secs = divmod(total, 60)
    return f"{loc.toString(minutes)}:{loc.toString(secs).rjust(2, loc.toString(0))}"


class PinPanel(QWidget):
    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, db_path: str | Path, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.setObjectName("kioskPage")
        self.db_path = Path(db_path)
        self._clock = clock
        self._busy = False                      # a status read or a PIN check is on its way
        self._wait_until: float | None = None   # monotonic seconds
        self._wait_kind = ""
        self._tries_left = pin.MAX_FAILURES
        self._no_pin = False

        self.title = QLabel()
        self.title.setProperty("role", "headline")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = QLabel()
        self.explain.setProperty("role", "soft")
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(12)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.field))
        self.field.returnPressed.connect(self.submit)
        self.message = QLabel()
        self.message.setProperty("role", "message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

        grid, self.keys = digit_keypad("ok", self._press)
        self.cancel_button = QPushButton()
        self.cancel_button.setProperty("role", "quiet")
        self.cancel_button.clicked.connect(self.cancelled.emit)

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.explain)
        column.addSpacing(12)
        column.addWidget(self.field)
        column.addWidget(self.message)
        column.addLayout(grid)
        column.addSpacing(12)
        column.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addLayout(column, 2)
        row.addStretch(1)

        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update_wait)
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Organizer PIN"))
        if self._no_pin:
            self.explain.setText(self.tr(
                "This event has no organizer PIN any more. An organizer sets a new one on another station "
                "(Settings, Kiosk) or with the `kiosk kiosk-pin set` command, then types it here."))
        else:
            self.explain.setText(self.tr("Staff only: enter the PIN to leave the kiosk or change its settings."))
        self.field.setAccessibleName(self.tr("Organizer PIN"))
        self.field.setPlaceholderText(self.tr("PIN"))
        names = {"back": self.tr("Delete"), "ok": self.tr("Unlock")}
        for key, button in self.keys.items():
            button.setText({"back": "⌫", "ok": names["ok"]}.get(key, i18n.locale_for().toString(int(key))
                                                                   if key.isdigit() else key))
            button.setAccessibleName(names.get(key, key))
        self.cancel_button.setText(self.tr("Back to the kiosk"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self._update_wait()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour ------------------------------------------------------------------------------
    def _now(self) -> datetime | None:
        return self._clock() if self._clock else None

    def reset(self) -> None:
        """Called each time the panel is shown: empty field, and any lock-out still running is shown."""
        self.field.clear()
        self.message.clear()
        self._begin()
        run_task(pin.status, self._now(), db_path=self.db_path, owner=self, on_done=self._on_status,
                 on_error=self._on_problem, what=CHECKING_PIN)

    def _begin(self) -> None:
        self._busy = True
        self._set_input_enabled(False)

    def _on_status(self, state: pin.PinCheck) -> None:
        self._busy = False
        self._no_pin = state.outcome == pin.NO_PIN
        self._tries_left = state.tries_left
        if state.outcome in (pin.LOCKED, pin.WAIT):
            self._start_wait(state.wait_seconds, state.outcome)
        else:
            self._stop_wait()
        self.retranslate()
        self.field.setFocus()

    def _on_problem(self, message: str) -> None:
        """The event database could not be read: say so; the organizer may try again."""
        self._busy = False
        self._stop_wait()
        self.message.setText(message)

    def _press(self, key: str) -> None:
        if key == "ok":
            self.submit()
        elif key == "back":
            self.field.backspace()
        elif self.field.isEnabled():
            self.field.insert(key)
        self.field.setFocus()

    def submit(self) -> None:
        if self._wait_until is not None or self._busy:
            return
        typed = self.field.text()
        if not typed:
            self.message.setText(self.tr("Type the PIN first."))
            return
        self.field.clear()
        self._begin()
        run_task(pin.check_pin, typed, self._now(), db_path=self.db_path, owner=self, on_done=self._on_checked,
                 on_error=self._on_problem, what=CHECKING_PIN)

    def is_busy(self) -> bool:
        return self._busy

    def _on_checked(self, result: pin.PinCheck) -> None:
        self._busy = False
        self._set_input_enabled(True)
        self._tries_left = result.tries_left
        if result.outcome == pin.NO_PIN:          # no PIN to check against: nobody is let on
            self._no_pin = True
            self.retranslate()
            self.field.setFocus()
            return
        if result.unlocked:
            self.message.clear()
            self.unlocked.emit()
            return
        if result.outcome in (pin.WRONG, pin.WAIT, pin.LOCKED):
            self._start_wait(result.wait_seconds, result.outcome)
        self.field.setFocus()

    def _start_wait(self, seconds: float, kind: str) -> None:
        self._wait_kind = kind
        self._wait_until = time.monotonic() + max(seconds, 0.0)
        self._set_input_enabled(False)
        self._tick.start()
        self._update_wait()

    def _stop_wait(self) -> None:
        self._tick.stop()
        self._wait_until = None
        self._set_input_enabled(True)

    def _set_input_enabled(self, enabled: bool) -> None:
        self.field.setEnabled(enabled)
        for button in self.keys.values():
            button.setEnabled(enabled)

    def is_waiting(self) -> bool:
        return self._wait_until is not None

    def _update_wait(self) -> None:
        if self._wait_until is None:
            return
        left = self._wait_until - time.monotonic()
        if left <= 0:
            keep = self._wait_kind == pin.WRONG
            self._stop_wait()
            if keep:
                self.message.setText(self.tr("Wrong PIN. %n tries left.", "", self._tries_left))
            else:
                self.message.clear()
            self.field.setFocus()
            return
        if self._wait_kind == pin.LOCKED:
            self.message.setText(i18n.arg(self.tr("Too many wrong PINs. Try again in %1."), format_wait(left)))
        elif self._wait_kind == pin.WRONG:
            self.message.setText(self.tr("Wrong PIN. %n tries left.", "", self._tries_left) + " "
                                 + i18n.arg(self.tr("Wait %1."), format_wait(left)))
        else:
            self.message.setText(i18n.arg(self.tr("Wait %1 before the next try."), format_wait(left)))

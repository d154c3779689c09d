"""The organizer PIN in front of the organizer's tools (settings, kiosk mode).

`require_pin(parent, db_path, on_ok)` calls `on_ok` at once when the event has no organizer PIN,
else after the right PIN is typed in the kiosk's own PIN panel (kiosk/ui/pin_dialog.py: slow-down
and lock-out counted in the database, so a restart does not reset them). Whether there is a PIN is
read on a task.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import dialogs
from kiosk.ui.pin_dialog import PinPanel
from kiosk.ui.threads import run_task


class _OrganizerPinPanel(PinPanel):
    """The kiosk's PIN panel with desk words: 'Cancel' instead of 'Back to the kiosk'."""

    def retranslate(self) -> None:
        super().retranslate()
        if not self._no_pin:
            self.explain.setText(self.tr("Organizers only: enter the organizer PIN to continue."))
        self.cancel_button.setText(self.tr("Cancel"))


class PinDialog(QDialog):
    """The organizer PIN in a dialog; `accepted` on the right PIN. The checks run on tasks.

    No button of the dialog is a default button: Enter in the field submits the PIN (the field's
    own `returnPressed`) and nothing else, never also 'Cancel' while the PIN is being checked. The
    keypad keeps finger-sized keys whatever the desk's style, so the whole word fits on the last key.
    """

    KEY_SIZE = (96, 52)

    def __init__(self, db_path: str | Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organizer PIN"))
        self.panel = _OrganizerPinPanel(db_path, self)
        self.panel.unlocked.connect(self.accept)
        self.panel.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        font = self.panel.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        for button in self.panel.keys.values():
            button.setMinimumSize(*self.KEY_SIZE)
            button.setFont(font)
        self.panel.field.setFont(font)
        self.panel.field.setMinimumHeight(self.KEY_SIZE[1])
        self.finished.connect(lambda _r: self.panel._tick.stop())
        self.panel.reset()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Enter belongs to the PIN field (it submits); the dialog never turns it into a button click."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)


def require_pin(parent: QWidget, db_path: str | Path, on_ok: Callable[[], None]) -> None:
    """Call `on_ok` at once when the event has no organizer PIN, else after the right PIN is typed.
    Whether there is one is read on a task; the gate (or `on_ok`) follows when it is known."""
    from kiosk import pin

    def known(protected: bool) -> None:
        if not protected:
            on_ok()
        else:
            dialogs.open_dialog(PinDialog(db_path, parent), on_accept=on_ok)

    run_task(pin.pin_is_set, db_path=db_path, owner=parent, on_done=known,
             on_error=lambda message: dialogs.problem(parent, message),
             what=QT_TRANSLATE_NOOP("Tasks", "checking the organizer PIN"))

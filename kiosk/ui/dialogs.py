"""The one way the UI shows a message box or asks a question: never `exec()`, never blocking.

Every dialog is opened window-modal with `open()` and answers through a callback, so the event loop
keeps running (scans keep arriving, workers keep reporting) and tests never hang on a modal: they
find what is showing with `shown()` and answer it like a person would (`accept_text`, `close_all`).
Messages are also logged, so "what did the desk see at 10:42" can be answered afterwards.
"""

from __future__ import annotations

import logging
from typing import Any, Callable, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QPushButton, QWidget

log = logging.getLogger(__name__)

_shown: list[QDialog] = []
D = TypeVar("D", bound=QDialog)


def _track(dialog: QDialog) -> None:
    _shown.append(dialog)

    def forget(*_):
        if dialog in _shown:
            _shown.remove(dialog)

    dialog.finished.connect(forget)
    dialog.destroyed.connect(forget)


def open_dialog(dialog: D, on_accept: Callable[[], Any] | None = None,
                on_reject: Callable[[], Any] | None = None) -> D:
    """Show `dialog` window-modal without blocking; call back when it is answered."""
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if on_accept is not None:
        dialog.accepted.connect(on_accept)
    if on_reject is not None:
        dialog.rejected.connect(on_reject)
    _track(dialog)
    dialog.open()
    return dialog


def message(parent: QWidget | None, title: str, text: str, *, level: str = "information",
            details: str = "", on_close: Callable[[], None] | None = None) -> QMessageBox:
    """An information, warning or critical message with an OK button."""
    getattr(log, {"critical": "error", "warning": "warning"}.get(level, "info"))("%s: %s", title, text)
    icon = {"warning": QMessageBox.Icon.Warning, "critical": QMessageBox.Icon.Critical}.get(
        level, QMessageBox.Icon.Information)
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    open_dialog(box, on_accept=on_close, on_reject=on_close)
    return box


def problem(parent: QWidget | None, exc: BaseException | str, *, title: str | None = None) -> QMessageBox:
    """A problem a person can act on (a `KnownError`): its message, never a traceback."""
    from kiosk.errors import KnownError

    title = title or QCoreApplication.translate("Dialogs", "Problem")
    if isinstance(exc, KnownError):
        from kiosk.ui.failures import known_message

        exc = known_message(exc)              # in the interface language, never the core's English
    return message(parent, title, str(exc), level="critical")


def ask_text(parent: QWidget | None, title: str, label: str, *, text: str = "",
             on_answer: Callable[[str], None], allow_empty: bool = False) -> QInputDialog:
    """One line of text; `on_answer` gets it when the person presses OK (not when they cancel)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    dialog.setMinimumWidth(420)

    def answered():
        value = dialog.textValue().strip()
        if value or allow_empty:
            on_answer(value)

    open_dialog(dialog, on_accept=answered)
    line = dialog.findChild(QLineEdit)
    if line is not None:
        line.selectAll()
    return dialog


def confirm(parent: QWidget | None, title: str, text: str, *, on_yes: Callable[[], None],
            on_no: Callable[[], None] | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)

    def done(code: int):
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            on_yes()
        elif on_no is not None:
            on_no()

    box.finished.connect(done)
    open_dialog(box)
    return box


def enter_presses(button: QPushButton) -> None:
    """Make Enter in `button`'s dialog press `button` and nothing else: the other push buttons of the
    dialog stop being "auto default" (Qt otherwise lets Enter press whichever button last had the focus,
    or the first one of a button box: Cancel, on some styles)."""
    dialog = button.window()
    for other in dialog.findChildren(QPushButton):
        other.setAutoDefault(other is button)
        other.setDefault(other is button)


# -- for tests and for closing the app -------------------------------------------------------------
def shown() -> list[QDialog]:
    """The dialogs currently open, oldest first."""
    return [d for d in _shown if d.isVisible()]


def accept_text(dialog: QInputDialog, value: str | None = None) -> None:
    """Answer a text question as a person would (optionally typing a new value first)."""
    if value is not None:
        dialog.setTextValue(value)
    dialog.accept()


def close_all() -> None:
    for dialog in list(_shown):
        dialog.reject()

"""An on-screen keyboard for a touch-only kiosk: "Forgot your ticket?" typed with a finger or a mouse.

`OnScreenKeyboard(fields)` types into whichever of its `fields` has the focus (else the first): a
tap on a key inserts the character there, and the field keeps the focus, so the cursor and the
physical keyboard (if any) keep working. Its keys never take the focus themselves. The layout
follows the kiosk's language (QWERTY in English, AZERTY in French); the accented letters of French
(é è ê à â ç ô û ù ë ï) have a row of their own; `⇧` makes the next letter a capital; the e-mail
signs (@ . - _) are on the main rows. Every tap emits `typed` (the kiosk counts it as a touch, so
the form does not time out under a person's finger).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk.ui.kiosk.pages import _button

ROWS = {
    "en": ["1234567890", "qwertyuiop'", "asdfghjkl@.", "zxcvbnm-_+"],
    "fr": ["1234567890", "azertyuiop'", "qsdfghjklm@", "wxcvbn.-_+"],
}
ACCENTS = "éèêàâçôûùëï"
SHIFT, BACKSPACE, SPACE, NEXT = "shift", "backspace", "space", "next"


class OnScreenKeyboard(QWidget):
    """Keys that type into the focused field of `fields`; see the module docstring."""

    typed = Signal()

    def __init__(self, fields: list[QLineEdit], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.fields = fields
        self.current: QLineEdit | None = None    # the field a tap types into: the last one focused
        for field in fields:
            field.installEventFilter(self)
        self.language = ""
        self.shifted = False
        self.keys: dict[str, QPushButton] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.set_language("en")

    # -- building -------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        language = language if language in ROWS else "en"
        if language == self.language:
            return
        self.language = language
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.keys = {}
        rows = ROWS[language]
        for r, row in enumerate(rows):
            for c, ch in enumerate(row):
                self._add(ch, r, c)
        self._add(BACKSPACE, 0, 10, "⌫")
        for c, ch in enumerate(ACCENTS):
            self._add(ch, 4, c)
        self._add(SHIFT, 5, 0, "⇧", span=2)
        self._add(SPACE, 5, 2, "", span=6)
        self._add(NEXT, 5, 8, self.tr("Next field"), span=3)
        self._refresh_letters()

    def _add(self, key: str, row: int, column: int, label: str | None = None, span: int = 1) -> None:
        if key in self.keys:
            return
        button = _button("oskey")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setAutoRepeat(key == BACKSPACE)
        button.setText(key if label is None else label)
        button.setAccessibleName({BACKSPACE: self.tr("Delete"), NEXT: self.tr("Next field"),
                                  SHIFT: self.tr("Capital letter"), SPACE: self.tr("Space")}.get(key, key))
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        self.keys[key] = button
        self.grid.addWidget(button, row, column, 1, span)

    def _refresh_letters(self) -> None:
        for key, button in self.keys.items():
            if len(key) == 1 and key.isalpha():
                button.setText(key.upper() if self.shifted else key)
        if SHIFT in self.keys:
            self.keys[SHIFT].setProperty("active", self.shifted)
            self.keys[SHIFT].style().unpolish(self.keys[SHIFT])
            self.keys[SHIFT].style().polish(self.keys[SHIFT])

    def reset(self) -> None:
        """A new person: small letters, the first field."""
        self.unshift()
        self.current = None

    def unshift(self) -> None:
        if self.shifted:
            self.shifted = False
            self._refresh_letters()

    # -- typing -----------------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress) and obj in self.fields:
            self.current = obj
        return False

    def target(self) -> QLineEdit | None:
        for field in self.fields:
            if field.hasFocus():
                return field
        if self.current is not None and self.current.isEnabled():
            return self.current
        enabled = [f for f in self.fields if f.isEnabled()]
        return enabled[0] if enabled else None

    def press(self, key: str) -> None:
        """A tap on `key` (also what the tests and a mouse do)."""
        field = self.target()
        self.typed.emit()
        if field is None or not field.isEnabled():
            return
        if key == SHIFT:
            self.shifted = not self.shifted
            self._refresh_letters()
        elif key == BACKSPACE:
            field.backspace()
        elif key == NEXT:
            index = self.fields.index(field)
            self.current = self.fields[(index + 1) % len(self.fields)]
            self.current.setFocus(Qt.FocusReason.TabFocusReason)
            return
        elif key == SPACE:
            field.insert(" ")
        else:
            field.insert(key.upper() if self.shifted else key)
            if self.shifted:
                self.shifted = False
                self._refresh_letters()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def type_text(self, text: str) -> None:
        """Tap the keys for `text` one by one (capitals with ⇧), as a person would."""
        for ch in text:
            if ch == " ":
                self.press(SPACE)
                continue
            if ch.isupper() and ch.lower() in self.keys:
                self.press(SHIFT)
                self.press(ch.lower())
                continue
            if ch not in self.keys:
                raise ValueError(f"no key for {ch!r} on the {self.language} keyboard")
            self.press(ch)


def digit_keypad(last: str, press: Callable[[str], None], *, spacing: int = 12) -> tuple[QGridLayout, dict[str, QPushButton]]:
    """The PIN pages' keypad: 1-9, then "back" (⌫), 0 and `last` ("ok", "next"); keys never take the
    focus (the field keeps it) and `press(key)` is called on a tap."""
    grid = QGridLayout()
    grid.setSpacing(spacing)
    keys: dict[str, QPushButton] = {}
    for index, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", last]):
        button = _button("keyword" if key == last else "key")    # a word ("Déverrouiller") in smaller type
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)   # three equal columns
        button.setAutoRepeat(key == "back")
        button.clicked.connect(lambda _=False, k=key: press(k))
        keys[key] = button
        grid.addWidget(button, index // 3, index % 3)
    for column in range(3):
        grid.setColumnStretch(column, 1)
    return grid, keys

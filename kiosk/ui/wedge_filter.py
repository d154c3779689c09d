"""Catch keyboard-wedge scanner bursts anywhere in a window, and let a person's typing through.

`WedgeFilter` is installed on the QApplication (it then sees every key press before the focused
widget does) and watches one window. Each key press is fed to the Qt-free `WedgeDetector`
(kiosk/scan/wedge.py); every key still reaches the focused widget at once, so typing in the search
box feels normal. When a scanner burst ends (Enter or Tab), the filter swallows that terminator (it
must not press a focused button or move the focus), puts back the text box as it was before the
burst (the scanned characters had already been typed into it) and emits `scanned(payload)`.

`KeyboardFocusWatcher` says whether the window has the keyboard focus - a wedge scanner types into
whatever window is active - so the UI can show a "click here to scan" hint when it does not.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from kiosk.scan.wedge import BACKSPACE, ENTER, OTHER, TAB, WedgeDetector, WedgeSettings

_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
                  Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_ScrollLock, Qt.Key.Key_Super_L,
                  Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R}


def key_name(event: QKeyEvent) -> str | None:
    """What the detector is fed for this key press; None for keys to ignore (Shift and friends)."""
    key = event.key()
    if key in _MODIFIER_KEYS:
        return None
    if event.isAutoRepeat():
        return OTHER  # a key held down: a person
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return ENTER
    if key == Qt.Key.Key_Tab:
        return TAB
    if key == Qt.Key.Key_Backspace:
        return BACKSPACE
    mods = event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    if ctrl and not alt:  # a shortcut (Ctrl+F); Ctrl+Alt is AltGr on Windows and types characters
        return OTHER
    text = event.text()
    if len(text) == 1 and text.isprintable():
        return text
    return OTHER


class _Snapshot:
    """A text box's content before a run of keys reached it, to put back if the run was a scan."""

    def __init__(self, widget: QWidget):
        self.widget = widget
        self.text = None
        self.cursor = 0
        if isinstance(widget, QLineEdit):
            self.text, self.cursor = widget.text(), widget.cursorPosition()
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            self.text, self.cursor = widget.toPlainText(), widget.textCursor().position()

    def restore(self) -> None:
        w = self.widget
        if self.text is None:
            return
        if isinstance(w, QLineEdit):
            if w.text() != self.text:
                w.setText(self.text)
            w.setCursorPosition(self.cursor)
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            if w.toPlainText() != self.text:
                w.setPlainText(self.text)
            cursor = w.textCursor()
            cursor.setPosition(min(self.cursor, len(self.text)))
            w.setTextCursor(cursor)


class WedgeFilter(QObject):
    """Application-wide key filter: emits `scanned(str)` for scanner bursts typed into `window`."""

    scanned = Signal(str)

    def __init__(self, window: QWidget | None = None, settings: WedgeSettings | None = None, *,
                 is_known: Callable[[str], bool] | None = None, clock: Callable[[], float] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.detector = WedgeDetector(settings, is_known)
        self._clock = clock
        self._snapshot: _Snapshot | None = None
        self._installed_on: QObject | None = None

    # -- installing -------------------------------------------------------------------------
    def install(self) -> "WedgeFilter":
        app = QApplication.instance()
        assert app is not None, "a QApplication runs the wedge filter"
        app.installEventFilter(self)
        self._installed_on = app
        return self

    def uninstall(self) -> None:
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None

    def set_settings(self, settings: WedgeSettings) -> None:
        self.detector = WedgeDetector(settings, self.detector.is_known)
        self._snapshot = None

    # -- filtering --------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget) or not isinstance(event, QKeyEvent):
            return False
        if not self._is_first_delivery(obj):
            return False
        if self.window is not None and obj.window() is not self.window:
            return False
        key = key_name(event)
        if key is None:
            return False
        t = self._now(event)
        if self.detector.starts_run(key, t):
            self._snapshot = _Snapshot(obj)
        burst = self.detector.feed(key, t)
        if burst is None:
            return False
        if self._snapshot is not None and self._snapshot.widget is obj:
            self._snapshot.restore()
        self._snapshot = None
        self.scanned.emit(burst.payload)
        return True  # the terminator must not press a button or move the focus

    @staticmethod
    def _is_first_delivery(obj: QWidget) -> bool:
        """A key event is offered to the focus widget, then to its parents: count it once."""
        focus = QApplication.focusWidget()
        if focus is not None:
            return obj is focus
        return obj.isWindow()

    def _now(self, event: QKeyEvent) -> float:
        if self._clock is not None:
            return self._clock()
        stamp = event.timestamp()  # when the key was pressed, not when a busy GUI thread got to it
        return stamp / 1000.0 if stamp else time.monotonic()


def window_has_keyboard_focus(window: QWidget) -> bool:
    """True when key presses (and so a wedge scanner's typing) go to `window`."""
    return window.isActiveWindow()


class KeyboardFocusWatcher(QObject):
    """Emits `focus_changed(bool)` when `window` gains or loses the keyboard focus."""

    focus_changed = Signal(bool)

    def __init__(self, window: QWidget, parent: QObject | None = None):
        super().__init__(parent or window)
        self._window = window
        self._has_focus = window_has_keyboard_focus(window)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication), "a QGuiApplication runs the focus watcher"
        app.focusWindowChanged.connect(self._check)
        app.applicationStateChanged.connect(self._check)

    @property
    def has_focus(self) -> bool:
        return self._has_focus

    def _check(self, *_args) -> None:
        now = window_has_keyboard_focus(self._window)
        if now != self._has_focus:
            self._has_focus = now
            self.focus_changed.emit(now)

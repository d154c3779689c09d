"""The kiosk keeps its keys and its screen.

`KeyGuard(window)` is installed on the QApplication while the kiosk runs. For keys aimed at the
kiosk's window it swallows the ones that would leave or close a window elsewhere (Escape goes back
to the start instead), turns Ctrl+Shift+L into "ask for the organizer PIN", and counts every other
key press as a sign that someone is there (the inactivity timer starts again).

`ScreenGuard(window)` keeps the window fullscreen: when it is shown, and whenever something takes it
out of fullscreen, it fills the whole screen again (also where no window manager honours fullscreen).

`FocusKeeper(window)` keeps the keyboard with the kiosk: when Alt+Tab, another window or anything
else takes the focus away, the kiosk comes back to the front and takes it again (a scanner types
into whatever window has the focus: it must be the kiosk, never a desk or a terminal behind it).
"""

from __future__ import annotations

from typing import Protocol

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

#: Keys that would leave or close a window elsewhere; the kiosk swallows them.
BLOCKED = {
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
}
PIN_SHORTCUT = (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
             | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)


class GuardedWindow(Protocol):
    may_close: bool

    def ask_for_pin(self) -> None: ...

    def go_back(self) -> None: ...

    def touched(self) -> None: ...


class KeyGuard(QObject):
    """Application-wide filter: the kiosk's keys never reach a shortcut that would leave it."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(event, QKeyEvent):
            return False
        window: GuardedWindow = self.window  # type: ignore[assignment]
        if not isinstance(obj, QWidget) or obj.window() is not self.window or window.may_close:
            return False
        combo = (event.key(), event.modifiers() & MODIFIERS)
        if combo == PIN_SHORTCUT:
            event.accept()
            if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                window.ask_for_pin()
            return True
        if combo in BLOCKED:
            event.accept()
            if kind == QEvent.Type.KeyPress and combo[0] == Qt.Key.Key_Escape:
                window.go_back()
            return True
        if kind == QEvent.Type.KeyPress:
            window.touched()
        return False


class ScreenGuard(QObject):
    """Keeps `window` fullscreen while `enforce` is on (the kiosk turns it off to close)."""

    def __init__(self, window: QWidget, *, enforce: bool = True):
        super().__init__(window)
        self.window = window
        self.enforce = enforce
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and self.enforce and (
                event.type() == QEvent.Type.Show or (event.type() == QEvent.Type.WindowStateChange and not
                                                     self.window.windowState() & Qt.WindowState.WindowFullScreen)):
            QTimer.singleShot(0, self.fill_screen)
        return False

    def fill_screen(self) -> None:
        """Fullscreen, and the screen's whole area even where no window manager honours fullscreen."""
        if not self.enforce:
            return
        window = self.window
        screen = window.screen() or QApplication.primaryScreen()
        if screen is not None and window.geometry() != screen.geometry():
            window.setGeometry(screen.geometry())
        if not window.windowState() & Qt.WindowState.WindowFullScreen:
            window.showFullScreen()


class FocusKeeper(QObject):
    """Brings `window` back to the front with the keyboard whenever it loses it, while `enforce` is on."""

    #: How soon after losing the focus the kiosk takes it back (ms): long enough not to fight a
    #: window manager's own focus change in a loop, short enough that no scan goes elsewhere.
    DELAY_MS = 120

    def __init__(self, window: QWidget, *, enforce: bool = True):
        super().__init__(window)
        self.window = window
        self.enforce = enforce
        self.taken_back = 0                 # how many times the focus was taken back (tests, the log)
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self.take_back)
        window.installEventFilter(self)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication), "a QGuiApplication runs the focus keeper"
        app.applicationStateChanged.connect(self._state_changed)
        app.focusWindowChanged.connect(self._state_changed)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.window and event.type() in (QEvent.Type.WindowDeactivate, QEvent.Type.Hide):
            self._lost()
        return False

    def _state_changed(self, *_args) -> None:
        if not self.window.isActiveWindow():
            self._lost()

    def _lost(self) -> None:
        if self.enforce and self.window.isVisible() and not self._timer.isActive():
            self._timer.start()

    def take_back(self) -> None:
        window = self.window
        if not self.enforce or not window.isVisible() or window.isActiveWindow():
            return
        self.taken_back += 1
        log.info("the kiosk lost the keyboard (another window, Alt+Tab): it takes it back")
        window.raise_()
        window.activateWindow()
        handle = window.windowHandle()
        if handle is not None:
            handle.requestActivate()
        QTimer.singleShot(self.DELAY_MS * 3, self._check)

    def _check(self) -> None:
        """Still not ours (a window manager that refused): try again."""
        if self.enforce and self.window.isVisible() and not self.window.isActiveWindow():
            self._lost()

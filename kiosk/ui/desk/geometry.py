"""Where the desk window opens and how big: what it was last time, if that fits this screen; else
maximised on a small screen (a 1366x768 laptop at the door), so the status bar and the counter are
never below the screen's edge. Kept with QSettings (this laptop's preferences, not the event's)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

#: A screen whose usable area is smaller than this opens the desk maximised.
SMALL_SCREEN = (1500, 940)
DEFAULT_SIZE = (1280, 800)


def restore(window: QMainWindow, splitter: QSplitter, prefs: QSettings | None) -> None:
    """The window's size and its splitter as saved, when they fit; else a size that does."""
    geometry = prefs.value("desk/geometry") if prefs is not None else None
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    restored = geometry is not None and window.restoreGeometry(geometry)
    if restored and room is not None and not window.isMaximized() and not room.contains(window.frameGeometry()):
        restored = False                   # saved on a bigger screen: it would not fit this one
    if not restored:
        if room is not None and (room.width() < SMALL_SCREEN[0] or room.height() < SMALL_SCREEN[1]):
            window.resize(min(DEFAULT_SIZE[0], room.width()), min(DEFAULT_SIZE[1], room.height()))
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        else:
            window.resize(*DEFAULT_SIZE)
    if prefs is not None:
        state = prefs.value("desk/splitter")
        if state is not None:
            splitter.restoreState(state)


def save(window: QMainWindow, splitter: QSplitter, prefs: QSettings | None) -> None:
    if prefs is not None:
        prefs.setValue("desk/geometry", window.saveGeometry())
        prefs.setValue("desk/splitter", splitter.saveState())
        prefs.sync()

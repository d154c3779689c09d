"""The volunteers' check-in desk: scan or search, see the verdict from a metre away, fix and undo."""

from kiosk.ui.desk.window import DeskWindow

__all__ = ["DeskWindow"]

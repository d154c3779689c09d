"""Entries of the desk's menus, made one way: an action with its shortcut for the whole window, and
an entry placed right after another one (the organizer's tools that other modules add)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


def menu_action(window: QWidget, menu: QMenu, text: str, keys, slot) -> QAction:
    """A new entry at the end of `menu`; `keys` (a sequence, a standard key or None) work anywhere in `window`."""
    act = QAction(text, window)
    if keys:
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    act.triggered.connect(slot)
    menu.addAction(act)
    return act


def insert_after(menu: QMenu, anchor: QAction, action: QAction) -> None:
    """`action` right after `anchor` in `menu` (at its end when `anchor` is last or not in it)."""
    actions = menu.actions()
    after = actions.index(anchor) + 1 if anchor in actions else len(actions)
    if after < len(actions):
        menu.insertAction(actions[after], action)
    else:
        menu.addAction(action)

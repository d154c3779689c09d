"""Every menu shortcut works from where the volunteer's keyboard is: the desk's search box, which
always has the focus. A QLineEdit claims Ctrl+E (end of line), Ctrl+K, Ctrl+U... for itself on
Linux; a shortcut on the desk's menus must win over the box's editing keys (D30)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from kiosk.ui import dialogs


def _menu_shortcuts(window) -> list[tuple[QAction, QKeySequence]]:
    found = []
    for menu in window.menuBar().findChildren(QAction):
        if menu.menu() is None:
            continue
        for act in menu.menu().actions():
            for seq in act.shortcuts():
                if not seq.isEmpty() and act.shortcutContext() != Qt.ShortcutContext.WidgetShortcut:
                    found.append((act, seq))
    return found


def test_the_search_box_never_keeps_a_menu_shortcut_for_itself(desk):
    shortcuts = _menu_shortcuts(desk)
    keys = {seq.toString() for _act, seq in shortcuts}
    assert {"Ctrl+E", "Ctrl+L", "Ctrl+Shift+B", "Ctrl+N", "Ctrl+D", "Ctrl+Z"} <= keys
    desk.search.setText("amara")
    for act, seq in shortcuts:
        combo = seq[0]
        event = QKeyEvent(QEvent.Type.ShortcutOverride, combo.key(), combo.keyboardModifiers())
        event.ignore()
        QApplication.sendEvent(desk.search, event)
        assert not event.isAccepted(), f"the search box keeps {seq.toString()} ({act.text()}) for itself"


def test_ctrl_e_from_the_search_box_opens_export_attendance(desk, qtbot):
    desk.search.setFocus()
    qtbot.keyClicks(desk.search, "amara")
    qtbot.keyClick(desk.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    from kiosk.ui.organizer.export_choices import ExportDayDialog

    days = [d for d in dialogs.shown() if isinstance(d, ExportDayDialog)]   # which day, then the file
    assert days, "Ctrl+E in the search box opened nothing"
    days[-1]._ok()
    pickers = [d for d in dialogs.shown() if isinstance(d, QFileDialog)]
    assert pickers, "the export asked for no file"
    pickers[-1].reject()
    assert desk.search.text() == "amara"


def test_ctrl_l_from_the_search_box_opens_the_log(desk, qtbot):
    desk.search.setFocus()
    qtbot.keyClick(desk.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert desk.organizer.log_window is not None and desk.organizer.log_window.isVisible()


def test_the_box_keeps_its_own_editing_keys_that_no_menu_uses(desk, qtbot):
    desk.search.setFocus()
    qtbot.keyClicks(desk.search, "amara")
    qtbot.keyClick(desk.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)    # select all
    assert desk.search.selectedText() == "amara"

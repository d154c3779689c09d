"""The Qt key filter: scanner bursts anywhere in the window become scans, a person's typing gets through.

Key presses are sent to the focused widget the way Qt delivers them, with a fake clock so each test
controls the gaps between keys (qtbot.keyClicks cannot).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.scan.wedge import WedgeSettings
from kiosk.ui.wedge_filter import KeyboardFocusWatcher, WedgeFilter, window_has_keyboard_focus

# The offscreen platform warns when a window is shown; that is not the app's doing.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCANNER_GAP = 0.008
HUMAN_GAP = 0.18


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Desk(QWidget):
    def __init__(self):
        super().__init__()
        self.setWindowTitle("desk")
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.button = QPushButton("Check in")
        self.button.setAutoDefault(True)
        layout.addWidget(self.search)
        layout.addWidget(self.button)
        self.clicks = 0
        self.returns = 0
        self.button.clicked.connect(self._clicked)
        self.search.returnPressed.connect(self._returned)

    def _clicked(self):
        self.clicks += 1

    def _returned(self):
        self.returns += 1


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def desk(qtbot):
    window = Desk()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)
    return window


@pytest.fixture
def wedge(desk, clock):
    f = WedgeFilter(desk, WedgeSettings(), clock=clock).install()
    scans = []
    f.scanned.connect(scans.append)
    f.scans = scans
    yield f
    f.uninstall()


_KEYS = {"\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab, "\b": Qt.Key.Key_Backspace}


def press(clock, text: str, gap: float, shift_for_upper: bool = False) -> None:
    """Type `text` into whatever has the focus, one key every `gap` seconds."""
    for ch in text:
        clock.now += gap
        target = QApplication.focusWidget() or QApplication.activeWindow()
        key = _KEYS.get(ch) or (Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown)
        mods = Qt.KeyboardModifier.NoModifier
        if shift_for_upper and ch.isupper():  # a scanner holds Shift around capitals
            QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift,
                                                     Qt.KeyboardModifier.ShiftModifier))
            mods = Qt.KeyboardModifier.ShiftModifier
        text_of_key = "" if ch in _KEYS and ch == "\b" else ch
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, mods, text_of_key))
        target = QApplication.focusWidget() or QApplication.activeWindow()
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key, mods, text_of_key))


def test_a_person_typing_in_the_search_box_is_not_disturbed(desk, wedge, clock):
    press(clock, "okafor", HUMAN_GAP)
    assert desk.search.text() == "okafor"
    press(clock, "\r", HUMAN_GAP)
    assert desk.returns == 1
    assert wedge.scans == []


def test_a_scan_into_the_search_box_is_caught_and_removed_from_it(desk, wedge, clock):
    press(clock, "oka", HUMAN_GAP)  # the volunteer had started a search
    clock.now += 0.5
    press(clock, "KIOSK-DEMO-0001", SCANNER_GAP)
    assert desk.search.text() == "okaKIOSK-DEMO-0001"  # typed at once, as a person's keys would be
    press(clock, "\r", SCANNER_GAP)
    assert wedge.scans == ["KIOSK-DEMO-0001"]
    assert desk.search.text() == "oka"  # the search box is as the volunteer left it
    assert desk.search.cursorPosition() == 3
    assert desk.returns == 0  # the scanner's Enter did not run a search


def test_a_scan_replacing_a_selection_puts_the_selection_text_back(desk, wedge, clock):
    desk.search.setText("chen")
    desk.search.selectAll()
    clock.now += 1
    press(clock, "KIOSK-DEMO-0003\r", SCANNER_GAP)
    assert wedge.scans == ["KIOSK-DEMO-0003"]
    assert desk.search.text() == "chen"


def test_a_scan_while_a_button_has_the_focus_does_not_press_it(desk, wedge, clock, qtbot):
    desk.button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.button)
    press(clock, "KIOSK-DEMO-0002\r", SCANNER_GAP, shift_for_upper=True)
    assert wedge.scans == ["KIOSK-DEMO-0002"]
    assert desk.clicks == 0
    assert QApplication.focusWidget() is desk.button


def test_a_tab_ended_scan_does_not_move_the_focus(desk, wedge, clock):
    press(clock, "KIOSK-DEMO-0002\t", SCANNER_GAP)
    assert wedge.scans == ["KIOSK-DEMO-0002"]
    assert QApplication.focusWidget() is desk.search
    assert desk.search.text() == ""


def test_shift_presses_between_capitals_do_not_break_a_scan(desk, wedge, clock):
    press(clock, "KIOSK-demo-0001\r", SCANNER_GAP, shift_for_upper=True)
    assert wedge.scans == ["KIOSK-demo-0001"]


def test_scans_typed_into_another_window_are_not_ours(desk, wedge, clock, qtbot):
    other = QWidget()
    other.setWindowTitle("other")
    box = QLineEdit(other)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    press(clock, "KIOSK-DEMO-0001\r", SCANNER_GAP)
    assert wedge.scans == []
    assert box.text() == "KIOSK-DEMO-0001"


def test_two_scans_then_a_person_searching(desk, wedge, clock):
    press(clock, "KIOSK-DEMO-0001\r", SCANNER_GAP)
    clock.now += 0.7
    press(clock, "KIOSK-DEMO-0002\r", SCANNER_GAP)
    clock.now += 0.7
    press(clock, "mei", HUMAN_GAP)
    assert wedge.scans == ["KIOSK-DEMO-0001", "KIOSK-DEMO-0002"]
    assert desk.search.text() == "mei"


def test_azerty_setting_reaches_the_filter(desk, clock):
    f = WedgeFilter(desk, WedgeSettings(azerty="digits"), clock=clock).install()
    scans = []
    f.scanned.connect(scans.append)
    try:
        press(clock, "&é\"'(-è_çà\r", SCANNER_GAP)
    finally:
        f.uninstall()
    assert scans == ["1234567890"]
    assert desk.search.text() == ""


def test_focus_helper_follows_the_active_window(desk, qtbot):
    watcher = KeyboardFocusWatcher(desk)
    assert window_has_keyboard_focus(desk)
    assert watcher.has_focus
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    with qtbot.waitSignal(watcher.focus_changed, timeout=2000) as blocker:
        other.activateWindow()
    assert blocker.args == [False]
    assert not window_has_keyboard_focus(desk)
    with qtbot.waitSignal(watcher.focus_changed, timeout=2000) as blocker:
        desk.activateWindow()
    assert blocker.args == [True]

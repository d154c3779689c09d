"""The kiosk's own settings page as an organizer uses it on a touch screen: finger-sized keys."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.ui.kiosk.forms import OrganizerPage


def test_the_kiosk_settings_are_made_for_a_finger(qtbot):
    """A 680-pixel spin box with 10-pixel arrows, a label wrapping '(seconds)', a tick box barely seen."""
    page = OrganizerPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.retranslate()
    page.load(6, True)
    page.show()
    qtbot.waitExposed(page)
    for key in (page.fewer, page.more):
        assert key.width() >= 60 and key.height() >= 60
    assert page.return_seconds.width() <= 200                      # a number, not a 680-pixel field
    line = page.return_label.fontMetrics().lineSpacing()
    assert page.return_label.height() < 2 * line                  # one line: "(seconds)" does not wrap
    assert page.forgot.height() >= 60
    asked: list[int] = []
    page.return_seconds_changed.connect(asked.append)
    QTest.mouseClick(page.more, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    QTest.mouseClick(page.fewer, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    QTest.mouseClick(page.fewer, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert asked == [7, 6, 5] and page.return_seconds.value() == 5

"""A name from an export is shown at the desk as its characters, never as HTML.

Qt takes a label's or a tooltip's text for HTML when it looks like some: a registration named
`<img src='/home/me/secret.png'>` drew a file of this computer into the roster's tooltip, and
`<h1>FREE</h1>` shouted from the line under the list and the badge fix's "Registered" column.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from kiosk.ui.desk.roster_model import RosterModel
from kiosk.ui.plain_text import tooltip

HOSTILE_FIRST = "<h1 style='font-size:90px'>FREE</h1><img src='x.png'>"


def shown_as(text: str) -> str:
    """What Qt shows for a tooltip or an auto-format label's text: HTML rendered when it looks like some."""
    if GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


@pytest.mark.parametrize("text", [HOSTILE_FIRST, "Ana <b>bold</b>\nline two", "plain Ana", "a < b & c > d"])
def test_a_tooltip_shows_exactly_its_characters(qapp, text):
    assert shown_as(tooltip(text)).split() == text.split()


@pytest.fixture
def hostile_desk(open_desk, db_path, qtbot):
    from kiosk.roster import attendees
    from kiosk.store import open_event_db

    with open_event_db(db_path) as db:
        db.set_event("Door Test", [], "America/Toronto")
        with db.write() as conn:
            attendees.insert(conn, {"code": "H-1", "first_name": HOSTILE_FIRST, "last_name": "Hostile",
                                    "full_name": f"{HOSTILE_FIRST} Hostile", "ticket_type": "Participant"})
    window = open_desk(db_path)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    return window


def test_the_roster_tooltip_and_the_chosen_line_show_the_name_as_text(hostile_desk, qtbot):
    window = hostile_desk
    tip = window.model.data(window.model.index(0, RosterModel.NAME), Qt.ItemDataRole.ToolTipRole)
    assert "<h1 style='font-size:90px'>FREE</h1>" in shown_as(tip)
    window.searcher.select_row(0)
    qtbot.waitUntil(lambda: window.chosen.status is not None)
    QApplication.processEvents()
    line = window.ui.chosen
    assert line.textFormat() == Qt.TextFormat.PlainText and "<h1" in line.text()
    assert line.height() < 200                                      # not a 90-pixel headline

"""The kiosk greets whoever an export says, at a public door: a first name from an export is shown as
one short line of plain text, whatever it holds.

It was shown as Qt's "auto" text: `<h1 style='font-size:200px'>FREE</h1><img src=...>` was rendered
as HTML at the door (and loaded a file from this computer as an image); a line break made the kiosk
say a second message of the name's ("Go to room 5!"); an unbroken 20,000-character name made the
fullscreen window 882,334 pixels wide (4 s to lay out), every word of the screen off its edges.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.roster.names import GREETING_CHARS, greeting_name
from kiosk.store import open_event_db, settings
from tests.ui.kiosk.test_kiosk_window import add, open_kiosk, scan, visible_text  # noqa: F401 (fixtures)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HOSTILE = {
    "html": ("<h1 style='font-size:200px'>FREE</h1><img src='x.png'>", "<h1 style="),
    "lines": ("Ana\n\n\nGo to room 5", "Ana Go to room 5"),
    "unbroken": ("W" * 20000, "W" * (GREETING_CHARS - 1) + "\u2026"),
    "override": ("\u202eanA", "anA"),
    "escape": ("Ana\x1b]0;x\x07", "Ana]0;x"),
    "zero-width": ("\u200b", None),
}


@pytest.mark.parametrize("first, shown", [
    ("Anaïs", "Anaïs"), ("  Mary   Ann ", "Mary Ann"), ("王小明", "王小明"), ("\u202eanA", "anA"),
    ("Ana\u2028Bob", "Ana Bob"), ("\u200b", ""), ("\u0301\u0301", ""),
    ("Maria Guadalupe Fernanda Ximena", "Maria Guadalupe Fernand\u2026"),
])
def test_the_greeting_is_one_short_visible_line(first, shown):
    assert greeting_name({"first_name": first, "full_name": first}) == shown


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_first_name_is_greeted_as_plain_text_on_one_screen(qtbot, open_kiosk, db_path, kind, language,  # noqa: F811
                                                                      tmp_path):
    name, expected = HOSTILE[kind]
    with open_event_db(db_path) as db:
        db.set_event("Door Test", [], "America/Toronto")
        settings.set_value(db, "kiosk_pin", "482916")
        add(db, code="H-1", first_name=name, last_name="Hostile")
    window = open_kiosk(db_path, size=(1366, 768))
    if language == "fr":
        qtbot.mouseClick(window.idle_page.language_buttons["fr"], Qt.MouseButton.LeftButton)
    scan(qtbot, window, "H-1", "welcome")
    shown = visible_text(window)
    welcome = "Bienvenue" if language == "fr" else "Welcome"
    if expected is None:
        assert f"{welcome}\u202f!" in shown or f"{welcome}!" in shown      # French: a thin no-break space
    else:
        assert f"{welcome}, {expected}" in shown, shown
    assert "Hostile" not in shown                                # still the first name only
    pages = (window.result_page, window.idle_page)           # where names and the event's name are shown
    words = [label for page in pages for label in page.findChildren(QLabel) if label.property("role")]
    assert len(words) >= 9 and all(label.textFormat() == Qt.TextFormat.PlainText for label in words)
    assert (window.width(), window.height()) == (1366, 768)
    labels = [label for label in window.findChildren(QLabel) if label.isVisibleTo(window) and label.text()]
    assert all(0 <= label.geometry().left() and label.geometry().right() < 1366 for label in labels)
    assert window.grab().save(str(tmp_path / f"kiosk-hostile-{kind}-{language}.png"))

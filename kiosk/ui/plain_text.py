"""Text that came from a file, a scan or a person, shown by Qt as exactly its characters.

Qt takes a label's or a tooltip's text for HTML when it "might be rich text" (a tag near its
start): a name from an export such as `<img src=/home/...>` would then load a file of this
computer into the desk's window, and `<h1>` would shout. Labels that show such text are set to
plain text (`plain_label`); a tooltip cannot be, so its text is escaped (`tooltip`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt as CoreQt
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel


def tooltip(text: str) -> str:
    """`text` as a tooltip that shows these characters, line breaks kept, never as HTML."""
    if not text or not Qt.mightBeRichText(text):
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_label(label: QLabel) -> QLabel:
    """`label` set to show its text as text (returned for chaining)."""
    label.setTextFormat(CoreQt.TextFormat.PlainText)
    return label

"""Text that came from a file, a scan or a person, shown by Qt as exactly its characters.

Qt takes a label's or a tooltip's text for HTML when it "might be rich text" (a tag near its
start): a name from an export such as `<img src=/home/...>` would then load a file of this
computer into the desk's window, and `<h1>` would shout. Labels that show such text are set to
`Qt.TextFormat.PlainText`; a tooltip has no such setting, so its text is escaped here.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def tooltip(text: str) -> str:
    """`text` as a tooltip that shows these characters, line breaks kept, never as HTML."""
    if not text or not Qt.mightBeRichText(text):
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


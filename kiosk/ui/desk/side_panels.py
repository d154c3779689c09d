"""The desk's smaller panels: the live counter, the recent scans and the status bar (the camera is
kiosk/ui/camera_view.py).

- `LiveCounter`: "Checked in today" and "132 / 560" in large type, readable from the line.
- `RecentScans`: this station's latest scans, newest first, in the event's time (kiosk/clock.py);
  a check-in undone since is struck out and says so.
- `DeskStatusBar`: the station, the event and its day, one message area, the printer and the camera.
  Every message goes to its one message area (`showMessage` included), so a message never covers
  the printer's state; labels give up width before the window grows past the screen (`ElidedLabel`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QSizePolicy, QStatusBar, QVBoxLayout

from kiosk.clock import format_day, format_instant
from kiosk.ui import i18n
from kiosk.ui.plain_text import tooltip
from kiosk.ui.verdicts import verdict_icon, verdict_title


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" rather than widen the window; all of it in the tooltip."""

    def __init__(self, text: str = "", parent=None, *, whole_when_room: bool = False):
        super().__init__(text, parent)
        # whole_when_room: asks for its whole text's width and is shortened only when the room is short
        # (the event and its day beside an empty message area); else it takes the share it is given
        self.whole_when_room = whole_when_room
        self.setSizePolicy(QSizePolicy.Policy.Preferred if whole_when_room else QSizePolicy.Policy.Ignored,
                           QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.setTextFormat(Qt.TextFormat.PlainText)   # a name from an export is text, never HTML

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(tooltip(text) if text else "")

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(40, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        if self.whole_when_room:
            margins = self.contentsMargins()
            hint.setWidth(self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 4)
        return hint

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), shown)
        painter.end()


class LiveCounter(QFrame):
    """Today's check-ins out of those expected, large enough to read from the line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("liveCounter")
        self.setStyleSheet("#liveCounter { background: #263238; border-radius: 8px; } "
                           "#liveCounter QLabel { color: #ffffff; background: transparent; }")
        self.caption = QLabel()
        self.figure = QLabel()
        self.figure.setObjectName("counterFigure")
        caption_font = QFont()
        caption_font.setPointSize(13)
        caption_font.setBold(True)
        self.caption.setFont(caption_font)
        figure_font = QFont()
        figure_font.setPointSize(34)
        figure_font.setBold(True)
        self.figure.setFont(figure_font)
        for label in (self.caption, self.figure):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.figure)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.checked_in, self.expected = 0, 0
        self.set_counts(0, 0)

    def set_counts(self, checked_in: int, expected: int) -> None:
        self.checked_in, self.expected = checked_in, expected
        loc = i18n.locale_for()
        self.caption.setText(self.tr("Checked in today"))
        self.figure.setText(f"{loc.toString(checked_in)} / {loc.toString(expected)}")
        self.setAccessibleName(i18n.arg(self.tr("Checked in today: %1 of %2"), checked_in, expected))

    def text(self) -> str:
        return f"{self.caption.text()}: {self.figure.text()}"

    def retranslate(self) -> None:
        self.set_counts(self.checked_in, self.expected)


class RecentScans(QListWidget):
    """This station's latest scans, newest first: time, verdict icon and words, name."""

    attendee_chosen = Signal(int)
    ANNULLED_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setIconSize(QSize(22, 22))
        font = QFont(self.font())
        font.setPointSize(11)
        self.setFont(font)
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(True)
        self.itemActivated.connect(self._activated)

    def set_attempts(self, attempts: list[dict], timezone: str, day: str = "") -> None:
        self.clear()
        lang = i18n.current_language()
        for a in attempts:
            name = a.get("full_name") or " ".join(p for p in (a.get("first_name"), a.get("last_name")) if p) \
                or (a.get("payload") or "")[:32]
            when = format_instant(a["at"], timezone, "auto", lang, today=day or None)
            text = f"{when}  {verdict_title(a['verdict']).capitalize()}  —  {name}"
            if a.get("annulled"):
                text += "  " + self.tr("(undone)")
            item = QListWidgetItem(verdict_icon(a["verdict"], 22), text)
            item.setData(Qt.ItemDataRole.UserRole, a.get("attendee_id"))
            item.setData(Qt.ItemDataRole.UserRole + 1, a["verdict"])
            item.setData(self.ANNULLED_ROLE, bool(a.get("annulled")))
            if a.get("annulled"):
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(Qt.GlobalColor.darkGray)
            self.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        attendee_id = item.data(Qt.ItemDataRole.UserRole)
        if attendee_id:
            self.attendee_chosen.emit(int(attendee_id))


class DeskStatusBar(QStatusBar):
    """Station, event and day, one message area, the printer and the camera, always visible."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.station = QLabel()
        self.event_label = ElidedLabel(whole_when_room=True)
        self.message = ElidedLabel()
        self.message.setObjectName("statusMessage")
        self.message.setStyleSheet("#statusMessage { color: #0d47a1; font-weight: bold; }")
        self.printer = ElidedLabel(whole_when_room=True)
        self.printer.setObjectName("printerStatus")
        self.camera = QLabel()
        bold = QFont()
        bold.setPointSize(11)
        bold.setBold(True)
        self.station.setFont(bold)
        self.addWidget(self.station)
        self.addWidget(self.event_label)
        self.addWidget(self.message, 1)
        self.addPermanentWidget(self.printer)
        self.addPermanentWidget(self.camera)
        self.printer.setVisible(False)
        self.camera.setVisible(False)
        self.printer_hint = ""
        self._clear = QTimer(self, singleShot=True)
        self._clear.timeout.connect(lambda: self.message.setText(""))

    # -- the one message area ------------------------------------------------------------------
    def showMessage(self, text: str, timeout: int | None = 0) -> None:  # noqa: N802 - Qt's name, for every caller
        """A passing message, in its own area (never over the printer's state)."""
        self.message.setText(text)
        if timeout:
            self._clear.start(timeout)
        else:
            self._clear.stop()

    def clearMessage(self) -> None:  # noqa: N802
        self.message.setText("")

    def currentMessage(self) -> str:  # noqa: N802
        return self.message.text()

    # -- the rest ------------------------------------------------------------------------------
    def set_station(self, name: str) -> None:
        self.station.setText(self.tr("Station: %1").replace("%1", name))

    def set_event(self, name: str, day: str) -> None:
        words = format_day(day, i18n.current_language()) if day else ""
        self.event_label.setText(" · ".join(p for p in (name, words) if p))
        self.event_label.updateGeometry()

    def set_printer(self, text: str) -> None:
        """The badges' state, or a printing problem: its first words here, all of it in the tooltip."""
        self.printer.setText(text)
        self.printer.updateGeometry()
        self.printer.setToolTip("\n\n".join(p for p in (text, self.printer_hint) if p))
        self.printer.setVisible(bool(text))

    def set_camera(self, text: str) -> None:
        self.camera.setText(text)
        self.camera.setVisible(bool(text))

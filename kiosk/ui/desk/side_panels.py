"""The desk's smaller panels: the recent scans list and the status bar (the camera: kiosk/ui/camera_view.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStatusBar

from kiosk.ui.desk.timefmt import local_time
from kiosk.ui.verdicts import verdict_icon, verdict_title


class RecentScans(QListWidget):
    """This station's latest scans, newest first: time, verdict icon and words, name."""

    attendee_chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setIconSize(QSize(22, 22))
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(True)
        self.itemActivated.connect(self._activated)

    def set_attempts(self, attempts: list[dict], timezone: str) -> None:
        self.clear()
        for a in attempts:
            name = a.get("full_name") or " ".join(p for p in (a.get("first_name"), a.get("last_name")) if p) \
                or (a.get("payload") or "")[:32]
            text = f"{local_time(a['at'], timezone)}  {verdict_title(a['verdict']).capitalize()}  —  {name}"
            item = QListWidgetItem(verdict_icon(a["verdict"], 22), text)
            item.setData(Qt.ItemDataRole.UserRole, a.get("attendee_id"))
            item.setData(Qt.ItemDataRole.UserRole + 1, a["verdict"])
            self.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        attendee_id = item.data(Qt.ItemDataRole.UserRole)
        if attendee_id:
            self.attendee_chosen.emit(int(attendee_id))


class DeskStatusBar(QStatusBar):
    """Station, event, today's counter, the printer and the camera, always visible."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.station = QLabel()
        self.event_label = QLabel()
        self.counter = QLabel()
        self.printer = QLabel()
        self.camera = QLabel()
        bold = QFont()
        bold.setPointSize(12)
        bold.setBold(True)
        self.counter.setFont(bold)
        self.station.setFont(bold)
        for w in (self.station, self.event_label, self.camera, self.printer):
            self.addWidget(w)
        self.addPermanentWidget(self.counter)
        self.printer.setVisible(False)
        self.printer_hint = ""

    def set_station(self, name: str) -> None:
        self.station.setText(self.tr("Station: %1").replace("%1", name))

    def set_event(self, name: str, day: str) -> None:
        self.event_label.setText(f"{name} · {day}" if name else "")

    def set_counts(self, checked_in: int, expected: int) -> None:
        self.counter.setText(self.tr("Checked in today: %1 / %2").replace("%1", str(checked_in))
                             .replace("%2", str(expected)))

    #: A problem's whole paragraph would widen the window past the screen: the bar shows its start.
    PRINTER_CHARS = 70

    def set_printer(self, text: str) -> None:
        """The badges' state, or a printing problem: its first words here, all of it in the tooltip."""
        shown = text if len(text) <= self.PRINTER_CHARS else text[:self.PRINTER_CHARS - 1].rstrip() + "…"
        self.printer.setText(shown)
        self.printer.setToolTip("\n\n".join(p for p in (text if shown != text else "", self.printer_hint) if p))
        self.printer.setVisible(bool(text))

    def set_camera(self, text: str) -> None:
        self.camera.setText(text)

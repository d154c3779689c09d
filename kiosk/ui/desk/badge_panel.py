"""The badge of the last person checked in, rendered off the GUI thread.

Rendering a badge (ReportLab, then QtPdf to an image) costs 30-50 ms, and the first one loads the
fonts (over half a second): too long for the GUI thread of a desk scanning at full speed. A small
render thread takes the newest request only (a burst of check-ins renders the last badge once) and
hands back a QImage (safe to create off the GUI thread); the panel turns it into a pixmap.
Uses `render_badge_image` from kiosk/ui/badge_preview.py (the printing engineer's renderer).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QSize, Qt, QThread, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

from kiosk.errors import KnownError
from kiosk.ui.badge_preview import with_shadow

log = logging.getLogger(__name__)


class BadgeRenderThread(QThread):
    rendered = Signal(int, object, object)   # serial, QImage or None, notes or error text

    def __init__(self, render, parent=None):
        super().__init__(parent)
        self.setObjectName("badge-render")
        self._render = render
        self._cond = threading.Condition()
        self._request = None
        self._serial = 0
        self._stopping = False

    def request(self, *args) -> int:
        with self._cond:
            self._serial += 1
            self._request = (self._serial, args)
            self._cond.notify()
            return self._serial

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify()
        self.wait()

    def run(self) -> None:
        while True:
            with self._cond:
                while self._request is None and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    return
                serial, args = self._request
                self._request = None
            try:
                image, notes = self._render(*args)
                self.rendered.emit(serial, image, notes)
            except KnownError as exc:
                self.rendered.emit(serial, None, [str(exc)])
            except Exception as exc:  # a badge problem never stops the desk
                log.exception("badge preview failed")
                self.rendered.emit(serial, None, [f"{type(exc).__name__}: {exc}"])


class BadgePanel(QLabel):
    """Shows the badge the person will get; `show_badge(attendee, stock, template, event)`."""

    def __init__(self, render, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(200, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Badge preview"))
        self.image: QImage | None = None
        self.notes: list[str] = []
        self.shown_for: int | None = None   # attendee id of the badge on screen
        self._pending_for: int | None = None
        self._serial = 0
        self.worker = BadgeRenderThread(render, self)
        self.worker.rendered.connect(self._on_rendered)
        self.worker.start()

    def show_badge(self, attendee: dict, stock, template, event) -> None:
        room = self.contentsRect().size() - QSize(16, 16)
        size = QSize(max(room.width(), 240), max(room.height(), 160))
        self._pending_for = attendee.get("id")
        self._serial = self.worker.request(attendee, stock, template, event, size)

    def warm_up(self, stock, template, event) -> None:
        """Render a sample badge now (the first render loads the fonts), and show nothing."""
        sample = {"id": 0, "code": "WARM-UP", "first_name": "Sample", "last_name": "Name", "full_name": "Sample Name",
                  "organization": "", "ticket_type": "", "pronouns": "", "notes": "", "email": "", "status": "active"}
        self.worker.request(sample, stock, template, event, QSize(240, 160))

    def _on_rendered(self, serial: int, image, notes) -> None:
        if serial != self._serial:
            return
        self.notes = list(notes or [])
        if image is None:
            self.image = None
            self.setPixmap(QPixmap())
            self.setText("\n".join(self.notes))
            return
        self.image = image
        self.shown_for = self._pending_for
        self.setPixmap(QPixmap.fromImage(with_shadow(image)))
        self.setToolTip("\n".join(self.notes))

    def stop(self) -> None:
        self.worker.stop()


"""The badge of the last person checked in, rendered off the GUI thread.

Rendering a badge (ReportLab, then QtPdf to an image) costs 30-50 ms, and the first one loads the
fonts (over half a second): too long for the GUI thread of a desk scanning at full speed. A
`LatestWorker` (kiosk/ui/threads.py) renders the newest request only (a burst of check-ins renders
the last badge once) and hands back a QImage (safe to create off the GUI thread); the panel turns
it into a pixmap. A badge that cannot be drawn shows why, in words; the next one renders as usual.
The preview is the badge as it will print: the person's badge text with any fix an organizer made
(kiosk/badges/overrides.py `badge_person`) and the template of their ticket type, read on the
worker's own connection. Uses `render_badge_image` from kiosk/ui/badge_preview.py.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.ui.badge_preview import render_badge_image, with_shadow
from kiosk.ui.threads import LatestWorker
from kiosk.ui.plain_text import tooltip


def preview_settings(db) -> dict:
    """What the preview needs from the event: stock, template and the event's context (runs on a task)."""
    from kiosk.badges.render import event_context
    from kiosk.printing.settings import PrintSettings

    settings = PrintSettings.from_db(db)
    return {"stock": settings.badge_stock, "template": settings.badge_template, "event": event_context(db)}


def preview_image(db, attendee: dict, stock, template, event, size: QSize):
    """The badge as it will print (runs on the worker): with a database, the badge text in force and
    the template of the person's ticket type; the warm-up's sample (id 0) as given."""
    if db is not None and attendee.get("id"):
        from kiosk.badges.overrides import badge_person
        from kiosk.printing.settings import PrintSettings

        attendee = badge_person(db, attendee["id"])
        template = PrintSettings.from_db(db).template_for(attendee.get("ticket_type") or "")
    return render_badge_image(attendee, stock, template, event, size)


#: The badge is drawn once a burst of scans is over (rendering is heavy Python).
RENDER_AFTER_MS = 350


class BadgePanel(QLabel):
    """Shows the badge the person will get: `show_for(attendee)` once `set_settings(preview_settings)`
    told it the stock, template and event; `show_badge(attendee, stock, template, event)` at once."""

    def __init__(self, db_path=None, parent: QWidget | None = None):
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
        self.settings: dict | None = None
        self.person: dict | None = None         # whose badge to show once the burst is over
        self._shadowed = QPixmap()              # the last badge drawn, shown scaled to the room there is
        self._timer = QTimer(self, singleShot=True, interval=RENDER_AFTER_MS)
        self._timer.timeout.connect(self._render)
        if db_path is not None:
            self.worker = LatestWorker("badge-render", preview_image, db_path=db_path, parent=self,
                                       what=QT_TRANSLATE_NOOP("Tasks", "drawing the badge preview"))
        else:
            self.worker = LatestWorker("badge-render", lambda *args: preview_image(None, *args), parent=self,
                                       what=QT_TRANSLATE_NOOP("Tasks", "drawing the badge preview"))
        self.worker.answered.connect(self._on_rendered)
        self.worker.failed.connect(self._on_failed)
        self.worker.start()

    def set_settings(self, settings: dict, *, warm_up: bool = False) -> None:
        """The event's stock, template and context (`preview_settings`); a badge on screen follows them."""
        self.settings = settings
        if self.person is not None:
            self._timer.start()
        elif warm_up:
            self.warm_up(settings["stock"], settings["template"], settings["event"])

    def show_for(self, attendee: dict) -> None:
        """Show `attendee`'s badge once the burst of scans is over."""
        self.person = attendee
        if self.settings:
            self._timer.start()

    def forget(self) -> None:
        """The person's check-in was undone: their badge no longer shows as the last one in."""
        self._timer.stop()
        self.person = None
        self.shown_for = None
        self._serial = -1                  # a render on its way for them is dropped
        self.image = None
        self._shadowed = QPixmap()
        self.setPixmap(QPixmap())
        box = self.parentWidget()
        if box is not None:
            box.setVisible(False)

    def _render(self) -> None:
        if self.person is not None and self.settings:
            box = self.parentWidget()
            if box is not None:
                box.setVisible(True)
            b = self.settings
            self.show_badge(self.person, b["stock"], b["template"], b["event"])

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

    def _on_failed(self, serial: int, message: str) -> None:
        if serial != self._serial:
            return      # the warm-up's answer
        self.notes = [message]
        self.image = None
        self._shadowed = QPixmap()
        self.setPixmap(QPixmap())
        self.setText(message)

    def _on_rendered(self, serial: int, answer: tuple[QImage, list[str]]) -> None:
        if serial != self._serial:
            return
        image, notes = answer
        self.notes = list(notes or [])
        self.image = image
        self.shown_for = self._pending_for
        self._shadowed = QPixmap.fromImage(with_shadow(image))
        self._fit()
        self.setToolTip(tooltip("\n".join(self.notes)))

    def _fit(self) -> None:
        """The badge whole in the room the panel has now (the layout may have changed since it was drawn)."""
        picture = self._shadowed
        if picture.isNull():
            return
        room = self.contentsRect().size()
        if picture.width() > room.width() or picture.height() > room.height():
            picture = picture.scaled(room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.setPixmap(picture)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def stop(self) -> None:
        self._timer.stop()
        self.worker.stop()


"""A badge preview for the desk window: the real PDF of one badge, rasterised with QtPdf.

Rendering one badge takes a few milliseconds once fonts are loaded, so it runs on the GUI thread;
the picture is re-rasterised when the widget is resized. Sheet stocks show one badge, not a sheet.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QSizePolicy

from kiosk.badges.stocks import Stock, get_stock
from kiosk.errors import KnownError

log = logging.getLogger(__name__)


def with_shadow(image: QImage) -> QImage:
    """The badge on a soft drop shadow, so a white badge stands out from a white window."""
    pad = 6
    canvas = QImage(image.width() + pad * 2, image.height() + pad * 2, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for i, alpha in enumerate((10, 16, 24)):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, alpha))
        painter.drawRoundedRect(pad - 3 + i + 1, pad - 3 + i + 3, image.width() + 6 - 2 * i, image.height() + 6 - 2 * i, 4, 4)
    painter.drawImage(pad, pad, image)
    painter.setPen(QColor(0, 0, 0, 40))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(pad, pad, image.width() - 1, image.height() - 1)
    painter.end()
    return canvas


def single_badge_stock(stock: Stock) -> Stock:
    """The stock with its page cut down to one label, for previews."""
    return replace(stock, page_w=stock.label_w, page_h=stock.label_h, cols=1, rows=1, left=0.0, top=0.0,
                   pitch_x=stock.label_w, pitch_y=stock.label_h, cut_marks=False)


def render_badge_image(attendee: dict, stock, template=None, event: dict | None = None,
                       size: QSize = QSize(600, 400)) -> tuple[QImage, list[str]]:
    """One badge as an image fitting `size` (aspect kept), and the notes the renderer made."""
    from kiosk.badges.render import render_badge_bytes     # ReportLab: loaded with the first badge, not at start-up

    one = single_badge_stock(get_stock(stock))
    pdf, report = render_badge_bytes(attendee, one, template, event)
    doc = QPdfDocument()
    buf = QBuffer()
    buf.setData(QByteArray(pdf))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    page = doc.pagePointSize(0)
    scale = min(size.width() / page.width(), size.height() / page.height())
    rendered = doc.render(0, QSize(max(1, int(page.width() * scale)), max(1, int(page.height() * scale))))
    doc.close()
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))  # the PDF page is transparent: a badge is white card
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image, [f"{i.field}: {i.message}" for i in report.issues]


class BadgePreview(QLabel):
    """Shows the badge an attendee will get. `show_badge(attendee, stock, template, event)`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Badge preview")
        self._args: tuple | None = None
        self._room = QSize()
        self.notes: list[str] = []
        self.image: QImage | None = None
        self.clear_badge()

    def clear_badge(self) -> None:
        self._args = None
        self.image = None
        self.notes = []
        self.setPixmap(QPixmap())
        self.setText("No badge to show")

    def show_badge(self, attendee: dict, stock, template=None, event: dict | None = None) -> None:
        self._args = (attendee, stock, template, event)
        self._refresh()

    def _refresh(self) -> None:
        if not self._args:
            return
        attendee, stock, template, event = self._args
        room = self.contentsRect().size() - QSize(12, 12)
        self._room = room
        try:
            image, self.notes = render_badge_image(attendee, stock, template, event,
                                                   QSize(max(room.width(), 80), max(room.height(), 60)))
        except KnownError as exc:
            self.image = None
            self.setPixmap(QPixmap())
            self.setText(str(exc))
            self.notes = [str(exc)]
            return
        self.image = image
        self.setPixmap(QPixmap.fromImage(with_shadow(image)))
        self.setToolTip("\n".join(self.notes))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        room = self.contentsRect().size() - QSize(12, 12)
        if self._args and (abs(room.width() - self._room.width()) > 24 or abs(room.height() - self._room.height()) > 24):
            self._refresh()

"""One badge as a picture: the real PDF of the badge, rasterised with QtPdf, on a soft shadow.

`render_badge_image(attendee, stock, template, event, size)` returns a QImage (safe to make off the
GUI thread: the desk's badge panel renders on a worker, kiosk/ui/desk/badge_panel.py) and the
renderer's notes. Sheet stocks show one badge, not the sheet.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from kiosk.badges.stocks import Stock, get_stock
from kiosk.ui.i18n import said

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
    return image, [f"{i.field}: {said(i.message)}" for i in report.issues]

"""The kiosk's live camera preview: mirrored like a mirror, with a frame showing where to hold the code.

`CameraView` paints the newest preview image (the camera worker mirrors it) scaled to fit, darkens
the area outside a centred square and draws bright corner brackets around it. Without an image it
paints the frame on its own with a short line of text (camera starting, no camera: use the scanner).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.kiosk import look


class CameraView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._image: QImage | None = None
        self._placeholder = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)

    def set_image(self, image: QImage) -> None:
        self._image = image
        self.update()

    def clear_image(self) -> None:
        self._image = None
        self.update()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.setAccessibleDescription(text)
        self.update()

    def has_image(self) -> bool:
        return self._image is not None and not self._image.isNull()

    def _picture_rect(self) -> QRectF:
        """Where the picture goes: the preview's aspect ratio (4:3 without one), centred."""
        w, h = self.width(), self.height()
        ratio = (self._image.width() / self._image.height()) if self.has_image() else 4 / 3
        if w / h > ratio:
            pw, ph = h * ratio, h
        else:
            pw, ph = w, w / ratio
        return QRectF((w - pw) / 2, (h - ph) / 2, pw, ph)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pic = self._picture_rect()
        if self.has_image():
            p.drawImage(pic, self._image)
        else:
            p.fillRect(pic, QColor("#12293f"))
        side = min(pic.width(), pic.height()) * 0.66
        target = QRectF(pic.center().x() - side / 2, pic.center().y() - side / 2, side, side)
        # darken outside the target square so the eye goes to it
        outside = QPainterPath()
        outside.addRect(pic)
        inner = QPainterPath()
        inner.addRoundedRect(target, side * 0.06, side * 0.06)
        p.fillPath(outside.subtracted(inner), QColor(0, 0, 0, 110))
        # corner brackets
        pen = QPen(QColor(look.ACCENT), max(4.0, side * 0.035), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        arm = side * 0.22
        for x, y, dx, dy in ((target.left(), target.top(), 1, 1), (target.right(), target.top(), -1, 1),
                             (target.left(), target.bottom(), 1, -1), (target.right(), target.bottom(), -1, -1)):
            p.drawLine(int(x), int(y), int(x + dx * arm), int(y))
            p.drawLine(int(x), int(y), int(x), int(y + dy * arm))
        if not self.has_image() and self._placeholder:
            font = QFont(self.font())
            font.setPixelSize(max(16, int(side * 0.075)))
            p.setFont(font)
            p.setPen(QColor(look.SOFT_TEXT))
            p.drawText(target.adjusted(side * 0.08, 0, -side * 0.08, 0),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._placeholder)
        p.end()

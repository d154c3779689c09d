"""The live camera picture, for the desk and the kiosk: one widget, two looks.

`CameraView()` (the desk) paints the newest frame scaled to fit on a dark ground, with a band of
text at the bottom (`set_status`: "Camera ready", "No camera: ..."). `CameraView(guide=True)` (the
kiosk) paints the (mirrored) preview, darkens the area outside a centred square and draws bright
corner brackets around it, so an attendee sees where to hold the code; without a picture it paints
the frame alone with a short line of text (`set_placeholder`). Frames come from the camera worker
as QImages that own their pixels (kiosk/ui/camera_worker.py).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.kiosk import look


class CameraView(QWidget):
    def __init__(self, parent: QWidget | None = None, *, guide: bool = False):
        super().__init__(parent)
        self.guide = guide
        self._image: QImage | None = None
        self._placeholder = ""
        self.frames_shown = 0
        if guide:
            self.status = ""
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self.setMinimumSize(160, 120)
        else:
            self.status = self.tr("No camera: the keyboard scanner and the search work as usual.")
            self.setMinimumSize(QSize(320, 200))

    # -- content -------------------------------------------------------------------------------
    def set_image(self, image: QImage) -> None:
        self._image = image
        self.frames_shown += 1
        self.update()

    def clear_image(self) -> None:
        self._image = None
        self.update()

    def has_image(self) -> bool:
        return self._image is not None and not self._image.isNull()

    def set_status(self, text: str) -> None:
        """The desk's band of text at the bottom."""
        self.status = text
        self.update()

    def set_placeholder(self, text: str) -> None:
        """The kiosk's words inside the frame while there is no picture."""
        self._placeholder = text
        self.setAccessibleDescription(text)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return super().sizeHint() if self.guide else QSize(400, 300)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        if self.guide:
            self._paint_guide(p)
        else:
            self._paint_plain(p)
        p.end()

    def _paint_plain(self, p: QPainter) -> None:
        p.fillRect(self.rect(), QColor("#263238"))
        if self._image is not None and self.has_image():
            scaled = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(self.rect().center())
            p.drawImage(target, self._image)
        if self.status:
            f = QFont(self.font())
            f.setPointSize(11)
            p.setFont(f)
            band = QRect(0, self.height() - 30, self.width(), 30)
            p.fillRect(band, QColor(0, 0, 0, 170))
            p.setPen(QColor("#ffffff"))
            p.drawText(band.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       self.status)

    def _picture_rect(self) -> QRectF:
        """Where the picture goes: the preview's aspect ratio (4:3 without one), centred."""
        w, h = self.width(), self.height()
        ratio = (self._image.width() / self._image.height()) if self._image is not None and self.has_image() else 4 / 3
        if w / max(h, 1) > ratio:
            pw, ph = h * ratio, float(h)
        else:
            pw, ph = float(w), w / ratio
        return QRectF((w - pw) / 2, (h - ph) / 2, pw, ph)

    def _paint_guide(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pic = self._picture_rect()
        if self._image is not None and self.has_image():
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


WARM_UP_AFTER_MS = 150     # the desk imports the scanning modules this long after its window shows


def warm_up_scanning() -> None:
    """Import OpenCV, numpy and the decoder on a short-lived thread: a module import, no Qt object
    and no database (the import lock makes a later import on the GUI thread wait for it)."""
    import importlib
    import threading

    threading.Thread(target=importlib.import_module, args=("kiosk.ui.camera_worker",), name="warm-up-scanning",
                     daemon=True).start()

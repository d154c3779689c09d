"""How each check-in verdict looks and reads, shared by the desk window and the self-scan kiosk.

A verdict is never told by colour alone: every one has its own icon shape (drawn here, so no font
or image file is needed), its own words and a colour pair chosen for high contrast (at least 7:1,
readable from a metre away). `problem` is not a verdict of the rules: it is shown when the check-in
could not be saved (database locked, read-only, full or damaged) and says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap



@dataclass(frozen=True)
class VerdictLook:
    verdict: str
    background: str   # hex colour of the banner
    foreground: str   # text and icon colour on that background
    shape: str        # icon shape: check, alert, repeat, question, cross, calendar, stop, scan, none

    @property
    def title(self) -> str:
        return verdict_title(self.verdict)

    def icon(self, size: int = 96) -> QPixmap:
        return draw_icon(self.shape, size, self.foreground)


LOOKS: dict[str, VerdictLook] = {
    "ok": VerdictLook("ok", "#1b5e20", "#ffffff", "check"),
    "attention": VerdictLook("attention", "#ffc107", "#1a1a1a", "alert"),
    "already": VerdictLook("already", "#0d47a1", "#ffffff", "repeat"),
    "unknown": VerdictLook("unknown", "#a31515", "#ffffff", "question"),
    "not_ticket": VerdictLook("not_ticket", "#37474f", "#ffffff", "question"),
    "cancelled": VerdictLook("cancelled", "#880e4f", "#ffffff", "cross"),
    "not_today": VerdictLook("not_today", "#4a148c", "#ffffff", "calendar"),
    "choose": VerdictLook("choose", "#004d40", "#ffffff", "question"),
    "problem": VerdictLook("problem", "#000000", "#ffeb3b", "stop"),
    "idle": VerdictLook("idle", "#eceff1", "#263238", "scan"),
    "undone": VerdictLook("undone", "#455a64", "#ffffff", "undo"),
}


def look(verdict: str) -> VerdictLook:
    return LOOKS.get(verdict, LOOKS["unknown"])


def verdict_title(verdict: str) -> str:
    """The banner's headline for a verdict, in the interface language."""
    titles = {
        "ok": QCoreApplication.translate("Verdict", "CHECKED IN"),
        "attention": QCoreApplication.translate("Verdict", "CHECKED IN: SEE NOTE"),
        "already": QCoreApplication.translate("Verdict", "ALREADY CHECKED IN"),
        "unknown": QCoreApplication.translate("Verdict", "UNKNOWN TICKET"),
        "not_ticket": QCoreApplication.translate("Verdict", "NOT A TICKET"),
        "cancelled": QCoreApplication.translate("Verdict", "NOT ADMITTED"),
        "not_today": QCoreApplication.translate("Verdict", "NOT VALID TODAY"),
        "choose": QCoreApplication.translate("Verdict", "CHOOSE THE PERSON"),
        "problem": QCoreApplication.translate("Verdict", "NOT SAVED"),
        "idle": QCoreApplication.translate("Verdict", "READY TO SCAN"),
        "undone": QCoreApplication.translate("Verdict", "CHECK-IN UNDONE"),
    }
    return titles.get(verdict, verdict.upper())


def verdict_advice(verdict: str) -> str:
    """What the volunteer does next, one short line."""
    advice = {
        "ok": QCoreApplication.translate("Verdict", "Welcome them in."),
        "attention": QCoreApplication.translate("Verdict", "Admitted. Read the note before they go."),
        "already": QCoreApplication.translate("Verdict", "Ask whether someone else used this ticket."),
        "unknown": QCoreApplication.translate("Verdict", "Search the name instead, or add a walk-in (Ctrl+N)."),
        "not_ticket": QCoreApplication.translate("Verdict", "This code is not a ticket. Ask for the ticket or search the name."),
        "cancelled": QCoreApplication.translate("Verdict", "Send them to the organizer's table."),
        "not_today": QCoreApplication.translate("Verdict", "Their ticket is for another day. Send them to the organizer's table."),
        "choose": QCoreApplication.translate("Verdict", "This ticket's order holds several people. Ask their name and "
                                                        "choose them; nobody is checked in yet."),
        "problem": QCoreApplication.translate("Verdict", "This check-in was NOT recorded. Read the message, then scan again."),
        "idle": QCoreApplication.translate("Verdict", "Scan a ticket, or type a name to search."),
    }
    return advice.get(verdict, "")


def draw_icon(shape: str, size: int, colour: str) -> QPixmap:
    """A flat icon drawn with thick strokes inside a ring: distinct shapes, not distinct colours."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    if shape == "none":
        return pix
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = QColor(colour)
    w = max(2.0, size * 0.09)
    pen = QPen(c, w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    m = w / 2 + 1
    ring = QRectF(m, m, size - 2 * m, size - 2 * m)
    s = size
    if shape == "stop":  # an octagon
        path = QPainterPath()
        r = (size - 2 * m) / 2
        cx = cy = size / 2
        for i in range(8):
            a = math.pi / 8 + i * math.pi / 4
            pt = QPointF(cx + r * math.cos(a), cy + r * math.sin(a))
            path.moveTo(pt) if i == 0 else path.lineTo(pt)
        path.closeSubpath()
        p.drawPath(path)
    elif shape == "alert":  # a triangle
        path = QPainterPath()
        path.moveTo(s / 2, m + w / 2)
        path.lineTo(s - m, s - m)
        path.lineTo(m, s - m)
        path.closeSubpath()
        p.drawPath(path)
    elif shape == "undo":  # an arrow turning back
        p.drawArc(QRectF(s * 0.18, s * 0.18, s * 0.64, s * 0.64), 90 * 16, -270 * 16)
        p.drawPolyline([QPointF(s * 0.64, s * 0.06), QPointF(s * 0.5, s * 0.18), QPointF(s * 0.64, s * 0.31)])
    elif shape == "scan":  # the corners of a viewfinder and a scan line
        k = s * 0.28
        for (x, y, dx, dy) in ((m, m, 1, 1), (s - m, m, -1, 1), (m, s - m, 1, -1), (s - m, s - m, -1, -1)):
            p.drawLine(QPointF(x, y), QPointF(x + dx * k, y))
            p.drawLine(QPointF(x, y), QPointF(x, y + dy * k))
        p.drawLine(QPointF(s * 0.22, s / 2), QPointF(s * 0.78, s / 2))
    elif shape == "calendar":
        p.drawRoundedRect(QRectF(m, s * 0.16, s - 2 * m, s * 0.84 - m), s * 0.08, s * 0.08)
        p.drawLine(QPointF(m, s * 0.36), QPointF(s - m, s * 0.36))
        p.drawLine(QPointF(s * 0.3, m), QPointF(s * 0.3, s * 0.24))
        p.drawLine(QPointF(s * 0.7, m), QPointF(s * 0.7, s * 0.24))
    else:
        p.drawEllipse(ring)
    if shape == "check":
        p.drawPolyline([QPointF(s * 0.27, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.74, s * 0.34)])
    elif shape == "cross" or shape == "calendar":
        k = 0.34 if shape == "cross" else 0.4
        top = k if shape == "cross" else 0.5
        bottom = 1 - k if shape == "cross" else 0.8
        p.drawLine(QPointF(s * k, s * top), QPointF(s * (1 - k), s * bottom))
        p.drawLine(QPointF(s * (1 - k), s * top), QPointF(s * k, s * bottom))
    elif shape in ("alert", "stop"):
        top, bottom = (0.36, 0.64) if shape == "alert" else (0.26, 0.58)
        p.drawLine(QPointF(s / 2, s * top), QPointF(s / 2, s * bottom))
        p.drawPoint(QPointF(s / 2, s * (bottom + 0.14)))
    elif shape == "question":
        path = QPainterPath()
        path.moveTo(s * 0.37, s * 0.38)
        path.cubicTo(s * 0.37, s * 0.2, s * 0.63, s * 0.2, s * 0.63, s * 0.38)
        path.cubicTo(s * 0.63, s * 0.5, s * 0.5, s * 0.5, s * 0.5, s * 0.62)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.drawPoint(QPointF(s / 2, s * 0.76))
    elif shape == "repeat":  # a clock: "earlier"
        p.drawLine(QPointF(s / 2, s / 2), QPointF(s / 2, s * 0.26))
        p.drawLine(QPointF(s / 2, s / 2), QPointF(s * 0.68, s * 0.6))
    p.end()
    return pix


def verdict_icon(verdict: str, size: int = 32) -> QIcon:
    """A small icon for lists (recent scans): the verdict's shape on its colour."""
    lk = look(verdict)
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(lk.background))
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2)
    inner = draw_icon(lk.shape, int(size * 0.8), lk.foreground)
    p.drawPixmap(int(size * 0.1), int(size * 0.1), inner)
    p.end()
    return QIcon(pix)


def title_font(point_size: int) -> QFont:
    f = QFont()
    f.setPointSize(point_size)
    f.setBold(True)
    return f

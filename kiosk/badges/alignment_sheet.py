"""The alignment test sheet: every badge of a stock outlined, numbered and marked at its centre, to
hold against a sheet of labels before printing badges on it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from kiosk.badges import fonts
from kiosk.badges.pdf_ops import pdf_color
from kiosk.badges.render import pdf_target
from kiosk.badges.render_report import RenderReport
from kiosk.badges.stocks import UNITS, Stock, get_stock

MM = UNITS["mm"]


def render_test_sheet(stock: str | Path | Stock, out: str | os.PathLike | BinaryIO) -> RenderReport:
    """A page with every badge outlined, numbered and marked at its centre, to check alignment.

    Print it at 100 % (no "fit to page") on plain paper, hold it against a sheet of labels to the
    light: the outlines must sit on the die-cuts.
    """
    stock = get_stock(stock)
    report = RenderReport(path=str(out) if not hasattr(out, "write") else "<memory>")
    with pdf_target(out) as fh:
        face = fonts.load("DejaVuSans", "regular").fontName
        bold = fonts.load("DejaVuSans", "bold").fontName
        c = Canvas(fh, pagesize=(stock.page_w, stock.page_h), initialFontName=face)
        c.setTitle(f"Alignment test sheet: {stock.id}")
        badge_w, badge_h = stock.badge_size
        for pos, (x, y, w, h) in enumerate(stock.cells(), start=1):
            c.setStrokeColor(pdf_color("#d0021b"))
            c.setLineWidth(0.5)
            if stock.corner_radius:
                c.roundRect(x, y, w, h, stock.corner_radius, stroke=1, fill=0)
            else:
                c.rect(x, y, w, h, stroke=1, fill=0)
            c.setStrokeColor(pdf_color("#7a869a"))
            c.setDash(2, 2)
            inset = min(3 * MM, w / 10, h / 10)
            c.rect(x + inset, y + inset, w - 2 * inset, h - 2 * inset, stroke=1, fill=0)
            c.setDash()
            cx, cy = x + w / 2, y + h / 2
            arm = min(w, h) / 8
            c.line(cx - arm, cy, cx + arm, cy)
            c.line(cx, cy - arm, cx, cy + arm)
            c.setFillColor(pdf_color("#1f2933"))
            number = min(h, w) / 4
            c.setFont(bold, number)
            c.drawCentredString(cx, cy + arm + number * 0.2, str(pos))
            small = max(5.0, min(8.0, w / 30))
            c.setFont(face, small)
            c.drawCentredString(cx, cy - arm - small * 1.6, f"{stock.id}  {w / MM:.1f} x {h / MM:.1f} mm")
            if stock.rotate:
                c.drawCentredString(cx, cy - arm - small * 3, f"badge drawn turned {stock.rotate}°")
            report.badges += 1
        c.setFillColor(pdf_color("#1f2933"))
        c.setFont(face, 6)
        note = "Alignment test: print at 100 % (no fit to page); red lines should sit on the label edges."
        if stock.top >= 12 or not stock.is_sheet:
            c.drawCentredString(stock.page_w / 2, stock.page_h - min(stock.top, 12) / 2 - 2 if stock.is_sheet else 4, note)
        c.showPage()
        report.pages = 1
        c.save()
    return report

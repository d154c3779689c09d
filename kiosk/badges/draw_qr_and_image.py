"""The pictures on a badge: a QR code (an image mask from qr.py on a white square, a module of quiet
zone) and an image such as the event's logo, each aligned in its box; a missing or unreadable
image becomes a `BadgeIssue`."""

from __future__ import annotations

import os

from reportlab.pdfgen.canvas import Canvas

from kiosk.badges import qr
from kiosk.badges.pdf_ops import fill_op, num
from kiosk.badges.placement import Placed
from kiosk.badges.render_report import BadgeIssue
from kiosk.badges.templates import Template, fill
from kiosk.badges.words import WORDS


def draw_qr(c: Canvas, p: Placed, data: str, color: str) -> None:
    """Draw the QR code of `data` in the element's box, in `color`."""
    n, mask = qr.image_mask(data)
    quiet = 1
    side = min(p.w, p.h)
    module = side / (n + 2 * quiet)
    if p.el.align == "left":
        qx = p.x
    elif p.el.align == "right":
        qx = p.x + p.w - side
    else:
        qx = p.x + (p.w - side) / 2
    if p.el.valign == "top":
        qy = p.y + p.h - side
    elif p.el.valign == "bottom":
        qy = p.y
    else:
        qy = p.y + (p.h - side) / 2
    c.addLiteral(f"q 1 g {num(qx)} {num(qy)} {num(side)} {num(side)} re f {fill_op(color)} "
                 f"{module * n:.4f} 0 0 {module * n:.4f} {num(qx + quiet * module)} {num(qy + quiet * module)} cm\n"
                 f"{mask}\nQ")


def draw_image(c: Canvas, p: Placed, values: dict[str, str], issues: list[BadgeIssue], template: Template,
               logo_path: str) -> None:
    """Draw an image element (its path relative to the template's folder), keeping its proportions."""
    raw = fill(p.el.path, values)
    if not raw:
        return
    path = raw if raw == logo_path else str(template.resolve_path(raw))
    if not os.path.isfile(path):
        issues.append(BadgeIssue(values.get("code", ""), p.el.name, WORDS("image_missing", path=path)))
        return
    anchor = {"left": "w", "right": "e"}.get(p.el.align, "c")
    anchor = {"top": "n", "bottom": "s"}.get(p.el.valign, "") + ("" if anchor == "c" and p.el.valign != "middle" else anchor)
    anchor = anchor if anchor in ("c", "n", "s", "e", "w", "ne", "nw", "se", "sw") else "c"
    try:
        c.drawImage(path, p.x, p.y, p.w, p.h, preserveAspectRatio=True, anchor=anchor, mask="auto")
    except (OSError, ValueError) as exc:
        issues.append(BadgeIssue(values.get("code", ""), p.el.name, WORDS("image_unreadable", path=path,
                                                                           why=str(exc))))

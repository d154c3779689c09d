"""Drawing one badge: `BadgeRenderer` draws badges of one template on one stock, each side in its own
coordinate system (the stock may turn it 90° onto a label, a fold template puts the back above the
front, turned 180°), element by element (draw_text.py, draw_qr_and_image.py). What a template's
fields say for an attendee (`values`) and the elements' boxes are worked out here once per template.
"""

from __future__ import annotations

import logging
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from kiosk.badges import scripts
from kiosk.badges.draw_qr_and_image import draw_image, draw_qr
from kiosk.badges.draw_text import draw_text
from kiosk.badges.pdf_ops import fill_op, num, pdf_color
from kiosk.badges.placement import MM, Placed, place
from kiosk.badges.render_report import BadgeIssue
from kiosk.badges.stocks import Stock, get_stock
from kiosk.badges.templates import Layout, Template, effective_roles, fill, load_template, role_for
from kiosk.badges.words import WORDS
from kiosk.roster.names import guest_words, join_name
from kiosk.wording import Message

log = logging.getLogger(__name__)

ATTENDEE_FIELDS = ("code", "first_name", "last_name", "full_name", "email", "organization",
                   "ticket_type", "status", "pronouns", "notes")


class BadgeRenderer:
    """Draws badges of one template on one stock; keeps its layout computations between badges."""

    def __init__(self, stock: str | Path | Stock, template: str | Path | Template | None = None, event: dict | None = None):
        self.stock = get_stock(stock)
        self.template = load_template(template)
        self.event = dict(event or {})
        self.roles, self.exact_roles, self.default_role = effective_roles(self.template, self.event.get("badge_roles"))
        badge_w, badge_h = self.stock.badge_size
        self.side_w, self.side_h = (badge_w, badge_h / 2) if self.template.fold else (badge_w, badge_h)
        self.layout: Layout = self.template.layout_for(self.side_w, self.side_h)
        self.front = place(self.layout.front, self.layout, self.side_w, self.side_h)
        self.back = place(self.layout.back, self.layout, self.side_w, self.side_h) if self.layout.back is not None else None
        logo = self.event.get("logo") or self.template.logo
        self.logo_path: str = ""
        self.logo_problem: Message | None = None
        if logo:
            path = self.template.resolve_path(logo)
            if path.is_file():
                self.logo_path = str(path)
            else:
                self.logo_problem = WORDS("logo_missing", path=path)
                log.warning("%s", self.logo_problem)

    @property
    def two_sided_sheets(self) -> bool:
        return self.back is not None and not self.template.fold

    # -- values -----------------------------------------------------------------------------
    def values(self, attendee: dict) -> dict[str, str]:
        values = {k: scripts.clean(str(attendee.get(k) or "")) for k in ATTENDEE_FIELDS}
        if not values["full_name"]:
            values["full_name"] = join_name(values["first_name"], values["last_name"])
        if not values["full_name"]:
            # a holder not named yet: "Guest of <buyer>" in the event's language (its report's)
            guest = guest_words(attendee)
            values["full_name"] = scripts.clean(guest.text(self.event.get("language", "en"))) if guest else ""
        role = role_for(values["ticket_type"], self.roles, self.exact_roles, self.default_role)
        values.update(event_name=scripts.clean(self.event.get("name", "")), logo=self.logo_path,
                      role=role.name if role else "", role_label=role.label if role else "",
                      role_color=role.color if role else "#ffffff", role_text_color=role.text_color if role else "#000000")
        return values

    # -- drawing ----------------------------------------------------------------------------
    def draw_badge(self, c: Canvas, attendee: dict, x: float, y: float, *, back: bool = False) -> list[BadgeIssue]:
        """Draw one badge in the label cell whose bottom-left corner is (x, y)."""
        stock = self.stock
        values = self.values(attendee)
        issues: list[BadgeIssue] = []
        # Operators are written directly (one `cm` per side): a batch of thousands of badges is
        # mostly this, and ReportLab's general-purpose calls cost several times more.
        if stock.rotate == 90:
            matrix = f"0 1 -1 0 {num(x + stock.label_w)} {num(y)} cm"
        elif stock.rotate == 270:
            matrix = f"0 -1 1 0 {num(x)} {num(y + stock.label_h)} cm"
        elif stock.rotate == 180:
            matrix = f"-1 0 0 -1 {num(x + stock.label_w)} {num(y + stock.label_h)} cm"
        else:
            matrix = f"1 0 0 1 {num(x)} {num(y)} cm"
        c.addLiteral(f"q {matrix}")
        if back:
            self._draw_side(c, self.back or (), values, issues)
        elif self.template.fold:
            self._draw_side(c, self.front, values, issues)
            c.addLiteral(f"q -1 0 0 -1 {num(self.side_w)} {num(2 * self.side_h)} cm")
            self._draw_side(c, self.back or (), values, issues)
            c.addLiteral("Q")
            self._fold_marks(c)
        else:
            self._draw_side(c, self.front, values, issues)
        c.addLiteral("Q")
        return issues

    def _fold_marks(self, c: Canvas) -> None:
        tick, y, w = 3 * MM, num(self.side_h), self.side_w
        c.addLiteral(f"q 0.604 0.639 0.671 RG 0.4 w 0 {y} m {num(tick)} {y} l {num(w - tick)} {y} m {num(w)} {y} l S Q")

    def _draw_side(self, c: Canvas, placed: tuple[Placed, ...], values: dict[str, str], issues: list[BadgeIssue]) -> None:
        for p in placed:
            el = p.el
            if el.when and not fill(el.when, values):
                continue
            if el.type == "text":
                draw_text(c, p, values, issues)
            elif el.type == "rect":
                if el.radius:
                    c.saveState()
                    c.setFillColor(pdf_color(fill(el.color, values)))
                    c.roundRect(p.x, p.y, p.w, p.h, el.radius * MM, stroke=0, fill=1)
                    c.restoreState()
                else:
                    c.addLiteral(f"q {fill_op(fill(el.color, values))} {num(p.x)} {num(p.y)} {num(p.w)} {num(p.h)} re f Q")
            elif el.type == "qr":
                data = fill(el.data, values)
                if data:
                    draw_qr(c, p, data, fill(el.color, values))
            elif el.type == "image":
                draw_image(c, p, values, issues, self.template, self.logo_path)

    def cut_lines(self, c: Canvas) -> None:
        if not self.stock.cut_marks:
            return
        c.saveState()
        c.setStrokeColor(pdf_color("#c9ced3"))
        c.setLineWidth(0.3)
        for x, y, w, h in self.stock.cells():
            c.rect(x, y, w, h, stroke=1, fill=0)
        c.restoreState()

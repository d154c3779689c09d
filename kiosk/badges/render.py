"""Drawing badges into a PDF with ReportLab: one page per sheet (or label), each badge in its cell.

`render_badges` is what the CLI, the print queue and the preview call. Fonts, fitted text, QR
operators and parsed templates are cached, so a batch costs little more than drawing the strings.
Each badge side is drawn in its own coordinate system (the stock may turn it 90° onto a label, a
fold template puts the back above the front, turned 180°). Problems a person should know about
(a name shortened to fit, a character no font has, a missing logo) come back in the report.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas

from kiosk.badges import fonts, qr, scripts
from kiosk.badges.stocks import UNITS, Stock, get_stock
from kiosk.badges.templates import Element, Layout, Template, effective_roles, fill, load_template, role_for
from kiosk.badges.textfit import Fit, fit_text
from kiosk.badges.words import WORDS
from kiosk.errors import KnownError
from kiosk.roster.names import guest_words, join_name
from kiosk.wording import Message

log = logging.getLogger(__name__)

MM = UNITS["mm"]
ATTENDEE_FIELDS = ("code", "first_name", "last_name", "full_name", "email", "organization",
                   "ticket_type", "status", "pronouns", "notes")


@dataclass
class BadgeIssue:
    code: str
    field: str
    message: Message          # worded in the reader's language (kiosk/badges/words.py); str() is English


@dataclass
class RenderReport:
    path: str
    pages: int = 0
    badges: int = 0
    issues: list[BadgeIssue] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"path": self.path, "pages": self.pages, "badges": self.badges,
                "issues": [{"code": i.code, "field": i.field, "message": str(i.message)} for i in self.issues]}


def event_context(db) -> dict:
    """What a badge needs from the event database: its name, logo and role mapping."""
    from kiosk.store import settings

    return {"name": db.event().get("name", ""), "logo": settings.get(db, "badge_logo"),
            "badge_roles": settings.get(db, "badge_roles"), "language": settings.get(db, "report_language")}


_colors: dict[str, Any] = {}
_fill_ops: dict[str, str] = {}


def _color(value: str):
    found = _colors.get(value)
    if found is None:
        try:
            found = _colors[value] = HexColor(value)
        except (ValueError, TypeError):
            found = _colors[value] = HexColor("#000000")
    return found


def _fill(value: str) -> str:
    """The PDF operator that sets this fill colour ("0.1 0.2 0.3 rg")."""
    found = _fill_ops.get(value)
    if found is None:
        c = _color(value)
        found = _fill_ops[value] = f"{c.red:.4g} {c.green:.4g} {c.blue:.4g} rg"
    return found


_fonts: dict[str, Any] = {}


def _font(name: str):
    found = _fonts.get(name)
    if found is None:
        found = _fonts[name] = pdfmetrics.getFont(name)
    return found


def _n(v: float) -> str:
    return f"{v:.2f}"


@dataclass(frozen=True)
class _Placed:
    """An element with its box in points on a side of a given size."""

    el: Element
    x: float
    y: float
    w: float
    h: float
    max_size: float
    min_size: float


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
        self.front = self._place(self.layout.front)
        self.back = self._place(self.layout.back) if self.layout.back is not None else None
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

    def _place(self, elements: Iterable[Element]) -> tuple[_Placed, ...]:
        w, h = self.side_w, self.side_h
        scale = min(w / MM / self.layout.reference_w, h / MM / self.layout.reference_h)
        placed = []
        for el in elements:
            bx, by, bw, bh = el.box
            pw, ph = bw / 100 * w, bh / 100 * h
            px, py = bx / 100 * w, h - (by + bh) / 100 * h
            max_size = el.max_size * scale
            placed.append(_Placed(el, px, py, pw, ph, max_size, min(el.min_size, max_size)))
        return tuple(placed)

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
            matrix = f"0 1 -1 0 {_n(x + stock.label_w)} {_n(y)} cm"
        elif stock.rotate == 270:
            matrix = f"0 -1 1 0 {_n(x)} {_n(y + stock.label_h)} cm"
        elif stock.rotate == 180:
            matrix = f"-1 0 0 -1 {_n(x + stock.label_w)} {_n(y + stock.label_h)} cm"
        else:
            matrix = f"1 0 0 1 {_n(x)} {_n(y)} cm"
        c.addLiteral(f"q {matrix}")
        if back:
            self._draw_side(c, self.back or (), values, issues)
        elif self.template.fold:
            self._draw_side(c, self.front, values, issues)
            c.addLiteral(f"q -1 0 0 -1 {_n(self.side_w)} {_n(2 * self.side_h)} cm")
            self._draw_side(c, self.back or (), values, issues)
            c.addLiteral("Q")
            self._fold_marks(c)
        else:
            self._draw_side(c, self.front, values, issues)
        c.addLiteral("Q")
        return issues

    def _fold_marks(self, c: Canvas) -> None:
        tick, y, w = 3 * MM, _n(self.side_h), self.side_w
        c.addLiteral(f"q 0.604 0.639 0.671 RG 0.4 w 0 {y} m {_n(tick)} {y} l {_n(w - tick)} {y} m {_n(w)} {y} l S Q")

    def _draw_side(self, c: Canvas, placed: tuple[_Placed, ...], values: dict[str, str], issues: list[BadgeIssue]) -> None:
        for p in placed:
            el = p.el
            if el.when and not fill(el.when, values):
                continue
            if el.type == "text":
                self._draw_text(c, p, values, issues)
            elif el.type == "rect":
                if el.radius:
                    c.saveState()
                    c.setFillColor(_color(fill(el.color, values)))
                    c.roundRect(p.x, p.y, p.w, p.h, el.radius * MM, stroke=0, fill=1)
                    c.restoreState()
                else:
                    c.addLiteral(f"q {_fill(fill(el.color, values))} {_n(p.x)} {_n(p.y)} {_n(p.w)} {_n(p.h)} re f Q")
            elif el.type == "qr":
                data = fill(el.data, values)
                if data:
                    self._draw_qr(c, p, data, fill(el.color, values))
            elif el.type == "image":
                self._draw_image(c, p, values, issues)

    def _draw_text(self, c: Canvas, p: _Placed, values: dict[str, str], issues: list[BadgeIssue]) -> None:
        el = p.el
        text = scripts.clean(fill(el.text, values))
        if el.transform == "upper":
            text = text.upper()
        elif el.transform == "lower":
            text = text.lower()
        if not text:
            return
        fit: Fit = fit_text(text, el.weight, round(p.w, 3), round(p.h, 3), round(p.max_size, 3), p.min_size,
                            el.max_lines, el.line_gap)
        if fit.shortened:
            shown = " / ".join(ln.text for ln in fit.lines)
            issues.append(BadgeIssue(values.get("code", ""), el.name,
                                     WORDS("does_not_fit", text=text, least=f"{p.min_size:g}", shown=shown,
                                           size=f"{fit.size:.1f}")))
        if fit.dropped:
            issues.append(BadgeIssue(values.get("code", ""), el.name,
                                     WORDS("no_font_for", characters=" ".join(sorted(set(fit.dropped))))))
        size = fit.size
        block = fit.height
        if el.valign == "top":
            top = p.y + p.h
        elif el.valign == "bottom":
            top = p.y + block
        else:
            top = p.y + (p.h + block) / 2
        baseline = top - fit.ascent * size
        color = fill(el.color, values)
        ops = ["q BT", _fill(color)]
        shaped = []
        doc = c._doc
        for line in fit.lines:
            width = line.width * size
            align = el.align
            if align in ("start", "end"):
                align = ("right" if line.rtl else "left") if align == "start" else ("left" if line.rtl else "right")
            if align == "center":
                x = p.x + (p.w - width) / 2
            elif align == "right":
                x = p.x + p.w - width
            else:
                x = p.x
            for seg in line.segments:
                if isinstance(seg.text, ShapedStr):
                    shaped.append((seg, x, baseline))
                else:
                    font = _font(seg.font)
                    ops.append(f"1 0 0 1 {_n(x)} {_n(baseline)} Tm")
                    for subset, chunk in font.splitString(seg.text, doc):
                        ops.append(f"{font.getSubsetInternalName(subset, doc)} {size:.2f} Tf ({c._escape(chunk)}) Tj")
                x += seg.width * size
            baseline -= fit.line_gap * size
        ops.append("ET Q")
        c.addLiteral("\n".join(ops))
        if shaped:  # glyphs placed by HarfBuzz: ReportLab's own drawing knows their offsets
            c.saveState()
            c.setFillColor(_color(color))
            for seg, x, y in shaped:
                c.setFont(seg.font, size)
                c.drawString(x, y, seg.text)
            c.restoreState()

    def _draw_qr(self, c: Canvas, p: _Placed, data: str, color: str) -> None:
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
        c.addLiteral(f"q 1 g {_n(qx)} {_n(qy)} {_n(side)} {_n(side)} re f {_fill(color)} "
                     f"{module * n:.4f} 0 0 {module * n:.4f} {_n(qx + quiet * module)} {_n(qy + quiet * module)} cm\n"
                     f"{mask}\nQ")

    def _draw_image(self, c: Canvas, p: _Placed, values: dict[str, str], issues: list[BadgeIssue]) -> None:
        raw = fill(p.el.path, values)
        if not raw:
            return
        path = raw if raw == self.logo_path else str(self.template.resolve_path(raw))
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

    def cut_lines(self, c: Canvas) -> None:
        if not self.stock.cut_marks:
            return
        c.saveState()
        c.setStrokeColor(_color("#c9ced3"))
        c.setLineWidth(0.3)
        for x, y, w, h in self.stock.cells():
            c.rect(x, y, w, h, stroke=1, fill=0)
        c.restoreState()


@contextlib.contextmanager
def _pdf_target(out: str | os.PathLike | BinaryIO):
    """A file object to write the PDF to. For a path: a temporary file beside it, renamed over it
    when the PDF is complete and removed if drawing fails, so a half-written PDF never appears."""
    if hasattr(out, "write"):
        yield out
        return
    from kiosk.output_files import check_target

    path = check_target(out, "badges.pdf")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.part", dir=path.parent)
    fh = os.fdopen(fd, "wb")
    try:
        yield fh
    except BaseException:
        fh.close()
        Path(tmp).unlink(missing_ok=True)
        raise
    fh.close()
    os.replace(tmp, path)


def render_badges(attendees: Iterable[dict], stock: str | Path | Stock, template: str | Path | Template | None,
                  out_path: str | os.PathLike | BinaryIO, start_position: int = 1, event: dict | None = None,
                  *, title: str = "Badges",
                  template_of: Callable[[dict], str | Path | Template | None] | None = None) -> RenderReport:
    """Draw one badge per attendee into a PDF at `out_path` (a path, or a binary file object).

    On sheet stocks the first badge goes to `start_position` (1-based) so a half-used sheet can be
    finished; later sheets start at 1. A template with a back side that is not a fold badge gets a
    page of backs after each page of fronts, columns mirrored for long-edge duplex printing.
    `template_of(attendee)`, when given, chooses each person's template (a template per ticket
    type); `template` is then the one used for anyone it returns None for.
    """
    renderers: dict[str, BadgeRenderer] = {}

    def renderer_for(person: dict | None) -> BadgeRenderer:
        ref = template_of(person) if (template_of is not None and person is not None) else None
        ref = ref if ref is not None else template
        key = ref.source if isinstance(ref, Template) else str(ref or "default")
        found = renderers.get(key)
        if found is None:
            found = renderers[key] = BadgeRenderer(stock, ref, event)
        return found

    first = renderer_for(None)
    stock = first.stock
    if not 1 <= start_position <= stock.per_page:
        raise KnownError(WORDS("no_start_position", position=start_position, stock=stock.id, per_page=stock.per_page))
    report = RenderReport(path=str(out_path) if not hasattr(out_path, "write") else "<memory>")
    if first.logo_problem:
        report.issues.append(BadgeIssue("", "logo", first.logo_problem))   # a Message
    with _pdf_target(out_path) as fh:
        c = Canvas(fh, pagesize=(stock.page_w, stock.page_h), initialFontName=fonts.base_font_name())
        c.setTitle(title)
        c.setCreator("checkin-kiosk")
        cells = stock.cells()
        position = start_position
        on_page: list[tuple[int, dict, BadgeRenderer]] = []

        def finish_page() -> None:
            first.cut_lines(c)
            c.showPage()
            report.pages += 1
            backs = [(pos, person, r) for pos, person, r in on_page if r.two_sided_sheets]
            if backs:
                for pos, person, renderer in backs:
                    col, row = (pos - 1) % stock.cols, (pos - 1) // stock.cols
                    mirrored = row * stock.cols + (stock.cols - 1 - col) + 1
                    x, y, _, _ = stock.cell(mirrored)
                    renderer.draw_badge(c, person, x, y, back=True)
                first.cut_lines(c)
                c.showPage()
                report.pages += 1
            on_page.clear()

        for attendee in attendees:
            renderer = renderer_for(attendee)
            x, y, _, _ = cells[position - 1]
            report.issues.extend(renderer.draw_badge(c, attendee, x, y))
            on_page.append((position, attendee, renderer))
            report.badges += 1
            position += 1
            if position > stock.per_page:
                finish_page()
                position = 1
        if on_page:
            finish_page()
        if report.pages == 0:
            c.showPage()  # an empty document is still a valid PDF
            report.pages = 1
        c.save()
    for issue in report.issues:
        log.info("badge %s: %s: %s", issue.code, issue.field, issue.message)
    return report


def render_badge_bytes(attendee: dict, stock: str | Path | Stock, template: str | Path | Template | None = None,
                       event: dict | None = None) -> tuple[bytes, RenderReport]:
    """One badge as PDF bytes (position 1), for printing a single badge and for the preview."""
    buf = io.BytesIO()
    report = render_badges([attendee], stock, template, buf, 1, event)
    return buf.getvalue(), report


def render_test_sheet(stock: str | Path | Stock, out: str | os.PathLike | BinaryIO) -> RenderReport:
    """A page with every badge outlined, numbered and marked at its centre, to check alignment.

    Print it at 100 % (no "fit to page") on plain paper, hold it against a sheet of labels to the
    light: the outlines must sit on the die-cuts.
    """
    stock = get_stock(stock)
    report = RenderReport(path=str(out) if not hasattr(out, "write") else "<memory>")
    with _pdf_target(out) as fh:
        face = fonts.load("DejaVuSans", "regular").fontName
        bold = fonts.load("DejaVuSans", "bold").fontName
        c = Canvas(fh, pagesize=(stock.page_w, stock.page_h), initialFontName=face)
        c.setTitle(f"Alignment test sheet: {stock.id}")
        badge_w, badge_h = stock.badge_size
        for pos, (x, y, w, h) in enumerate(stock.cells(), start=1):
            c.setStrokeColor(_color("#d0021b"))
            c.setLineWidth(0.5)
            if stock.corner_radius:
                c.roundRect(x, y, w, h, stock.corner_radius, stroke=1, fill=0)
            else:
                c.rect(x, y, w, h, stroke=1, fill=0)
            c.setStrokeColor(_color("#7a869a"))
            c.setDash(2, 2)
            inset = min(3 * MM, w / 10, h / 10)
            c.rect(x + inset, y + inset, w - 2 * inset, h - 2 * inset, stroke=1, fill=0)
            c.setDash()
            cx, cy = x + w / 2, y + h / 2
            arm = min(w, h) / 8
            c.line(cx - arm, cy, cx + arm, cy)
            c.line(cx, cy - arm, cx, cy + arm)
            c.setFillColor(_color("#1f2933"))
            number = min(h, w) / 4
            c.setFont(bold, number)
            c.drawCentredString(cx, cy + arm + number * 0.2, str(pos))
            small = max(5.0, min(8.0, w / 30))
            c.setFont(face, small)
            c.drawCentredString(cx, cy - arm - small * 1.6, f"{stock.id}  {w / MM:.1f} x {h / MM:.1f} mm")
            if stock.rotate:
                c.drawCentredString(cx, cy - arm - small * 3, f"badge drawn turned {stock.rotate}°")
            report.badges += 1
        c.setFillColor(_color("#1f2933"))
        c.setFont(face, 6)
        note = "Alignment test: print at 100 % (no fit to page); red lines should sit on the label edges."
        if stock.top >= 12 or not stock.is_sheet:
            c.drawCentredString(stock.page_w / 2, stock.page_h - min(stock.top, 12) / 2 - 2 if stock.is_sheet else 4, note)
        c.showPage()
        report.pages = 1
        c.save()
    return report

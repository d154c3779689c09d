"""A text element drawn from its fitted lines (textfit.py): aligned in its box (start and end follow
the line's direction), each run in its font, HarfBuzz-shaped runs through ReportLab's own drawing;
a name shortened to fit or a character no font has becomes a `BadgeIssue`."""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.canvas import Canvas

from kiosk.badges import scripts
from kiosk.badges.pdf_ops import fill_op, num, pdf_color, pdf_font
from kiosk.badges.placement import Placed
from kiosk.badges.render_report import BadgeIssue
from kiosk.badges.templates import fill
from kiosk.badges.textfit import Fit, fit_text
from kiosk.badges.words import WORDS


def draw_text(c: Canvas, p: Placed, values: dict[str, str], issues: list[BadgeIssue]) -> None:
    """Draw a text element with the values filled in; what did not fit goes into `issues`."""
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
    ops = ["q BT", fill_op(color)]
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
                font = pdf_font(seg.font)
                ops.append(f"1 0 0 1 {num(x)} {num(baseline)} Tm")
                for subset, chunk in font.splitString(seg.text, doc):
                    ops.append(f"{font.getSubsetInternalName(subset, doc)} {size:.2f} Tf ({c._escape(chunk)}) Tj")
            x += seg.width * size
        baseline -= fit.line_gap * size
    ops.append("ET Q")
    c.addLiteral("\n".join(ops))
    if shaped:  # glyphs placed by HarfBuzz: ReportLab's own drawing knows their offsets
        c.saveState()
        c.setFillColor(pdf_color(color))
        for seg, x, y in shaped:
            c.setFont(seg.font, size)
            c.drawString(x, y, seg.text)
        c.restoreState()

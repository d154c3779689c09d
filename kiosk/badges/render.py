"""Badges into a PDF document with ReportLab: one page per sheet (or label), each badge in its cell.

`render_badges` is what the CLI, the print queue and the preview call. Fonts, fitted text, QR
operators and parsed templates are cached, so a batch costs little more than drawing the strings.
A template with a back that is not folded gets a page of backs after each page of fronts. Each
badge is drawn by draw_badge.py; problems a person should know about (a name shortened to fit, a
character no font has, a missing logo) come back in the report (render_report.py). The alignment
test sheet is in alignment_sheet.py.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterable

from reportlab.pdfgen.canvas import Canvas

from kiosk.badges import fonts
from kiosk.badges.draw_badge import BadgeRenderer
from kiosk.badges.render_report import BadgeIssue, RenderReport
from kiosk.badges.stocks import Stock
from kiosk.badges.templates import Template
from kiosk.badges.words import WORDS
from kiosk.errors import KnownError

log = logging.getLogger(__name__)


def event_context(db) -> dict:
    """What a badge needs from the event database: its name, logo and role mapping."""
    from kiosk.store import settings

    return {"name": db.event().get("name", ""), "logo": settings.get(db, "badge_logo"),
            "badge_roles": settings.get(db, "badge_roles"), "language": settings.get(db, "report_language")}


@contextlib.contextmanager
def pdf_target(out: str | os.PathLike | BinaryIO):
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
    with pdf_target(out_path) as fh:
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

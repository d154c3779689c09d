"""The files `kiosk tickets` writes: one printable PDF ticket and one PNG QR code per attendee, and a
mail-merge CSV listing them.

A ticket page carries the event's name and dates, the attendee's name, organization and ticket
type, a large QR code of the signed code and the code in letters (for typing it in when a phone
screen will not scan), with the instructions in English and French. The page is US Letter for
events in the Americas, A4 elsewhere.

Names, organizations, ticket types and the event's name are set the way badges set them
(`kiosk.badges.textfit`): each run of characters in the face that has its glyphs (Noto for CJK,
Arabic, Hebrew and Devanagari), Arabic joined and right-to-left, Devanagari shaped. A character no
bundled face has is left out and logged rather than drawn as a box.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from kiosk.badges import qr, scripts
from kiosk.reports.export import Table, write_csv
from kiosk.reports.fonts import report_fonts
from kiosk.roster.names import display_name, first_name_of

log = logging.getLogger(__name__)

MAIL_MERGE_COLUMNS = ["email", "first_name", "full_name", "ticket_pdf", "ticket_png", "code"]
PNG_MODULE_PX = 10
QUIET_MODULES = 4


def page_size(tz_name: str):
    from reportlab.lib.pagesizes import A4, LETTER

    return LETTER if tz_name.startswith("America/") else A4


def event_dates(days: list[str]) -> str:
    """ "8–10 July 2026" style text for the event's days ("" when none are configured)."""
    from datetime import date

    if not days:
        return ""
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {first:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
    return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"


def write_png(code: str, path: Path) -> Path:
    """The QR code of `code` as a black-on-white PNG with its quiet zone."""
    from PIL import Image

    side, grey = qr.modules(code)
    code_image = Image.frombytes("L", (side, side), grey).point(lambda v: 0 if v < 128 else 255)
    framed = Image.new("L", (side + 2 * QUIET_MODULES, side + 2 * QUIET_MODULES), 255)
    framed.paste(code_image, (QUIET_MODULES, QUIET_MODULES))
    size = framed.width * PNG_MODULE_PX
    framed.resize((size, size), Image.Resampling.NEAREST).save(path, optimize=True)
    return path


def _draw_line(canvas, text: str, weight: str, x: float, y: float, size: float, width: float,
               smallest: float = 9) -> None:
    """One line in every script at baseline y, shrunk to fit `width` (ellipsized at `smallest`)."""
    from kiosk.badges.textfit import fit_text

    text = scripts.clean(text)
    if not text:
        return
    fit = fit_text(text, weight, round(width, 3), round(size * 2, 3), size, smallest)
    if fit.dropped:
        log.warning("left out characters no bundled font has in %r: %s", text, " ".join(sorted(set(fit.dropped))))
    for line in fit.lines:
        pen = x
        for seg in line.segments:
            canvas.setFont(seg.font, fit.size)
            canvas.drawString(pen, y, seg.text)
            pen += seg.width * fit.size
        y -= fit.line_gap * fit.size


def _draw_qr(canvas, code: str, x: float, y: float, side: float) -> None:
    rows = qr.matrix(code)
    n = len(rows)
    unit = side / n
    path = canvas.beginPath()
    for r, row in enumerate(rows):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                path.rect(x + start * unit, y + (n - 1 - r) * unit, (c - start) * unit, unit)
            else:
                c += 1
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)


def write_pdf(event: dict, person: dict, path: Path) -> Path:
    """One ticket page for one attendee."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    regular, bold = report_fonts()
    size = page_size(event["timezone"])
    width, height = size
    margin = 20 * mm
    inner = width - 2 * margin
    # Start in an embedded face: the default Helvetica would be listed in the PDF, unembedded.
    c = Canvas(str(path), pagesize=size, pageCompression=1, initialFontName=regular)
    c.setTitle(f"{event['name']} – ticket")
    c.setAuthor(event["name"])
    # Event band
    c.setFillColorRGB(0.13, 0.24, 0.42)
    c.rect(0, height - 42 * mm, width, 42 * mm, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    _draw_line(c, event["name"], "bold", margin, height - 22 * mm, 24, inner)
    dates = event_dates(event["days"])
    if dates:
        c.setFont(regular, 13)
        c.drawString(margin, height - 32 * mm, dates)
    # Who
    c.setFillColorRGB(0.1, 0.1, 0.1)
    y = height - 60 * mm
    c.setFont(regular, 11)
    c.drawString(margin, y, "Ticket for / Billet de")
    y -= 12 * mm
    _draw_line(c, display_name(person), "bold", margin, y, 26, inner)
    for line in (person.get("organization") or "", person.get("ticket_type") or ""):
        if scripts.clean(line):
            y -= 7.5 * mm
            _draw_line(c, line, "regular", margin, y, 13, inner)
    # The code
    side = min(80 * mm, inner)
    qr_top = y - 12 * mm
    _draw_qr(c, person["code"], (width - side) / 2, qr_top - side, side)
    c.setFont(bold, 16)
    c.drawCentredString(width / 2, qr_top - side - 10 * mm, person["code"])
    # How to use it
    c.setFillColorRGB(0.25, 0.25, 0.25)
    lines = [
        ("Show this QR code at the entrance, printed or on your phone.", regular),
        ("If it will not scan, the desk can type the code under it.", regular),
        ("This ticket is personal: please do not share it.", regular),
        ("", regular),
        ("Présentez ce code QR à l'entrée, imprimé ou sur votre téléphone.", regular),
        ("S'il ne se lit pas, l'accueil peut saisir le code inscrit dessous.", regular),
        ("Ce billet est personnel : merci de ne pas le partager.", regular),
    ]
    y = qr_top - side - 24 * mm
    for text, font in lines:
        if text:
            c.setFont(font, 11)
            c.drawCentredString(width / 2, y, text)
        y -= 5.5 * mm
    c.showPage()
    c.save()
    return path


def write_tickets(db, people: list[dict], out_dir: str | os.PathLike) -> dict:
    """Write every attendee's ticket files and the mail-merge CSV; return a summary."""
    out = Path(out_dir).expanduser()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from kiosk.errors import KnownError, os_reason
        from kiosk.reports.words import WORDS

        raise KnownError(WORDS("no_folder", folder=out, why=os_reason(exc))) from exc
    event = db.event()
    rows = []
    for person in people:
        pdf = write_pdf(event, person, out / f"ticket-{person['code']}.pdf")
        png = write_png(person["code"], out / f"ticket-{person['code']}.png")
        first = first_name_of(person)
        rows.append([person.get("email") or "", first, display_name(person), str(pdf.resolve()), str(png.resolve()),
                     person["code"]])
    merge = write_csv(out / "mail-merge.csv", Table("Tickets", MAIL_MERGE_COLUMNS.copy(), rows))
    new = sum(1 for p in people if p.get("new"))
    log.info("wrote %d tickets (%d newly issued) to %s", len(people), new, out)
    return {"folder": str(out), "tickets": len(people), "newly_issued": new, "mail_merge": str(merge),
            "without_email": sum(1 for r in rows if not r[0]),
            "issued": [{"code": p["code"], "old_code": p.get("old_code", ""), "name": display_name(p), "new": p["new"]}
                       for p in people]}

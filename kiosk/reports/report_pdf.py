"""The PDF attendance report (`kiosk report`), written for a board member who never saw the app.

It opens with the event's name and dates and a few headline figures, then one section per
question, each with a plain-language heading and a sentence that says what the table or chart
shows: how many came each day, by ticket type, when they arrived (a bar chart per day, per
quarter hour), walk-ins, badges and reprints, and what each check-in station did. Everything comes
from `kiosk.reports.stats`, so the report still works after `kiosk purge --keep-stats`.
"""

from __future__ import annotations

import logging
import os
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from kiosk.reports import stats as S
from kiosk.reports.fonts import report_fonts
from kiosk.reports.ticket_files import event_dates
from kiosk.store.database import EventDB

log = logging.getLogger(__name__)

INK = "#1f2a37"
ACCENT = "#21416b"
MUTED = "#5b6572"
BAR = "#3a6ea5"
RULE = "#d5dbe3"
VERDICT_WORDS = {
    "ok": "admitted", "attention": "admitted, with a note for staff", "already": "already checked in that day",
    "unknown": "ticket not found", "not_ticket": "not a ticket (e.g. a Wi-Fi or web QR code)",
    "cancelled": "registration cancelled or refunded", "not_today": "ticket not valid that day",
    "choose": "an order of several people: the desk had to choose",
}


def _n(count: int, singular: str, plural: str | None = None) -> str:
    """ "1 person", "3 people": a count with its noun agreeing."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def _pct(rate: float) -> str:
    return f"{rate:.0%}"


def _day_label(day: str) -> str:
    d = date.fromisoformat(day)
    return f"{d:%A} {d.day} {d:%B %Y}"


def _short_day(day: str) -> str:
    d = date.fromisoformat(day)
    return f"{d:%a} {d.day} {d:%b}"


class _Doc:
    """Paragraph styles and helpers bound to the report's font."""

    def __init__(self):
        from reportlab.lib.colors import HexColor
        from reportlab.lib.styles import ParagraphStyle

        self.regular, self.bold = report_fonts()
        self.color = HexColor
        base = ParagraphStyle("body", fontName=self.regular, fontSize=10.5, leading=14.5, textColor=HexColor(INK),
                              spaceAfter=6)
        self.body = base
        self.title = ParagraphStyle("title", parent=base, fontName=self.bold, fontSize=24, leading=29,
                                    textColor=HexColor(ACCENT), spaceAfter=4)
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17, textColor=HexColor(INK),
                                       spaceAfter=2)
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=HexColor(MUTED))
        self.h2 = ParagraphStyle("h2", parent=base, fontName=self.bold, fontSize=14, leading=18, spaceBefore=14,
                                 spaceAfter=4, textColor=HexColor(ACCENT), keepWithNext=1)
        self.h3 = ParagraphStyle("h3", parent=base, fontName=self.bold, fontSize=11, leading=14, spaceBefore=6,
                                 spaceAfter=2, keepWithNext=1)
        self.big = ParagraphStyle("big", parent=base, fontName=self.bold, fontSize=20, leading=24,
                                  textColor=HexColor(ACCENT), alignment=1, spaceAfter=0)
        self.caption = ParagraphStyle("caption", parent=base, fontSize=9, leading=11, textColor=HexColor(MUTED),
                                      alignment=1)

    def p(self, text: str, style=None):
        from reportlab.platypus import Paragraph

        return Paragraph(text, style or self.body)

    def table(self, header: list[str], rows: list[list], widths: list[float] | None = None, numeric_from: int = 1):
        from reportlab.platypus import Table, TableStyle

        data = [header] + [[str(c) for c in row] for row in rows]
        t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("FONT", (0, 0), (-1, 0), self.bold, 9.5),
            ("FONT", (0, 1), (-1, -1), self.regular, 9.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), self.color(INK)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, self.color(ACCENT)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, self.color(RULE)),
            ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        t.setStyle(TableStyle(style))
        return t


def _headline(doc: _Doc, figures: list[tuple[str, str]], width: float):
    """A row of big numbers with a caption under each."""
    from reportlab.platypus import Table, TableStyle

    cells = [[doc.p(escape(value), doc.big) for value, _ in figures],
             [doc.p(escape(label), doc.caption) for _, label in figures]]
    t = Table(cells, colWidths=[width / len(figures)] * len(figures))
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, doc.color(RULE)),
        ("BACKGROUND", (0, 0), (-1, -1), doc.color("#f3f6fa")),
        ("TOPPADDING", (0, 0), (-1, 0), 10),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
    ]))
    return t


def arrivals_chart(doc: _Doc, series: dict, width: float, height: float = 125):
    """A bar chart of arrivals per quarter hour; hour labels only, so they never overlap."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String

    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 28
    chart.width, chart.height = width - 48, height - 44
    counts = series["counts"]
    chart.data = [counts]
    chart.bars[0].fillColor = doc.color(BAR)
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 2 if len(counts) < 40 else 1
    hours = sum(1 for b in series["buckets"] if b.endswith(":00"))
    every = 1 if hours <= 14 else 2 if hours <= 28 else 4
    chart.categoryAxis.categoryNames = [b if b.endswith(":00") and int(b[:2]) % every == 0 else ""
                                        for b in series["buckets"]]
    chart.categoryAxis.labels.fontName = doc.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = doc.color(MUTED)
    chart.categoryAxis.tickDown = 0
    chart.valueAxis.labels.fontName = doc.regular
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = max(counts) if counts else 1
    step = _nice_step(top)
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = max(step, ((top + step - 1) // step) * step)
    chart.valueAxis.strokeColor = doc.color(MUTED)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = doc.color(RULE)
    chart.valueAxis.gridStrokeWidth = 0.4
    drawing.add(chart)
    drawing.add(String(chart.x, height - 8, "arrivals per 15 minutes", fontName=doc.regular, fontSize=7.5,
                       fillColor=doc.color(MUTED)))
    return drawing


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return 10000


def _arrival_sentence(day: str, series: dict, minutes: int) -> str:
    counts, buckets = series["counts"], series["buckets"]
    total = sum(counts)
    peak = max(range(len(counts)), key=counts.__getitem__)
    start = buckets[peak]
    h, m = map(int, start.split(":"))
    end_minutes = h * 60 + m + minutes
    end = f"{end_minutes // 60 % 24:02d}:{end_minutes % 60:02d}"
    running, half_at = 0, buckets[-1]
    for bucket, n in zip(buckets, counts):
        running += n
        if running * 2 >= total:
            half_at = bucket
            break
    return (f"Arrivals ran from {buckets[0]} to {_plus(buckets[-1], minutes)} ({_n(total, 'person', 'people')}). "
            f"The busiest quarter hour was {start}–{end} with {_n(counts[peak], 'arrival')}; half of the "
            f"day's arrivals had come by {_plus(half_at, minutes)}.")


def _plus(hhmm: str, minutes: int) -> str:
    h, m = map(int, hhmm.split(":"))
    t = h * 60 + m + minutes
    return f"{t // 60 % 24:02d}:{t % 60:02d}"


def build_story(db: EventDB, width: float, doc: _Doc) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    s = S.collect(db)
    ev = s["event"]
    story: list = []
    # Title block
    story.append(doc.p(escape(ev["name"] or "Event"), doc.title))
    dates = event_dates(ev["days"])
    story.append(doc.p(escape(f"Attendance report{(' · ' + dates) if dates else ''}"), doc.subtitle))
    generated = S.to_local(s["generated_at"], ev["timezone"])
    story.append(doc.p(escape(f"Prepared on {generated.day} {generated:%B %Y} at {generated:%H:%M}. "
                              f"Times are local to the event ({ev['timezone']})."), doc.small))
    from kiosk.reports.purge import was_purged

    purged = was_purged(db)
    if purged:
        when = S.to_local(purged["at"], ev["timezone"])
        story.append(doc.p(escape(f"Personal data was removed from this event's records on {when.day} "
                                  f"{when:%B %Y}; the figures below are anonymous counts."), doc.small))
    story.append(Spacer(1, 10))

    registered, came = s["registered"], s["came_at_least_once"]
    days = s["days"]
    figures = [(f"{registered}", "registered"), (f"{came}", "came at least once"),
               (_pct(s["rate_at_least_once"]), "turnout")]
    figures.append((f"{s['walk_ins']['added']}", "walk-ins"))
    story.append(_headline(doc, figures, width))
    story.append(Spacer(1, 8))
    story.append(doc.p(escape(
        f"{_n(registered, 'person', 'people')} held a valid registration. {came} of them ({_pct(s['rate_at_least_once'])}) "
        f"checked in at least once" + (f" over {len(days)} day{'s' if len(days) != 1 else ''}." if days else ".")
        + (f" {_n(s['not_admitted'], 'more registration')} {'was' if s['not_admitted'] == 1 else 'were'} cancelled, refunded or otherwise not admitted and are not "
           "counted." if s["not_admitted"] else ""))))
    story.append(doc.p(escape("A person counts once per day, at their first check-in; check-ins that staff "
                              "undid (for example a wrongly scanned ticket) are not counted."), doc.small))

    # Per day
    story.append(doc.p("How many came each day", doc.h2))
    if any(d["checked_in"] for d in days):
        best = max(days, key=lambda d: d["checked_in"])
        story.append(doc.p(escape(
            f"The busiest day was {_day_label(best['day'])}, with {best['checked_in']} of the "
            f"{best['expected']} people expected that day ({_pct(best['rate'])}).")))
        story.append(doc.table(["Day", "Expected", "Checked in", "Turnout", "Walk-ins"],
                               [[_day_label(d["day"]), d["expected"], d["checked_in"], _pct(d["rate"]), d["walk_ins"]]
                                for d in days], [width * 0.4] + [width * 0.15] * 4))
        story.append(doc.p(escape("“Expected” counts the valid registrations whose ticket admits that day; "
                                  "“Walk-ins” are the people among those checked in who were added at the desk."),
                           doc.small))
    else:
        story.append(doc.p("Nobody has checked in yet, so there is nothing to count per day."))

    # Ticket types
    story.append(doc.p("Who came, by ticket type", doc.h2))
    types = s["by_ticket_type"]
    if types:
        best = max(types, key=lambda t: (t["rate"], t["registered"]))
        worst = min(types, key=lambda t: (t["rate"], -t["registered"]))
        sentence = (f"There were {_n(len(types), 'ticket type')}. "
                    f"“{best['ticket_type'] or 'No type'}” had the highest turnout ({_pct(best['rate'])})")
        sentence += (f", “{worst['ticket_type'] or 'No type'}” the lowest ({_pct(worst['rate'])})."
                     if worst is not best else ".")
        story.append(doc.p(escape(sentence)))
        header = ["Ticket type", "Registered", *[_short_day(d["day"]) for d in days], "Came", "Turnout"]
        rows = [[escape(t["ticket_type"] or "(none)"), t["registered"], *[t["per_day"].get(d["day"], 0) for d in days],
                 t["came"], _pct(t["rate"])] for t in types]
        first = max(width * 0.3, width - (len(header) - 1) * 55)
        rest = (width - first) / (len(header) - 1)
        story.append(doc.table(header, rows, [first] + [rest] * (len(header) - 1)))
    else:
        story.append(doc.p("The roster is empty."))

    # Arrivals
    heading = [doc.p("When people arrived", doc.h2)]
    series_list = [a for a in s["arrivals"] if a["counts"]]
    if series_list:
        heading.append(doc.p(escape("Each bar counts the people whose first check-in of the day fell in that "
                                    "quarter hour. Use it to plan volunteers and doors for the next edition.")))
        for i, series in enumerate(series_list):
            block = [doc.p(escape(_day_label(series["day"])), doc.h3),
                     doc.p(escape(_arrival_sentence(series["day"], series, S.BUCKET_MINUTES))),
                     arrivals_chart(doc, series, width)]
            story.append(KeepTogether((heading if i == 0 else []) + block))
    else:
        story.extend(heading + [doc.p("No arrivals have been recorded yet.")])

    # Walk-ins
    story.append(doc.p("Walk-ins", doc.h2))
    w = s["walk_ins"]
    if w["added"]:
        story.append(doc.p(escape(f"{_n(w['added'], 'person', 'people')} without a registration "
                                  f"{'was' if w['added'] == 1 else 'were'} added at the desk; "
                                  f"{w['checked_in']} of them checked in.")))
    else:
        story.append(doc.p("Nobody was added at the desk: everyone who came had registered beforehand."))

    # Badges
    story.append(doc.p("Badges", doc.h2))
    b = s["badges"]
    if b["printed"] or b["failed"] or b["waiting"]:
        text = (f"{_n(b['printed'], 'badge')} printed, of which {_n(b['reprints'], 'reprint')} "
                f"({_n(b['people_reprinted'], 'person', 'people')} got more than one badge).")
        if b["failed"]:
            text += (f" {_n(b['failed'], 'print job')} failed (a jammed or empty printer, for instance) and "
                     f"{'was' if b['failed'] == 1 else 'were'} not printed later.")
        if b["waiting"]:
            text += f" {_n(b['waiting'], 'badge')} still waited in the queue when this report was made."
        story.append(doc.p(escape(text)))
    else:
        story.append(doc.p("No badges were printed with the app."))

    # Stations
    story.append(doc.p("Check-in stations", doc.h2))
    stations = s["by_station"]
    if stations:
        top = stations[0]
        total = sum(st["checkins"] for st in stations)
        share = top["checkins"] / total if total else 0
        story.append(doc.p(escape(
            f"{_n(len(stations), 'station')} took part. “{top['station']}” recorded "
            f"the most arrivals: {top['checkins']} ({_pct(share)}). A scan that did not admit anyone (a ticket "
            "shown twice, a wrong QR code) still counts as a scan.")))
        story.append(doc.table(["Station", "Arrivals", "Scans"],
                               [[escape(st["station"]), st["checkins"], st["scans"]] for st in stations],
                               [width * 0.5, width * 0.25, width * 0.25]))
    else:
        story.append(doc.p("No station has recorded anything yet."))

    # Scans that did not admit
    refused = {k: v for k, v in s["scans"].items() if k not in ("ok", "attention")}
    if refused:
        story.append(doc.p("Scans that did not let someone in", doc.h2))
        total = sum(s["scans"].values())
        story.append(doc.p(escape(f"Of {total} scans, {sum(refused.values())} did not admit anyone. Most are "
                                  "harmless: a ticket scanned twice, or a phone showing the wrong code.")))
        story.append(doc.table(["What the scan found", "Scans"],
                               [[VERDICT_WORDS.get(k, k), v] for k, v in sorted(refused.items(), key=lambda kv: -kv[1])],
                               [width * 0.7, width * 0.3]))
    if s["annulled_checkins"]:
        story.append(doc.p(escape(f"Staff undid {_n(s['annulled_checkins'], 'check-in')} (for example a ticket scanned "
                                  "for the wrong person); they are not counted above."), doc.small))
    return story


def write_report(db: EventDB, path: str | os.PathLike) -> dict:
    """Write the attendance report PDF; returns {"path", "pages"}."""
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from kiosk.output_files import check_target

    path = check_target(path, "report.pdf")
    path.parent.mkdir(parents=True, exist_ok=True)
    event = db.event()
    size = LETTER if event["timezone"].startswith("America/") else A4
    doc = _Doc()
    margin = 18 * mm
    template = SimpleDocTemplate(str(path) + ".part", pagesize=size, leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin + 4 * mm,
                                 title=f"{event['name']} – attendance report", author=event["name"],
                                 subject="Attendance report")
    width = size[0] - 2 * margin
    name = event["name"]

    def footer(canvas, document):
        canvas.saveState()
        canvas.setFont(doc.regular, 8)
        canvas.setFillColor(doc.color(MUTED))
        canvas.drawString(margin, margin - 2 * mm, f"{name} – attendance report")
        canvas.drawRightString(size[0] - margin, margin - 2 * mm, f"page {document.page}")
        canvas.restoreState()

    story = build_story(db, width, doc)
    try:
        template.build(story, onFirstPage=footer, onLaterPages=footer)
        os.replace(str(path) + ".part", path)
    except PermissionError as exc:
        from kiosk.errors import KnownError

        Path(str(path) + ".part").unlink(missing_ok=True)
        raise KnownError(f"Cannot write {path}: it is open in another program or read-only. Close it and try again.") from exc
    except BaseException:
        Path(str(path) + ".part").unlink(missing_ok=True)
        raise
    log.info("wrote report %s (%d pages)", path, template.page)
    return {"path": str(path), "pages": template.page, "generated_at": datetime.now().isoformat(timespec="seconds")}

"""The PDF attendance report (`kiosk report`), written for a board member who never saw the app.

It opens with the event's name and dates and a few headline figures, then one section per
question, each with a plain-language heading and a sentence that says what the table or chart
shows: how many came each day, by ticket type, when they arrived (a bar chart per day, per
quarter hour, its hours in the event's time zone), walk-ins, badges and reprints, and what each
check-in station did. It is written in the event's language (the setting `report_language`:
English or French, kiosk/reports/report_words.py), whatever the language of the app. A sentence
says something true and useful or nothing: walk-in ticket types (100% by construction) are listed,
never compared; reprints are the badges beyond each person's first. Everything else comes from
`kiosk.reports.stats`, so the report still works after `kiosk purge --keep-stats`.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from kiosk.reports import stats as S
from kiosk.reports.fonts import report_fonts
from kiosk.reports.report_words import Words
from kiosk.store.database import EventDB

log = logging.getLogger(__name__)

INK = "#1f2a37"
ACCENT = "#21416b"
MUTED = "#5b6572"
BAR = "#3a6ea5"
RULE = "#d5dbe3"
VERDICTS = ("ok", "attention", "already", "unknown", "not_ticket", "cancelled", "not_today", "choose")
#: A ticket type is compared with the others from this many registrations (a type of two says nothing).
COMPARED_FROM = 5
#: Turnouts closer than this are "about the same".
SAME_TURNOUT = 0.03


def report_language(db: EventDB) -> str:
    from kiosk.store import settings

    return str(settings.get(db, "report_language") or "en")


def walk_in_types(db: EventDB) -> set[str]:
    """Ticket types held only by walk-ins: added at the desk as they came, so their turnout is 100% by
    construction; the report lists them without comparing them."""
    return {r["ticket_type"] for r in db.query(
        "SELECT ticket_type FROM attendees WHERE status = 'active' GROUP BY ticket_type HAVING count(*) = sum(walk_in)")}


def people_with_badges(db: EventDB) -> int:
    """How many people got at least one badge printed: the other badges printed are reprints (one person
    with 8 badges is 7 reprints, whatever each print job was called)."""
    return db.scalar("SELECT count(DISTINCT attendee_id) FROM print_jobs WHERE status = 'done'") or 0


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
        """A table whose header cells wrap inside their column: titles never run into each other."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph, Table, TableStyle

        left = ParagraphStyle("th", fontName=self.bold, fontSize=9.5, leading=11.5, textColor=self.color(INK))
        right = ParagraphStyle("th_right", parent=left, alignment=2)
        titles = [Paragraph(escape(str(h)), right if i >= numeric_from else left) for i, h in enumerate(header)]
        data = [titles] + [[str(c) for c in row] for row in rows]
        t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("FONT", (0, 0), (-1, 0), self.bold, 9.5),
            ("FONT", (0, 1), (-1, -1), self.regular, 9.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), self.color(INK)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, self.color(ACCENT)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, self.color(RULE)),
            ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
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


def column_widths(doc: _Doc, header: list[str], rows: list[list], width: float) -> list[float]:
    """Widths for a table of a name column and number columns: each number column as wide as its longest
    header word or value (a title wraps between words, never inside one), the name column the rest."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def needed(column: int, whole: bool) -> float:
        words = [str(header[column])] if whole else (str(header[column]).split(" ") or [""])
        title = max(stringWidth(word, doc.bold, 9.5) for word in words)
        values = max([stringWidth(str(row[column]), doc.regular, 9.5) for row in rows] or [0.0])
        return max(title, values) + 12

    numbers = [needed(c, whole=True) for c in range(1, len(header))]      # titles on one line when they fit
    if width - sum(numbers) < width * 0.3:
        numbers = [needed(c, whole=False) for c in range(1, len(header))]
    first = width - sum(numbers)
    if first < width * 0.25:          # many days: the number columns share what is left
        scale = (width * 0.75) / sum(numbers)
        numbers = [n * scale for n in numbers]
        first = width * 0.25
    return [first, *numbers]


def hour_labels(buckets: list[str], words: Words) -> list[str]:
    """The chart's time labels: whole hours when the day spans several (every 2nd or 4th hour on a long
    day, so they never overlap), else every quarter or half hour, so a short day is labelled too."""
    hours = [b for b in buckets if b.endswith(":00")]
    if len(hours) >= 2:
        every = 1 if len(hours) <= 14 else 2 if len(hours) <= 28 else 4
        return [words.time(b, short=True) if b.endswith(":00") and int(b[:2]) % every == 0 else "" for b in buckets]
    step = 1 if len(buckets) <= 8 else 2
    return [words.time(b, short=True) if i % step == 0 else "" for i, b in enumerate(buckets)]


def arrivals_chart(doc: _Doc, series: dict, width: float, words: Words, zone: str, height: float = 135):
    """A bar chart of arrivals per quarter hour, its time axis labelled in the event's time zone."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String

    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 30
    chart.width, chart.height = width - 48, height - 46
    counts = series["counts"]
    chart.data = [counts]
    chart.bars[0].fillColor = doc.color(BAR)
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 2 if len(counts) < 40 else 1
    chart.categoryAxis.categoryNames = hour_labels(series["buckets"], words)
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
    drawing.add(String(chart.x, height - 8, words("per_15"), fontName=doc.regular, fontSize=7.5,
                       fillColor=doc.color(MUTED)))
    drawing.add(String(chart.x + chart.width / 2, 6, words("time_axis", zone=zone), fontName=doc.regular,
                       fontSize=7.5, fillColor=doc.color(MUTED), textAnchor="middle"))
    return drawing


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return 10000


def _plus(hhmm: str, minutes: int) -> str:
    h, m = map(int, hhmm.split(":"))
    t = h * 60 + m + minutes
    return f"{t // 60 % 24:02d}:{t % 60:02d}"


def arrival_sentence(series: dict, minutes: int, w: Words) -> str:
    counts, buckets = series["counts"], series["buckets"]
    total = sum(counts)
    peak = max(range(len(counts)), key=counts.__getitem__)
    running, half_at = 0, buckets[-1]
    for bucket, n in zip(buckets, counts):
        running += n
        if running * 2 >= total:
            half_at = bucket
            break
    return w("arrivals_day", start=w.time(buckets[0]), end=w.time(_plus(buckets[-1], minutes)),
             people=w.n(total, "person"), peak_start=w.time(buckets[peak]),
             peak_end=w.time(_plus(buckets[peak], minutes)), peak=w.n(counts[peak], "arrival"),
             half=w.time(_plus(half_at, minutes)))


def ticket_type_sentences(types: list[dict], walk_ins: set[str], w: Words) -> list[str]:
    """What is worth saying about turnout per ticket type: who all came, the lowest, walk-ins apart;
    nothing when there is nothing to compare."""
    said = [w("types_count", types=w.n(len(types), "ticket type"))]
    compared = [t for t in types if t["ticket_type"] not in walk_ins and t["registered"] >= COMPARED_FROM]
    if len(compared) >= 2:
        rates = [t["rate"] for t in compared]
        if max(rates) - min(rates) < SAME_TURNOUT:
            said.append(w("same_turnout", rate=w.pct(sum(rates) / len(rates))))
        else:
            everyone = [t["ticket_type"] or w("no_type") for t in compared if t["came"] >= t["registered"]]
            if everyone:
                said.append(w("all_came", names=w.join(everyone, "or")))
            low = min(compared, key=lambda t: (t["rate"], -t["registered"]))
            said.append(w("lowest", name=low["ticket_type"] or w("no_type"), came=w.number(low["came"]),
                          registered=w.number(low["registered"]), rate=w.pct(low["rate"])))
    shown = sorted(t["ticket_type"] for t in types if t["ticket_type"] in walk_ins)
    if shown:
        said.append(w("walk_in_types", names=", ".join(shown)))
    return said


def badge_sentence(b: dict, people: int, w: Words) -> str:
    """Badges printed for how many people, and the reprints: every badge beyond a person's first."""
    text = w("badges_printed", badges=w.n(b["printed"], "badge"), people=w.n(people, "person"))
    reprints = max(0, b["printed"] - people)
    if reprints:
        text += w("badges_reprinted", reprints=w.n(reprints, "reprint"), again=w.n(b["people_reprinted"], "person"))
    elif b["printed"]:
        text += w("badges_one_each")
    if b["failed"]:
        text += w("badges_failed", jobs=w.n(b["failed"], "print job"), verb=w.verb(b["failed"]))
    if b["waiting"]:
        text += w("badges_waiting", badges=w.n(b["waiting"], "badge"))
    return text


def build_story(db: EventDB, width: float, doc: _Doc, w: Words | None = None) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    w = w or Words(report_language(db))
    s = S.collect(db)
    ev = s["event"]
    zone = ev["timezone"]
    story: list = []
    # Title block
    story.append(doc.p(escape(ev["name"] or "Event"), doc.title))
    dates = w.dates(ev["days"])
    story.append(doc.p(escape(w("report") + (f" · {dates}" if dates else "")), doc.subtitle))
    generated = S.to_local(s["generated_at"], zone)
    story.append(doc.p(escape(w("prepared", date=w.date(generated), time=w.time(f"{generated:%H:%M}"), zone=zone)),
                       doc.small))
    from kiosk.reports.purge import was_purged

    purged = was_purged(db)
    if purged:
        story.append(doc.p(escape(w("purged", date=w.date(S.to_local(purged["at"], zone)))), doc.small))
    story.append(Spacer(1, 10))

    registered, came = s["registered"], s["came_at_least_once"]
    days = s["days"]
    figures = [(w.number(registered), w("registered")), (w.number(came), w("came")),
               (w.pct(s["rate_at_least_once"]), w("turnout")), (w.number(s["walk_ins"]["added"]), w("walk-ins"))]
    story.append(_headline(doc, figures, width))
    story.append(Spacer(1, 8))
    summary = w("summary", people=w.n(registered, "person"), came=w.number(came), rate=w.pct(s["rate_at_least_once"]),
                over=w("over_days", days=w.n(len(days), "day")) if days else "")
    if s["not_admitted"]:
        summary += w("not_admitted", more=w.n(s["not_admitted"], "registration"), verb=w.verb(s["not_admitted"]),
                     pronoun=w.verb(s["not_admitted"], past=False))
    story.append(doc.p(escape(summary)))
    story.append(doc.p(escape(w("counting")), doc.small))

    # Per day
    story.append(doc.p(escape(w("h_days")), doc.h2))
    if any(d["checked_in"] for d in days):
        best = max(days, key=lambda d: d["checked_in"])
        story.append(doc.p(escape(w("busiest_day", day=w.day(best["day"]), came=w.number(best["checked_in"]),
                                    expected=w.number(best["expected"]), rate=w.pct(best["rate"])))))
        story.append(doc.table([w("col_day"), w("col_expected"), w("col_checked_in"), w("col_turnout"), w("col_walk_ins")],
                               [[w.day(d["day"]), w.number(d["expected"]), w.number(d["checked_in"]), w.pct(d["rate"]),
                                 w.number(d["walk_ins"])] for d in days], [width * 0.36] + [width * 0.16] * 4))
        story.append(doc.p(escape(w("days_note")), doc.small))
    else:
        story.append(doc.p(escape(w("nobody_yet"))))

    # Ticket types
    story.append(doc.p(escape(w("h_types")), doc.h2))
    types = s["by_ticket_type"]
    if types:
        walk_ins = walk_in_types(db)
        story.append(doc.p(escape(" ".join(ticket_type_sentences(types, walk_ins, w)))))
        # "Wed 8 Jul" wraps as "Wed 8" over "Jul" when the columns are narrow, never a word a line
        header = [w("col_type"), w("col_registered"), *[w.day(d["day"], "short_day").replace(" ", "\u00a0", 1)
                                                          for d in days], w("col_came"), w("col_turnout")]
        rows = [[escape(w("added_at_desk", name=t["ticket_type"]) if t["ticket_type"] in walk_ins
                        else (t["ticket_type"] or w("no_type"))), w.number(t["registered"]),
                 *[w.number(t["per_day"].get(d["day"], 0)) for d in days], w.number(t["came"]), w.pct(t["rate"])]
                for t in types]
        story.append(doc.table(header, rows, column_widths(doc, header, rows, width)))
    else:
        story.append(doc.p(escape(w("empty_roster"))))

    # Arrivals
    heading = [doc.p(escape(w("h_arrivals")), doc.h2)]
    series_list = [a for a in s["arrivals"] if a["counts"]]
    if series_list:
        heading.append(doc.p(escape(w("arrivals_intro", zone=zone))))
        for i, series in enumerate(series_list):
            block = [doc.p(escape(w.day(series["day"])), doc.h3),
                     doc.p(escape(arrival_sentence(series, S.BUCKET_MINUTES, w))),
                     arrivals_chart(doc, series, width, w, zone)]
            story.append(KeepTogether((heading if i == 0 else []) + block))
    else:
        story.extend(heading + [doc.p(escape(w("no_arrivals")))])

    # Walk-ins
    story.append(doc.p(escape(w("h_walk_ins")), doc.h2))
    walk = s["walk_ins"]
    if walk["added"]:
        story.append(doc.p(escape(w("walk_ins_added", people=w.n(walk["added"], "person"), verb=w.verb(walk["added"]),
                                    came=w.number(walk["checked_in"])))))
    else:
        story.append(doc.p(escape(w("no_walk_ins"))))

    # Badges
    story.append(doc.p(escape(w("h_badges")), doc.h2))
    b = s["badges"]
    if b["printed"] or b["failed"] or b["waiting"]:
        story.append(doc.p(escape(badge_sentence(b, people_with_badges(db), w))))
    else:
        story.append(doc.p(escape(w("no_badges"))))

    # Stations
    story.append(doc.p(escape(w("h_stations")), doc.h2))
    stations = s["by_station"]
    if stations:
        top = stations[0]
        total = sum(st["checkins"] for st in stations)
        share = top["checkins"] / total if total else 0
        if len(stations) == 1:
            story.append(doc.p(escape(w("one_station", top=top["station"], arrivals=w.number(top["checkins"])))))
        else:
            story.append(doc.p(escape(w("stations_text", stations=w.n(len(stations), "station"), top=top["station"],
                                        arrivals=w.number(top["checkins"]), share=w.pct(share)))))
        story.append(doc.table([w("col_station"), w("col_arrivals"), w("col_scans")],
                               [[escape(st["station"]), w.number(st["checkins"]), w.number(st["scans"])]
                                for st in stations], [width * 0.5, width * 0.25, width * 0.25]))
    else:
        story.append(doc.p(escape(w("no_station"))))

    # Scans that did not admit
    refused = {k: v for k, v in s["scans"].items() if k not in ("ok", "attention")}
    if refused:
        story.append(doc.p(escape(w("h_refused")), doc.h2))
        total = sum(s["scans"].values())
        story.append(doc.p(escape(w("refused_text", total=w.n(total, "scan"), refused=w.number(sum(refused.values()))))))
        story.append(doc.table([w("col_found"), w("col_scans")],
                               [[w(f"verdict_{k}") if k in VERDICTS else k, w.number(v)]
                                for k, v in sorted(refused.items(), key=lambda kv: -kv[1])],
                               [width * 0.7, width * 0.3]))
    if s["annulled_checkins"]:
        story.append(doc.p(escape(w("annulled", checkins=w.n(s["annulled_checkins"], "check-in"))), doc.small))
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
    words = Words(report_language(db))
    margin = 18 * mm
    template = SimpleDocTemplate(str(path) + ".part", pagesize=size, leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin + 4 * mm,
                                 title=words("footer", event=event["name"]), author=event["name"],
                                 subject=words("report"), lang=words.lang)
    width = size[0] - 2 * margin
    name = event["name"]

    def footer(canvas, document):
        canvas.saveState()
        canvas.setFont(doc.regular, 8)
        canvas.setFillColor(doc.color(MUTED))
        canvas.drawString(margin, margin - 2 * mm, words("footer", event=name))
        canvas.drawRightString(size[0] - margin, margin - 2 * mm, words("page", n=document.page))
        canvas.restoreState()

    story = build_story(db, width, doc, words)
    try:
        template.build(story, onFirstPage=footer, onLaterPages=footer)
        os.replace(str(path) + ".part", path)
    except PermissionError as exc:
        from kiosk.errors import KnownError
        from kiosk.reports.words import WORDS

        Path(str(path) + ".part").unlink(missing_ok=True)
        raise KnownError(WORDS("report_in_use", path=path)) from exc
    except BaseException:
        Path(str(path) + ".part").unlink(missing_ok=True)
        raise
    log.info("wrote report %s (%d pages)", path, template.page)
    return {"path": str(path), "pages": template.page, "generated_at": datetime.now().isoformat(timespec="seconds")}

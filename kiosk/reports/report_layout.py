"""The PDF report's page furniture: its colours, paragraph styles and tables bound to the report's
font (`Doc`), the row of headline figures, table column widths, and the arrivals bar chart with
its time labels. kiosk/reports/report_pdf.py says what the report holds; this module how it looks.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from kiosk.reports.fonts import report_fonts
from kiosk.reports.report_words import Words

INK = "#1f2a37"
ACCENT = "#21416b"
MUTED = "#5b6572"
BAR = "#3a6ea5"
RULE = "#d5dbe3"


class Doc:
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


def headline(doc: Doc, figures: list[tuple[str, str]], width: float):
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


def column_widths(doc: Doc, header: list[str], rows: list[list], width: float) -> list[float]:
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


def arrivals_chart(doc: Doc, series: dict, width: float, words: Words, zone: str, height: float = 135):
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
    step = nice_step(top)
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


def nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return 10000

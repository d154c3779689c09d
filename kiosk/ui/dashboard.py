"""The organizers' live dashboard: today's numbers and an arrivals chart per station.

A `Dashboard` widget asks for `kiosk.reports.stats.live()` (a handful of indexed queries) every
few seconds, on its own worker (a `LatestWorker` with its own connection, kiosk/ui/threads.py), so
it needs nothing from the check-in windows, never holds a write lock and never reads on the GUI
thread. The chart stacks each station's arrivals per quarter hour over the last hours of the day.
A database that is busy or gone shows a line of text instead of numbers; the next tick tries again.
`DashboardWindow` is the Organizer menu's window around it.

One clock (kiosk/clock.py): the day in the title, the "updated at" time and the chart's hours are all
in the event's time zone, whatever the laptop's own zone. The figures scale with the window: the
numbers stay readable from across a room on a 1080p screen and still fit a 1366x768 laptop.
"""

from __future__ import annotations

import logging

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.threads import LatestWorker

log = logging.getLogger(__name__)

REFRESH_MS = 5000
MAX_BUCKETS = 28            # the last seven hours of quarter hours (hours labelled)
STATION_COLOURS = ["#3a6ea5", "#e07b39", "#4f9d69", "#b8527a", "#8c6bb1", "#c9a227", "#4aa3b5", "#7a7a7a"]


def live_figures(db, day: str | None) -> tuple[str, dict]:
    """The day's figures (`day` None: today in the event's time zone), with the event's time zone and
    when they were read; runs on the dashboard's worker."""
    from kiosk.eventdays import today
    from kiosk.reports import stats
    from kiosk.store.database import utc_now

    zone = db.event()["timezone"] or "UTC"
    day = day or today(zone)
    figures = stats.live(db, day)
    figures["timezone"], figures["read_at"] = zone, utc_now()
    return day, figures


def _fill(text: str, *args) -> str:
    """Put the arguments into a translated "%1 … %2" text (PySide's tr() returns a plain str)."""
    from kiosk.ui.i18n import count

    for i, value in enumerate(args, start=1):
        text = text.replace(f"%{i}", count(value))       # 1 234 in French, 1,234 in English
    return text


def nice_step(top: int, ticks: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, 25, 50, ...) giving at most `ticks` intervals up to `top`."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top <= step * ticks:
            return step
    return 10000


#: Point sizes at a 1280x720 window; they grow and shrink with the window (within these bounds).
VALUE_PT, CAPTION_PT, TITLE_PT, CHART_PT = 30.0, 12.0, 17.0, 10.0
SCALE_MIN, SCALE_MAX = 0.8, 2.2


def scale_for(width: int, height: int) -> float:
    """How much larger than at 1280x720 the dashboard's text is drawn for a window of this size."""
    return max(SCALE_MIN, min(SCALE_MAX, min(width / 1280, height / 720)))


class _Tile(QFrame):
    """One big number with a caption under it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dashboardTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)   # the tile decides
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setStyleSheet("#dashboardTile { background: #f3f6fa; border: 1px solid #d5dbe3; border-radius: 6px; }"
                           "QLabel { color: #1f2a37; }")
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        caption = QFont(self.caption.font())
        caption.setPointSizeF(CAPTION_PT * scale)
        self.caption.setFont(caption)
        self._fit()

    def show_value(self, text: str) -> None:
        self.value.setText(text)
        self._fit()

    def _fit(self) -> None:
        """The number at its size for the window, smaller when it would not fit the tile ("47 586 / 50 000")."""
        value = QFont(self.value.font())
        value.setBold(True)
        size = VALUE_PT * self.scale
        room = self.contentsRect().width() - 24
        while size > 8:
            value.setPointSizeF(size)
            if room <= 0 or QFontMetrics(value).horizontalAdvance(self.value.text()) <= room:
                break
            size *= 0.92
        self.value.setFont(value)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()


class Dashboard(QWidget):
    """Live attendance for one event day (default: today in the event's time zone)."""

    updated = Signal()           # new figures are on screen

    def __init__(self, db_path: str | Path, *, day: str | None = None, refresh_ms: int = REFRESH_MS, parent=None):
        super().__init__(parent)
        self._fixed_day = day
        self.day = day or ""
        self.figures: dict | None = None
        self.setObjectName("dashboard")
        self.worker = LatestWorker("dashboard", live_figures, db_path=db_path, parent=self,
                                   what=QT_TRANSLATE_NOOP("Tasks", "reading the live figures"))
        self.worker.answered.connect(self._on_figures)
        self.worker.failed.connect(self._on_failed)
        self.worker.start()

        self.title = QLabel()
        self.title.setObjectName("dashboardTitle")
        self.status = QLabel()
        self.status.setObjectName("dashboardUpdated")
        self.status.setStyleSheet("color: #5b6572;")

        self.checked_in, self.turnout, self.walk_ins = _Tile(), _Tile(), _Tile()
        self.reprints, self.waiting = _Tile(), _Tile()
        tiles = QGridLayout()
        for column, tile in enumerate((self.checked_in, self.turnout, self.walk_ins, self.reprints, self.waiting)):
            tiles.addWidget(tile, 0, column)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(tiles)
        layout.addWidget(self.chart_view, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self.scale = 0.0
        self.apply_scale(scale_for(self.width(), self.height()))
        self.retranslate()
        self.refresh()
        if refresh_ms > 0:
            self.timer.start()

    # -- size ----------------------------------------------------------------------------------------
    def apply_scale(self, scale: float) -> None:
        """Draw the text `scale` times its size at 1280x720 (the window's size decides, `resizeEvent`)."""
        if abs(scale - self.scale) < 0.02:
            return
        self.scale = scale
        for tile in self.tiles():
            tile.set_scale(scale)
        title = QFont(self.title.font())
        title.setPointSizeF(TITLE_PT * scale)
        title.setBold(True)
        self.title.setFont(title)
        status = QFont(self.status.font())
        status.setPointSizeF(CAPTION_PT * scale)
        self.status.setFont(status)
        chart_font = QFont(self.font())
        chart_font.setPointSizeF(CHART_PT * scale)
        self.chart.setTitleFont(QFont(chart_font.family(), int(round(CHART_PT * 1.2 * scale)), QFont.Weight.Bold))
        self.chart.legend().setFont(chart_font)
        for axis in self.chart.axes():
            axis.setLabelsFont(chart_font)
        self.chart_view.setMinimumHeight(int(220 * min(scale, 1.2)))

    def tiles(self) -> tuple[_Tile, ...]:
        return (self.checked_in, self.turnout, self.walk_ins, self.reprints, self.waiting)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.apply_scale(scale_for(self.width(), self.height()))

    # -- text ----------------------------------------------------------------------------------------
    def day_words(self) -> str:
        from kiosk.clock import format_day

        from kiosk.ui import i18n

        return format_day(self.day, i18n.current_language()) if self.day else ""

    def retranslate(self) -> None:
        self.title.setText(_fill(self.tr("Live attendance – %1"), self.day_words()))
        self.checked_in.caption.setText(self.tr("checked in"))
        self.turnout.caption.setText(self.tr("of those expected"))
        self.walk_ins.caption.setText(self.tr("walk-ins"))
        self.reprints.caption.setText(self.tr("badge reprints"))
        self.waiting.caption.setText(self.tr("badges waiting"))
        self.chart.setTitle(self.tr("Arrivals per 15 minutes, by station"))
        if self.figures is not None:
            self._show(self.figures)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for the day's figures; they are shown when they arrive, a problem is shown in words."""
        self.worker.request(self._fixed_day)

    def _on_figures(self, _serial: int, answer: tuple[str, dict]) -> None:
        self.day, figures = answer
        self.figures = figures
        self._show(figures)
        self.updated.emit()

    def _on_failed(self, _serial: int, message: str) -> None:
        self.status.setText(_fill(self.tr("Cannot read the figures: %1"), message))

    def _show(self, f: dict) -> None:
        from kiosk.clock import format_instant

        from kiosk.ui import i18n

        self.title.setText(_fill(self.tr("Live attendance – %1"), self.day_words()))
        self.checked_in.show_value(_fill(self.tr("%1 / %2"), f["checked_in"], f["expected"]))
        self.turnout.show_value(_fill(self.tr("%1%"), round(f["rate"] * 100)))
        self.walk_ins.show_value(i18n.count(f["walk_ins"]))
        self.reprints.show_value(i18n.count(f["reprints"]))
        self.waiting.show_value(i18n.count(f["waiting_badges"]))
        if f.get("read_at"):           # the event's clock, like the day above and the chart's hours
            self.status.setText(_fill(self.tr("Updated at %1 (%2)"),
                                      format_instant(f["read_at"], f.get("timezone") or "UTC", "time",
                                                     i18n.current_language()), f.get("timezone") or "UTC"))
        self._chart(f["arrivals"])

    def _chart(self, arrivals: dict) -> None:
        from kiosk.clock import format_wall_time

        from kiosk.ui import i18n

        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        buckets = arrivals["buckets"][-MAX_BUCKETS:]
        if not buckets:
            chart.setTitle(_fill(self.tr("No arrivals yet on %1"), self.day_words()))
            return
        chart.setTitle(self.tr("Arrivals per 15 minutes, by station"))
        series = QStackedBarSeries()
        top = 0
        totals = [0] * len(buckets)
        for i, (station, counts) in enumerate(arrivals["stations"].items()):
            counts = counts[-MAX_BUCKETS:]
            bar = QBarSet(station)
            bar.setColor(QColor(STATION_COLOURS[i % len(STATION_COLOURS)]))
            bar.setBorderColor(QColor(STATION_COLOURS[i % len(STATION_COLOURS)]))
            bar.append([float(c) for c in counts])
            series.append(bar)
            totals = [t + c for t, c in zip(totals, counts)]
        top = max(totals) if totals else 0
        series.setBarWidth(0.85)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        if len(buckets) > 12:
            # Label the hours only; the other quarters get distinct invisible names (categories must differ).
            x.append([_fill(self.tr("%1h"), int(b[:2])) if b.endswith(":00") else "\u200b" * (i + 1)
                      for i, b in enumerate(buckets)])
        else:                          # "13:30" / "13 h 30", like every time in the window
            x.append([format_wall_time(b, i18n.current_language()) for b in buckets])
        y = QValueAxis()
        y.setLabelFormat("%d")
        step = nice_step(top)
        ticks = max(1, -(-top // step))
        y.setRange(0, ticks * step)
        y.setTickCount(ticks + 1)
        labels = QFont(self.font())
        labels.setPointSizeF(CHART_PT * self.scale)
        x.setLabelsFont(labels)
        y.setLabelsFont(labels)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def stop(self) -> None:
        """Stop refreshing and end the worker (safe to call twice)."""
        self.timer.stop()
        self.worker.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.stop()
        super().closeEvent(event)


class DashboardWindow(QWidget):
    """The dashboard in a window of its own; its worker ends when the window closes."""

    closed = Signal()

    def __init__(self, db_path: str | Path):
        super().__init__(None, Qt.WindowType.Window)
        self.dashboard = Dashboard(db_path)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:          # most of the screen: read from across the room on any size
            self.resize(max(800, int(screen.width() * 0.85)), max(520, int(screen.height() * 0.85)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.dashboard)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._open = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._open:
            self._open = False
            self.dashboard.stop()
            self.closed.emit()
        super().closeEvent(event)

"""The organizers' log view: what happened at this station, and when ("door 2 at 10:42").

Organizer > Log… opens a window listing the app's recent log records, newest first: time (in the
event's time zone, like every time the desk shows), level, station (the name this station had when
the line was written: `note_station` keeps the history of this run), where (the part of the app)
and the message: check-ins and their verdicts, badges printed or not, the hub away, bugs. A filter box keeps the rows where every typed word appears; a level menu hides the
chatter below warnings. The list follows the app as it runs (the in-memory tail,
`kiosk.logs.recent_records`); "Older entries" reads the rotating log file on a task, for what
happened before the app was last started. A bug's traceback shows under the list when its row is
chosen. Modelled on MusicBrainz Picard's log view: a compact model behind a filter proxy.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt, QTimer)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from kiosk.ui import i18n
from kiosk.ui.threads import run_task

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
REFRESH_MS = 2000
FILE_LINES = 5000
Index = QModelIndex | QPersistentModelIndex


_stations: list[tuple[float, str]] = []      # (since, name): this run's station names, oldest first


def note_station(name: str, since: float | None = None) -> None:
    """The station is called `name` from now on (the desk and the kiosk say so when it changes)."""
    if not _stations or _stations[-1][1] != name:
        _stations.append((time.time() if since is None else since, name))


def station_at(moment: float) -> str:
    """The station's name at `moment`; "" before this run named it (an older log line)."""
    found = ""
    for since, name in _stations:
        if since - 1.0 > moment:          # a second's grace: the name is noted as the station opens
            break
        found = name
    return found


@dataclass(frozen=True)
class Entry:
    time: str
    level: str
    station: str
    where: str
    message: str
    details: str = ""

    @classmethod
    def from_record(cls, record: dict[str, Any], timezone: str = "") -> "Entry":
        """One of `kiosk.logs.recent_records()` (time as seconds since the epoch, level, logger,
        message, traceback) or of `read_log_file` (time as the computer's clock wrote it)."""
        moment = record.get("time")
        if isinstance(moment, str):
            try:
                moment = datetime.strptime(moment[:19], "%Y-%m-%d %H:%M:%S").timestamp()
            except ValueError:
                moment = None
        shown, station = "", ""
        if isinstance(moment, (int, float)):
            zone = _zone(timezone)
            shown = datetime.fromtimestamp(moment, zone).strftime("%Y-%m-%d %H:%M:%S")
            station = station_at(moment)
        return cls(shown, str(record.get("level") or "").upper(), station, str(record.get("logger") or ""),
                   str(record.get("message") or ""), str(record.get("traceback") or ""))


def _zone(name: str) -> tzinfo | None:
    """The event's time zone (None: the computer's)."""
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


#: A line of the log file (kiosk/logs.py FORMAT):
#: "2026-07-08 10:42:05,123 WARNING kiosk.ui.print_service [print-worker]: message".
_LINE = re.compile(r"^(?P<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:,\d+)?) (?P<level>[A-Z]+) (?P<logger>\S+) "
                   r"\[[^\]]*\]: (?P<message>.*)$")


def read_log_file(path: str | Path, lines: int = FILE_LINES) -> list[dict[str, Any]]:
    """The last `lines` lines of a log file as records, newest last; lines that do not start a record
    (a traceback's) are added to the record before them. Runs on a task."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    except FileNotFoundError:
        return []
    records: list[dict[str, Any]] = []
    for line in text:
        found = _LINE.match(line)
        if found:
            records.append({**found.groupdict(), "traceback": ""})
        elif records:
            records[-1]["traceback"] += line + "\n"
    return records


class LogModel(QAbstractTableModel):
    TIME, LEVEL, STATION, WHERE, MESSAGE = range(5)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.entries: list[Entry] = []          # newest first

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Time"), self.tr("Level"), self.tr("Station"), self.tr("Where"), self.tr("Message"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (e.time, e.level, e.station, e.where, e.message)[index.column()]
            return text if role == Qt.ItemDataRole.DisplayRole or index.column() == self.MESSAGE else None
        if role == Qt.ItemDataRole.ForegroundRole and e.level in ("ERROR", "CRITICAL"):
            return QColor("#b71c1c")
        if role == Qt.ItemDataRole.ForegroundRole and e.level == "WARNING":
            return QColor("#8a4b00")
        if role == Qt.ItemDataRole.UserRole:
            return e
        return None


class LogFilter(QSortFilterProxyModel):
    """Rows whose texts hold every typed word (any case), at or above the chosen level."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.words: list[str] = []
        self.lowest = 0

    def set_filter(self, text: str, lowest_level: str) -> None:
        changing = hasattr(self, "beginFilterChange")      # Qt 6.10; invalidateFilter() before it
        if changing:
            self.beginFilterChange()
        self.words = text.casefold().split()
        self.lowest = LEVELS.index(lowest_level) if lowest_level in LEVELS else 0
        if changing:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, LogModel)
        e = model.entries[row]
        level = LEVELS.index(e.level) if e.level in LEVELS else len(LEVELS)
        if level < self.lowest:
            return False
        haystack = f"{e.time} {e.level} {e.station} {e.where} {e.message}".casefold()
        return all(w in haystack for w in self.words)


class LogWindow(QWidget):
    """Organizer > Log…; see the module docstring."""

    def __init__(self, parent: QWidget | None = None, *, timezone: str = "", refresh_ms: int = REFRESH_MS):
        super().__init__(parent, Qt.WindowType.Window)
        self.timezone = timezone
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Log"))
        self.resize(1000, 560)
        self.model = LogModel(self)
        self.proxy = LogFilter(self)
        self.proxy.setSourceModel(self.model)
        self.older: list[Entry] = []            # from the log file, before the in-memory tail

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: words to find, e.g. door 2 printer"))
        self.filter.setClearButtonEnabled(True)
        self.level = QComboBox()
        for level, text in (("DEBUG", self.tr("All levels")), ("INFO", self.tr("Information and above")),
                            ("WARNING", self.tr("Warnings and errors")), ("ERROR", self.tr("Errors only"))):
            self.level.addItem(text, level)
        self.level.setCurrentIndex(1)
        self.older_button = QPushButton(self.tr("&Older entries (log file)"))
        self.older_button.clicked.connect(self.load_file)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.level)
        top.addWidget(self.older_button)

        self.table = QTableView()
        self.table.setObjectName("logTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((LogModel.TIME, 170), (LogModel.LEVEL, 80), (LogModel.STATION, 110),
                              (LogModel.WHERE, 190)):
            header.resizeSection(column, width)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Choose a line to read all of it (and a bug's details)."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)

        self.filter.textChanged.connect(self._filter_changed)
        self.level.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.timer = QTimer(self, interval=refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self._filter_changed()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.timer.interval() > 0:
            self.timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """The in-memory tail (no disk, no database): cheap enough for the GUI thread."""
        from kiosk.logs import recent_records

        recent = [Entry.from_record(r, self.timezone) for r in recent_records()]
        entries = list(reversed(self.older + recent))
        if entries != self.model.entries:
            self.model.set_entries(entries)
            self._count()

    def load_file(self) -> None:
        from kiosk.logs import log_file

        self.older_button.setEnabled(False)
        run_task(read_log_file, log_file(), owner=self, on_done=self._file_loaded, on_error=self._file_failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "reading the log file"))

    def _file_loaded(self, records: list[dict[str, Any]]) -> None:
        from kiosk.logs import recent_records

        recent = {(r.time, r.message) for r in (Entry.from_record(x, self.timezone) for x in recent_records())}
        self.older = [e for e in (Entry.from_record(r, self.timezone) for r in records)
                      if (e.time, e.message) not in recent]
        self.older_button.setEnabled(True)
        self.model.entries = []      # force the reload
        self.refresh()

    def _file_failed(self, message: str) -> None:
        self.older_button.setEnabled(True)
        self.details.setPlainText(message)

    def _filter_changed(self, *_args: object) -> None:
        self.proxy.set_filter(self.filter.text(), str(self.level.currentData()))
        self._count()

    def _count(self) -> None:
        self.count.setText(self.tr("%1 of %2 lines shown.").replace("%1", i18n.count(self.proxy.rowCount()))
                           .replace("%2", i18n.count(self.model.rowCount())))

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.proxy.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        if isinstance(entry, Entry):
            self.details.setPlainText("\n".join(p for p in (f"{entry.time}  {entry.level}  {entry.station}  {entry.where}",
                                                            entry.message, entry.details) if p))

"""Settings > Sync > Checked in twice…: `kiosk sync --duplicates` in the app.

Two stations that could not reach the hub may both check the same ticket in on the same day; when
they sync, the first check-in counts and the later one is kept as a fact. This window lists them
(the day, the person, when and where first, when and where again), so that the organizer can ask
why a ticket came twice. The same core function as the command line (kiosk/sync/duplicates.py
`duplicate_checkins`), on a task; times in the event's time zone, in the interface's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from kiosk.ui import i18n
from kiosk.ui.threads import run_task


def twice(db, lang: str) -> list[dict]:
    """The duplicate check-ins, with their times worded in the event's zone."""
    from kiosk.clock import format_day, format_instant
    from kiosk.sync import duplicate_checkins

    tz = db.event()["timezone"]
    return [{**row, "day_words": format_day(row["event_day"], lang, "short_day"),
             "first_words": format_instant(row["first_at"], tz, "time", lang),
             "again_words": format_instant(row["at"], tz, "time", lang)} for row in duplicate_checkins(db)]


class DuplicatesWindow(QDialog):
    """Tickets checked in twice on one day (stations apart); see the module docstring."""

    def __init__(self, db_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicatesWindow")
        self.setWindowTitle(self.tr("Checked in twice"))
        self.resize(760, 420)
        self.summary = QLabel(self.tr("Looking…"))
        self.summary.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Day"), self.tr("Name"), self.tr("Code"), self.tr("First"),
                                    self.tr("Again")])
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        run_task(twice, i18n.current_language(), db_path=Path(db_path), owner=self, on_done=self._show,
                 on_error=self.summary.setText, what=QT_TRANSLATE_NOOP("Tasks", "looking for check-ins made twice"))

    def _show(self, rows: list[dict]) -> None:
        self.table.clear()
        for row in rows:
            self.table.addTopLevelItem(QTreeWidgetItem([
                row["day_words"], row["full_name"] or "", row["code"],
                self.tr("%1 at %2").replace("%1", row["first_words"]).replace("%2", row["first_station"] or ""),
                self.tr("%1 at %2").replace("%1", row["again_words"]).replace("%2", row["station"] or "")]))
        for column in (0, 2, 3, 4):
            self.table.resizeColumnToContents(column)
        self.summary.setText(self.tr("%n ticket(s) checked in a second time on the same day, by stations that "
                                     "could not reach each other. The first check-in counts.", "", len(rows))
                             if rows else self.tr("No ticket was checked in twice on the same day."))

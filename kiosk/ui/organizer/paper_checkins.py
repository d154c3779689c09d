"""Organizer > Check in from a paper list…: `kiosk checkin --from-file FILE` in the app.

After an outage the volunteers wrote down who came in; someone typed the list into a spreadsheet
(a `code` column, an optional `at` column: when the person came). The organizer chooses that CSV,
the core checks each line in with the desk's rules at its own time (kiosk/paper_checkins.py
`record_paper_checkins`, on a task), and this window shows every line with its verdict, the lines
that could not be read, and, when the event file stopped them (a full disk), which lines to enter
again. Running the same file twice answers "already" for the lines that went in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from kiosk.ui.menus import insert_after
from kiosk.ui import dialogs
from kiosk.ui.organizer.folders import file_dialog
from kiosk.ui.threads import run_task
from kiosk.ui.verdicts import verdict_icon, verdict_title

CSV_FILTER = "CSV (*.csv *.txt);;All files (*)"


def record(db, path: str) -> dict:
    """`kiosk checkin --from-file PATH` at this station (its name from the settings, as the command's)."""
    from kiosk.paper_checkins import record_paper_checkins
    from kiosk.store import settings

    return record_paper_checkins(db, path, settings.get(db, "station_name")).to_json()


class PaperCheckinsAction(QObject):
    """The menu entry, the file to read, and the window of what came of each line."""

    def __init__(self, window, organizer):
        super().__init__(window)
        self.window = window
        self.db_path = Path(window.db_path)
        self.result: PaperResults | None = None
        self.action = QAction(self.tr("Check in from a &paper list…"), window)
        self.action.triggered.connect(self.ask)
        insert_after(organizer.menu, organizer.act_import, self.action)

    def ask(self):
        picker = file_dialog(self.window, self.tr("Choose the paper check-in list (CSV: code, at)"),
                             self.tr(CSV_FILTER), kind="imports")
        return dialogs.open_dialog(picker, on_accept=lambda: self.read(picker.selectedFiles()[0])
                                   if picker.selectedFiles() else None)

    def read(self, path: str) -> None:
        self.window.statusBar().showMessage(self.tr("Checking in the paper list…"))
        run_task(record, path, db_path=self.db_path, owner=self,
                 on_done=self._done, on_error=lambda message: dialogs.problem(self.window, message),
                 what=QT_TRANSLATE_NOOP("Tasks", "checking in a paper list"))

    def _done(self, report: dict) -> None:
        self.window.statusBar().clearMessage()
        self.result = dialogs.open_dialog(PaperResults(report, parent=self.window))
        self.window.refresh_from_database()          # the list and the counter show the new check-ins


class PaperResults(QDialog):
    """Every line of the paper list and what became of it."""

    def __init__(self, report: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setObjectName("paperResults")
        self.setWindowTitle(self.tr("Paper check-ins"))
        self.resize(760, 480)
        counts = report["counts"]
        admitted = int(counts.get("ok", 0)) + int(counts.get("attention", 0))
        lines = [self.tr("%n person(s) checked in from the paper list.", "", admitted)]
        if counts.get("already"):
            lines.append(self.tr("%n already checked in (the same file read twice answers so).", "",
                                 int(counts["already"])))
        refused = sum(int(n) for verdict, n in counts.items() if verdict not in ("ok", "attention", "already"))
        if refused:
            lines.append(self.tr("%n line(s) refused: see why below.", "", refused))
        if report["bad_lines"]:
            lines.append(self.tr("%n line(s) could not be read: fix them in the file and read it again.", "",
                                 len(report["bad_lines"])))
        if report["stopped"]:
            left = report["stopped"]["not_saved"]
            lines.append(self.tr("Stopped: the event file refused the check-ins (%1). %n line(s) were NOT checked "
                                 "in; once that is fixed, read the same file again.", "", len(left))
                         .replace("%1", report["stopped"]["error"]))
        self.summary = QLabel("\n".join(lines))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)          # a core message may quote the file
        self.summary.setObjectName("paperSummary")
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Line"), self.tr("Code"), self.tr("Name"), self.tr("Result")])
        self.table.header().setStretchLastSection(False)
        self.table.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)     # long reasons elided,
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)                        # whole in the tooltip
        rows = [(r["line"], r["code"], self._name(r.get("attendee")), verdict_title(r["verdict"]), r["verdict"])
                for r in report["results"]]
        rows += [(b["line"], "", "", self.tr("not read: %1").replace("%1", b["error"]), "") for b in report["bad_lines"]]
        for line, code, name, words, verdict in sorted(rows, key=lambda row: row[0]):
            item = QTreeWidgetItem([str(line), code, name, words])
            if verdict:
                item.setIcon(3, verdict_icon(verdict, 16))
            item.setToolTip(3, words)
            self.table.addTopLevelItem(item)
        for column in (0, 1, 2):
            self.table.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _name(attendee: dict | None) -> str:
        if not attendee:
            return ""
        return attendee.get("full_name") or " ".join(
            p for p in (attendee.get("first_name"), attendee.get("last_name")) if p) or ""

"""Import registrations from the desk: choose a file, see what would change (dry run), then import.

The dry run and the import both run on a task (kiosk/ui/threads.py, their own connection), so a
50,000-row export never freezes the desk. The diff is the same text `kiosk import` prints
(kiosk/cli/cmd_import.py `format_report`): new people, updated fields, cancellations, people
missing from the export, conflicts with desk corrections, rejected lines with their reasons. A
refused file (`ImportRefused`) shows its message and nothing is written. Explicit column mapping
is for the command line (`kiosk import --map`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout)

from kiosk.ui import dialogs
from kiosk.ui.threads import run_task

log = logging.getLogger(__name__)

# the platforms `kiosk import --platform` knows (kiosk/cli/cmd_import.py)
PLATFORMS = ["auto", "eventbrite", "tito", "pretix", "luma", "hievents", "tickettailor", "indico", "meetup",
             "googleforms", "spreadsheet"]
FILE_FILTER = "Registration exports (*.csv *.tsv *.xlsx *.xls *.txt);;All files (*)"


def _dry_run(db, path: str, source: str | None, platform: str):
    from kiosk.roster.resync import import_export

    return import_export(db, path, source=source, platform=platform, dry_run=True)


def _apply(db, path: str, source: str | None, platform: str):
    from kiosk.roster.resync import import_export

    return import_export(db, path, source=source, platform=platform, dry_run=False)


def report_text(report) -> str:
    from kiosk.cli.cmd_import import format_report

    return format_report(report)


class ImportDialog(QDialog):
    imported = Signal(object)          # the ImportReport of an applied import

    def __init__(self, db_path: str | Path, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.report = None
        self.setWindowTitle(self.tr("Import registrations"))
        self.setMinimumSize(760, 520)

        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("CSV, TSV, XLSX or TXT export from the registration platform"))
        browse = QPushButton(self.tr("&Choose file…"))
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("default: the platform's name (re-sync with the same name)"))
        self.platform = QComboBox()
        self.platform.addItems(PLATFORMS)
        self.platform.setItemText(0, self.tr("auto (detect)"))
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("&Source name:"), self.source)
        form.addRow(self.tr("&Platform:"), self.platform)

        hint = QLabel(self.tr("Files from Eventbrite, Tito, pretix, Luma, Hi.Events, Ticket Tailor, Indico, Meetup, "
                              "Google Forms and spreadsheets with usual column names are recognised. For other "
                              "spreadsheets use `kiosk import --map` on the command line."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #455a64;")
        self.status = QLabel(self.tr("Choose a file, then check it: nothing is written until you press Import."))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diff = QPlainTextEdit()
        self.diff.setObjectName("importDiff")
        self.diff.setReadOnly(True)
        self.diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(mono.pointSize(), 10))
        self.diff.setFont(mono)

        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(self.tr("Check (&dry run)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.clicked.connect(self.dry_run)
        self.import_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        self.import_button.setEnabled(False)
        self.check_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.diff, 1)
        layout.addWidget(self.buttons)
        for widget in (self.file, self.source):
            widget.textChanged.connect(self._inputs_changed)
        self.platform.currentIndexChanged.connect(self._inputs_changed)

    # -- inputs ----------------------------------------------------------------------------------
    def choose_file(self) -> QFileDialog:
        picker = QFileDialog(self, self.tr("Choose the registration export"), str(Path(self.file.text()).parent)
                             if self.file.text() else "", self.tr(FILE_FILTER))
        picker.setFileMode(QFileDialog.FileMode.ExistingFile)

        def chosen():
            files = picker.selectedFiles()
            if files:
                self.file.setText(files[0])
                self.dry_run()

        return dialogs.open_dialog(picker, on_accept=chosen)

    def _inputs_changed(self) -> None:
        self.report = None                 # a checked diff no longer matches what would be imported
        self.import_button.setEnabled(False)

    def _choices(self) -> tuple[str, str | None, str]:
        return self.file.text().strip(), (self.source.text().strip() or None), PLATFORMS[self.platform.currentIndex()]

    def _busy(self, busy: bool, text: str = "") -> None:
        for button in (self.check_button, self.import_button):
            button.setEnabled(not busy and (button is self.check_button or self.report is not None))
        if text:
            self._say(text)

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b71c1c; font-weight: bold;" if problem else "")

    # -- dry run and import ----------------------------------------------------------------------
    def dry_run(self) -> None:
        path, source, platform = self._choices()
        if not path:
            self._say(self.tr("Choose the export file first."), problem=True)
            return
        self.report = None
        self.diff.clear()
        self._busy(True, self.tr("Checking %1…").replace("%1", Path(path).name))
        run_task(_dry_run, path, source, platform, db_path=self.db_path, owner=self, on_done=self._checked,
                 on_error=self._refused, what=QT_TRANSLATE_NOOP("Tasks", "checking the registration export"))

    def _checked(self, report) -> None:
        self.report = report
        self.diff.setPlainText(report_text(report))
        s = report.summary()
        if s["new"] or s["updated"] or s["cancelled"]:
            text = self.tr("Nothing is written yet. Press Import to apply these changes.")
        else:
            text = self.tr("The roster already matches this file. Import only remembers the source.")
        self._busy(False, text)
        self.import_button.setDefault(True)

    def _refused(self, message: str) -> None:
        self.report = None
        self.diff.setPlainText(message)
        self._busy(False)
        self._say(self.tr("This file cannot be imported; nothing was written. %1").replace("%1", message),
                  problem=True)

    def apply(self) -> None:
        if self.report is None:
            return
        path, source, platform = self._choices()
        self._busy(True, self.tr("Importing…"))
        run_task(_apply, path, source, platform, db_path=self.db_path, owner=self, on_done=self._applied,
                 on_error=self._refused, what=QT_TRANSLATE_NOOP("Tasks", "importing the registrations"))

    def _applied(self, report) -> None:
        self.report = None
        s = report.summary()
        self.diff.setPlainText(report_text(report))
        self._busy(False, self.tr("Imported: %1 new, %2 updated, %3 cancelled.")
                   .replace("%1", str(s["new"])).replace("%2", str(s["updated"])).replace("%3", str(s["cancelled"])))
        self.import_button.setEnabled(False)
        self.close_button.setDefault(True)
        self.imported.emit(report)

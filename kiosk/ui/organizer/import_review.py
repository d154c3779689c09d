"""The import wizard's last steps (kiosk/ui/organizer/import_wizard.py): what the import will do, then
what it did.

`PreviewPage` puts the counts first, each a filter ("Updated: 3"), over a table of every row that
would change (kiosk/ui/organizer/import_preview.py: lazy, filterable, changed fields highlighted);
its Next is Import, the commit: the import runs on a task and the wizard moves on when it is written.
`DonePage` says what was imported and where the backup taken just before is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWizard, QWizardPage)

from kiosk.ui.i18n import count as count_text, current_language, said
from kiosk.ui.organizer.import_preview import KINDS, ChangesDelegate, PreviewModel, filter_rows
from kiosk.ui.organizer.import_words import field_words, status_words
from kiosk.ui.text_styles import MUTED, PROBLEM
from kiosk.ui.threads import run_task

FILTER_AFTER_MS = 250


class PreviewPage(QWizardPage):
    """Counts first (each a filter), then every row that would change, with a text filter."""

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("What the import will do"))
        intro = QLabel(self.tr("Nothing is written yet. Click a count to see those rows; press Import to apply them "
                               "all, or Cancel to leave the roster as it is."))
        intro.setWordWrap(True)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.filters = QHBoxLayout()
        self.filters.setSpacing(6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(lambda _id: self.apply_filter())
        self.buttons: dict[str, QPushButton] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter: a name, a code, a line number, a word of a reason"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=FILTER_AFTER_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.model = PreviewModel(self)
        self.model.words = self._words()
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PreviewModel.DETAILS, ChangesDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PreviewModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((PreviewModel.WHAT, 170), (PreviewModel.LINE, 52), (PreviewModel.CODE, 150),
                              (PreviewModel.NAME, 190)):
            header.resizeSection(column, width)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8d5b00;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._serial = 0
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addLayout(self.filters)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.status)

    def _words(self) -> dict:
        return {"headers": (self.tr("What"), self.tr("Line"), self.tr("Code"), self.tr("Name"), self.tr("Details")),
                "kinds": self.kind_words(), "admitted": self.tr("admitted"),
                "not_admitted": self.tr("not admitted: %1"), "cancelled": self.tr("now %1: no longer admitted"),
                "missing": self.tr("no longer in the export; kept in the roster"),
                "rekeyed": self.tr("same person under a new registration id; check-ins kept"),
                "conflict": self.tr("%1 corrected at the desk to “%2”; the file says “%3” (the desk's value is kept)"),
                "desk": self.tr("kept from the desk"), "file": self.tr("the file says"),
                "column": self.tr("column %1"), "field": field_words, "issued": self.tr("(issued at import)"),
                "status": status_words}

    def kind_words(self) -> dict[str, str]:
        return {"rejected": self.tr("Rejected line"), "conflict": self.tr("Conflict with a desk edit"),
                "cancelled": self.tr("No longer admitted"), "updated": self.tr("Updated"), "new": self.tr("New"),
                "new_out": self.tr("New, not admitted"), "rekeyed": self.tr("New registration id"),
                "missing": self.tr("Not in this file"), "merged": self.tr("Merged duplicate")}

    def initializePage(self) -> None:  # noqa: N802
        segments = self.w.segments or {}
        report = self.w.outcome.report
        s = report.summary()
        while self.filters.count():
            item = self.filters.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for button in self.group.buttons():
            self.group.removeButton(button)
        self.buttons = {}
        names = self.kind_words()
        total = sum(len(segments[k]) for k in KINDS)
        for index, kind in enumerate(("all", *KINDS)):
            count = total if kind == "all" else len(segments[kind])
            if kind != "all" and not count:
                continue
            text = self.tr("%1: %2").replace("%1", self.tr("All") if kind == "all" else names[kind]) \
                .replace("%2", count_text(count))
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName(f"filter_{kind}")
            self.group.addButton(button, index)
            self.filters.addWidget(button)
            self.buttons[kind] = button
        self.filters.addStretch(1)
        self.buttons["all"].setChecked(True)
        self.summary.setText(self.tr("If you import this file: %1 new (%2 may come in), %3 updated, %4 no longer "
                                     "admitted, %6 unchanged; rejected lines: %5.")
                             .replace("%1", count_text(s['new'])).replace("%2", count_text(s['new'] - s.get('not_admitted', 0)))
                             .replace("%3", count_text(s['updated'])).replace("%4", count_text(s['cancelled']))
                             .replace("%5", count_text(s['rejected'])).replace("%6", count_text(s['unchanged'])))
        self.notes.setText("\n".join(f"• {said(w)}" for w in report.warnings))
        self.notes.setVisible(bool(report.warnings))
        self.status.setText("")
        self.search.clear()
        self.model.set_rows({k: segments[k] for k in KINDS})

    def chosen_kinds(self) -> tuple[str, ...]:
        checked = next((k for k, b in self.buttons.items() if b.isChecked()), "all")
        return KINDS if checked == "all" else (checked,)

    def apply_filter(self) -> None:
        segments = self.w.segments or {}
        kinds, text = self.chosen_kinds(), self.search.text()
        if not text.strip():
            self.model.set_rows({k: segments[k] for k in kinds})
            return
        self._serial += 1
        serial = self._serial

        def shown(rows: dict) -> None:
            if serial == self._serial:
                self.model.set_rows(rows)

        run_task(filter_rows, segments, kinds, text, current_language(), owner=self, on_done=shown,
                 what=QT_TRANSLATE_NOOP("Tasks", "filtering the preview"))

    def validatePage(self) -> bool:  # noqa: N802
        return self.w.import_then_next()

    def say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(PROBLEM if problem else MUTED)


class DonePage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Imported"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setStyleSheet("font-size: 13pt;")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        s = self.w.imported_report.summary()
        text = self.tr("The roster is up to date. New: %1 (%2 may come in) · Updated: %3 · No longer admitted: %4 · "
                       "Rejected lines: %5.").replace("%1", count_text(s['new'])) \
            .replace("%2", count_text(s['new'] - s.get('not_admitted', 0))).replace("%3", count_text(s['updated'])) \
            .replace("%4", count_text(s['cancelled'])).replace("%5", count_text(s['rejected']))
        if s.get("backup"):
            text += "\n\n" + self.tr("A backup of the event was taken just before: %1").replace("%1", s["backup"])
        self.result.setText(text)

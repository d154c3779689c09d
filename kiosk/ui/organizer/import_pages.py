"""The first steps of the import wizard (kiosk/ui/organizer/import_wizard.py): the file, what it is,
its columns, its status words. The preview and the result are in import_review.py.

Each page shows what the wizard learnt (`wizard.look`, `wizard.outcome`, from kiosk/roster/wizard.py)
and hands the person's answers back (`wizard.choices`). A page whose answers need a new dry run asks
the wizard for one on Next and moves on when it is back (`ImportWizard.check_then_next`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QSizePolicy, QVBoxLayout, QWizardPage)

from kiosk.roster.parse import NO_COLUMN
from kiosk.roster.wizard import WIZARD_FIELDS, platform_words, used_columns
from kiosk.ui.organizer.import_words import MAYBE, PLATFORMS, field_words, label, scrolled
from kiosk.ui.text_styles import MUTED, PROBLEM
from kiosk.ui.i18n import count as count_text, said
from kiosk.ui.plain_text import tooltip



class FilePage(QWizardPage):
    """Choose or drop the export file; the wizard reads it at once (on a task)."""

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Which file?"))
        intro = label(self.tr("The export of the registrations, as downloaded from the registration platform or "
                               "saved from a spreadsheet. Nothing is written until the last step."))
        self.setAcceptDrops(True)
        self.drop = QLabel(self.tr("Drop the export file here"))
        self.drop.setObjectName("dropZone")
        self.drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop.setMinimumHeight(110)
        self.drop.setStyleSheet("#dropZone { border: 2px dashed #90a4ae; border-radius: 8px; color: #455a64; "
                                "font-size: 14pt; background: #f7f9fb; }")
        self.choose = QPushButton(self.tr("&Choose a file…"))
        self.choose.clicked.connect(wizard.choose_file)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen yet"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        self.status = label()
        hint = label(self.tr("Exports from Eventbrite, Tito, pretix, Luma, Hi.Events, Ticket Tailor, Indico, alf.io, "
                              "Humanitix, Meetup, Zoom, Sessionize and Google Forms are recognised in any language; "
                              "any other spreadsheet with a column of names, e-mails or ticket codes works too "
                              "(CSV, TSV, XLSX or XLS)."), MUTED)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.drop)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(hint)

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.look is not None and not self.w.busy

    def say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(PROBLEM if problem else MUTED)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.w.set_file(files[0])


class DetectedPage(QWizardPage):
    """What the file is, in words, and the first dry run (it decides which steps follow)."""

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("What this file is"))
        self.headline = label(style="font-size: 14pt; font-weight: bold;")
        self.evidence = label(style=MUTED)
        self.facts = label()
        self.remembered = label(style=MUTED)
        self.platform = QComboBox()
        for value in PLATFORMS:
            self.platform.addItem(self.tr("recognise it by itself") if value == "auto" else
                                  said(platform_words(value)), value)
        self.platform.activated.connect(self._platform_chosen)
        self.source = QLineEdit()
        self.source.setToolTip(self.tr("The next export imported under the same name updates these people instead "
                                       "of adding them again."))
        self.source.editingFinished.connect(self._source_changed)
        form = QFormLayout()
        form.addRow(self.tr("Read it as:"), self.platform)
        form.addRow(self.tr("Remember it as the source:"), self.source)
        self.status = label()
        self.columns = label()
        self.columns.setObjectName("columnsRead")
        self.columns_button = QPushButton(self.tr("Check the &columns…"))
        self.columns_button.clicked.connect(wizard.ask_columns)
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.evidence, self.facts, self.remembered):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addWidget(self.columns)
        layout.addStretch(1)
        layout.addWidget(self.columns_button, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:  # noqa: N802
        look = self.w.look
        self.headline.setText(self.w.platform_sentence(look))
        self.evidence.setText(self.w.evidence_sentence(look))
        self.facts.setText(self.tr("%1 rows; the column titles are on line %2.").replace("%1", count_text(look.rows))
                           .replace("%2", count_text(look.header_row)))
        if look.known_source:
            self.remembered.setText(self.tr("Imported before as “%1”: this import updates those people, with the "
                                            "answers given then.").replace("%1", look.source))
        else:
            self.remembered.setText(self.tr("The first import from this source."))
        self.platform.setCurrentIndex(max(0, self.platform.findData(self.w.choices.platform)))
        self.source.setText(self.w.choices.source or look.source)
        self.w.start_check()

    def _platform_chosen(self, _index: int) -> None:
        self.w.choices.platform = self.platform.currentData()
        self.w.choices.mapping = None
        self.w.start_check()

    def _source_changed(self) -> None:
        text = " ".join(self.source.text().split())
        if text and text != self.w.choices.source:
            self.w.choices.source = text
            self.w.start_check()

    def isComplete(self) -> bool:  # noqa: N802
        o = self.w.outcome
        return not self.w.busy and o is not None and (o.ok or bool(o.unknown_words) or o.columns_problem)

    def nextId(self) -> int:  # noqa: N802
        return self.w.next_after_detection()

    def say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(PROBLEM if problem else MUTED)
        self.show_columns()

    def show_columns(self) -> None:
        """Which column the import reads for each field, as the last dry run found them."""
        used = used_columns(self.w.outcome)
        if not used:
            self.columns.setText("")
            return
        lines = [f"<tr><td>{escape(field_words(f))}</td><td>&nbsp;←&nbsp;</td><td><b>{escape(c)}</b></td></tr>"
                 for f, c in sorted(used.items(), key=lambda fc: WIZARD_FIELDS.index(fc[0])
                                    if fc[0] in WIZARD_FIELDS else 99)]
        intro = self.tr("The import reads these columns:")
        self.columns.setText(f"<p>{escape(intro)}</p><table>{''.join(lines)}</table>")


class MappingPage(QWizardPage):
    """Which column holds what: each field with its likeliest columns and sample values."""

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Which column holds what?"))
        self.why = label()
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(label(self.tr("Field"), "font-weight: bold;", wrap=False), 0, 0)
        grid.addWidget(label(self.tr("Column in the file"), "font-weight: bold;", wrap=False), 0, 1)
        grid.addWidget(label(self.tr("Values in that column"), "font-weight: bold;", wrap=False), 0, 2)
        for row, name in enumerate(WIZARD_FIELDS, start=1):
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.setMinimumContentsLength(30)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.currentIndexChanged.connect(lambda _i: self._all_chosen())
            title = label(field_words(name), wrap=False)
            title.setBuddy(combo)
            sample = label(style=MUTED)
            grid.addWidget(title, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(sample, row, 2)
            self.combos[name], self.samples[name] = combo, sample
        grid.setColumnStretch(1, 3)                   # the chosen column and its likelihood read whole
        grid.setColumnStretch(2, 2)
        grid.setRowStretch(len(WIZARD_FIELDS) + 1, 1)
        scroll = scrolled(grid)
        self.status = label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)

    def initializePage(self) -> None:  # noqa: N802
        look = self.w.look
        self.why.setText(self.w.mapping_sentence())
        chosen = self.w.initial_mapping()
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in this file —"), NO_COLUMN)
            ranked = [c for c in look.candidates.get(name) or [] if c.column in look.columns]
            listed = set()
            for cand in ranked:
                combo.addItem(self.tr("%1  · likely (%2%)").replace("%1", cand.column)
                              .replace("%2", str(round(cand.score * 100))), cand.column)
                listed.add(cand.column)
            for column in look.columns:
                if column not in listed:
                    combo.addItem(column, column)
            want = chosen.get(name, NO_COLUMN)
            combo.setCurrentIndex(max(0, combo.findData(want)))
            combo.view().setMinimumWidth(max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                                             for i in range(combo.count())) + 40)    # the list reads whole too
            combo.blockSignals(False)
        for name in self.combos:
            self._chosen(name)
        self.combos[WIZARD_FIELDS[0]].setFocus()      # the keyboard starts at the first field
        self.say(said(self.w.outcome.refusal) if self.w.outcome is not None else "", problem=True)

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items()}

    def _all_chosen(self) -> None:
        for name in self.combos:
            self._chosen(name)

    def _chosen(self, name: str) -> None:
        column = self.combos[name].currentData()
        look = self.w.look
        if look is None or column in (None, NO_COLUMN):
            taken = {c.currentData() for n, c in self.combos.items() if n != name}
            maybe = [c for c in (look.candidates.get(name) or []) if c.score >= MAYBE and c.column not in taken] \
                if look is not None and not self._name_given(name) else []
            if maybe:
                values = look.samples[look.columns.index(maybe[0].column)] if maybe[0].column in look.columns else []
                self.samples[name].setText(self.tr("Maybe “%1”? (%2)").replace("%1", maybe[0].column)
                                           .replace("%2", ", ".join(values)))
                self.samples[name].setStyleSheet("color: #8d5b00;")
            else:
                self.samples[name].setText("")
            return
        self.samples[name].setStyleSheet(MUTED)
        values = look.samples[look.columns.index(column)] if column in look.columns else []
        self.samples[name].setText(", ".join(values) if values else self.tr("(empty in the first rows)"))
        self.samples[name].setToolTip(tooltip("\n".join(values)))

    def _name_given(self, name: str) -> bool:
        """A full name needs no column when first and last names have one, and the other way round."""
        chosen = {n for n, c in self.combos.items() if c.currentData() not in (None, NO_COLUMN)}
        if name == "name":
            return bool(chosen & {"first_name", "last_name"})
        return name in ("first_name", "last_name") and "name" in chosen

    def problem(self) -> str:
        """What stops these columns being used ('' when they can be)."""
        m = {k: v for k, v in self.mapping().items() if v != NO_COLUMN}
        if not any(k in m for k in ("name", "first_name", "last_name", "email", "code")):
            return self.tr("Choose at least the column that holds the people's names (or their e-mails or ticket "
                           "codes).")
        columns = list(m.values())
        twice = sorted({c for c in columns if columns.count(c) > 1}
                       - ({m["name"]} if "name" in m else set()))
        if twice:
            return self.tr("The column “%1” is chosen for two fields: choose it once.").replace("%1", twice[0])
        return ""

    def validatePage(self) -> bool:  # noqa: N802
        problem = self.problem()
        if problem:
            self.say(problem, problem=True)
            return False
        return self.w.check_then_next(mapping=self.mapping())

    def nextId(self) -> int:  # noqa: N802
        return self.w.next_after_mapping()

    def say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(PROBLEM if problem else MUTED)


class StatusPage(QWizardPage):
    """Status words the app does not know: may these people come in?"""

    def __init__(self, wizard):
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("New status words"))
        self.why = label()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        scroll = scrolled(self.grid)
        self.status = label()
        self.groups: dict[str, QButtonGroup] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)

    def initializePage(self) -> None:  # noqa: N802
        outcome = self.w.outcome
        words = outcome.unknown_words if outcome is not None else {}
        column = outcome.unknown_column if outcome is not None else ""
        self.why.setText(self.tr("The column “%1” holds words the app does not know. Say for each whether these "
                                 "people may come in; nobody is admitted on a word nobody explained. The answers are "
                                 "remembered for this source.").replace("%1", column or self.tr("Status")))
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.groups = {}
        for row, (word, lines) in enumerate(words.items()):
            shown = ", ".join(str(n) for n in lines[:5]) + ("…" if len(lines) > 5 else "")
            admit = QRadioButton(self.tr("May come in"))
            refuse = QRadioButton(self.tr("Not admitted"))
            group = QButtonGroup(self)
            group.addButton(admit, 1)
            group.addButton(refuse, 0)
            group.idToggled.connect(lambda _id, _on: self.completeChanged.emit())
            self.grid.addWidget(label(self.tr("“%1”").replace("%1", word), "font-weight: bold;", wrap=False), row, 0)
            self.grid.addWidget(label(self.tr("%n line(s): %1", "", len(lines)).replace("%1", shown), MUTED), row, 1)
            self.grid.addWidget(admit, row, 2)
            self.grid.addWidget(refuse, row, 3)
            self.groups[word] = group
        self.grid.setColumnStretch(1, 1)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.grid.setRowStretch(len(words), 1)
        self.status.setText("")

    def answers(self) -> dict[str, bool]:
        return {word: group.checkedId() == 1 for word, group in self.groups.items() if group.checkedId() in (0, 1)}

    def isComplete(self) -> bool:  # noqa: N802
        return len(self.answers()) == len(self.groups) and not self.w.busy

    def validatePage(self) -> bool:  # noqa: N802
        return self.w.check_then_next(statuses=self.answers())

    def nextId(self) -> int:  # noqa: N802
        return self.w.next_after_statuses()



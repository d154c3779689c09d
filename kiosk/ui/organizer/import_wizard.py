"""Import registrations as a wizard: the file → what it is → its columns (when unsure) → its unknown
status words (when any) → a preview of every change → import, or cancel with nothing written.

The same engine as `kiosk import` (kiosk/roster/wizard.py over parse.py and resync.import_export,
with `mapping=` and `statuses=`): the steps are dry runs, the last one the import itself, one
transaction preceded by a backup. The columns and the status words a person chose are remembered
per source, so the next export of the same source goes straight to the preview. Reading the file,
the dry runs and the import run on tasks (kiosk/ui/threads.py): a 100,000-row file never freezes the
window, and the preview's table loads its rows as they are scrolled to (kiosk/ui/organizer/
import_preview.py). The first steps are in import_pages.py, the preview and the result in import_review.py.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (QWidget, QWizard, QWizardPage)

from kiosk.roster import wizard as core
from kiosk.ui import dialogs
from kiosk.ui.i18n import count as count_text, said
from kiosk.ui.organizer.folders import file_dialog
from kiosk.ui.organizer.import_pages import DetectedPage, FilePage, MappingPage, StatusPage
from kiosk.ui.organizer.import_preview import segments_of
from kiosk.ui.organizer.import_review import DonePage, PreviewPage
from kiosk.ui.organizer.import_words import file_filter
from kiosk.ui.threads import run_task
from kiosk.ui.wheel_guard import guard_wheel

log = logging.getLogger(__name__)

FILE, DETECTED, MAPPING, STATUS, PREVIEW, DONE = range(6)


def read_file(db, path: str) -> core.FileLook:
    return core.look_at(db, path)


def dry_run(db, path: str, choices: core.Choices) -> tuple[core.Outcome, dict | None]:
    outcome = core.check(db, path, choices)
    return outcome, (segments_of(outcome.report) if outcome.ok else None)


def apply(db, path: str, choices: core.Choices) -> core.Outcome:
    return core.check(db, path, choices, dry_run=False)


class ImportWizard(QWizard):
    """See the module docstring; `imported(report)` once an import is written."""

    imported = Signal(object)

    def __init__(self, db_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        guard_wheel()         # the wheel scrolls the page, never changes a box under the pointer
        self.db_path = Path(db_path)
        self.path = ""
        self.look: core.FileLook | None = None
        self.outcome: core.Outcome | None = None
        self.segments: dict | None = None
        self.choices = core.Choices()
        self.imported_report: object | None = None
        self.busy = False
        self.force_mapping = False
        self._advance = False
        self.setWindowTitle(self.tr("Import registrations"))
        self.setObjectName("importWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(820, 560)
        self.file_page, self.detected_page = FilePage(self), DetectedPage(self)
        self.mapping_page, self.status_page = MappingPage(self), StatusPage(self)
        self.preview_page, self.done_page = PreviewPage(self), DonePage(self)
        self.pages: dict[int, QWizardPage] = {FILE: self.file_page, DETECTED: self.detected_page,
                                              MAPPING: self.mapping_page, STATUS: self.status_page,
                                              PREVIEW: self.preview_page, DONE: self.done_page}
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(FILE)

    # -- the file --------------------------------------------------------------------------------------
    def choose_file(self):
        picker = file_dialog(self, self.tr("Choose the registration export"), file_filter(), kind="imports")
        return dialogs.open_dialog(picker, on_accept=lambda: picker.selectedFiles() and
                                   self.set_file(picker.selectedFiles()[0]))

    def set_file(self, path: str) -> None:
        """Read `path` (on a task); the wizard moves on to what the file is once it is read."""
        page = self.file_page
        self.path = str(path)
        self.look, self.outcome, self.segments = None, None, None
        self.choices = core.Choices()
        self.force_mapping = False
        page.path.setText(self.path)
        self._busy(True)
        page.say(self.tr("Reading %1…").replace("%1", Path(path).name))
        run_task(read_file, self.path, db_path=self.db_path, owner=self, on_done=self._read, on_error=self._unreadable,
                 what=QT_TRANSLATE_NOOP("Tasks", "reading the registration export"))

    def _read(self, look: core.FileLook) -> None:
        self.look = look
        self.choices.source = look.source
        self._busy(False)
        self.file_page.say(self.tr("%1: %2 rows.").replace("%1", Path(look.path).name).replace("%2", count_text(look.rows)))
        if self.currentId() == FILE:
            QTimer.singleShot(0, self.next)

    def _unreadable(self, message: str) -> None:
        self._busy(False)
        self.file_page.say(self.tr("This file cannot be imported; nothing was written. %1").replace("%1", message),
                             problem=True)

    # -- dry runs ----------------------------------------------------------------------------------------
    def start_check(self) -> None:
        """A dry run with the choices so far; the page showing says when it is back."""
        self.outcome, self.segments = None, None
        self._busy(True)
        self._say(self.tr("Checking every row…"))
        run_task(dry_run, self.path, self.choices, db_path=self.db_path, owner=self, on_done=self._checked,
                 on_error=self._check_failed, what=QT_TRANSLATE_NOOP("Tasks", "checking the registration export"))

    def _checked(self, answer: tuple[core.Outcome, dict | None]) -> None:
        self.outcome, self.segments = answer
        self._busy(False)
        outcome = self.outcome
        if outcome.refusal and not outcome.columns_problem:
            self._say(self.tr("This file cannot be imported; nothing was written. %1").replace("%1", said(outcome.refusal)),
                      problem=True)
        elif outcome.refusal:
            self._say(self.tr("The columns need your help: %1").replace("%1", said(outcome.refusal)), problem=True)
        elif outcome.unknown_words:
            self._say(self.tr("Some status words are new to the app: the next step asks what they mean."))
        else:
            self._say(self.tr("Every row was checked."))
        if self._advance:
            if outcome.ok or outcome.unknown_words:
                QTimer.singleShot(0, self.next)      # the page's Next, now that its answers are checked
            else:
                self._advance = False

    def _check_failed(self, message: str) -> None:
        self._busy(False)
        self._advance = False
        self._say(message, problem=True)

    def check_then_next(self, *, mapping: dict[str, str] | None = None,
                        statuses: dict[str, bool] | None = None) -> bool:
        """A page's Next: True once its answers were checked; else start the dry run and go on when it is back."""
        if self._advance and not self.busy and self.outcome is not None and not self.outcome.refusal:
            self._advance = False
            return True
        if mapping is not None:
            self.choices.mapping = mapping
        if statuses is not None:
            for word, admitted in statuses.items():
                key, status = core.status_answer(word, admitted)
                self.choices.statuses[key] = status
        self._advance = True
        self.start_check()
        return False

    def ask_columns(self) -> None:
        self.force_mapping = True
        if self.detected_page.isComplete():
            self.next()

    def next_after_detection(self) -> int:
        if self.look is None:
            return PREVIEW
        if self.force_mapping or core.mapping_reasons(self.look, self.outcome):
            return MAPPING
        return self.next_after_mapping()

    def next_after_mapping(self) -> int:
        return STATUS if self.outcome is not None and self.outcome.unknown_words else PREVIEW

    def next_after_statuses(self) -> int:
        return PREVIEW

    def initial_mapping(self) -> dict[str, str]:
        assert self.look is not None
        if self.choices.mapping:
            return dict(self.choices.mapping)
        return core.initial_mapping(self.look, self.outcome)

    # -- the import --------------------------------------------------------------------------------------
    def import_then_next(self) -> bool:
        if self._advance and self.imported_report is not None:
            self._advance = False
            return True
        self._busy(True)
        self.preview_page.say(self.tr("Importing…"))
        run_task(apply, self.path, self.choices, db_path=self.db_path, owner=self, on_done=self._applied,
                 on_error=self._apply_failed, what=QT_TRANSLATE_NOOP("Tasks", "importing the registrations"))
        return False

    def _applied(self, outcome: core.Outcome) -> None:
        self._busy(False)
        if not outcome.ok:
            text = said(outcome.refusal) or self.tr("The file changed since it was checked: go back and check it again.")
            self.preview_page.say(self.tr("Nothing was imported. %1").replace("%1", text), problem=True)
            return
        self.imported_report = outcome.report
        self.imported.emit(outcome.report)
        self._advance = True
        QTimer.singleShot(0, self.next)

    def _apply_failed(self, message: str) -> None:
        self._busy(False)
        self.preview_page.say(self.tr("Nothing was imported. %1").replace("%1", message), problem=True)

    # -- words -------------------------------------------------------------------------------------------
    def platform_sentence(self, look: core.FileLook) -> str:
        if not look.platform:
            return self.tr("No registration platform was recognised: the file is read as a plain spreadsheet, by its "
                           "column titles and values.")
        if look.confidence >= 1:
            return self.tr("Recognised: %1.").replace("%1", said(look.label))
        return self.tr("Probably: %1 (%2% sure).").replace("%1", said(look.label)) \
            .replace("%2", str(round(look.confidence * 100)))

    def evidence_sentence(self, look: core.FileLook) -> str:
        evidence = look.evidence
        if not look.platform or evidence is None:
            return ""
        how = evidence.key                   # the core's code for how (kiosk/roster/words.py)
        if how == "evidence_titles":
            return self.tr("Recognised by its column titles.")
        if how == "evidence_eventbrite_barcodes":
            return self.tr("Recognised by its numbers: each barcode is the order number, the attendee number and a "
                           "sequence, as Eventbrite writes them.")
        if how == "evidence_eventbrite_numbers":
            return self.tr("Recognised by its order and attendee numbers, which have Eventbrite's length.")
        if how == "evidence_code_shape":
            return self.tr("Recognised by its ticket codes, which have %1's shape.").replace("%1", said(look.label))
        return self.tr("Recognised by: %1").replace("%1", said(evidence))

    def mapping_sentence(self) -> str:
        assert self.look is not None
        reasons = core.mapping_reasons(self.look, self.outcome)
        words = {
            "refused": self.tr("The file cannot be read as it is: say which column holds what."),
            "not_recognised": self.tr("No registration platform was recognised, so the columns were guessed from "
                                      "their titles and values: check them."),
            "by_values": self.tr("The platform was recognised by what its columns hold, not by their titles: check "
                                 "the columns."),
            "questions": self.tr("The columns of this file are the form's own questions: check which one holds "
                                 "what."),
            "missing": self.tr("A column looks like it holds names or e-mails but is not used: check it."),
            "unsure": self.tr("Two columns are nearly as likely for the same field: choose the right one.")}
        said = [words[r] for r in reasons if r in words] or [self.tr("Check which column holds what.")]
        return " ".join(said) + " " + self.tr("Your choice is remembered for this source.")

    # -- state -------------------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        """While a task runs, no button moves the wizard (Cancel still closes it, writing nothing)."""
        self.busy = busy
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()          # QWizard sets its buttons from isComplete() again
        if busy:
            for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
                           QWizard.WizardButton.BackButton):
                self.button(button).setEnabled(False)

    def _say(self, text: str, problem: bool = False) -> None:
        page = self.currentPage()
        say = getattr(page, "say", None)
        if say is not None:
            say(text, problem)

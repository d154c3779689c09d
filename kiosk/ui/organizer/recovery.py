"""What the app shows when the event file it is asked to open is damaged, empty or cut short.

The launch (kiosk/launch.py) checks every page of the file; a damaged one comes back as
`plan.damage` (kiosk/store/recovery.py `damage_report`) and the shell (kiosk/ui/organizer/launch.py)
shows `RecoveryDialog` instead of a window on it. It says what is wrong in plain words and offers:
- "Restore the newest good backup (taken <when>, <n> check-ins)": the same core function as
  `kiosk restore` (kiosk/store/recovery.py `restore_backup`), on a task; the damaged file is kept aside
  in the backups folder (the dialog says where) and the restored event opens;
- "Save a copy for help…" when there is no good backup: someone may recover the file;
- "Open another event…", and "Quit" (or "Cancel" when another event is showing behind it).
`open_requested(path)` asks the shell to open an event; `quit_requested` to quit.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget

from kiosk.ui.text_styles import MUTED, PROBLEM
from kiosk.ui import dialogs, i18n
from kiosk.ui.organizer.event_form import EVENT_FILTER
from kiosk.ui.organizer.folders import file_dialog
from kiosk.ui.threads import run_task

log = logging.getLogger(__name__)


def when_taken(facts: dict, *, seconds: bool = False) -> str:
    from kiosk.store.recovery import taken_words

    return taken_words(facts.get("taken_at") or "", i18n.current_language(), seconds=seconds)


def restore_newest(backup_path: str, db_path: str) -> dict:
    from kiosk.store.recovery import restore_backup

    return restore_backup(Path(backup_path), Path(db_path))


def copy_for_help(db_path: str, target: str) -> str:
    from kiosk.store.recovery import copy_for_help as copy

    return copy(Path(db_path), Path(target))


class RecoveryDialog(QDialog):
    """A damaged event file: restore its newest good backup, open another event, or quit."""

    open_requested = Signal(str)         # open the desk (or kiosk) on this event file
    quit_requested = Signal()

    def __init__(self, damage: dict, *, other_event_showing: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.damage = damage
        self.path = str(damage["path"])
        self.newest: dict | None = damage.get("newest")
        self.outcome: dict | None = None
        self.other_event_showing = other_event_showing
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("The event file is damaged"))
        self.setMinimumWidth(620)

        self.title = QLabel(self.tr("This event file cannot be opened"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("recoveryStatus")

        self.restore_button = QCommandLinkButton()
        self.copy_button = QCommandLinkButton(
            self.tr("Save a copy for help…"),
            self.tr("Copy the damaged file to a USB stick or a folder, for someone who may recover it."))
        self.open_button = QCommandLinkButton(
            self.tr("Open another event…"), self.tr("An event file made on this computer or copied from another one."))
        self.leave_button = QCommandLinkButton(self.tr("Cancel") if other_event_showing else self.tr("Quit"))
        self.leave_button.setDescription(self.tr("Back to the event that is open.") if other_event_showing
                                         else self.tr("Close the app; the damaged file stays as it is."))
        self.open_restored_button = QCommandLinkButton(self.tr("Open the restored event"))
        for button in (self.restore_button, self.copy_button, self.open_button, self.leave_button,
                       self.open_restored_button):
            button.setMinimumHeight(58)
        self.restore_button.clicked.connect(self.restore)
        self.copy_button.clicked.connect(self.save_copy)
        self.open_button.clicked.connect(self.open_other)
        self.leave_button.clicked.connect(self.reject)
        self.open_restored_button.clicked.connect(lambda: self._open(self.path))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addWidget(self.advice)
        layout.addSpacing(4)
        for button in (self.restore_button, self.open_restored_button, self.copy_button, self.open_button,
                       self.leave_button):
            layout.addWidget(button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.rejected.connect(self._left)
        self._show_choices()

    # -- what it says ------------------------------------------------------------------------------------
    def what_is_wrong(self) -> str:
        """The damage in plain words, %1 standing for the file's name."""
        kind = self.damage.get("kind")
        if kind == "empty":
            return self.tr("The event file %1 is empty (0 bytes): it was cut short, perhaps when the disk was full.")
        if kind == "cut_short":
            return self.tr("The event file %1 was cut short: part of it is missing, perhaps because the disk was "
                           "full or a USB stick was pulled out.")
        if kind == "not_event":
            return self.tr("The file %1 is not an event file, or its beginning is damaged.")
        return self.tr("The event file %1 is damaged: some of its contents cannot be read.")

    def checkins(self, n: int | None) -> str:
        return "—" if n is None else self.tr("%n check-in(s)", "", int(n))

    def people(self, n: int | None) -> str:
        return "—" if n is None else self.tr("%n person(s)", "", int(n))

    def _show_choices(self) -> None:
        self.explain.setText(self.what_is_wrong().replace("%1", "<b>" + html.escape(Path(self.path).name) + "</b>")
                             + " " + self.tr("Nothing was written to it.")
                             + "<br><span style='color:#546e7a'>" + html.escape(self.path) + "</span>")
        newest = self.newest
        self.open_restored_button.hide()
        if newest is not None:
            checkins = self.checkins(newest.get("checkins"))
            people = self.people(newest.get("people"))
            self.advice.setText(self.tr(
                "A good backup of it was taken %1, with %2 and %3. Restoring it brings the event back as it was "
                "then: check-ins made on this computer since then are lost, unless another station or the sync "
                "hub holds them. The damaged file is kept aside in %4.")
                .replace("%1", when_taken(newest)).replace("%2", people).replace("%3", checkins)
                .replace("%4", self.damage["backups_folder"]))
            self.restore_button.setText(self.tr("Restore the newest good backup (taken %1, %2)")
                                        .replace("%1", when_taken(newest)).replace("%2", checkins))
            self.restore_button.setDescription(self.tr("Then the restored event opens."))
            self.restore_button.show()
            self.copy_button.hide()
            self.restore_button.setFocus()
        else:
            self.advice.setText(self.tr(
                "No good backup of this event exists. Keep the damaged file: save a copy of it and give it to "
                "someone who can help, as they may recover it. Meanwhile, open another event, or create the event "
                "again and import the registrations."))
            self.restore_button.hide()
            self.copy_button.show()
            self.copy_button.setFocus()

    # -- restoring ---------------------------------------------------------------------------------------
    def restore(self) -> None:
        if self.newest is None:
            return
        self._busy(True, self.tr("Restoring the backup… (the damaged file is kept aside)"))
        run_task(restore_newest, self.newest["path"], self.path, owner=self, on_done=self._restored,
                 on_error=self._failed, what=QT_TRANSLATE_NOOP("Tasks", "restoring the backup"))

    def _restored(self, outcome: dict) -> None:
        self.outcome = outcome
        self._busy(False)
        log.info("restored %s from %s", self.path, outcome.get("from"))
        facts = outcome.get("restored_facts") or {}
        self.setWindowTitle(self.tr("The event is restored"))
        self.title.setText(self.tr("The event is restored"))
        self.explain.setText(self.tr("%1 holds the event again as it was on %2, with %3 and %4.")
                             .replace("%1", self.path).replace("%2", when_taken(facts))
                             .replace("%3", self.people(facts.get("people")))
                             .replace("%4", self.checkins(facts.get("checkins"))))
        kept = outcome.get("damaged_kept_as") or outcome.get("previous_saved_as")
        self.advice.setText(self.tr("The damaged file is kept as %1. If other stations or a sync hub were "
                                    "used, sync now to bring back the check-ins made since the backup.")
                            .replace("%1", str(kept)) if kept else "")
        for button in (self.restore_button, self.copy_button, self.open_button):
            button.hide()
        if not self.other_event_showing:
            self.leave_button.setDescription(self.tr("The restored event opens the next time the app starts."))
        if facts.get("event"):
            self.open_restored_button.setDescription(facts["event"])
        self.open_restored_button.show()
        self.open_restored_button.setFocus()
        dialogs.enter_presses(self.open_restored_button)
        QTimer.singleShot(0, self.adjustSize)         # once the hidden choices have left the layout

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status.setText(message)
        self.status.setStyleSheet(PROBLEM)

    def _busy(self, busy: bool, text: str = "") -> None:
        for button in (self.restore_button, self.copy_button, self.open_button, self.leave_button):
            button.setEnabled(not busy)
        self.status.setText(text)
        self.status.setStyleSheet(MUTED)

    # -- the other ways out ------------------------------------------------------------------------------
    def save_copy(self):
        suggested = f"{Path(self.path).stem}-damaged{Path(self.path).suffix or '.sqlite'}"
        picker = file_dialog(self, self.tr("Save a copy of the damaged file"), self.tr(EVENT_FILTER), kind="events",
                             save=True, suggested=suggested)

        def chosen() -> None:
            if picker.selectedFiles():
                self._busy(True, self.tr("Copying…"))
                run_task(copy_for_help, self.path, picker.selectedFiles()[0], owner=self, on_done=self._copied,
                         on_error=self._failed, what=QT_TRANSLATE_NOOP("Tasks", "copying the damaged file"))

        return dialogs.open_dialog(picker, on_accept=chosen)

    def _copied(self, target: str) -> None:
        self._busy(False, self.tr("A copy is saved as %1. Give it to someone who can help; the damaged file "
                                  "stays where it was.").replace("%1", target))

    def open_other(self):
        picker = file_dialog(self, self.tr("Open an event file"), self.tr(EVENT_FILTER), kind="events")

        def chosen() -> None:
            if picker.selectedFiles():
                self._open(picker.selectedFiles()[0])

        return dialogs.open_dialog(picker, on_accept=chosen)

    def _open(self, path: str) -> None:
        self.open_requested.emit(path)
        self.accept()

    def _left(self) -> None:
        if not self.other_event_showing:
            self.quit_requested.emit()

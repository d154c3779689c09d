"""File > Backups…: the event's verified backups, a backup taken now, and a backup restored.

The same core functions as `kiosk backup`, `kiosk backup --list` and `kiosk restore`
(kiosk/store/recovery.py, over kiosk/store/backup.py), each on a task. Only backups that pass the
checks are listed, newest first, with when they were taken, why, their size and how many people
and check-ins they hold. Restoring asks first and says what is lost: the check-ins made since that
backup, unless another station or the sync hub holds them. The event file is saved as a backup
before it is replaced; `restored(path, message)` then has the desk say so and reopen on the event.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from kiosk.ui.text_styles import MUTED, PROBLEM
from kiosk.ui import dialogs
from kiosk.ui.organizer.recovery import when_taken
from kiosk.ui.threads import run_task

log = logging.getLogger(__name__)


def overview(db) -> dict:
    from kiosk.store.recovery import backups_overview

    return backups_overview(db)


def back_up_now(db) -> dict:
    from kiosk.store.recovery import take_backup

    return take_backup(db)


def restore(backup_path: str, db_path: str) -> dict:
    from kiosk.store.recovery import restore_backup

    return restore_backup(Path(backup_path), Path(db_path))


class BackupsWindow(QDialog):
    """The verified backups of the open event; see the module docstring."""

    restored = Signal(str, str)         # the event file now holds a restored backup (path, what to say): reopen it

    def __init__(self, db_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.data: dict = {}
        self.confirm_box: QMessageBox | None = None
        self.confirm_go: QPushButton | None = None
        self.setObjectName("backupsWindow")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(820, 460)
        self.intro = QLabel(self.tr("The app backs the event up before every import and restore. Only backups "
                                    "that pass the checks are listed."))
        self.intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setObjectName("backupsTable")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("People"),
                                    self.tr("Check-ins")])
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda *_: self.ask_restore())
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setStyleSheet("color: #546e7a;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("backupsStatus")
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.ask_restore)
        self.close_button.clicked.connect(self.reject)
        self.restore_button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folder)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    # -- the list ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        run_task(overview, db_path=self.db_path, owner=self, on_done=self._show, on_error=self._failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "checking the backups"))

    def _show(self, data: dict) -> None:
        self.data = data
        self.table.clear()
        for facts in data["backups"]:
            item = QTreeWidgetItem([when_taken(facts, seconds=True), self.why(facts.get("reason", "")), self.size_words(facts["size"]),
                                    self.count(facts.get("people")), self.count(facts.get("checkins"))])
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, facts)
            item.setToolTip(0, facts["path"])
            self.table.addTopLevelItem(item)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self.folder.setText(self.tr("Kept in %1").replace("%1", data["folder"]))
        if not data["backups"]:
            self.status.setText(self.tr("No backup yet: press Back up now."))
        self._selection_changed()

    @staticmethod
    def count(n) -> str:
        return "—" if n is None else f"{int(n):,}".replace(",", "\u202f")

    def size_words(self, size: int) -> str:
        if size >= 1024 * 1024:
            return self.tr("%1 MB").replace("%1", f"{size / 1024 / 1024:.1f}")
        return self.tr("%1 KB").replace("%1", str(max(1, round(size / 1024))))

    def why(self, reason: str) -> str:
        if reason == "manual":
            return self.tr("backed up by hand")
        if reason == "before-restore":
            return self.tr("before a restore")
        if reason.startswith("before-import"):
            return self.tr("before an import")
        return reason

    def chosen(self) -> dict | None:
        item = self.table.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    # -- backing up --------------------------------------------------------------------------------------
    def back_up(self) -> None:
        self._busy(True, self.tr("Backing up…"))
        run_task(back_up_now, db_path=self.db_path, owner=self, on_done=self._backed_up, on_error=self._failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "backing up the event"))

    def _backed_up(self, facts: dict) -> None:
        self._busy(False, self.tr("Backed up: %1.").replace("%1", facts["path"]))
        self.refresh()

    # -- restoring -----------------------------------------------------------------------------------------
    def ask_restore(self):
        facts = self.chosen()
        if facts is None:
            return None
        now = self.data.get("now", {})
        lost = int(now.get("checkins") or 0) - int(facts.get("checkins") or 0)
        text = self.tr("Restore the backup taken on %1?\n\nThe event goes back to how it was then: %2 people and "
                       "%3 check-ins (now: %4 people and %5 check-ins).").replace("%1", when_taken(facts)) \
            .replace("%2", self.count(facts.get("people"))).replace("%3", self.count(facts.get("checkins"))) \
            .replace("%4", self.count(now.get("people"))).replace("%5", self.count(now.get("checkins")))
        if lost > 0:
            text += "\n\n" + self.tr("%n check-in(s) made since then will be lost, unless another station or "
                                     "the sync hub holds them: sync afterwards to bring them back.", "", lost)
        else:
            text += "\n\n" + self.tr("Check-ins made since then will be lost, unless another station or the sync "
                                     "hub holds them.")
        text += "\n\n" + self.tr("The event as it is now is backed up first.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore this backup"), text,
                          QMessageBox.StandardButton.NoButton, self)
        go = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)                   # Enter never replaces the event by mistake
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _code: self._restore(facts) if box.clickedButton() is go else None)
        self.confirm_box, self.confirm_go = box, go
        return dialogs.open_dialog(box)

    def _restore(self, facts: dict) -> None:
        self._busy(True, self.tr("Restoring…"))
        run_task(restore, facts["path"], str(self.db_path), owner=self, on_done=self._restored,
                 on_error=self._failed, what=QT_TRANSLATE_NOOP("Tasks", "restoring the backup"))

    def _restored(self, outcome: dict) -> None:
        log.info("restored %s from %s", self.db_path, outcome.get("from"))
        self._busy(False)
        facts = outcome.get("restored_facts") or {}
        message = self.tr("The event is back as it was on %1.").replace("%1", when_taken(facts))
        if outcome.get("previous_saved_as"):
            message += " " + self.tr("The event as it was just before is kept as a backup (before a restore): "
                                     "restore that one from File > Backups to undo this.")
        elif outcome.get("damaged_kept_as"):
            message += " " + self.tr("The damaged file is kept as %1.").replace("%1", outcome["damaged_kept_as"])
        self.restored.emit(str(self.db_path), message)
        self.accept()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.status.setText(message)
        self.status.setStyleSheet(PROBLEM)

    def _busy(self, busy: bool, text: str = "") -> None:
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not busy)
        if not busy:
            self._selection_changed()
        self.status.setText(text)
        self.status.setStyleSheet(MUTED)

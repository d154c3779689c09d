"""File > Delete personal data…: `kiosk purge` in the app, for after the event.

The dialog says what is in the event (people, check-ins, backups), what goes and what stays, offers
to keep anonymous counts for the report (the default) or to delete everyone and every check-in,
and asks the organizer to type a word before the button works: nothing here can be undone. It
suggests exporting the attendance and the report first, and says that other stations and the
sync hub keep their own copies (docs/privacy.md).

The purge itself is the core's (kiosk/reports/purge.py `purge`, as `kiosk purge`). It needs the
event file to itself, so the dialog only asks (`purge_requested(path, keep_stats)`): the shell
(kiosk/ui/organizer/launch.py) closes the desk and its workers, runs it on a task, and reopens the
desk with `PurgeWords().words(...)` about what was done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout,
                               QWidget)

from kiosk.ui import dialogs
from kiosk.ui.threads import run_task


def what_is_there(db) -> dict:
    """People, check-ins and backup files in the event, and whether it was purged before."""
    from kiosk.events import event_info
    from kiosk.reports.purge import was_purged
    from kiosk.store.backup import list_backups

    info = event_info(db)
    return {"name": info["name"], "people": info["attendees"], "checkins": info["checkins"],
            "backups": len(list_backups(db.path)), "purged": was_purged(db)}


def purge_event(db, keep_stats: bool) -> dict:
    """`kiosk purge` (kiosk/reports/purge.py), on a connection of its own."""
    from kiosk.reports.purge import purge

    return purge(db, keep_stats=keep_stats)


class PurgeWords(QObject):
    """What the organizer reads once the purge is done (a QObject for its plural translations)."""

    def words(self, info: dict) -> tuple[str, bool]:
        """The lines to show, and whether they are a warning."""
        people = int(info["attendees"])
        if info["keep_stats"]:
            lines = [self.tr("Personal data deleted: %n person(s) kept only as anonymous counts for the report.", "",
                             people)]
        else:
            lines = [self.tr("Personal data deleted: %n person(s) and all their check-ins removed.", "", people)]
        lines.append(self.tr("%n backup file(s) deleted.", "", int(info["backups_removed"])))
        if info["forgot_sync_hub"]:
            lines.append(self.tr("This station no longer syncs: the hub's address was forgotten. The hub and the "
                                 "other stations still hold the names: delete them there too."))
        if info["residue"]:
            lines.append(self.tr("Warning: some names or emails are still in the file (%1). Close every other "
                                 "program using it and delete the personal data again.")
                         .replace("%1", str(len(info["residue"]))))
        else:
            lines.append(self.tr("Checked: none of the %1 names and emails remain in the event file.")
                         .replace("%1", str(info["checked_values"])))
        return "\n\n".join(lines), bool(info["residue"])


class PurgeDialog(QDialog):
    """Delete the personal data of the event after it; see the module docstring."""

    purge_requested = Signal(str, bool)      # the event file, keep anonymous counts

    def __init__(self, db_path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.facts: dict = {}
        self.setObjectName("purgeDialog")
        self.setWindowTitle(self.tr("Delete personal data"))
        self.setMinimumWidth(600)
        self.intro = QLabel(self.tr("After the event, delete the names, emails and everything else that tells who "
                                    "came. This cannot be undone."))
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("font-weight: bold;")
        self.facts_label = QLabel(self.tr("Counting…"))
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)      # the event's name, as typed
        self.keep = QRadioButton(self.tr("Keep anonymous counts (check-ins per day, hour, station and ticket type) "
                                         "for the report"))
        self.everything = QRadioButton(self.tr("Delete everyone and every check-in"))
        self.keep.setChecked(True)
        self.first = QLabel(self.tr("Export the attendance and the report first if you need them (Organizer menu). "
                                    "Every backup of this event is deleted too. Other stations and the sync hub keep "
                                    "their own copies: delete the data there as well."))
        self.first.setWordWrap(True)
        self.word = self.tr("DELETE")
        self.ask = QLabel(self.tr("Type %1 to confirm:").replace("%1", self.word))
        self.typed = QLineEdit()
        self.typed.setObjectName("purgeConfirm")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = QPushButton(self.tr("Delete personal data"))
        self.go.setObjectName("purgeButton")
        self.go.setEnabled(False)
        self.go.setAutoDefault(False)
        self.buttons.addButton(self.go, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.rejected.connect(self.reject)
        self.go.clicked.connect(self.confirm)
        self.typed.textChanged.connect(self._typed)
        dialogs.enter_presses(self.go)          # Enter deletes only once the word is typed; never Cancel by surprise

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        for widget in (self.intro, self.facts_label, self.keep, self.everything, self.first, self.ask, self.typed):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        for radio in (self.keep, self.everything):
            radio.setStyleSheet("QRadioButton { padding: 2px; }")
        self.typed.setFocus()
        run_task(what_is_there, db_path=self.db_path, owner=self, on_done=self._counted,
                 on_error=self.facts_label.setText, what=QT_TRANSLATE_NOOP("Tasks", "counting the registrations"))

    def _counted(self, facts: dict) -> None:
        self.facts = facts
        text = self.tr("%1 holds %2, %3 and %4.").replace("%1", facts["name"]) \
            .replace("%2", self.tr("%n person(s)", "", int(facts["people"]))) \
            .replace("%3", self.tr("%n check-in(s)", "", int(facts["checkins"]))) \
            .replace("%4", self.tr("%n backup file(s)", "", int(facts["backups"])))
        if facts.get("purged"):
            text += " " + self.tr("Personal data was already deleted once; deleting again removes what came since.")
        self.facts_label.setText(text)

    def _typed(self, text: str) -> None:
        self.go.setEnabled(text.strip().casefold() == self.word.casefold())

    def confirm(self) -> None:
        if not self.go.isEnabled():
            return
        self.purge_requested.emit(str(self.db_path), self.keep.isChecked())
        self.accept()

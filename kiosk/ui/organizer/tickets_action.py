"""Organizer > Tickets for people without a code…: `kiosk tickets --out DIR` in the app.

For rosters that come without scannable codes (Google Forms, Meetup, Indico, a spreadsheet): every
admitted attendee who needs one gets a signed code, and a folder receives each ticket as a PDF and a
QR picture, plus `mail-merge.csv` for sending them. The same core function as the command line
(kiosk/reports/tickets.py `issue_tickets`), on a task; the desk then shows the new codes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction

from kiosk.ui.menus import insert_after
from kiosk.ui import dialogs
from kiosk.ui.organizer.folders import file_dialog
from kiosk.ui.threads import run_task


def issue_tickets(db, folder: str) -> dict:
    from kiosk.reports.tickets import issue_tickets as issue

    return issue(db, folder)


class TicketsAction(QObject):
    """The menu entry, the folder to write into, and what was written."""

    def __init__(self, window, organizer):
        super().__init__(window)
        self.window = window
        self.db_path = Path(window.db_path)
        self.action = QAction(self.tr("&Tickets for people without a code…"), window)
        self.action.triggered.connect(self.ask)
        insert_after(organizer.menu, organizer.act_badges, self.action)

    def ask(self):
        picker = file_dialog(self.window, self.tr("Choose a folder for the tickets"), kind="tickets", folder=True)
        return dialogs.open_dialog(picker, on_accept=lambda: self.write(picker.selectedFiles()[0])
                                   if picker.selectedFiles() else None)

    def write(self, folder: str) -> None:
        self.window.statusBar().showMessage(self.tr("Writing the tickets…"))
        run_task(issue_tickets, folder, db_path=self.db_path, owner=self, on_done=self._written,
                 on_error=lambda message: dialogs.problem(self.window, message),
                 what=QT_TRANSLATE_NOOP("Tasks", "writing the tickets"))

    def _written(self, info: dict) -> None:
        self.window.statusBar().clearMessage()
        if not info["tickets"]:
            dialogs.message(self.window, self.tr("Tickets"), self.tr(
                "Nobody needs a ticket: every admitted attendee already has a scannable code from the registration "
                "platform."))
            return
        lines = [self.tr("%n ticket(s) written to %1.", "", int(info["tickets"])).replace("%1", str(info["folder"])),
                 self.tr("Send them with a mail merge of %1 (email, name and the ticket's files).")
                 .replace("%1", str(info["mail_merge"]))]
        if info["without_email"]:
            lines.append(self.tr("%n person(s) have no email address: print their tickets.", "",
                                 int(info["without_email"])))
        dialogs.message(self.window, self.tr("Tickets written"), "\n\n".join(lines))
        self.window.refresh_from_database()          # the new codes show in the list

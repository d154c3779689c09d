"""The organizer's additions to the desk window: the File menu of events, "Fix badge text" for the
chosen attendee, and the hint to import when nobody is registered yet.

Installed by the desk's Organizer menu (kiosk/ui/desk/organizer_menu.py) with one call, so that the
desk's own files need only that line: `organizer.events = DeskHooks(window, organizer)`.
- File > New event…, Open event…, Open recent, Event details…, Import registrations…: a new or other
  event opens in place of this one (`switch_requested(path)`, answered by kiosk/ui/organizer/launch.py).
- File > Backups… (kiosk/ui/organizer/backups_window.py): back up now, restore a verified backup.
- Organizer > Tickets for people without a code… (kiosk/ui/organizer/tickets_action.py): `kiosk tickets`.
- Organizer > Check in from a paper list… (kiosk/ui/organizer/paper_checkins.py): `kiosk checkin --from-file`.
- File > Delete personal data… (kiosk/ui/organizer/purge_dialog.py): `kiosk purge`, after the event;
  the shell closes the desk, purges and reopens it (`purge_requested(path, keep_stats)`).
- Organizer > Fix badge text… (and the roster's right-click menu): kiosk/ui/organizer/badge_fix.py for
  the highlighted attendee (or the one on the banner).
- An event with nobody in it says so on the banner, with an "Import registrations…" button in the
  status bar, until an import brings people.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton

from kiosk.ui.menus import menu_action
from kiosk.ui import dialogs
from kiosk.ui.organizer.event_form import EVENT_FILTER, EventForm
from kiosk.ui.organizer.first_run import open_words, recent_events
from kiosk.ui.organizer.folders import file_dialog
from kiosk.ui.threads import run_task

log = logging.getLogger(__name__)


def roster_size(db) -> int:
    from kiosk.events import event_info

    return int(event_info(db)["attendees"])


class DeskHooks(QObject):
    switch_requested = Signal(str)       # open the desk on this event file instead
    purge_requested = Signal(str, bool)  # close the desk, delete the personal data (keep counts?), reopen

    def __init__(self, window, organizer):
        super().__init__(window)
        self.window, self.organizer = window, organizer
        self.db_path = Path(window.db_path)
        self.empty_roster: bool | None = None
        self.badge_fix = None
        bar = window.menuBar()
        self.menu = QMenu(self.tr("&File"), window)
        first = bar.actions()[0] if bar.actions() else None
        bar.insertMenu(first, self.menu) if first is not None else bar.addMenu(self.menu)
        self.act_new = self._action(self.tr("&New event…"), "Ctrl+Shift+N", self.new_event)
        self.act_open = self._action(self.tr("&Open event…"), QKeySequence.StandardKey.Open, self.open_event)
        self.recent_menu = self.menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.menu.addSeparator()
        self.act_details = self._action(self.tr("Event &details…"), None, self.edit_event)
        self.act_import = self._action(self.tr("&Import registrations…"), None, organizer.open_import)
        self.act_backups = self._action(self.tr("&Backups…"), None, self.open_backups)
        self.act_purge = self._action(self.tr("Delete &personal data…"), None, self.open_purge)
        self.act_import.setShortcut(organizer.act_import.shortcut())
        self.act_import.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)   # Ctrl+I belongs to the Organizer menu

        self.act_fix = QAction(self.tr("&Fix badge text…"), window)
        self.act_fix.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.act_fix.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_fix.triggered.connect(self.fix_badge_text)
        organizer.menu.insertAction(organizer.act_badges, self.act_fix)
        from kiosk.ui.organizer.tickets_action import TicketsAction

        self.tickets = TicketsAction(window, organizer)       # Organizer > Tickets for people without a code…
        from kiosk.ui.organizer.paper_checkins import PaperCheckinsAction

        self.paper = PaperCheckinsAction(window, organizer)   # Organizer > Check in from a paper list…
        table = window.table
        if table.contextMenuPolicy() in (Qt.ContextMenuPolicy.DefaultContextMenu, Qt.ContextMenuPolicy.ActionsContextMenu):
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            table.addAction(self.act_fix)

        self.import_button = QPushButton(self.tr("Import registrations…"))
        self.import_button.setObjectName("importHint")
        self.import_button.setStyleSheet("#importHint { font-weight: bold; padding: 2px 12px; }")
        self.import_button.clicked.connect(organizer.open_import)
        self.import_button.hide()
        window.statusBar().addPermanentWidget(self.import_button)
        window.worker.ready.connect(lambda _state: self.check_roster())
        self.check_roster()

    def _action(self, text: str, keys, slot) -> QAction:
        return menu_action(self.window, self.menu, text, keys, slot)

    # -- events ------------------------------------------------------------------------------------------
    def new_event(self) -> EventForm:
        form = EventForm(create=True, parent=self.window)
        form.saved.connect(lambda info: self.switch_requested.emit(info.get("db") or str(form.path)))
        return dialogs.open_dialog(form)

    def open_event(self):
        picker = file_dialog(self.window, self.tr("Open an event file"), self.tr(EVENT_FILTER), kind="events")

        def chosen():
            if picker.selectedFiles():
                self.switch_requested.emit(picker.selectedFiles()[0])

        return dialogs.open_dialog(picker, on_accept=chosen)

    def edit_event(self) -> EventForm:
        form = EventForm(self.db_path, parent=self.window)
        form.saved.connect(lambda _info: self.switch_requested.emit(str(self.db_path)))   # every part follows
        return dialogs.open_dialog(form)

    def open_backups(self):
        from kiosk.ui.organizer.backups_window import BackupsWindow

        window = BackupsWindow(self.db_path, parent=self.window)
        window.restored.connect(self._restored)
        return dialogs.open_dialog(window)

    def _restored(self, path: str, message: str) -> None:
        """A backup was restored into this event's file: say so, then reopen every part on it."""
        dialogs.message(self.window, self.tr("Backup restored"), message,
                        on_close=lambda: self.switch_requested.emit(path))

    def open_purge(self):
        from kiosk.ui.organizer.purge_dialog import PurgeDialog

        dialog = PurgeDialog(self.db_path, parent=self.window)
        dialog.purge_requested.connect(self.purge_requested)
        return dialogs.open_dialog(dialog)

    def _fill_recent(self) -> None:
        run_task(recent_events, owner=self, on_done=self._show_recent,
                 what=QT_TRANSLATE_NOOP("Tasks", "reading the recent events"))

    def _show_recent(self, entries: list[dict]) -> None:
        self.recent_menu.clear()
        here = str(self.db_path.expanduser().resolve())
        shown = [e for e in entries if e["path"] != here]
        for entry in shown:
            act = self.recent_menu.addAction(open_words(entry))
            act.triggered.connect(lambda _checked=False, p=entry["path"]: self.switch_requested.emit(p))
        if not shown:
            empty = self.recent_menu.addAction(self.tr("No other event opened lately"))
            empty.setEnabled(False)

    # -- badge text -----------------------------------------------------------------------------------
    def fix_badge_text(self):
        from kiosk.ui.organizer.badge_fix import BadgeFixDialog

        person = self.window.selected_attendee() or self.window.banner.attendee
        if not person:
            self.window.status.showMessage(self.tr("Choose a person in the list first, then Fix badge text."), 8000)
            return None
        dialog = BadgeFixDialog(self.db_path, int(person["id"]), parent=self.window, prefs=self.window.prefs)
        dialog.saved.connect(lambda _p: self.window.refresh_from_database())
        self.badge_fix = dialog
        return dialogs.open_dialog(dialog)

    # -- an event with nobody in it ---------------------------------------------------------------------
    def check_roster(self) -> None:
        run_task(roster_size, db_path=self.db_path, owner=self, on_done=self._roster_known,
                 what=QT_TRANSLATE_NOOP("Tasks", "counting the registrations"))

    def _roster_known(self, size: int) -> None:
        self.empty_roster = size == 0
        self.import_button.setVisible(self.empty_roster)
        if self.empty_roster:
            self.window.banner.show_idle(self.tr("Nobody is registered yet: import the registration export "
                                                 "(File > Import registrations…, Ctrl+I)."))
        elif self.window.banner.verdict == "idle" and self.window.banner.attendee is None:
            self.window.banner.show_idle()

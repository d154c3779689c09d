"""The settings window's "Sync" group: the hub this station shares check-ins with.

It shows where the station stands (not connected; synced; offline since 10:42 with 37 check-ins
waiting: kiosk/ui/services.py words `kiosk.sync.sync_state`), the hub's address WITHOUT its password
(`kiosk.sync.url.mask_url`; a saved password is never shown, only replaced), a password field that is
always empty, "Test the connection" (a connection made and closed on a task, its failure worded by
kiosk/sync/hub.py with the password masked) and "Stop syncing". Saving goes through the registry
(`sync_hub`): where a password is kept (the event file or an owner-only pgpass file) is the core's
business (an owner-only pgpass file, kiosk/sync/passwords.py); the window never shows it. The background sync follows the saved address at once.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from kiosk.store.setting_list import SETTINGS
from kiosk.ui.text_styles import MUTED, PROBLEM
from kiosk.ui.threads import run_task


def without_password(conninfo: str) -> str:
    """The address as it may be shown and edited: no password, not even masked."""
    from kiosk.sync.passwords import without_password as removed

    return removed(conninfo or "")


def with_password(address: str, password: str) -> str:
    """`address` carrying `password` (a URL's user:password@, or a key=value string's password=)."""
    from kiosk.sync.url import is_url

    if not password:
        return address
    if is_url(address):
        parts = urlsplit(address)
        if "@" in parts.netloc:
            user, host = parts.netloc.rsplit("@", 1)
            user = user.split(":", 1)[0]
            netloc = f"{user}:{quote(password, safe='')}@{host}"
        else:
            netloc = f":{quote(password, safe='')}@{parts.netloc}"
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return f"{address} password='{password}'"


def password_saved(stored: str) -> bool:
    """Whether a password is kept for this address (an older file's, in it; else the per-user pgpass file)."""
    from kiosk.sync.passwords import passfile_for
    from kiosk.sync.url import password_of

    return bool(stored) and (bool(password_of(stored)) or passfile_for(stored) is not None)


def hub_facts(db) -> dict:
    """Where this station stands with the hub (never the password)."""
    from kiosk.store import settings
    from kiosk.sync import sync_state

    stored = (settings.get(db, "sync_hub") or "").strip()
    return {"address": without_password(stored), "password_saved": password_saved(stored),
            "status": sync_state(db, configured=bool(stored))}


def save_hub(db, address: str, password: str) -> dict:
    """Save the hub's address (with the password typed, else the one kept for it) and say where things stand."""
    from kiosk.store import settings
    from kiosk.sync.url import password_of

    stored = (settings.get(db, "sync_hub") or "").strip()
    keep = password or (password_of(stored) if without_password(stored) == address else "")
    if address:
        settings.set_value(db, "sync_hub", with_password(address, keep))
    else:
        settings.unset(db, "sync_hub")
    return hub_facts(db)


def test_hub(db) -> str:
    """Connect to the saved hub and close again; the hub's address (masked) when it answers."""
    from kiosk.sync.hub import connect
    from kiosk.sync.url import mask_url, resolve_hub

    hub = resolve_hub(db)
    conn = connect(hub)
    conn.close()
    return without_password(mask_url(hub))


class SyncPart:
    def __init__(self, window, layout: QVBoxLayout):
        self.w = window
        facts = window.loaded["hub"]
        self.state = QLabel()
        self.state.setObjectName("hubState")
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-size: 12pt; background: #eef4fb; border: 1px solid #c5d7ee; "
                                 "border-radius: 4px; padding: 6px;")
        layout.addWidget(self.state)
        window.heading(layout, QCoreApplication.translate("SettingsWindow", "Hub address:"))
        self.address = QLineEdit(facts["address"])
        self.address.setObjectName("setting_sync_hub")
        self.address.setPlaceholderText("postgresql://USER@HOST:5432/DATABASE?sslmode=require")
        layout.addWidget(self.address)
        window.heading(layout, QCoreApplication.translate("SettingsWindow", "Password:"))
        self.password = QLineEdit()
        self.password.setObjectName("hubPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.password_note = QLabel()
        self.password_note.setStyleSheet("color: #5b6572;")
        layout.addWidget(self.password_note)
        row = QHBoxLayout()
        self.save_button = QPushButton(QCoreApplication.translate("SettingsWindow", "&Save and connect"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(QCoreApplication.translate("SettingsWindow", "&Test the connection"))
        self.test_button.clicked.connect(self.test)
        self.stop_button = QPushButton(QCoreApplication.translate("SettingsWindow", "Stop s&yncing"))
        self.stop_button.clicked.connect(self.stop_syncing)
        for button in (self.save_button, self.test_button, self.stop_button):
            row.addWidget(button)
        row.addStretch(1)
        self.stations_button = QPushButton(QCoreApplication.translate("SettingsWindow", "&Hub and stations…"))
        self.stations_button.clicked.connect(self.open_stations)      # kiosk hub init|add-station|... (the owner)
        row.addWidget(self.stations_button)
        self.twice_button = QPushButton(QCoreApplication.translate("SettingsWindow", "Checked in t&wice…"))
        self.twice_button.clicked.connect(self.open_twice)              # kiosk sync --duplicates
        row.addWidget(self.twice_button)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("hubResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        window.help_line(layout, SETTINGS["sync_hub"].help(window.lang))
        window.help_line(layout, QCoreApplication.translate("SettingsWindow", "Check-ins are saved on this laptop first and sent to the hub whenever it "
                                           "answers: a hub that is away never stops the desk."))
        self.password.returnPressed.connect(self.save)
        self.show_facts(facts)

    def open_stations(self):
        from kiosk.ui import dialogs
        from kiosk.ui.organizer.hub_stations import HubStationsDialog

        return dialogs.open_dialog(HubStationsDialog(" ".join(self.address.text().split()), parent=self.w))

    def open_twice(self):
        from kiosk.ui import dialogs
        from kiosk.ui.organizer.duplicates_window import DuplicatesWindow

        return dialogs.open_dialog(DuplicatesWindow(self.w.db_path, parent=self.w))

    def show_facts(self, facts: dict) -> None:
        from kiosk.ui.services import sync_words

        status = facts["status"]
        configured = bool(facts["address"])
        self.state.setText(sync_words(status) if configured else
                           QCoreApplication.translate("SettingsWindow", "Not connected to a hub: this station works on its own."))
        self.address.setText(facts["address"])
        self.password.clear()
        self.password.setPlaceholderText(QCoreApplication.translate("SettingsWindow", "saved: type a new one to replace it") if facts["password_saved"]
                                         else QCoreApplication.translate("SettingsWindow", "none saved"))
        self.password_note.setText(QCoreApplication.translate("SettingsWindow", "The password is never shown; it is kept apart from the event file "
                                             "where this computer allows it."))
        self.test_button.setEnabled(configured)
        self.stop_button.setEnabled(configured)

    def _busy(self, text: str) -> None:
        for button in (self.save_button, self.test_button, self.stop_button):
            button.setEnabled(False)
        self.result.setStyleSheet(MUTED)
        self.result.setText(text)

    def save(self) -> None:
        address = " ".join(self.address.text().split())
        self._busy(QCoreApplication.translate("SettingsWindow", "Saving…"))
        run_task(save_hub, address, self.password.text(), db_path=self.w.db_path, owner=self.w, on_done=self._saved,
                 on_error=self._failed, what=QT_TRANSLATE_NOOP("Tasks", "saving the hub"))

    def stop_syncing(self) -> None:
        self.address.clear()
        self.password.clear()
        self.save()

    def _saved(self, facts: dict) -> None:
        self.show_facts(facts)
        self.w._saved("sync_hub", facts["address"])
        if facts["address"]:
            self.test()
        else:
            self.result.setText(QCoreApplication.translate("SettingsWindow", "This station no longer syncs; its check-ins stay on this laptop."))

    def test(self) -> None:
        self._busy(QCoreApplication.translate("SettingsWindow", "Connecting to the hub…"))
        run_task(test_hub, db_path=self.w.db_path, owner=self.w, on_done=self._answered, on_error=self._failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "connecting to the hub"))

    def _answered(self, where: str) -> None:
        self.show_facts_buttons()
        self.result.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.result.setText(QCoreApplication.translate("SettingsWindow", "Connected: the hub at %1 answers.").replace("%1", where))

    def _failed(self, message: str) -> None:
        self.show_facts_buttons()
        self.result.setStyleSheet(PROBLEM)
        self.result.setText(message)

    def show_facts_buttons(self) -> None:
        configured = bool(self.address.text().strip())
        self.save_button.setEnabled(True)
        self.test_button.setEnabled(configured)
        self.stop_button.setEnabled(configured)

    def setting_saved(self, key: str, stored) -> None:
        """Nothing else in the window moves the hub."""

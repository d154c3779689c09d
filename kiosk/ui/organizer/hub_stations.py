"""Settings > Sync > Hub and stations…: `kiosk hub init|add-station|remove-station|stations` in the app.

The organizer gives the hub's owner login (address and password, used for this window only, never
saved), then sets the hub up (its tables, the stations' role and grants), lists the stations' logins
and when each was last seen, adds a login for a station (its sync address is shown ONCE, to copy to
that station's Settings > Sync) or removes one (a lost laptop: it can no longer sync, what it sent
stays). Each action is the core's (kiosk/sync/roles.py), on a task: the hub may be far or away.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from kiosk.ui.text_styles import MUTED, PROBLEM
from kiosk.ui import dialogs
from kiosk.ui.organizer.settings_sync import with_password
from kiosk.ui.threads import run_task

log = logging.getLogger(__name__)


def set_up(conninfo: str) -> list[dict]:
    from kiosk.sync import roles

    roles.init_hub(conninfo)
    return roles.stations(conninfo)


def listed(conninfo: str) -> list[dict]:
    from kiosk.sync import roles

    return roles.stations(conninfo)


def added(conninfo: str, name: str) -> dict:
    from kiosk.sync import roles

    info = roles.add_station(conninfo, name)
    info["stations"] = roles.stations(conninfo)
    return info


def removed(conninfo: str, name: str) -> dict:
    from kiosk.sync import roles

    info = roles.remove_station(conninfo, name)
    info["stations"] = roles.stations(conninfo)
    return info


class HubStationsDialog(QDialog):
    """The hub's owner login, the stations' logins, adding and removing one; see the module docstring."""

    def __init__(self, address: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hubStations")
        self.setWindowTitle(self.tr("Hub and stations"))
        self.resize(760, 520)
        intro = QLabel(self.tr("Each station syncs with a login of its own, which may only read the roster and add "
                               "its own check-ins. Give the hub's owner login (the one that created the hub database) "
                               "to set the hub up and manage the stations. It is used for this window only, never "
                               "saved."))
        intro.setWordWrap(True)
        self.address = QLineEdit(address)
        self.address.setObjectName("adminAddress")
        self.address.setPlaceholderText("postgresql://OWNER@HOST:5432/DATABASE?sslmode=require")
        self.password = QLineEdit()
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Owner's hub address:"), self.address)
        form.addRow(self.tr("Password:"), self.password)

        self.setup_button = QPushButton(self.tr("Set up the hub"))
        self.list_button = QPushButton(self.tr("Show the stations"))
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Station"), self.tr("Login"), self.tr("Last seen"), self.tr("State")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.add_button = QPushButton(self.tr("Add a station…"))
        self.remove_button = QPushButton(self.tr("Remove this station…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.new_address = QLineEdit()
        self.new_address.setObjectName("stationAddress")
        self.new_address.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.new_label = QLabel()
        self.new_label.setWordWrap(True)
        self.new_label.setTextFormat(Qt.TextFormat.PlainText)        # a station's name, as typed
        self.status = QLabel()
        self.status.setObjectName("hubStationsStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.setup_button.clicked.connect(self.set_up)
        self.list_button.clicked.connect(self.refresh)
        self.add_button.clicked.connect(self.ask_add)
        self.remove_button.clicked.connect(self.ask_remove)
        self.close_button.clicked.connect(self.reject)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.new_address.text()))
        self.password.returnPressed.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(self.setup_button)
        top.addWidget(self.list_button)
        top.addStretch(1)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_address, 1)
        new_row.addWidget(self.copy_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.new_label)
        layout.addLayout(new_row)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self._show_new(None)
        self._chosen()
        (self.password if address else self.address).setFocus()

    def conninfo(self) -> str:
        return with_password(" ".join(self.address.text().split()), self.password.text())

    # -- the hub -----------------------------------------------------------------------------------------
    def set_up(self) -> None:
        self._busy(self.tr("Setting the hub up…"))
        run_task(set_up, self.conninfo(), owner=self, on_done=self._listed, on_error=self._failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "setting the hub up"))

    def refresh(self) -> None:
        self._busy(self.tr("Asking the hub…"))
        run_task(listed, self.conninfo(), owner=self, on_done=self._listed, on_error=self._failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "listing the hub's stations"))

    def _listed(self, rows: list[dict], said: str = "") -> None:
        self._idle()
        self.table.clear()
        for row in rows:
            state = self.tr("removed") if row["revoked"] else self.tr("may sync")
            seen = (row["last_seen"] or "")[:16] or self.tr("never")
            item = QTreeWidgetItem([row["name"], row["login"], seen, state])
            item.setData(0, Qt.ItemDataRole.UserRole, row)
            self.table.addTopLevelItem(item)
        self.status.setStyleSheet("color: #1b5e20;")
        self.status.setText(said or (self.tr("%n station(s) have a login on this hub.", "", len(rows)) if rows
                                     else self.tr("The hub is ready; no station has a login yet: add one.")))
        self._chosen()

    # -- the stations ------------------------------------------------------------------------------------
    def chosen(self) -> dict | None:
        item = self.table.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _chosen(self) -> None:
        row = self.chosen()
        self.remove_button.setEnabled(row is not None and not row["revoked"])

    def ask_add(self):
        return dialogs.ask_text(self, self.tr("Add a station"), self.tr("The station's name (e.g. Door 1):"),
                                on_answer=self.add)

    def add(self, name: str) -> None:
        self._busy(self.tr("Adding the station…"))
        run_task(added, self.conninfo(), name, owner=self, on_done=self._added, on_error=self._failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "adding a station to the hub"))

    def _added(self, info: dict) -> None:
        self._listed(info["stations"], self.tr("The station %1 may now sync.").replace("%1", info["name"]))
        self._show_new(info)

    def _show_new(self, info: dict | None) -> None:
        for widget in (self.new_label, self.new_address, self.copy_button):
            widget.setVisible(info is not None)
        if info is not None:
            self.new_label.setText(self.tr("The sync address of %1, shown only now: copy it into that station's "
                                           "Organizer > Settings > Sync, as its hub address. Keep it private.")
                                   .replace("%1", info["name"]))
            self.new_address.setText(info["url"])
            self.new_address.setCursorPosition(0)        # its start (the login) shows, not its end
        else:
            self.new_address.clear()

    def ask_remove(self):
        row = self.chosen()
        if row is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove this station"),
                          self.tr("Remove the station %1? It can no longer sync (a lost or stolen laptop); what it "
                                  "sent stays on the hub.").replace("%1", row["name"]),
                          QMessageBox.StandardButton.NoButton, self)
        go = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.finished.connect(lambda _code: self.remove(row["name"]) if box.clickedButton() is go else None)
        self.remove_go = go
        return dialogs.open_dialog(box)

    def remove(self, name: str) -> None:
        self._busy(self.tr("Removing the station…"))
        run_task(removed, self.conninfo(), name, owner=self, on_done=self._removed, on_error=self._failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "removing a station from the hub"))

    def _removed(self, info: dict) -> None:
        self._listed(info["stations"], self.tr("The station %1 can no longer sync.").replace("%1", info["name"]))

    # -- busy, idle, failed ------------------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        for button in (self.setup_button, self.list_button, self.add_button, self.remove_button):
            button.setEnabled(False)
        self.status.setStyleSheet(MUTED)
        self.status.setText(text)

    def _idle(self) -> None:
        for button in (self.setup_button, self.list_button, self.add_button):
            button.setEnabled(True)
        self._chosen()

    def _failed(self, message: str) -> None:
        self._idle()
        self.status.setStyleSheet(PROBLEM)
        self.status.setText(message)

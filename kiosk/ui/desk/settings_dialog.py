"""The organizers' form for the common settings, and the PIN gate in front of it.

Every value is read and saved through the settings registry (kiosk/store/settings.py, the same
calls as `kiosk settings set`), on a task, never on the GUI thread; a value the registry refuses is
shown with its message and nothing of the form is saved. The station's name is this station's
setting `station_name`. The sync hub is shown with its password masked and saved only when edited;
the kiosk PIN is never shown, only replaced when a new one is typed (hashed by the registry). The
desk and the kiosk apply the saved values at once (kiosk/ui/settings_watcher.py).

`require_pin` asks for the organizer PIN before a protected action when the event has one, with the
kiosk's own PIN panel (kiosk/ui/pin_dialog.py: slow-down and lock-out counted in the database).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget)

from kiosk.errors import KnownError

from kiosk.ui import dialogs
from kiosk.ui.pin_dialog import PinPanel
from kiosk.ui.threads import run_task

log = logging.getLogger(__name__)

EDITED_KEYS = ("station_name", "print_on_checkin", "printer_backend", "printer_name", "print_folder", "badge_stock",
               "max_reprints", "kiosk_return_seconds", "forgot_ticket_enabled", "dedupe_seconds", "sync_hub")
SAVING = QT_TRANSLATE_NOOP("Tasks", "saving the settings")


def load_settings(db) -> dict:
    """What the form shows (run on a worker: CUPS may take seconds to answer)."""
    from kiosk import pin
    from kiosk.badges.stocks import catalogue
    from kiosk.store import settings

    values = {key: settings.get(db, key) for key in EDITED_KEYS}
    return {"values": values, "printers": printer_names(), "stocks": [(s.id, s.name) for s in catalogue().values()],
            "pin_set": pin.pin_is_set(db)}


def printer_names() -> list[str]:
    """The CUPS printers, to choose from; none when CUPS is absent (Windows) or does not answer."""
    from kiosk.printing.cups import list_printers

    try:
        return [p["name"] for p in list_printers()]
    except (KnownError, OSError) as exc:
        log.info("CUPS printers not listed: %s", exc)
        return []


def save_settings(db, changes: dict) -> dict:
    """All of the form's changes or none of them: a value the registry refuses stops the save."""
    from kiosk.store import settings

    with db.write():
        for key, value in changes.items():
            settings.set_value(db, key, value)
    return changes


class SettingsDialog(QDialog):
    def __init__(self, db_path: str | Path, loaded: dict, *, parent=None):
        super().__init__(parent)
        from kiosk.sync.url import mask_url

        self.db_path = Path(db_path)
        self.loaded = loaded
        v = dict(loaded["values"])
        self.setWindowTitle(self.tr("Event settings"))
        self.setMinimumWidth(700)

        self.station = QLineEdit(str(v["station_name"] or ""))
        self.print_on_checkin = QComboBox()
        for value, text in (("auto", self.tr("auto: print at every check-in")), ("ask", self.tr("ask each time")),
                            ("off", self.tr("off: print by hand (Ctrl+P)"))):
            self.print_on_checkin.addItem(text, value)
        self.printer_backend = QComboBox()
        for value, text in (("cups", self.tr("cups: a CUPS printer (Linux, macOS)")),
                            ("qt", self.tr("qt: the system print dialog's printers (Windows)")),
                            ("folder", self.tr("folder: write PDFs to a folder"))):
            self.printer_backend.addItem(text, value)
        self.printer_name = QComboBox()
        self.printer_name.setEditable(True)
        self.printer_name.addItems(loaded.get("printers", []))
        self.print_folder = QLineEdit()
        self.badge_stock = QComboBox()
        for stock_id, name in loaded.get("stocks", []):
            self.badge_stock.addItem(f"{stock_id} — {name}", stock_id)
        self.max_reprints = QSpinBox(minimum=0, maximum=99)
        self.kiosk_return_seconds = QSpinBox(minimum=2, maximum=120, suffix=" s")
        self.forgot_ticket_enabled = QCheckBox(self.tr("Kiosk: people who forgot their ticket may search their name"))
        self.dedupe_seconds = QDoubleSpinBox(minimum=0.0, maximum=60.0, singleStep=0.5, decimals=1, suffix=" s")
        self.sync_hub = QLineEdit()
        self.sync_hub.setPlaceholderText("postgresql://USER:PASSWORD@HOST:5432/DATABASE?sslmode=require")
        self.kiosk_pin = QLineEdit()
        self.kiosk_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.kiosk_pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.kiosk_pin))
        self.kiosk_pin.setPlaceholderText(self.tr("set: type a new one to replace it") if loaded.get("pin_set")
                                          else self.tr("none yet: at least 4 digits"))

        form = QFormLayout()
        form.addRow(self.tr("Station name (this laptop):"), self.station)
        form.addRow(self.tr("Print badge at check-in:"), self.print_on_checkin)
        form.addRow(self.tr("Printer backend:"), self.printer_backend)
        form.addRow(self.tr("Printer name:"), self.printer_name)
        form.addRow(self.tr("Print folder:"), self.print_folder)
        form.addRow(self.tr("Badge stock:"), self.badge_stock)
        form.addRow(self.tr("Reprints allowed per person:"), self.max_reprints)
        form.addRow(self.tr("Kiosk returns to start after:"), self.kiosk_return_seconds)
        form.addRow("", self.forgot_ticket_enabled)
        form.addRow(self.tr("Ignore the same scan within:"), self.dedupe_seconds)
        form.addRow(self.tr("Sync hub:"), self.sync_hub)
        form.addRow(self.tr("Organizer (kiosk) PIN:"), self.kiosk_pin)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._select(self.print_on_checkin, v["print_on_checkin"])
        self._select(self.printer_backend, v["printer_backend"])
        self.printer_name.setCurrentText(str(v["printer_name"] or ""))
        self.print_folder.setText(str(v["print_folder"] or ""))
        self._select(self.badge_stock, v["badge_stock"])
        self.max_reprints.setValue(int(v["max_reprints"] or 0))
        self.kiosk_return_seconds.setValue(int(v["kiosk_return_seconds"] or 6))
        self.forgot_ticket_enabled.setChecked(bool(v["forgot_ticket_enabled"]))
        self.dedupe_seconds.setValue(float(v["dedupe_seconds"] or 0))
        self.sync_hub.setText(mask_url(str(v["sync_hub"] or "")))
        self.sync_hub.setModified(False)
        self._initial = self.values()

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def values(self) -> dict:
        return {"station_name": self.station.text().strip(),
                "print_on_checkin": self.print_on_checkin.currentData(),
                "printer_backend": self.printer_backend.currentData(),
                "printer_name": self.printer_name.currentText().strip(),
                "print_folder": self.print_folder.text().strip(),
                "badge_stock": self.badge_stock.currentData(),
                "max_reprints": self.max_reprints.value(),
                "kiosk_return_seconds": self.kiosk_return_seconds.value(),
                "forgot_ticket_enabled": self.forgot_ticket_enabled.isChecked(),
                "dedupe_seconds": self.dedupe_seconds.value()}

    def changes(self) -> dict:
        now = self.values()
        changed = {k: v for k, v in now.items() if v != self._initial.get(k)}
        if self.sync_hub.isModified():
            changed["sync_hub"] = self.sync_hub.text().strip()
        if self.kiosk_pin.text():
            changed["kiosk_pin"] = self.kiosk_pin.text()
        return changed

    def save(self) -> None:
        pin_text = self.kiosk_pin.text()
        if pin_text and len(pin_text) < 4:
            self._say(self.tr("The kiosk PIN must be at least 4 digits."), problem=True)
            return
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.buttons.setEnabled(False)
        self._say(self.tr("Saving…"))
        run_task(save_settings, changes, db_path=self.db_path, owner=self, on_done=self._saved, on_error=self._failed,
                 what=SAVING)

    def _saved(self, _changes: dict) -> None:
        self.accept()

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self._say(message, problem=True)

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b71c1c; font-weight: bold;" if problem else "")


class _OrganizerPinPanel(PinPanel):
    """The kiosk's PIN panel with desk words: 'Cancel' instead of 'Back to the kiosk'."""

    def retranslate(self) -> None:
        super().retranslate()
        if not self._no_pin:
            self.explain.setText(self.tr("Organizers only: enter the organizer PIN to continue."))
        self.cancel_button.setText(self.tr("Cancel"))


class PinDialog(QDialog):
    """The organizer PIN in a dialog; `accepted` on the right PIN. The checks run on tasks."""

    def __init__(self, db_path: str | Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organizer PIN"))
        self.panel = _OrganizerPinPanel(db_path, self)
        self.panel.unlocked.connect(self.accept)
        self.panel.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.finished.connect(lambda _r: self.panel._tick.stop())
        self.panel.reset()


def require_pin(parent: QWidget, db_path: str | Path, on_ok: Callable[[], None]) -> None:
    """Call `on_ok` at once when the event has no organizer PIN, else after the right PIN is typed.
    Whether there is one is read on a task; the gate (or `on_ok`) follows when it is known."""
    from kiosk import pin

    def known(protected: bool) -> None:
        if not protected:
            on_ok()
        else:
            dialogs.open_dialog(PinDialog(db_path, parent), on_accept=on_ok)

    run_task(pin.pin_is_set, db_path=db_path, owner=parent, on_done=known,
             on_error=lambda message: dialogs.problem(parent, message),
             what=QT_TRANSLATE_NOOP("Tasks", "checking the organizer PIN"))

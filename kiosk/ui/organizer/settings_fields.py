"""One field of the settings window per setting of the registry (kiosk/store/settings.py), by its kind.

`SettingField(setting, lang)` holds the widget a person edits (a check box, a number, a list of
choices worded by the registry's labels, a line of text, a folder or file chooser), the registry's help in the interface
language under it, and a line for a refusal. It emits `edited(key, value)` when the person has
finished a change (at once for a box or a list, when the field is left or Enter is pressed for a
text, after a short pause for a number), and the window saves it at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from kiosk.store.setting_kinds import Setting
from kiosk.ui.text_styles import PROBLEM
from kiosk.ui import dialogs
from kiosk.ui.organizer.folders import file_dialog

NUMBER_PAUSE_MS = 600


def narrow(combo: QComboBox, chars: int = 20) -> QComboBox:
    """A list that may be narrower than its longest entry (the page wraps, it never scrolls sideways)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def with_colon(text: str) -> str:
    """ "Printer:" / "Imprimante :" (French puts a space before a colon)."""
    return QCoreApplication.translate("SettingsWindow", "%1:").replace("%1", text)


def title_of(key: str) -> str:
    """A setting's name for a person."""
    titles = {
        "ticket_type_days": QCoreApplication.translate("SettingsWindow", "Days each ticket type is valid"),
        "report_language": QCoreApplication.translate("SettingsWindow", "Language of the PDF report"),
        "dedupe_seconds": QCoreApplication.translate("SettingsWindow", "Ignore the same code scanned again within"),
        "print_on_checkin": QCoreApplication.translate("SettingsWindow", "Print a badge at check-in"),
        "max_reprints": QCoreApplication.translate("SettingsWindow", "Reprints allowed per person"),
        "badge_stock": QCoreApplication.translate("SettingsWindow", "Badge stock (labels or cards)"),
        "badge_template": QCoreApplication.translate("SettingsWindow", "Badge template"),
        "badge_templates": QCoreApplication.translate("SettingsWindow", "Template per ticket type"),
        "badge_logo": QCoreApplication.translate("SettingsWindow", "Logo on every badge"),
        "badge_roles": QCoreApplication.translate("SettingsWindow", "Colour band per ticket type"),
        "kiosk_pin": QCoreApplication.translate("SettingsWindow", "Organizer PIN"),
        "kiosk_return_seconds": QCoreApplication.translate("SettingsWindow", "The kiosk shows a result for"),
        "kiosk_language": QCoreApplication.translate("SettingsWindow", "The kiosk starts in"),
        "forgot_ticket_enabled": QCoreApplication.translate("SettingsWindow", "“Forgot your ticket?” at the kiosk"),
        "station_name": QCoreApplication.translate("SettingsWindow", "This station's name"),
        "printer_backend": QCoreApplication.translate("SettingsWindow", "How this station prints"),
        "printer_name": QCoreApplication.translate("SettingsWindow", "Printer"),
        "print_folder": QCoreApplication.translate("SettingsWindow", "Folder for badge PDF files"),
        "wedge_prefix": QCoreApplication.translate("SettingsWindow", "Characters the scanner sends before a code"),
        "wedge_suffix": QCoreApplication.translate("SettingsWindow", "Characters the scanner sends after a code"),
        "wedge_azerty": QCoreApplication.translate("SettingsWindow", "Scanner set for US keys on an AZERTY keyboard"),
        "wedge_min_length": QCoreApplication.translate("SettingsWindow", "Shortest code the scanner sends"),
        "wedge_max_gap_ms": QCoreApplication.translate("SettingsWindow", "Longest pause between a scanner's keys"),
        "sync_hub": QCoreApplication.translate("SettingsWindow", "Hub"),
    }
    return titles.get(key, key)


def suffix_of(key: str) -> str:
    return {"dedupe_seconds": QCoreApplication.translate("SettingsWindow", " s"), "kiosk_return_seconds": QCoreApplication.translate("SettingsWindow", " s"), "wedge_max_gap_ms": QCoreApplication.translate("SettingsWindow", " ms"),
            "wedge_min_length": QCoreApplication.translate("SettingsWindow", " characters")}.get(key, "")


class SettingField(QObject):
    """The widget, help and refusal line of one setting (see the module docstring)."""

    edited = Signal(str, object)

    def __init__(self, setting: Setting, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setting = setting
        self.key = setting.key
        self.title = QLabel(with_colon(title_of(setting.key)))
        self.title.setWordWrap(True)
        self.lang = lang
        self.help = QLabel(setting.help(lang))
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #5b6572;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(PROBLEM)
        self.error.hide()
        self._loading = False
        self.shown: Any = None
        self._pause = QTimer(self, singleShot=True, interval=NUMBER_PAUSE_MS)
        self._pause.timeout.connect(self._emit)
        self.widget, self.editor = self._build(setting)
        self.title.setBuddy(self.editor)
        self.editor.setObjectName(f"setting_{setting.key}")
        self.box = QWidget()
        column = QVBoxLayout(self.box)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        column.addWidget(self.widget)
        column.addWidget(self.help)
        column.addWidget(self.error)

    def _build(self, s: Setting) -> tuple[QWidget, QWidget]:
        if s.kind == "bool":
            box = QCheckBox(title_of(s.key))
            box.toggled.connect(lambda _on: self._emit())
            self.title.setText("")
            return box, box
        if s.kind in ("int", "float"):
            spin: QSpinBox | QDoubleSpinBox = QSpinBox() if s.kind == "int" else QDoubleSpinBox()
            if isinstance(spin, QDoubleSpinBox):
                spin.setDecimals(1)
                spin.setSingleStep(0.5)
            low = s.minimum if s.minimum is not None else 0
            high = s.maximum if s.maximum is not None else 10_000
            if isinstance(spin, QSpinBox):
                spin.setRange(int(low), int(high))
            else:
                spin.setRange(float(low), float(high))
            spin.setSuffix(suffix_of(s.key))
            spin.setMaximumWidth(180)
            spin.valueChanged.connect(lambda _v: None if self._loading else self._pause.start())
            spin.editingFinished.connect(self._emit_now)
            return spin, spin
        if s.kind == "choice":
            combo = narrow(QComboBox())
            for value in s.choices:          # each value in the registry's words (kiosk/store/setting_list.py)
                combo.addItem(s.label(value, self.lang), value)
            combo.activated.connect(lambda _i: self._emit())
            return combo, combo
        line = QLineEdit()
        line.editingFinished.connect(self._emit_if_changed)
        if s.kind != "path":
            line.setMaximumWidth(420)
            return line, line
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        choose = QPushButton(QCoreApplication.translate("SettingsWindow", "Choose…"))
        choose.clicked.connect(lambda: self._choose_path(line))
        layout.addWidget(choose)
        return row, line

    def _choose_path(self, line: QLineEdit):
        folder = self.key != "badge_logo"
        picker = file_dialog(self.box, title_of(self.key), "" if folder else QCoreApplication.translate("SettingsWindow", "Images (*.png *.jpg *.jpeg)"),
                             kind="settings", folder=folder)

        def chosen():
            if picker.selectedFiles():
                line.setText(picker.selectedFiles()[0])
                self._emit()

        return dialogs.open_dialog(picker, on_accept=chosen)

    # -- value ---------------------------------------------------------------------------------------
    def value(self) -> Any:
        e = self.editor
        if isinstance(e, QCheckBox):
            return e.isChecked()
        if isinstance(e, (QSpinBox, QDoubleSpinBox)):
            return e.value()
        if isinstance(e, QComboBox):
            return e.currentData()
        assert isinstance(e, QLineEdit)
        return e.text().strip()

    def show_value(self, value: Any) -> None:
        self._loading = True
        e = self.editor
        try:
            if isinstance(e, QCheckBox):
                e.setChecked(bool(value))
            elif isinstance(e, (QSpinBox, QDoubleSpinBox)):
                e.setValue(value if value is not None else 0)
            elif isinstance(e, QComboBox):
                index = e.findData(value)
                if index < 0:
                    e.addItem(str(value), value)
                    index = e.count() - 1
                e.setCurrentIndex(index)
            elif isinstance(e, QLineEdit):
                e.setText("" if value is None else str(value))
                e.setModified(False)
        finally:
            self._loading = False
        self.shown = self.value()

    def _emit_if_changed(self) -> None:
        if self.value() != getattr(self, "shown", None):
            self._emit()

    def _emit_now(self) -> None:
        if self._pause.isActive():
            self._pause.stop()
        self._emit_if_changed()

    def _emit(self) -> None:
        if self._loading:
            return
        self._pause.stop()
        self.shown = self.value()
        self.edited.emit(self.key, self.value())

    def refused(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

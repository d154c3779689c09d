"""The settings that hold one value per ticket type, as tables of the event's ticket types:
the colour band of each type's badges (`badge_roles`, a colour picker per row), the template of each
type's badges (`badge_templates`), and the days each type admits (`ticket_type_days`). Each change is
saved at once through the settings window (kiosk/ui/organizer/settings_window.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QColorDialog, QComboBox, QHBoxLayout, QHeaderView,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from kiosk.store.setting_list import BUILT_IN_TEMPLATES, SETTINGS
from kiosk.ui import dialogs
from kiosk.ui.organizer.settings_fields import narrow


def _types(window, key: str) -> list[str]:
    """The roster's ticket types, and any type the setting names that nobody holds (yet)."""
    known = list(window.loaded["ticket_types"])
    for name in (window.values.get(key) or {}):
        if name not in known:
            known.append(name)
    return known


def _table(rows: int, headers: list[str]) -> QTableWidget:
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(34)
    height = table.horizontalHeader().sizeHint().height() + 34 * max(rows, 1) + 2 * table.frameWidth() + 2
    table.setFixedHeight(min(320, height))
    return table


class _PerTicketType:
    key = ""

    def __init__(self, window, layout: QVBoxLayout):
        self.w = window
        setting = SETTINGS[self.key]
        window.heading(layout, self.title())
        self.types = _types(window, self.key)
        self.table = _table(len(self.types), self.headers())
        self.table.setObjectName(f"table_{self.key}")
        for row, name in enumerate(self.types):
            item = QTableWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            self.fill(row, name)
        layout.addWidget(self.table)
        if not self.types:
            window.help_line(layout, QCoreApplication.translate("SettingsWindow", "No ticket types yet: import the registrations first."))
        window.help_line(layout, setting.help(window.lang))
        layout.addSpacing(8)

    def mapping(self) -> dict:
        return dict(self.w.values.get(self.key) or {})

    def store(self, mapping: dict) -> None:
        self.w.values[self.key] = mapping
        self.w.save(self.key, mapping)

    def title(self) -> str:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def fill(self, row: int, name: str) -> None:
        raise NotImplementedError


class RolesTable(_PerTicketType):
    """A colour per ticket type (the badge's band); "Template's colour" when none is chosen."""

    key = "badge_roles"

    def title(self) -> str:
        return QCoreApplication.translate("SettingsWindow", "Colour band per ticket type")

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("SettingsWindow", "Ticket type"), QCoreApplication.translate("SettingsWindow", "Colour"), ""]

    def fill(self, row: int, name: str) -> None:
        choose = QPushButton()
        choose.setObjectName(f"colour_{row}")
        choose.clicked.connect(lambda _c=False, n=name, b=choose: self.pick(n, b))
        clear = QPushButton(QCoreApplication.translate("SettingsWindow", "Template's colour"))
        clear.clicked.connect(lambda _c=False, n=name, b=choose: self.set_colour(n, None, b))
        self.table.setCellWidget(row, 1, choose)
        self.table.setCellWidget(row, 2, clear)
        self.show(choose, self.mapping().get(name))
        self.table.horizontalHeader().resizeSection(1, 190)
        self.table.horizontalHeader().resizeSection(2, 170)

    def show(self, button: QPushButton, value: Any) -> None:
        if isinstance(value, str) and value.startswith("#"):
            button.setText(value)
            text = "#ffffff" if QColor(value).lightness() < 140 else "#000000"
            button.setStyleSheet(f"background: {value}; color: {text}; font-weight: bold;")
        elif value:
            button.setText(QCoreApplication.translate("SettingsWindow", "role: %1").replace("%1", str(value)))
            button.setStyleSheet("")
        else:
            button.setText(QCoreApplication.translate("SettingsWindow", "Choose a colour…"))
            button.setStyleSheet("")

    def pick(self, name: str, button: QPushButton):
        current = self.mapping().get(name)
        dialog = QColorDialog(QColor(current if isinstance(current, str) and current.startswith("#") else "#1a5fb4"),
                              self.table)
        dialog.setWindowTitle(QCoreApplication.translate("SettingsWindow", "Colour of “%1” badges").replace("%1", name))
        return dialogs.open_dialog(dialog, on_accept=lambda: self.set_colour(name, dialog.selectedColor().name(), button))

    def set_colour(self, name: str, colour: str | None, button: QPushButton) -> None:
        mapping = self.mapping()
        if colour is None:
            mapping.pop(name, None)
        else:
            mapping[name] = colour
        self.show(button, mapping.get(name))
        self.store(mapping)


class TemplatesTable(_PerTicketType):
    """A template per ticket type; "the event's template" when none is chosen."""

    key = "badge_templates"
    SAME = ""

    def title(self) -> str:
        return QCoreApplication.translate("SettingsWindow", "Template per ticket type")

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("SettingsWindow", "Ticket type"), QCoreApplication.translate("SettingsWindow", "Template")]

    def fill(self, row: int, name: str) -> None:
        combo = narrow(QComboBox(), 16)
        combo.setObjectName(f"template_{row}")
        combo.addItem(QCoreApplication.translate("SettingsWindow", "The event's template"), self.SAME)
        for template in BUILT_IN_TEMPLATES:
            combo.addItem(template_words(self.w, template), template)
        current = self.mapping().get(name, self.SAME)
        if combo.findData(current) < 0:
            combo.addItem(str(current), current)
        combo.setCurrentIndex(combo.findData(current))
        combo.activated.connect(lambda _i, n=name, c=combo: self.chosen(n, c.currentData()))
        self.table.setCellWidget(row, 1, combo)
        self.table.horizontalHeader().resizeSection(1, 300)

    def chosen(self, name: str, template: str) -> None:
        mapping = self.mapping()
        if template == self.SAME:
            mapping.pop(name, None)
        else:
            mapping[name] = template
        self.store(mapping)


def template_words(window, template: str) -> str:
    return {"default": QCoreApplication.translate("SettingsWindow", "Standard (name, organisation, colour band, QR code)"),
            "fold": QCoreApplication.translate("SettingsWindow", "Fold badge (two sides, folded in the holder)")}.get(template, template)


class TicketDaysTable(_PerTicketType):
    """The days each ticket type admits: a box per event day; no box ticked means every day."""

    key = "ticket_type_days"

    def __init__(self, window, layout: QVBoxLayout):
        self.days = list(window.loaded["event"]["days"])
        super().__init__(window, layout)

    def title(self) -> str:
        return QCoreApplication.translate("SettingsWindow", "Days each ticket type is valid (none ticked: every day)")

    def headers(self) -> list[str]:
        from kiosk.clock import format_day

        return [QCoreApplication.translate("SettingsWindow", "Ticket type")] + [format_day(d, self.w.lang, "short_day") for d in self.days]

    def fill(self, row: int, name: str) -> None:
        valid = self._valid_days(self.mapping().get(name))
        for column, day in enumerate(self.days, start=1):
            holder = QWidget()
            box = QCheckBox()
            box.setObjectName(f"day_{row}_{column}")
            box.setChecked(day in valid)
            box.toggled.connect(lambda _on, n=name: self.changed(n))
            inner = QHBoxLayout(holder)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
            self.table.setCellWidget(row, column, holder)

    def _valid_days(self, value: Any) -> set[str]:
        days: set[str] = set()
        for entry in value or []:
            if isinstance(entry, int) and 1 <= entry <= len(self.days):
                days.add(self.days[entry - 1])
            elif isinstance(entry, str):
                days.add(entry)
        return days

    def changed(self, name: str) -> None:
        row = self.types.index(name)
        boxes = [self.table.cellWidget(row, column).findChild(QCheckBox) for column in range(1, len(self.days) + 1)]
        ticked = [day for day, box in zip(self.days, boxes) if box is not None and box.isChecked()]
        mapping = self.mapping()
        if ticked and len(ticked) < len(self.days):
            mapping[name] = ticked
        else:
            mapping.pop(name, None)
        self.store(mapping)

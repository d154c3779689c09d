"""The settings window's "Printing and badges" group: where badges go, what they look like.

- Where: how this station prints (automatic: the system's default printer, else PDF files in
  Documents/Check-in badges), the system's printers to choose from (CUPS and Qt's list), the folder
  for PDF files, and in words where a badge goes now (`kiosk.printing.backends.describe`). A test
  badge and an alignment sheet print now (`kiosk.printing.trial`, on a task).
- Look: the stock and the template chosen beside a live badge (a made-up person of the chosen
  ticket type, kiosk/ui/desk/badge_panel.py renders it off the GUI thread), the logo, a colour band
  and a template per ticket type (kiosk/ui/organizer/settings_tables.py).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.errors import KnownError
from kiosk.store.setting_list import BUILT_IN_TEMPLATES, SETTINGS
from kiosk.ui.text_styles import MUTED, PROBLEM
from kiosk.ui import dialogs
from kiosk.ui.desk.badge_panel import BadgePanel
from kiosk.ui.organizer.settings_fields import narrow, title_of, with_colon
from kiosk.ui.organizer.settings_tables import RolesTable, TemplatesTable, template_words
from kiosk.ui.threads import run_task

log = logging.getLogger(__name__)

#: Settings whose change moves where badges go (the sentence is read again).
WHERE_KEYS = frozenset({"printer_backend", "printer_name", "print_folder"})
LOOK_KEYS = frozenset({"badge_stock", "badge_template", "badge_templates", "badge_logo", "badge_roles"})
PREVIEW_AFTER_MS = 200


def system_printers() -> list[str]:
    """The printers this computer knows: CUPS's queues and the system's (Qt's) list, once each."""
    from kiosk.printing.cups import list_printers
    from kiosk.ui.qt_printer import printer_names

    names: list[str] = []
    try:
        names += [p["name"] for p in list_printers()]
    except (KnownError, OSError) as exc:
        log.info("CUPS printers not listed: %s", exc)
    names += [n for n in printer_names() if n not in names]
    return names


def where_badges_go(db) -> dict:
    from kiosk.printing.backends import describe
    from kiosk.printing.settings import PrintSettings

    return describe(PrintSettings.from_db(db))


def printing_facts(db) -> dict:
    """What the printing group shows (on the settings window's loading task)."""
    from kiosk.badges.render import event_context
    from kiosk.badges.stocks import catalogue
    from kiosk.printing.trial import sample_person

    return {"printers": system_printers(), "stocks": [(s.id, s.name) for s in catalogue().values()],
            "where": where_badges_go(db), "sample": sample_person(db), "event": event_context(db)}


def test_badge(db) -> dict:
    from kiosk.printing.trial import print_test_badge

    return print_test_badge(db)


def alignment_sheet(db) -> dict:
    from kiosk.printing.trial import print_alignment_sheet

    return print_alignment_sheet(db)


class PrintingPart:
    """Builds the printing group into the window's page and follows its saves."""

    def __init__(self, window, layout: QVBoxLayout):
        self.w = window
        facts = window.loaded["printing"]
        self.facts = facts
        window.add_field(layout, "print_on_checkin")
        window.add_field(layout, "max_reprints")

        window.heading(layout, QCoreApplication.translate("SettingsWindow", "Where badges go"))
        self.where = QLabel()
        self.where.setObjectName("whereBadgesGo")
        self.where.setWordWrap(True)
        self.where.setStyleSheet("font-size: 12pt; background: #eef4fb; border: 1px solid #c5d7ee; "
                                 "border-radius: 4px; padding: 6px;")
        layout.addWidget(self.where)
        self.backend = window.add_field(layout, "printer_backend")
        window.heading(layout, with_colon(title_of("printer_name")))
        self.printer = narrow(QComboBox())
        self.printer.setObjectName("setting_printer_name")
        self.printer.addItem(QCoreApplication.translate("SettingsWindow", "The system's default printer"), "")
        for name in facts["printers"]:
            self.printer.addItem(name, name)
        current = window.values.get("printer_name") or ""
        if self.printer.findData(current) < 0:
            self.printer.addItem(current, current)
        self.printer.setCurrentIndex(self.printer.findData(current))
        self.printer.activated.connect(lambda _i: window.save("printer_name", self.printer.currentData()))
        layout.addWidget(self.printer)
        if not facts["printers"]:
            window.help_line(layout, QCoreApplication.translate("SettingsWindow", "This computer lists no printer: install one in the system's printer "
                                               "settings, or print PDF files to a folder."))
        window.help_line(layout, SETTINGS["printer_name"].help(window.lang))
        self.folder = window.add_field(layout, "print_folder")
        row = QHBoxLayout()
        self.test_button = QPushButton(QCoreApplication.translate("SettingsWindow", "Print a &test badge"))
        self.test_button.clicked.connect(self.print_test)
        self.align_button = QPushButton(QCoreApplication.translate("SettingsWindow", "Print an &alignment sheet"))
        self.align_button.clicked.connect(self.print_alignment)
        row.addWidget(self.test_button)
        row.addWidget(self.align_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.trial = QLabel()
        self.trial.setWordWrap(True)
        layout.addWidget(self.trial)
        window.help_line(layout, QCoreApplication.translate("SettingsWindow", "The alignment sheet outlines every badge of the stock: print it on plain "
                                           "paper and hold it against a sheet of labels before printing on them."))
        layout.addSpacing(8)

        window.heading(layout, QCoreApplication.translate("SettingsWindow", "What badges look like"))
        look = QHBoxLayout()
        choices = QGridLayout()
        self.stock = narrow(QComboBox())
        self.stock.setObjectName("setting_badge_stock")
        for stock_id, name in facts["stocks"]:
            self.stock.addItem(name, stock_id)
        self._select(self.stock, window.values.get("badge_stock"))
        self.stock.activated.connect(lambda _i: self._look_chosen("badge_stock", self.stock.currentData()))
        self.template = narrow(QComboBox())
        self.template.setObjectName("setting_badge_template")
        for template in BUILT_IN_TEMPLATES:
            self.template.addItem(template_words(window, template), template)
        self._select(self.template, window.values.get("badge_template"))
        self.template.activated.connect(lambda _i: self._look_chosen("badge_template", self.template.currentData()))
        self.sample_type = narrow(QComboBox())
        self.sample_type.setObjectName("previewTicketType")
        for name in window.loaded["ticket_types"] or [facts["sample"]["ticket_type"]]:
            self.sample_type.addItem(name, name)
        self._select(self.sample_type, facts["sample"]["ticket_type"])
        self.sample_type.currentIndexChanged.connect(lambda _i: self.preview_soon())
        for r, (label, widget) in enumerate(((title_of("badge_stock"), self.stock),
                                             (title_of("badge_template"), self.template),
                                             (QCoreApplication.translate("SettingsWindow", "Preview a badge of"), self.sample_type))):
            text = QLabel(with_colon(label))
            text.setBuddy(widget)
            choices.addWidget(text, 2 * r, 0)
            choices.addWidget(widget, 2 * r + 1, 0)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)   # the names read whole
            longest = max((widget.fontMetrics().horizontalAdvance(widget.itemText(i)) for i in range(widget.count())),
                          default=0)
            widget.view().setMinimumWidth(longest + 40)      # the list shows each name whole, however long
        choices.setRowStretch(6, 1)
        left = QWidget()
        left.setLayout(choices)
        self.preview = BadgePanel()
        self.preview.setObjectName("settingsBadgePreview")
        self.preview.setMinimumSize(320, 230)
        look.addWidget(left, 3)
        look.addWidget(self.preview, 2)
        layout.addLayout(look)
        window.help_line(layout, SETTINGS["badge_stock"].help(window.lang) + " "
                         + SETTINGS["badge_template"].help(window.lang))
        window.add_field(layout, "badge_logo")
        self.roles = RolesTable(window, layout)
        self.templates = TemplatesTable(window, layout)
        self._timer = QTimer(window, singleShot=True, interval=PREVIEW_AFTER_MS)
        self._timer.timeout.connect(self.render_preview)
        window.finished.connect(lambda _r: self.preview.stop())
        self.show_where(facts["where"])
        self._follow_backend(window.values.get("printer_backend"))
        self.preview_soon()

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    def _look_chosen(self, key: str, value: Any) -> None:
        self.w.values[key] = value
        self.preview_soon()
        self.w.save(key, value)

    # -- where badges go ---------------------------------------------------------------------------------
    def show_where(self, where: dict) -> None:
        self.where.setText(QCoreApplication.translate("SettingsWindow", "Badges go to: %1").replace("%1", where.get(self.w.lang) or where.get("en", "")))

    def _follow_backend(self, backend: Any) -> None:
        self.printer.setEnabled(backend in ("auto", "cups", "qt"))
        self.folder.widget.setEnabled(backend in ("auto", "folder"))

    def setting_saved(self, key: str, stored: Any) -> None:
        if key == "printer_backend":
            self._follow_backend(stored)
        if key in WHERE_KEYS:
            run_task(where_badges_go, db_path=self.w.db_path, owner=self.w, on_done=self.show_where,
                     what=QT_TRANSLATE_NOOP("Tasks", "finding the printer"))
        if key in LOOK_KEYS:
            self.preview_soon()

    # -- trial prints -------------------------------------------------------------------------------------
    def print_test(self) -> None:
        self._trial(test_badge, QCoreApplication.translate("SettingsWindow", "Printing a test badge…"))

    def print_alignment(self) -> None:
        self._trial(alignment_sheet, QCoreApplication.translate("SettingsWindow", "Printing an alignment sheet…"))

    def _trial(self, job, text: str) -> None:
        self.test_button.setEnabled(False)
        self.align_button.setEnabled(False)
        self.trial.setStyleSheet(MUTED)
        self.trial.setText(text)
        run_task(job, db_path=self.w.db_path, owner=self.w, on_done=self._trial_done, on_error=self._trial_failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "printing a test page"))

    def _trial_done(self, result: dict) -> None:
        self.test_button.setEnabled(True)
        self.align_button.setEnabled(True)
        where = result.get("where", {})
        self.trial.setStyleSheet("color: #1b5e20; font-weight: bold;")
        text = QCoreApplication.translate("SettingsWindow", "Sent. %1").replace("%1", where.get(self.w.lang) or where.get("en", ""))
        written = result.get("written") or {}
        if written:                                # a PDF file (the folder, or no printer found): which one
            text += "\n" + (written.get(self.w.lang) or written["en"])
        self.trial.setText(text)
        self.w.status.setText(text)           # said where the eye is too: the message under the buttons may be off screen

    def _trial_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.align_button.setEnabled(True)
        self.trial.setStyleSheet(PROBLEM)
        self.trial.setText(message)
        dialogs.problem(self.w, message)

    # -- the live badge -----------------------------------------------------------------------------------
    def preview_soon(self) -> None:
        self._timer.start()

    def render_preview(self) -> None:
        from kiosk.badges.templates import template_for

        v = self.w.values
        person = dict(self.facts["sample"])
        person["ticket_type"] = self.sample_type.currentData() or person["ticket_type"]
        person.update(first_name=QCoreApplication.translate("SettingsWindow", "Alexandra"), last_name=QCoreApplication.translate("SettingsWindow", "Example"))
        person["full_name"] = f"{person['first_name']} {person['last_name']}"
        template = template_for(person["ticket_type"], v.get("badge_template") or "default", v.get("badge_templates"))
        event = dict(self.facts["event"], logo=v.get("badge_logo") or "", badge_roles=v.get("badge_roles") or {})
        self.preview.show_badge(person, v.get("badge_stock") or "badge-4x3", template, event)
        self.preview.setToolTip(QCoreApplication.translate("SettingsWindow", "A made-up person with a ticket “%1”").replace("%1", person["ticket_type"]))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)

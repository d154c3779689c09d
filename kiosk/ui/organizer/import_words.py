"""Words and small pieces the import wizard's pages share (kiosk/ui/organizer/import_pages.py,
import_review.py): fields and statuses for a person, in the interface language; a wrapping label; a
scrolling grid of fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QWidget

from kiosk.ui.i18n import said

FILE_PATTERNS = "*.csv *.tsv *.xlsx *.xls *.txt"


def file_filter() -> str:
    """The file dialog's filter in the interface language ("Registration exports (*.csv …);;All files (*)")."""
    return (QCoreApplication.translate("ImportWizard", "Registration exports (%1)").replace("%1", FILE_PATTERNS) + ";;"
            + QCoreApplication.translate("ImportWizard", "All files (*)"))
PLATFORMS = ("auto", "eventbrite", "tito", "pretix", "luma", "hievents", "tickettailor", "indico", "meetup",
             "googleforms", "alfio", "zoom", "humanitix", "sessionize", "spreadsheet")
#: A column this likely for a field that is left out is pointed out ("Maybe “Status”?").
MAYBE = 0.3


def field_words(name: str) -> str:
    """A field's name for a person ("e-mail", "ticket code")."""
    words = {"name": QCoreApplication.translate("ImportWizard", "Full name"),
             "first_name": QCoreApplication.translate("ImportWizard", "First name"),
             "last_name": QCoreApplication.translate("ImportWizard", "Last name"),
             "full_name": QCoreApplication.translate("ImportWizard", "Full name"),
             "email": QCoreApplication.translate("ImportWizard", "E-mail"),
             "code": QCoreApplication.translate("ImportWizard", "Ticket code"),
             "organization": QCoreApplication.translate("ImportWizard", "Organisation"),
             "ticket_type": QCoreApplication.translate("ImportWizard", "Ticket type"),
             "status": QCoreApplication.translate("ImportWizard", "Status"),
             "pronouns": QCoreApplication.translate("ImportWizard", "Pronouns"),
             "notes": QCoreApplication.translate("ImportWizard", "Notes")}
    return words.get(name, name)


def status_words(status: str) -> str:
    """A stored status (the roster's English reason) in the interface language, worded by the core
    (kiosk/roster/statuses.py `status_words`); a reason of the organizer's own ("lista rezerwowa") as written."""
    from kiosk.roster.statuses import status_words as words

    return said(words(status))


def scrolled(grid: QGridLayout) -> QScrollArea:
    """A grid of fields that scrolls when the window is small; Tab goes into the fields, not the area."""
    holder = QWidget()
    holder.setLayout(grid)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(holder)
    return scroll


def label(text: str = "", style: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    return label

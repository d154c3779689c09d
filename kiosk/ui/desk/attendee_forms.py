"""The walk-in form (Ctrl+N) and the correction form (F2): plain keyboard-first forms.

Both only collect fields; the window hands them to the check-in worker, which writes through the
core (`attendees.add_walk_in` then `check_in`, or `attendees.edit`, audited and kept across re-syncs).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)

from kiosk.roster.attendees import display_name


class _Form(QDialog):
    def __init__(self, parent, title: str, intro: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        f = QFont()
        f.setPointSize(12)
        self.setFont(f)
        self.layout_ = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error.setVisible(False)
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def _line(self, label: str, value: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        self.form.addRow(label, edit)
        return edit

    def _validate(self) -> str:
        return ""

    def _try_accept(self) -> None:
        problem = self._validate()
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            return
        self.accept()


class WalkInDialog(_Form):
    """Name, email, organization, ticket type: creates the attendee and checks them in."""

    def __init__(self, parent=None, ticket_types: list[str] | None = None):
        super().__init__(parent, self.tr("Walk-in"),
                         self.tr("Register someone who is not on the list. They are checked in when you press OK."))
        self.first_name = self._line(self.tr("&First name"))
        self.last_name = self._line(self.tr("&Last name"))
        self.email = self._line(self.tr("&Email"))
        self.organization = self._line(self.tr("&Organization"))
        self.ticket_type = QComboBox()
        self.ticket_type.setEditable(True)
        types = list(dict.fromkeys(["Walk-in", *(ticket_types or [])]))
        self.ticket_type.addItems(types)
        self.form.addRow(self.tr("&Ticket type"), self.ticket_type)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add and check in"))
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _validate(self) -> str:
        if not (self.first_name.text().strip() or self.last_name.text().strip()):
            return self.tr("Type at least a name.")
        email = self.email.text().strip()
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            return self.tr("That email address looks incomplete; fix it or leave it empty.")
        return ""

    def fields(self) -> dict:
        return {"first_name": self.first_name.text().strip(), "last_name": self.last_name.text().strip(),
                "email": self.email.text().strip(), "organization": self.organization.text().strip(),
                "ticket_type": self.ticket_type.currentText().strip() or "Walk-in"}


class EditDialog(_Form):
    """Correct an attendee (a misspelt name before the badge prints); only changed fields are sent."""

    FIELDS = ("first_name", "last_name", "full_name", "organization", "email", "ticket_type", "pronouns")

    def __init__(self, attendee: dict, parent=None):
        super().__init__(parent, self.tr("Correct %1").replace("%1", display_name(attendee)),
                         self.tr("Fix what is wrong; the correction is kept when the list is imported again."))
        self.attendee = attendee
        labels = {"first_name": self.tr("&First name"), "last_name": self.tr("&Last name"),
                  "full_name": self.tr("Full &name (badge)"), "organization": self.tr("&Organization"),
                  "email": self.tr("&Email"), "ticket_type": self.tr("&Ticket type"),
                  "pronouns": self.tr("&Pronouns")}
        self.edits = {key: self._line(labels[key], attendee.get(key) or "") for key in self.FIELDS}
        self.notes = QPlainTextEdit(attendee.get("notes") or "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.form.addRow(self.tr("N&otes"), self.notes)
        self.edits["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.edits["first_name"].selectAll()

    def _validate(self) -> str:
        values = self.values()
        if not (values["first_name"] or values["last_name"] or values["full_name"]):
            return self.tr("The attendee needs a name.")
        return ""

    def values(self) -> dict:
        out = {k: e.text().strip() for k, e in self.edits.items()}
        out["notes"] = self.notes.toPlainText().strip()
        return out

    def changes(self) -> dict:
        """Only the fields the volunteer changed (a full name derived from first and last name is
        re-derived by the core when only those change)."""
        values = self.values()
        return {k: v for k, v in values.items() if v != (self.attendee.get(k) or "").strip()}

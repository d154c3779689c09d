"""The desk's forms: walk-in (Ctrl+N), correction (F2) and the reason for an undo (Ctrl+Z).

`WalkInDialog` and `EditDialog` are plain keyboard-first forms that only collect fields. `DeskForms`
opens them for the desk (non-blocking, kiosk/ui/dialogs.py) and hands the answers to the check-in
worker, which writes through the core (`attendees.add_walk_in` then `check_in`, `attendees.edit`,
audited and kept across re-syncs, or `checkin.undo` with the reason given).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout)

from kiosk.roster.attendees import display_name
from kiosk.roster.names import split_name
from kiosk.ui import dialogs


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


class DeskForms(QObject):
    """Opens the desk's forms and hands what was typed to the check-in worker."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window

    def open_walk_in(self) -> WalkInDialog:
        w = self.window
        dialog = WalkInDialog(w, w._ticket_types)
        typed = w.search.text().strip()
        if typed and not any(ch.isdigit() or ch == "@" for ch in typed):
            first, last = split_name(typed)
            dialog.first_name.setText(first.strip().title() if first.islower() else first.strip())
            dialog.last_name.setText(last.strip().title() if last.islower() else last.strip())

        def accepted():
            w._begin(dialog.fields()["first_name"])
            w.worker.add_walk_in(dialog.fields())

        dialogs.open_dialog(dialog, on_accept=accepted)
        dialog.finished.connect(w._take_focus)
        return dialog

    def _attendee_to_edit(self) -> dict | None:
        w = self.window
        chosen = w.selected_attendee()
        if chosen is not None and (w.table.hasFocus() or w.search.text().strip()):
            return chosen
        return w.banner.attendee or chosen

    def open_edit(self) -> EditDialog | None:
        w = self.window
        person = self._attendee_to_edit()
        if person is None:
            w.banner.show_idle(self.tr("Choose someone first: scan them or search their name, then press F2."))
            return None
        dialog = EditDialog(person, w)

        def accepted():
            changes = dialog.changes()
            if changes:
                w.worker.edit_attendee(person["id"], changes)

        dialogs.open_dialog(dialog, on_accept=accepted)
        dialog.finished.connect(w._take_focus)
        return dialog

    def undo_last(self) -> QInputDialog | None:
        w = self.window
        result = w.session.last_admitted()
        if result is None:
            w.banner.show_idle(self.tr("Nothing to undo: no check-in was made at this desk since it opened."))
            return None

        def answered(reason: str):
            w.worker.undo_checkin(result.attendee["id"], reason, result.event_day)

        prompt = dialogs.ask_text(w, self.tr("Undo check-in"),
                                  self.tr("Undo the check-in of %1? Say why:").replace("%1", display_name(result.attendee)),
                                  text=self.tr("Scanned the wrong ticket"), on_answer=answered)
        prompt.finished.connect(w._take_focus)
        return prompt

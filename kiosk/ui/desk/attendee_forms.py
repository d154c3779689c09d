"""The desk's forms: walk-in (Ctrl+N), correction (F2) and the reason for an undo (Ctrl+Z).

`WalkInDialog` and `EditDialog` are plain keyboard-first forms that only collect fields. `DeskForms`
opens them for the desk (non-blocking, kiosk/ui/dialogs.py) and hands the answers to the check-in
worker, which writes through the core: a walk-in through `kiosk.walkins.add_walk_in` (a name or
e-mail like a registered person's asks "Is this <name> from <organisation>?" first, and nobody new
is created unless the volunteer says it is someone else), a correction through `attendees.edit`
(audited, kept across re-syncs; it also completes a guest's missing details), an undo through
`checkin.undo` with a real reason. The correction and the undo act on the person chosen
(kiosk/ui/desk/chosen.py). `choose(result)` asks which person of an order a ticket is (questions.py).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout)

from kiosk.ui.text_styles import PROBLEM
from kiosk.ui.i18n import name_of as display_name
from kiosk.roster.names import split_name
from kiosk.ui import dialogs, i18n
from kiosk.ui.desk.questions import ChooseDialog, LookalikeDialog, UndoDialog


class _Form(QDialog):
    def __init__(self, parent, title: str, intro: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        f = QFont()
        f.setPointSize(12)
        self.setFont(f)
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setStyleSheet(PROBLEM)
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
        add = self.tr("Add and check in")
        super().__init__(parent, self.tr("Walk-in"),
                         self.tr("Register someone who is not on the list. They are checked in when you press "
                                 "“%1”.").replace("%1", add))
        self.first_name = self._line(self.tr("&First name"))
        self.last_name = self._line(self.tr("&Last name"))
        self.email = self._line(self.tr("&Email"))
        self.organization = self._line(self.tr("&Organization"))
        self.ticket_type = QComboBox()
        self.ticket_type.setEditable(True)
        types = list(dict.fromkeys(["Walk-in", *(ticket_types or [])]))
        self.ticket_type.addItems(types)
        self.form.addRow(self.tr("&Ticket type"), self.ticket_type)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(add)
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _validate(self) -> str:
        if not (self.first_name.text().strip() or self.last_name.text().strip()):
            return self.tr("Type at least a name.")
        email = self.email.text().strip()
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            return self.tr("That email address looks incomplete; fix it or leave it empty.")
        return ""

    def fields(self) -> dict:
        first, last = self.first_name.text().strip(), self.last_name.text().strip()
        if not last:        # a whole name typed in the first field: split as `kiosk walkin` does
            first, last = split_name(first)
        return {"first_name": first, "last_name": last,
                "email": self.email.text().strip(), "organization": self.organization.text().strip(),
                "ticket_type": self.ticket_type.currentText().strip() or "Walk-in"}


class EditDialog(_Form):
    """Correct an attendee (a misspelt name before the badge prints); only changed fields are sent."""

    FIELDS = ("first_name", "last_name", "full_name", "organization", "email", "ticket_type", "pronouns")

    def __init__(self, attendee: dict, parent=None):
        if attendee.get("details_missing"):
            super().__init__(parent, self.tr("Complete the details of %1").replace("%1", display_name(attendee)),
                             self.tr("This ticket's holder was not named when it was bought. Ask their name and "
                                     "e-mail and type them here; they are kept when the list is imported again."))
        else:
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
    """Opens the desk's forms and hands what was typed to the check-in worker; each acts on the
    person the volunteer sees chosen (kiosk/ui/desk/chosen.py)."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.chooser: QDialog | None = None      # the open "choose the person" or "already registered?" question

    # -- walk-in ---------------------------------------------------------------------------------
    def open_walk_in(self) -> WalkInDialog:
        w = self.window
        dialog = WalkInDialog(w, w._ticket_types)
        typed = w.search.text().strip()
        if typed and not any(ch.isdigit() or ch == "@" for ch in typed):
            first, last = split_name(typed)
            dialog.first_name.setText(first.strip().title() if first.islower() else first.strip())
            dialog.last_name.setText(last.strip().title() if last.islower() else last.strip())

        def accepted():
            fields = dialog.fields()
            w._begin(fields["first_name"] or fields["last_name"])
            w.worker.add_walk_in(fields)           # registered people it may be are asked about first

        dialogs.open_dialog(dialog, on_accept=accepted)
        dialog.finished.connect(w._take_focus)
        return dialog

    def ask_lookalikes(self, fields: dict, matches: list[dict]) -> LookalikeDialog:
        """The walk-in may be someone registered: ask before anyone new is created."""
        w = self.window
        self.close_chooser()
        dialog = LookalikeDialog(fields, matches, w)
        label = fields["first_name"] or fields["last_name"]

        def existing(attendee_id: int) -> None:
            w.check_in_attendee(attendee_id, label)

        def new() -> None:
            w._begin(label)
            w.worker.add_walk_in(fields, confirm_new=True)

        dialog.chosen.connect(existing)
        dialog.add_new.connect(new)
        self.chooser = dialogs.open_dialog(dialog)
        dialog.finished.connect(w._take_focus)
        return dialog

    # -- choose the person of a ticket ---------------------------------------------------------------
    def choose(self, result: Any) -> ChooseDialog:
        w = self.window
        self.close_chooser()
        dialog = ChooseDialog(list(result.candidates), w)
        dialog.chosen.connect(lambda attendee_id: w.check_in_attendee(attendee_id, "", method="choose"))
        self.chooser = dialogs.open_dialog(dialog)
        dialog.finished.connect(w._take_focus)
        return dialog

    def close_chooser(self) -> None:
        """A new verdict came: a question about the person before is no longer the one to answer."""
        chooser, self.chooser = self.chooser, None
        if chooser is not None and shiboken6.isValid(chooser) and chooser.isVisible():
            chooser.reject()

    # -- correction ----------------------------------------------------------------------------------
    def open_edit(self) -> EditDialog | None:
        w = self.window
        person = w.chosen.person()
        if person is None:
            w.status.showMessage(self.tr("Choose someone first: scan them or search their name, then press F2."),
                                 8000)
            return None
        dialog = EditDialog(person, w)

        def accepted():
            changes = dialog.changes()
            if changes:
                w.worker.edit_attendee(person["id"], changes)

        dialogs.open_dialog(dialog, on_accept=accepted)
        dialog.finished.connect(w._take_focus)
        return dialog

    # -- undo ----------------------------------------------------------------------------------------
    def undo(self) -> UndoDialog | None:
        """Undo the chosen person's check-in today, or else the last one made at this desk."""
        from kiosk.checkin import UNDO_REASONS
        from kiosk.clock import format_instant

        w = self.window
        person, day, when = w.chosen.person(), None, ""
        status = w.chosen.status
        if person is not None:
            day = w.chosen.day or None
            if status is not None and status["attendee"]["id"] == person["id"]:
                if not status.get("checkin"):
                    w.status.showMessage(i18n.arg(self.tr("%1 is not checked in today: there is nothing to undo."),
                                                  display_name(person)), 8000)
                    return None
                checkin = status["checkin"]
                when = i18n.arg(self.tr("checked in at %1 at %2"), format_instant(
                    checkin["at"], w.timezone, "time", i18n.current_language()), checkin["station"])
        else:
            result = w.session.last_admitted()
            if result is None:
                w.status.showMessage(self.tr("Nothing to undo: choose someone checked in today first."), 8000)
                return None
            person, day = result.attendee, result.event_day
        lang = "fr" if i18n.current_language() == "fr" else "en"
        dialog = UndoDialog(person, when, UNDO_REASONS[lang], w)
        attendee_id = person["id"]

        def accepted():
            w.worker.undo_checkin(attendee_id, dialog.value(), day)

        dialogs.open_dialog(dialog, on_accept=accepted)
        dialog.finished.connect(w._take_focus)
        return dialog

    # -- the worker's answers ------------------------------------------------------------------
    def edited(self, person: dict) -> None:
        """A correction was saved: the banner, the badge, the list and the chosen line show it."""
        w = self.window
        w.session.edited(person)
        if w.banner.attendee and w.banner.attendee.get("id") == person["id"]:
            w.banner.attendee = person
            last = w.session.last_result
            if last is not None and last.attendee and last.attendee["id"] == person["id"]:
                w.banner.show_result(last, w.timezone)
        newest = w.session.last_admitted()
        if newest is not None and newest.attendee["id"] == person["id"]:
            w.badge_preview.show_for(person)
        w.status.showMessage(self.tr("Saved the correction for %1.").replace("%1", display_name(person)), 6000)
        w.chosen.update()
        w.searcher.refresh()

    def undone(self, info: dict) -> None:
        """A check-in was undone: the banner says so, the badge preview forgets them, the counter
        drops at once; the recent scans strike the check-in out when the worker re-reads them."""
        from kiosk.ui.verdicts import verdict_title

        w = self.window
        person = info["attendee"]
        w.session.undone(person["id"])
        w.banner.show_message("undone", verdict_title("undone"), display_name(person) or person.get("code"),
                              self.tr("Reason: %1").replace("%1", info["reason"]), attendee=person)
        preview = w.badge_preview
        if preview.person is not None and preview.person.get("id") == person["id"]:
            preview.forget()
        if info.get("counts"):
            w.counter.set_counts(info["counts"]["checked_in"], info["counts"]["expected"])
        w.searcher.clear_choice(search_too=False)
        w.chosen.update()
        w.searcher.refresh()

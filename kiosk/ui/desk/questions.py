"""The desk's questions before it acts: who is this (a ticket for several people, a walk-in who may be
registered), why undo, and who allows a reprint past the limit.

Each dialog only asks; the desk acts on the answer (kiosk/ui/desk/actions.py, attendee_forms.py):
- `ChooseDialog`: the `choose` verdict's candidates; nobody is checked in until one is picked;
- `LookalikeDialog`: "Is this <name> from <organisation>?" for each registered person a walk-in may
  be, before anyone new is created (kiosk/roster/lookalikes.py);
- `UndoDialog`: a real reason (kiosk.checkin.is_real_reason), with the usual ones offered;
- `OverrideDialog`: a reprint past `max_reprints`, with a reason and who allows it (recorded).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractScrollArea, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from kiosk.ui.i18n import name_of as display_name
from kiosk.ui import i18n


def _base_font(widget: QWidget, points: int = 12) -> None:
    f = QFont(widget.font())
    f.setPointSize(points)
    widget.setFont(f)


def _wrapped(text: str, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        label.setStyleSheet("font-weight: bold;")
    return label


class _CandidateList(QListWidget):
    """A list where nobody is chosen until the volunteer picks someone: taking the focus does not
    make the first person current (Qt's default), so the first ↓ goes to the first person."""

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        QAbstractScrollArea.focusInEvent(self, event)
        self.viewport().update()


class ChooseDialog(QDialog):
    """One ticket, several people (an order): the volunteer asks the name and picks one."""

    chosen = Signal(int)

    def __init__(self, candidates: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        _base_font(self, 13)
        self.setWindowTitle(self.tr("Choose the person"))
        self.setMinimumWidth(640)
        self.candidates = candidates
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr("This ticket's order holds several people. Ask their name and choose "
                                          "them; nobody is checked in until you do.")))
        self.list = _CandidateList()
        self.list.setObjectName("candidates")
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for person in candidates:
            parts = [person.get("ticket_type") or "", person.get("organization") or "", person.get("code") or ""]
            detail = "  ·  ".join(p for p in parts if p)
            if person.get("status", "active") != "active":
                detail += "  " + self.tr("(not admitted: %1)").replace("%1", person["status"])
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, person["id"])
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{display_name(person)}, {detail}")
            label = QLabel(f"<span style='font-size:15pt; font-weight:bold'>{html.escape(display_name(person))}</span>"
                           f"<br><span style='font-size:12pt'>{html.escape(detail)}</span>")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(8, 4, 8, 4)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
            item.setSizeHint(label.sizeHint())
            self.list.addItem(item)
            self.list.setItemWidget(item, label)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.itemActivated.connect(lambda _item: self._choose())
        self.list.itemSelectionChanged.connect(self._update)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_in_button = buttons.addButton(self.tr("Check in the chosen person"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.check_in_button.setEnabled(False)
        self.check_in_button.clicked.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self) -> None:
        self.check_in_button.setEnabled(bool(self.list.selectedItems()))

    def _choose(self) -> None:
        chosen = self.list.selectedItems()
        if not chosen:
            return              # nobody picked yet: nobody is checked in
        item = chosen[0]
        self.chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()


class LookalikeDialog(QDialog):
    """Before a walk-in is created: is this someone already registered?"""

    chosen = Signal(int)        # the registered person: check them in instead
    add_new = Signal()          # none of them: add the walk-in

    def __init__(self, fields: dict, matches: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        _base_font(self, 12)
        self.setWindowTitle(self.tr("Already registered?"))
        self.setMinimumWidth(620)
        typed = " ".join(p for p in (fields.get("first_name", ""), fields.get("last_name", "")) if p) \
            or fields.get("email", "")
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(self.tr("Before adding %1 as a new person: this may be someone already "
                                          "registered.").replace("%1", typed)))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.yes_buttons: list[QPushButton] = []
        why_words = {"email": self.tr("same e-mail"), "same_name": self.tr("same name"),
                     "similar_name": self.tr("similar name")}
        for row, match in enumerate(matches):
            person = match["attendee"]
            question = _wrapped(self.question(person), bold=True)
            details = [why_words.get(match.get("why", ""), ""), person.get("code") or "", person.get("email") or ""]
            if person.get("status", "active") != "active":
                details.append(self.tr("not admitted: %1").replace("%1", person["status"]))
            detail = _wrapped("  ·  ".join(d for d in details if d))
            detail.setStyleSheet("color: #37474f;")
            yes = QPushButton(self.tr("Yes, check them in"))
            yes.setObjectName(f"yes{row}")
            yes.clicked.connect(lambda _=False, pid=person["id"]: self._yes(pid))
            self.yes_buttons.append(yes)
            grid.addWidget(question, row * 2, 0)
            grid.addWidget(yes, row * 2, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(detail, row * 2 + 1, 0)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.no_button = QPushButton(self.tr("No, someone else: add %1").replace("%1", typed))
        self.no_button.setObjectName("addNew")
        self.no_button.clicked.connect(self._no)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.reject)
        buttons = QDialogButtonBox()
        # an action, not the box's "accept": a button box makes its first accept button the default, and
        # a volunteer's reflex Enter would then add a second person (a duplicate walk-in with a badge)
        buttons.addButton(self.no_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(back, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        for button in (*self.yes_buttons, self.no_button, back):
            button.setAutoDefault(False)
        if self.yes_buttons:
            if len(self.yes_buttons) == 1:
                self.yes_buttons[0].setDefault(True)      # Enter: the one registered person, never a new one
            self.yes_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def question(self, person: dict) -> str:
        name = display_name(person)
        org = (person.get("organization") or "").strip()
        return i18n.arg(self.tr("Is this %1 from %2?"), name, org) if org else i18n.arg(self.tr("Is this %1?"), name)

    def _yes(self, attendee_id: int) -> None:
        self.chosen.emit(attendee_id)
        self.accept()

    def _no(self) -> None:
        self.add_new.emit()
        self.accept()


class UndoDialog(QDialog):
    """Undo one person's check-in: a real reason is asked (the usual ones are offered)."""

    def __init__(self, person: dict, when: str, reasons: tuple[str, ...] | list[str], parent: QWidget | None = None):
        super().__init__(parent)
        from kiosk.checkin import is_real_reason

        self._is_real = is_real_reason
        _base_font(self, 12)
        self.setWindowTitle(self.tr("Undo check-in"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        name = display_name(person)
        text = i18n.arg(self.tr("Undo the check-in of %1 (%2)?"), name, when) if when else \
            i18n.arg(self.tr("Undo the check-in of %1?"), name)
        layout.addWidget(_wrapped(text, bold=True))
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("undoReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(list(reasons))
        self.reason.setCurrentIndex(-1)
        line = self.reason.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Why? e.g. %1").replace("%1", reasons[0] if reasons else ""))
        line.clear()
        form.addRow(self.tr("&Reason"), self.reason)
        layout.addLayout(form)
        self.hint = _wrapped(self.tr("Say why in a few words: it is kept with the undo."))
        self.hint.setStyleSheet("color: #37474f;")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Undo check-in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        line.textChanged.connect(self._update)
        self._update()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> str:
        return " ".join(self.reason.currentText().split())

    def _update(self, *_args) -> None:
        self.ok.setEnabled(self._is_real(self.value()))

    def _try_accept(self) -> None:
        if self._is_real(self.value()):
            self.accept()


class OverrideDialog(QDialog):
    """A reprint past the event's limit: why, and who allows it (both recorded with the reprint)."""

    def __init__(self, message: str, parent: QWidget | None = None):
        super().__init__(parent)
        _base_font(self, 12)
        self.setWindowTitle(self.tr("Reprint limit reached"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(message))
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(self.tr("e.g. badge lost, name misspelt"))
        self.by = QLineEdit()
        self.by.setObjectName("overrideBy")
        self.by.setPlaceholderText(self.tr("the organizer's name"))
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Allowed by"), self.by)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Print anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.reason, self.by):
            edit.textChanged.connect(self._update)
        self._update()
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> tuple[str, str]:
        return " ".join(self.reason.text().split()), " ".join(self.by.text().split())

    def _ready(self) -> bool:
        reason, by = self.values()
        return len(reason) >= 3 and sum(ch.isalpha() for ch in reason) >= 2 and bool(by)

    def _update(self, *_args) -> None:
        self.ok.setEnabled(self._ready())

    def _try_accept(self) -> None:
        if self._ready():
            self.accept()

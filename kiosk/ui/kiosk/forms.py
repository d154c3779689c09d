"""The kiosk's forms: "Forgot your ticket?" (e-mail and last name) and the organizer's kiosk settings
(behind the PIN). Like the pages, they only show and ask; the kiosk window decides what happens.
`ForgotLookup` looks the ticket up (kiosk.forgot_ticket, on a task: it counts failures, a write) and
says on the page how it went; the window checks the person in when the ticket is found.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from kiosk.ui.kiosk.keyboard import OnScreenKeyboard
from kiosk.ui.kiosk.pages import _button, _label, _Page
from kiosk.ui.threads import run_task

TOUCH = 72            # pixels: a fingertip's key on a kiosk screen (about 1.5 cm)

LOOKING = QT_TRANSLATE_NOOP("Tasks", "looking for a forgotten ticket")


class ForgotPage(_Page):
    """Email and last name find the ticket; the answer never says whether an email is known. An
    on-screen keyboard types into the fields on a touch-only kiosk; `reset()` empties everything
    (the kiosk calls it whenever the page is left, so the next person never sees the last one's)."""

    submitted = Signal(str, str)
    back_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.headline = _label("title")
        self.explain = _label("soft")
        self.email = QLineEdit()
        self.email.setObjectName("forgotEmail")
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.last_name = QLineEdit()
        self.last_name.setObjectName("forgotLastName")
        self.email_label = _label("body", wrap=False, centre=False)
        self.last_name_label = _label("body", wrap=False, centre=False)
        self.email_label.setBuddy(self.email)
        self.last_name_label.setBuddy(self.last_name)
        self.message = _label("message")
        self.find_button = _button()
        self.back_button = _button("quiet")
        self.find_button.clicked.connect(self._submit)
        self.email.returnPressed.connect(self.last_name.setFocus)
        self.last_name.returnPressed.connect(self._submit)
        self.back_button.clicked.connect(self.back_clicked.emit)
        self.keyboard = OnScreenKeyboard([self.email, self.last_name])
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(20)
        form.addRow(self.email_label, self.email)
        form.addRow(self.last_name_label, self.last_name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.find_button)
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.headline)
        column.addWidget(self.explain)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addWidget(self.keyboard, 1)
        column.addLayout(buttons)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 16, 24, 16)
        row.addStretch(1)
        row.addLayout(column, 10)
        row.addStretch(1)
        self._message_key = ""
        self.retranslate()

    def reset(self) -> None:
        self.email.clear()
        self.last_name.clear()
        self.set_busy(False)
        self.show_message("")
        self.keyboard.reset()
        self.email.setFocus()

    def set_language(self, language: str) -> None:
        self.keyboard.set_language(language)

    def set_busy(self, busy: bool) -> None:
        for w in (self.email, self.last_name, self.find_button, self.keyboard):
            w.setEnabled(not busy)

    def _submit(self) -> None:
        if self.find_button.isEnabled():
            self.submitted.emit(self.email.text(), self.last_name.text())

    def show_message(self, key: str) -> None:
        """key: "", "no_match", "rate_limited", "incomplete", "searching"."""
        self._message_key = key
        self.retranslate()

    def retranslate(self) -> None:
        self.headline.setText(self.tr("Forgot your ticket?"))
        self.explain.setText(self.tr("Type the email address you registered with and your last name, "
                                     "on the keys below or a keyboard."))
        self.email_label.setText(self.tr("Email"))
        self.last_name_label.setText(self.tr("Last name"))
        self.email.setAccessibleName(self.tr("Email"))
        self.last_name.setAccessibleName(self.tr("Last name"))
        self.email.setPlaceholderText(self.tr("name@example.org"))
        self.find_button.setText(self.tr("Find my ticket"))
        self.find_button.setAccessibleName(self.tr("Find my ticket"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to scanning"))
        messages = {
            "no_match": self.tr("We couldn't find your ticket with these details. Check the spelling, "
                                "or ask at the registration desk."),
            "rate_limited": self.tr("Too many tries at this kiosk. Please ask at the registration desk."),
            "incomplete": self.tr("Please type your email address and your last name."),
            "searching": self.tr("Looking for your ticket..."),
        }
        text = messages.get(self._message_key, "")
        self.message.setText(text)
        self.message.setVisible(bool(text))


class OrganizerPage(_Page):
    """The kiosk's few settings, reached with the PIN; and the way out of kiosk mode."""

    leave_clicked = Signal()
    back_clicked = Signal()
    return_seconds_changed = Signal(int)
    forgot_enabled_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.headline = _label("headline")
        self.return_label = _label("body", centre=False)
        # made for a finger on a touch screen: big − and + keys beside the number, a big tick box
        self.return_seconds = QSpinBox()
        self.return_seconds.setRange(2, 60)
        self.return_seconds.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.return_seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.return_seconds.setFixedSize(TOUCH * 2, TOUCH)
        self.return_seconds.valueChanged.connect(self.return_seconds_changed.emit)
        self.fewer = _button("key")
        self.more = _button("key")
        for key, text, step in ((self.fewer, "−", -1), (self.more, "+", 1)):
            key.setText(text)
            key.setFixedSize(TOUCH, TOUCH)
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            key.setAutoRepeat(True)
            key.clicked.connect(lambda _=False, n=step: self.return_seconds.stepBy(n))
        self.forgot = QCheckBox()
        self.forgot.setStyleSheet(f"QCheckBox {{ spacing: 16px; }} QCheckBox::indicator {{ width: {TOUCH // 2}px; "
                                  f"height: {TOUCH // 2}px; }}")
        self.forgot.setMinimumHeight(TOUCH)
        self.forgot.toggled.connect(self.forgot_enabled_changed.emit)
        self.back_button = _button()
        self.leave_button = _button("quiet")
        self.back_button.clicked.connect(self.back_clicked.emit)
        self.leave_button.clicked.connect(self.leave_clicked.emit)
        self.return_label.setBuddy(self.return_seconds)
        form = QFormLayout()
        form.setVerticalSpacing(24)
        stepper = QHBoxLayout()
        stepper.setSpacing(12)
        for widget in (self.fewer, self.return_seconds, self.more):
            stepper.addWidget(widget)
        stepper.addStretch(1)
        form.addRow(self.return_label)           # the words on their own line: they never wrap beside the number
        form.addRow(stepper)
        form.addRow(self.forgot)
        buttons = QHBoxLayout()
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.headline)
        column.addSpacing(24)
        column.addLayout(form)
        column.addSpacing(36)
        column.addLayout(buttons)
        column.addStretch(2)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addLayout(column, 6)
        row.addStretch(1)
        self.retranslate()

    def load(self, return_seconds: float, forgot_enabled: bool) -> None:
        for w in (self.return_seconds, self.forgot):
            w.blockSignals(True)
        self.return_seconds.setValue(int(round(return_seconds)))
        self.forgot.setChecked(bool(forgot_enabled))
        for w in (self.return_seconds, self.forgot):
            w.blockSignals(False)

    def retranslate(self) -> None:
        self.headline.setText(self.tr("Kiosk settings"))
        self.return_label.setText(self.tr("Back to the start after (seconds)"))
        self.return_seconds.setAccessibleName(self.tr("Seconds before going back to the start"))
        self.forgot.setText(self.tr("Offer \"Forgot your ticket?\" (email and last name)"))
        self.forgot.setAccessibleName(self.forgot.text())
        self.back_button.setText(self.tr("Back to the kiosk"))
        self.back_button.setAccessibleName(self.back_button.text())
        self.leave_button.setText(self.tr("Leave kiosk mode"))
        self.leave_button.setAccessibleName(self.leave_button.text())


class ForgotLookup(QObject):
    """Finds a forgotten ticket from an e-mail and a last name; the answer never says which was wrong."""

    found = Signal(int)           # the attendee whose ticket it is: check them in
    not_found = Signal()          # no match, or too many tries (for the sound)
    failed = Signal(str)          # the lookup could not run (the database): the person goes to the desk

    def __init__(self, page: ForgotPage, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.page = page
        self.db_path = db_path
        self.station = ""

    def lookup(self, email: str, last_name: str) -> None:
        from kiosk.forgot_ticket import find_ticket

        if not email.strip() or "@" not in email or not last_name.strip():
            self.page.show_message("incomplete")
            return
        self.page.set_busy(True)
        self.page.show_message("searching")
        station = self.station
        run_task(lambda db: find_ticket(db, email, last_name, station=station), db_path=self.db_path, owner=self,
                 on_done=self._answered, on_error=self._failed, what=LOOKING)

    def _failed(self, message: str) -> None:
        self.page.set_busy(False)
        self.failed.emit(message)

    def _answered(self, lookup) -> None:
        from kiosk import forgot_ticket

        self.page.set_busy(False)
        if lookup.outcome == forgot_ticket.FOUND:
            self.page.show_message("")
            self.found.emit(lookup.attendee_id)
            return
        key = {forgot_ticket.RATE_LIMITED: "rate_limited", forgot_ticket.INCOMPLETE: "incomplete"}
        self.page.show_message(key.get(lookup.outcome, "no_match"))
        self.not_found.emit()

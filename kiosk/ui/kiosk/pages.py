"""The kiosk's screens: idle (scan your ticket), result (welcome / already / see the desk), forgot
your ticket, and the organizer's kiosk settings (behind the PIN).

Each page only shows and asks; the kiosk window decides what happens. Every page has
`retranslate()`, called on a language change, and every control an accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, QTime, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from kiosk.ui import i18n
from kiosk.ui.kiosk import look
from kiosk.ui.kiosk.camera_view import CameraView
from kiosk.ui.kiosk.outcome import ALREADY, DESK, PROBLEM, WELCOME, KioskScreen


def _label(role: str, *, wrap: bool = True, centre: bool = True) -> QLabel:
    label = QLabel()
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    if centre:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _button(role: str = "") -> QPushButton:
    button = QPushButton()
    if role:
        button.setProperty("role", role)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class _Page(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kioskPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def retranslate(self) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class IdlePage(_Page):
    """"Scan your ticket", the mirrored camera with its frame, the language toggle, the clock."""

    language_chosen = Signal(str)
    forgot_clicked = Signal()

    def __init__(self, languages: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.event_name = _label("soft", centre=False)
        self.language_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        top = QHBoxLayout()
        top.addWidget(self.event_name, 1)
        for code in languages:
            button = _button("lang")
            button.setCheckable(True)
            button.setText(code.upper())
            button.setAccessibleName(i18n.language_name(code))
            button.setToolTip(i18n.language_name(code))
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            group.addButton(button)
            self.language_buttons[code] = button
            top.addWidget(button)
        self.headline = _label("headline")
        self.instructions = _label("body")
        self.camera = CameraView()
        self.camera_status = _label("soft")
        self.notice = _label("message")
        self.notice.hide()
        self.clock = _label("soft", centre=False)
        self.forgot_button = _button("quiet")
        self.forgot_button.clicked.connect(self.forgot_clicked.emit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.clock, 1)
        bottom.addWidget(self.forgot_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(self.instructions)
        layout.addWidget(self.notice)
        layout.addWidget(self.camera, 1)
        layout.addWidget(self.camera_status)
        layout.addLayout(bottom)
        self._camera_text = ""
        self.retranslate()

    def set_language(self, code: str) -> None:
        for c, button in self.language_buttons.items():
            button.setChecked(c == code)

    def set_event_name(self, name: str) -> None:
        self._event = name
        self.retranslate()

    def set_camera_status(self, text: str) -> None:
        self._camera_state = ""
        self._camera_text = text
        self.camera_status.setText(text)

    def set_camera_state(self, state: str) -> None:
        """The camera worker's state (starting, ready, reconnecting, ended, stopped), in words."""
        self._camera_state = state
        self.retranslate()

    def _camera_words(self) -> str:
        return {
            "starting": self.tr("Starting the camera..."),
            "ready": self.tr("Camera ready"),
            "reconnecting": self.tr("The camera is reconnecting: you can use the ticket scanner meanwhile"),
            "ended": self.tr("Camera off: please use the ticket scanner"),
            "stopped": self.tr("Camera off: please use the ticket scanner"),
        }.get(getattr(self, "_camera_state", ""), "")

    def update_clock(self) -> None:
        loc = i18n.locale_for()
        self.clock.setText(f"{loc.toString(QDate.currentDate(), loc.FormatType.LongFormat)}  ·  "
                           f"{loc.toString(QTime.currentTime(), loc.FormatType.ShortFormat)}")

    def retranslate(self) -> None:
        name = getattr(self, "_event", "")
        self.event_name.setText(i18n.arg(self.tr("Welcome to %1"), name) if name else "")
        self.headline.setText(self.tr("Scan your ticket"))
        self.instructions.setText(self.tr("Hold the QR code inside the frame, facing the camera, "
                                          "or use the scanner."))
        self.forgot_button.setText(self.tr("Forgot your ticket?"))
        self.forgot_button.setAccessibleName(self.tr("Forgot your ticket? Find it with your email"))
        self.camera.setAccessibleName(self.tr("Camera picture: hold your ticket's code inside the frame"))
        words = self._camera_words()
        if words:
            self._camera_text = words
            self.camera_status.setText(words)
            self.camera.set_placeholder(words)
        elif not self._camera_text:
            self.camera.set_placeholder(self.tr("No camera here: please use the ticket scanner"))
        self.update_clock()


class ResultPage(_Page):
    """One check-in's outcome in icon, words and colour; a tap anywhere goes back to the start."""

    tapped = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("resultPage")
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline = _label("headline")
        self.body = _label("body")
        self.badge = _label("body")
        self.hint = _label("soft")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(2)
        layout.addWidget(self.icon)
        layout.addSpacing(20)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        layout.addWidget(self.badge)
        layout.addStretch(3)
        layout.addWidget(self.hint)
        self.shown: KioskScreen | None = None
        self.printing = False
        self.icon_size = 160

    def show_screen(self, screen: KioskScreen, printing: bool = False) -> None:
        self.shown, self.printing = screen, printing
        self.retranslate()

    def set_printing(self, printing: bool) -> None:
        self.printing = printing
        self.retranslate()

    def set_icon_size(self, size: int) -> None:
        self.icon_size = size
        self.retranslate()

    def retranslate(self) -> None:
        screen = self.shown
        if screen is None:
            return
        lk = look.SCREENS[screen.screen]
        self.setStyleSheet(f"QWidget#resultPage {{ background: {lk.background}; }} "
                           f"QWidget#resultPage QLabel {{ color: {lk.text}; }}")
        from kiosk.ui.verdicts import draw_icon

        self.icon.setPixmap(draw_icon(lk.shape, self.icon_size, lk.text))
        self.badge.setVisible(screen.screen == WELCOME and self.printing)
        self.badge.setText(self.tr("Your badge is printing: pick it up at the printer."))
        self.hint.setText(self.tr("Next person: scan your ticket"))
        if screen.screen == WELCOME:
            self.icon.setAccessibleName(self.tr("Checked in"))
            self.headline.setText(i18n.arg(self.tr("Welcome, %1!"), screen.first_name) if screen.first_name
                                  else self.tr("Welcome!"))
            self.body.setText(self.tr("You're checked in. Enjoy the event!"))
        elif screen.screen == ALREADY:
            self.icon.setAccessibleName(self.tr("Already checked in"))
            self.headline.setText(self.tr("You're already checked in"))
            self.body.setText(self.tr("Ask at the desk if you need a new badge."))
        elif screen.screen == DESK:
            self.icon.setAccessibleName(self.tr("Please see the registration desk"))
            self.headline.setText(self.tr("Please see the registration desk"))
            self.body.setText(self.tr("We couldn't check you in with this code. "
                                      "The team at the registration desk will be happy to help."))
        elif screen.screen == PROBLEM:
            self.icon.setAccessibleName(self.tr("Not saved"))
            self.headline.setText(self.tr("Sorry, this kiosk has a problem"))
            self.body.setText(self.tr("Your check-in was not saved. Please go to the registration desk."))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.tapped.emit()
        super().mousePressEvent(event)


class ForgotPage(_Page):
    """Email and last name find the ticket; the answer never says whether an email is known."""

    submitted = Signal(str, str)
    back_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.headline = _label("headline")
        self.explain = _label("body")
        self.email = QLineEdit()
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.last_name = QLineEdit()
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
        form = QFormLayout()
        form.setVerticalSpacing(18)
        form.setHorizontalSpacing(24)
        form.addRow(self.email_label, self.email)
        form.addRow(self.last_name_label, self.last_name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.find_button)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.headline)
        column.addWidget(self.explain)
        column.addSpacing(24)
        column.addLayout(form)
        column.addWidget(self.message)
        column.addSpacing(24)
        column.addLayout(buttons)
        column.addStretch(2)
        row = QHBoxLayout(self)
        row.addStretch(1)
        row.addLayout(column, 6)
        row.addStretch(1)
        self._message_key = ""
        self.retranslate()

    def reset(self) -> None:
        self.email.clear()
        self.last_name.clear()
        self.set_busy(False)
        self.show_message("")
        self.email.setFocus()

    def set_busy(self, busy: bool) -> None:
        for w in (self.email, self.last_name, self.find_button):
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
        self.explain.setText(self.tr("Type the email address you registered with and your last name."))
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
        self.return_seconds = QSpinBox()
        self.return_seconds.setRange(2, 60)
        self.return_seconds.valueChanged.connect(self.return_seconds_changed.emit)
        self.forgot = QCheckBox()
        self.forgot.toggled.connect(self.forgot_enabled_changed.emit)
        self.back_button = _button()
        self.leave_button = _button("quiet")
        self.back_button.clicked.connect(self.back_clicked.emit)
        self.leave_button.clicked.connect(self.leave_clicked.emit)
        self.return_label.setBuddy(self.return_seconds)
        form = QFormLayout()
        form.setVerticalSpacing(24)
        form.addRow(self.return_label, self.return_seconds)
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


class CornerHotspot(QWidget):
    """An invisible square in a corner: holding it down for `hold_ms` asks for the organizer PIN."""

    held = Signal()

    def __init__(self, parent: QWidget, hold_ms: int = 3000):
        super().__init__(parent)
        from PySide6.QtCore import QTimer

        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.resize(90, 90)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.held.emit)
        self.setAccessibleName("Staff")

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._timer.start()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._timer.stop()

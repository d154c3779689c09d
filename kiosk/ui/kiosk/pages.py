"""The kiosk's screens an attendee sees: idle (scan your ticket) and result (welcome / already / not
valid today, with the days it is for / see the desk); the forms (forgot your ticket, the organizer's
settings, the first PIN) are in kiosk/ui/kiosk/forms.py and pin_setup.py. The clock on the idle page
is the event's (kiosk/clock.py), never the computer's.

Each page only shows and asks; the kiosk window decides what happens (kiosk/ui/kiosk/flow.py). Every
page has `retranslate()`, called on a language change, and every control an accessible name.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QVBoxLayout, QWidget)

from kiosk.ui import i18n
from kiosk.ui.kiosk import look
from kiosk.ui.camera_view import CameraView
from kiosk.ui.kiosk.outcome import ALREADY, DESK, NOT_TODAY, PROBLEM, WELCOME, KioskScreen


def _label(role: str, *, wrap: bool = True, centre: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)     # a name from an export is text, never HTML or an image
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    if wrap:    # a long word wraps or is cut at the screen's edge; it never widens the fullscreen window
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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
        self.camera = CameraView(guide=True)
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

    def set_event_name(self, name: str, timezone_name: str = "UTC") -> None:
        self._event = name
        self.timezone = timezone_name
        self.retranslate()

    def set_camera_status(self, text: str) -> None:
        self._camera_state = ""
        self._camera_text = text
        self.camera_status.setText(text)

    def set_camera_state(self, state: str) -> None:
        """The camera worker's state (starting, ready, reconnecting, ended, stopped), in words."""
        self._camera_state = state
        if state != "ready":
            self.camera.clear_image()
        self.retranslate()

    def set_margins(self, margin: int) -> None:
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin, margin // 2, margin, margin // 2)

    def _camera_words(self) -> str:
        return {
            "starting": self.tr("Starting the camera..."),
            "ready": self.tr("Camera ready"),
            "reconnecting": self.tr("The camera is reconnecting: you can use the ticket scanner meanwhile"),
            "ended": self.tr("Camera off: please use the ticket scanner"),
            "stopped": self.tr("Camera off: please use the ticket scanner"),
        }.get(getattr(self, "_camera_state", ""), "")

    def update_clock(self) -> None:
        """Today and the time in the event's zone, in the kiosk's language."""
        from kiosk.clock import format_instant

        now = datetime.now(timezone.utc)
        lang = i18n.current_language()
        zone = getattr(self, "timezone", "UTC")
        self.clock.setText(f"{format_instant(now, zone, 'day', lang)}  ·  {format_instant(now, zone, 'time', lang)}")

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

    def badge_queued(self, attendee: dict | None) -> None:
        """A badge was queued: "your badge is printing" when it is the person welcomed on screen."""
        shown = self.shown
        if self.isVisible() and shown and shown.screen == WELCOME and attendee and \
                attendee.get("id") == shown.attendee_id:
            self.set_printing(True)

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
        self.body.setStyleSheet("font-weight: bold;" if screen.screen == NOT_TODAY else "")   # the day stands out
        self.badge.setText(self.tr("Your badge is printing: pick it up at the printer."))
        self.hint.setText(self.tr("Next person: scan your ticket"))
        if screen.screen == WELCOME:
            self.icon.setAccessibleName(self.tr("Checked in"))
            self.headline.setText(i18n.arg(self.tr("Welcome, %1!"), screen.first_name) if screen.first_name
                                  else self.tr("Welcome!"))
            self.body.setText(self.tr("You're checked in. Enjoy the event!"))
        elif screen.screen == NOT_TODAY:
            from kiosk.clock import valid_on

            self.icon.setAccessibleName(self.tr("Not valid today"))
            self.headline.setText(self.tr("Your ticket is not for today"))
            self.body.setText(i18n.arg(self.tr("It is %1."), valid_on(screen.days, i18n.current_language())))
            self.badge.setText(self.tr("Please come back then, or see the registration desk if this is a mistake."))
            self.badge.setVisible(True)
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

"""The self-scan kiosk at the door: fullscreen, locked down, English and French. Wiring only.

`KioskWindow(db_path, camera=None, station=None)` shows "Scan your ticket" over a mirrored camera picture and takes a
USB scanner too. A scan is checked in off the GUI thread by the kiosk's workers (workers.py); the person sees only
their first name, "already checked in", or a kind "please see the registration desk", never another person's details
(outcome.py). Each outcome has its own icon, words, colour and sound; after `kiosk_return_seconds` the kiosk goes back
to the start. Which page shows and what each event leads to is the page state machine's (flow.py); the pages are in
pages.py and forms.py, the keys the kiosk keeps in keyguard.py. The settings are read on a task at start and every
later change applies at once (a settings watcher).

Lockdown: never without an organizer PIN (an event with none opens on "Set the organizer PIN", pin_setup.py, and takes
no scan until it is set). Escape, Alt+F4, Ctrl+Q, Ctrl+W do not leave; `closeEvent` refuses until the PIN was given.
Ctrl+Shift+L, or holding the top-left corner for three seconds, asks for it; then the organizer can change the kiosk's
settings or leave kiosk mode (`left_kiosk`; the app's language is put back). The kiosk keeps the keyboard
(keyguard.FocusKeeper: Alt+Tab or another window brings it back) and listens to the scanner on every page, so a burst
never types into a field. For the next person: a result goes back to the start, so does a form nobody touched for a
while (emptied), and the language goes back to the kiosk's own (language.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedLayout, QWidget

from kiosk.scan.dedupe import RecentScans
from kiosk.ui.kiosk import flow, look
from kiosk.ui.kiosk.config import KioskConfig
from kiosk.ui.kiosk.forms import ForgotLookup, ForgotPage, OrganizerPage
from kiosk.ui.kiosk.keyguard import FocusKeeper, KeyGuard, ScreenGuard
from kiosk.ui.kiosk.language import KioskLanguage
from kiosk.ui.kiosk.outcome import KioskScreen, kiosk_screen, problem_screen
from kiosk.ui.kiosk.pages import CornerHotspot, IdlePage, ResultPage
from kiosk.ui.kiosk.pin_setup import PinSetupPage
from kiosk.ui.kiosk.workers import KioskWorkers, kiosk_start
from kiosk.ui.pin_dialog import PinPanel
from kiosk.ui.print_service import PrintService
from kiosk.ui.sounds import SOUND_OF_VERDICT, VerdictSounds
from kiosk.ui.threads import run_task
from kiosk.ui.wedge_filter import WedgeFilter

log = logging.getLogger(__name__)

#: Pages that go back to the start by themselves after this long without a touch or a key (flow.IDLE_MS).
IDLE_TIMEOUT_MS = 60_000
READING_SETTINGS = QT_TRANSLATE_NOOP("Tasks", "reading the kiosk's settings")


class KioskWindow(QWidget):
    """The fullscreen self-scan kiosk; see the module docstring."""

    left_kiosk = Signal()
    screen_shown = Signal(str)     # setup, idle, welcome, already, not_today, desk, problem, pin, forgot, organizer
    configured = Signal()          # the settings were read (at start, and after each change)

    def __init__(self, db_path: str | Path, camera: str | None = None, station: str | None = None,
                 parent: QWidget | None = None, *, fullscreen: bool = True, start_workers: bool = True,
                 camera_loop: bool = False, print_service: PrintService | None = None,
                 keep_focus: bool | None = None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint
                         | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(look.PLACEHOLDER_TEXT))
        self.setPalette(palette)
        self.db_path = Path(db_path)
        self.camera_state = ""
        self.may_close = False
        self._closed = False
        self.started = False            # scans are taken once the event is read and a PIN is set
        self._early = ""                 # a scan that came while the event was being read
        self.last_sound = ""
        self._scale: look.TypeScale | None = None
        self.flow = flow.KioskFlow()
        self.config = KioskConfig()
        self.recent = RecentScans(self.config.dedupe_seconds)
        app = _app()
        self.lang = KioskLanguage(self)
        self.lang.changed.connect(self._language_changed)
        self.sounds = VerdictSounds()

        self.idle_page = IdlePage(self.lang.available)
        self.result_page = ResultPage()
        self.pin_page = PinPanel(self.db_path)
        self.forgot_page = ForgotPage()
        self.organizer_page = OrganizerPage()
        self.setup_page = PinSetupPage(self.db_path)
        self.pages: dict[str, QWidget] = {flow.IDLE: self.idle_page, flow.RESULT: self.result_page,
                                          flow.PIN: self.pin_page, flow.FORGOT: self.forgot_page,
                                          flow.ORGANIZER: self.organizer_page, flow.SETUP: self.setup_page}
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.idle_page.set_language(self.language)
        self.idle_page.language_chosen.connect(self.set_language)
        self.idle_page.forgot_clicked.connect(self.show_forgot)
        self.result_page.tapped.connect(self.next_person)
        self.setup_page.done.connect(self._pin_set)
        self.setup_page.cancelled.connect(self.leave_kiosk)
        self.forgot_page.keyboard.typed.connect(self.touched)
        self.pin_page.unlocked.connect(self._on_unlocked)
        self.pin_page.cancelled.connect(self.show_idle)
        self.forgot_page.submitted.connect(self.forgot_lookup)
        self.forgot = ForgotLookup(self.forgot_page, self.db_path, parent=self)
        self.forgot.not_found.connect(lambda: self._play("unknown"))
        self.forgot.failed.connect(lambda message: self._on_failed("checkin", message))
        self.forgot_page.back_clicked.connect(self.show_idle)
        self.organizer_page.back_clicked.connect(self.show_idle)
        self.organizer_page.leave_clicked.connect(self.leave_kiosk)
        self.hotspot = CornerHotspot(self)
        self.hotspot.held.connect(self.ask_for_pin)
        self.hotspot.raise_()

        self.return_timer = QTimer(self, singleShot=True)
        self.return_timer.timeout.connect(self.next_person)
        self.inactivity_timer = QTimer(self, singleShot=True, interval=IDLE_TIMEOUT_MS)
        self.inactivity_timer.timeout.connect(self._inactive)
        self.clock_timer = QTimer(self, interval=15_000)
        self.clock_timer.timeout.connect(self.idle_page.update_clock)
        self.clock_timer.start()

        self._guard = KeyGuard(self)
        app.installEventFilter(self._guard)
        self._screen_guard = ScreenGuard(self, enforce=fullscreen)
        self.focus_keeper = FocusKeeper(self, enforce=fullscreen if keep_focus is None else keep_focus)
        self.wedge: WedgeFilter | None = WedgeFilter(self, self.config.wedge, db_path=self.db_path, parent=self)
        self.wedge.scanned.connect(self.on_scan)
        self.wedge.install()
        self.workers = KioskWorkers(self.db_path, station, print_service=print_service, parent=self)
        self.forgot.found.connect(self.workers.check_in_attendee)
        save = self.workers.save           # the organizer page's settings: saved, then applied everywhere
        self.organizer_page.return_seconds_changed.connect(lambda s: save("kiosk_return_seconds", float(s)))
        self.organizer_page.forgot_enabled_changed.connect(lambda on: save("forgot_ticket_enabled", bool(on)))
        for signal, slot in ((self.workers.checked_in, self._on_checked_in), (self.workers.failed, self._on_failed),
                             (self.workers.settings_changed, self.apply_settings),
                             (self.workers.print_queued, self.result_page.badge_queued), (self.workers.preview, self.idle_page.camera.set_image),
                             (self.workers.camera_state, self._on_camera_state), (self.workers.scanned, self.on_scan)):
            signal.connect(slot)
        self.idle_page.forgot_button.setVisible(False)
        self.show_idle()
        self.resize(1280, 800)
        run_task(kiosk_start, db_path=self.db_path, owner=self, on_done=self._on_start,
                 on_error=self._on_start_failed, what=READING_SETTINGS)
        if start_workers:
            self.workers.start(camera, loop=camera_loop)
        if not camera:
            self.idle_page.set_camera_status("")

    worker = property(lambda self: self.workers.checkin, doc="the CheckinWorker")
    camera_worker = property(lambda self: self.workers.camera, doc="the CameraWorker, if a camera is used")
    printing = property(lambda self: self.workers.printing, doc="the PrintService, once badges print")
    station = property(lambda self: self.workers.station, doc="this station's name")

    # -- settings -----------------------------------------------------------------------------
    def _on_start(self, start: dict) -> None:
        self.idle_page.set_event_name(start["event"].get("name", ""), start["event"].get("timezone") or "UTC")
        self.lang.for_organizer(bool(start.get("needs_pin")))   # the first PIN: the organizer's language
        self.apply_settings(start["settings"])
        if start.get("needs_pin"):
            self.setup_page.reset()
            self._show(flow.SETUP)
            self.setup_page.first.setFocus()
        else:
            self.started = True
            self.show_idle()
        early, self._early = self._early, ""
        if early and self.started:
            self.on_scan(early)

    def _pin_set(self) -> None:
        """The organizer set the PIN: the kiosk starts."""
        log.info("the organizer PIN was set at the kiosk; kiosk mode starts")
        self.started = True
        self.lang.for_attendees()
        self.show_idle()

    def _on_start_failed(self, message: str) -> None:
        log.error("the kiosk cannot read its event: %s", message)  # the details stay in the log, not on the door
        self.idle_page.set_event_name("")
        self.started = True               # a scan gets "please see the desk" (the check-in says why in the log)
        self.show_idle()

    def apply_settings(self, values: dict[str, Any]) -> None:
        """The registry's values, at start or after any change (here, in a terminal, by a sync)."""
        if self._closed:
            return
        config = self.config = KioskConfig.from_values(values)
        self.recent.window_s = config.dedupe_seconds
        if self.wedge is not None:
            self.wedge.set_settings(config.wedge)
        self.idle_page.forgot_button.setVisible(config.forgot_enabled)
        self.lang.configure(config.language)      # a new starting language: used at once
        if self.flow.page == flow.ORGANIZER:
            self.organizer_page.load(config.return_seconds, config.forgot_enabled)
        self.configured.emit()

    @Slot(str)
    def _on_camera_state(self, state: str) -> None:
        self.camera_state = state
        self.idle_page.set_camera_state(state)

    def allow_close(self) -> None:
        """For the app shell quitting on its own (--quit-after, the system shutting down): no PIN asked."""
        self.may_close = True
        self._screen_guard.enforce = False
        self.focus_keeper.enforce = False

    def shutdown(self) -> None:
        """Stop the workers (idempotent); the app shell calls it after the event loop ends."""
        self.workers.stop()         # the check-in in hand is finished, never cut off
        if self.wedge is not None:
            self.wedge.stop()
            self.wedge = None
        _app().removeEventFilter(self._guard)

    # -- scans and results ---------------------------------------------------------------------
    @Slot(str)
    def on_scan(self, payload: str) -> None:
        """A scanned payload (camera or wedge): check it in, unless an organizer is at the kiosk."""
        if not self.started and self.flow.page != flow.SETUP:
            self._early = payload             # the event is still being read: checked in once it is
            return
        if not self.flow.takes_scans() or not self.started:
            log.info("scan ignored: the organizer screen is open, or the kiosk has not started")
            return
        if not payload.strip() or not self.recent.accept(payload):
            return
        self.touched()
        if not self.workers.check_in_payload(payload):
            log.error("scan ignored: the check-in worker is not running")

    @Slot(object)
    def _on_checked_in(self, result) -> None:
        self.show_result(kiosk_screen(result, self.lang.current))

    @Slot(str, str)
    def _on_failed(self, kind: str, message: str) -> None:
        log.error("kiosk %s failed: %s", kind, message)  # the details stay in the log, not on the door
        if kind in ("checkin", "open"):
            self.show_result(problem_screen())

    def show_result(self, screen: KioskScreen) -> None:
        self.result_page.show_screen(screen)
        self._show(flow.RESULT, screen.screen)
        self.last_sound = self._play(screen.verdict)
        self.return_timer.start(int(self.config.return_seconds * 1000))

    def _play(self, verdict: str) -> str:
        self.sounds.play(verdict)     # a sound that fails is logged and skipped: it never stops a check-in
        return SOUND_OF_VERDICT.get(verdict, "stop")

    # -- forgot your ticket ---------------------------------------------------------------------
    def show_forgot(self) -> None:
        if not self.config.forgot_enabled or not self.started:
            return
        self.forgot_page.reset()
        self._show(flow.FORGOT)
        self.forgot_page.email.setFocus()

    @Slot(str, str)
    def forgot_lookup(self, email: str, last_name: str) -> None:
        self.touched()
        if self.config.forgot_enabled:
            self.forgot.station = self.station        # failed tries are counted per station
            self.forgot.lookup(email, last_name)

    # -- pages ----------------------------------------------------------------------------------
    def current_page(self) -> str:
        return self.flow.page

    def _show(self, name: str, label: str | None = None) -> None:
        leaving = self.flow.page
        enter = self.flow.go(name)
        self.stack.setCurrentWidget(self.pages[name])
        self.hotspot.raise_()
        if leaving == flow.FORGOT and name != flow.FORGOT:
            self.forgot_page.reset()          # the next person never sees this one's e-mail and name
        if enter.inactivity:
            self.inactivity_timer.start(flow.IDLE_MS.get(name, IDLE_TIMEOUT_MS))
        else:
            self.inactivity_timer.stop()
        if not enter.returns:
            self.return_timer.stop()
        if name != flow.IDLE:
            self.lang.timer.stop()
        self.screen_shown.emit(label or name)

    @Slot()
    def show_idle(self) -> None:
        if not self.started:
            return
        self.idle_page.update_clock()
        self._show(flow.IDLE)
        self.setFocus()

    @Slot()
    def next_person(self) -> None:
        """The person is gone (their result shown, or nobody touched the kiosk): the start, in the
        kiosk's own language, every form empty."""
        self.lang.back_to_start()
        self.show_idle()

    def go_back(self) -> None:
        """Escape: back to the start from any page; never out of the kiosk."""
        if self.flow.on_escape() is not None:
            self.show_idle()

    @Slot()
    def ask_for_pin(self) -> None:
        if self._closed or not self.flow.may_ask_for_pin():
            return
        self.pin_page.reset()
        self._show(flow.PIN)

    def _on_unlocked(self) -> None:
        self.organizer_page.load(self.config.return_seconds, self.config.forgot_enabled)
        self._show(flow.ORGANIZER)

    def touched(self) -> None:
        self.lang.touched()
        if self.inactivity_timer.isActive():
            self.inactivity_timer.start()

    def _inactive(self) -> None:
        if self.flow.on_inactive(self.pin_page.is_waiting() or self.pin_page.is_busy()) == flow.IDLE:
            self.next_person()
        elif self.flow.page in flow.TIMED_OUT:
            self.inactivity_timer.start()

    @Slot()
    def leave_kiosk(self) -> None:
        """Only from the organizer page, i.e. after the PIN: stop, close, give the app back."""
        if not self.flow.may_leave():
            return
        self.may_close = True
        self.close()

    # -- language -----------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.lang.current

    @property
    def languages(self) -> list[str]:
        return self.lang.available

    @Slot(str)
    def set_language(self, code: str) -> None:
        """A person chose a language on the start page (back to the kiosk's once they are gone)."""
        self.lang.chosen(code)
        self.touched()

    def _language_changed(self, code: str) -> None:
        self.idle_page.set_language(code)
        self.forgot_page.set_language(code)
        self.retranslate()

    def retranslate(self) -> None:
        for page in self.pages.values():
            page.retranslate()  # type: ignore[attr-defined]
        self.setWindowTitle(self.tr("Self check-in"))
        self.setAccessibleName(self.tr("Self check-in kiosk"))

    # -- window ---------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        scale = look.TypeScale.for_height(self.height())
        if scale != self._scale:        # type sized for the screen: readable from 1.5 m on any of them
            self._scale = scale
            self.setStyleSheet(look.stylesheet(scale))
            self.result_page.set_icon_size(scale.icon)
            self.idle_page.set_margins(max(self.width() // 32, 24))
        self.hotspot.setGeometry(0, 0, max(self.width() // 14, 70), max(self.height() // 9, 70))
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.may_close and not (self.flow.page == flow.SETUP and not self.started):
            event.ignore()
            log.info("closing the kiosk was refused: the organizer PIN is needed")
            QTimer.singleShot(0, self.ask_for_pin)
            return
        self._closed = True
        self._screen_guard.enforce = False
        self.focus_keeper.enforce = False
        self.shutdown()
        self.lang.restore_app()
        super().closeEvent(event)
        self.left_kiosk.emit()


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the kiosk runs in a QApplication"
    return app

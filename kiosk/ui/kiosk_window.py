"""The self-scan kiosk at the door: fullscreen, locked down, English and French.

`KioskWindow(db_path, camera=None, station="kiosk")` shows "Scan your ticket" over a mirrored live
camera picture (when a camera is given) and accepts a USB scanner (keyboard wedge) too. A scan is
checked in off the GUI thread (kiosk.ui.checkin_worker); the person sees only their first name
("Welcome, Ana!"), "already checked in", or a kind "please see the registration desk" - never
another person's details (kiosk.ui.kiosk.outcome). Each outcome has its own icon, words, colour
and sound; after `kiosk_return_seconds` the kiosk goes back to the start.

Lockdown: there is no roster, search or settings here. Escape, Alt+F4, Ctrl+Q and Ctrl+W do not
leave; `closeEvent` refuses until the organizer PIN was given (kiosk.pin: slow-down, lock-out,
counted in the event database). Ctrl+Shift+L, or holding the top-left corner for three seconds,
asks for the PIN; then the organizer can change the kiosk's settings or leave kiosk mode
(`left_kiosk` is emitted, the window closes and the language the app had is put back).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QStackedLayout, QWidget

from kiosk.store import settings
from kiosk.scan.dedupe import RecentScans
from kiosk.store import open_event_db
from kiosk.ui import i18n
from kiosk.ui.kiosk import look
from kiosk.ui.kiosk.outcome import WELCOME, KioskScreen, kiosk_screen, problem_screen
from kiosk.ui.kiosk.pages import CornerHotspot, ForgotPage, IdlePage, OrganizerPage, ResultPage
from kiosk.ui.pin_dialog import PinPanel

log = logging.getLogger(__name__)

#: Pages that go back to the start by themselves after this long without a touch or a key.
IDLE_TIMEOUT_MS = 60_000
#: Keys that would leave or close a window elsewhere; the kiosk swallows them.
_BLOCKED = {
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
}
_PIN_SHORTCUT = (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
_MODS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
         | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)


def _wedge_settings(db):
    from kiosk.scan.wedge import WedgeSettings

    return WedgeSettings.from_db(db)


class _KeyGuard(QObject):
    """Application-wide filter: the kiosk's keys never reach a shortcut that would leave it."""

    def __init__(self, window: "KioskWindow"):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(obj, QWidget) or obj.window() is not self.window or self.window.may_close:
            return False
        combo = (event.key(), event.modifiers() & _MODS)
        if combo == _PIN_SHORTCUT:
            event.accept()
            if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                self.window.ask_for_pin()
            return True
        if combo in _BLOCKED:
            event.accept()
            if kind == QEvent.Type.KeyPress and combo[0] == Qt.Key.Key_Escape:
                self.window.go_back()
            return True
        if kind == QEvent.Type.KeyPress:
            self.window.touched()
        return False


class KioskWindow(QWidget):
    """The fullscreen self-scan kiosk; see the module docstring."""

    left_kiosk = Signal()
    screen_shown = Signal(str)     # idle, welcome, already, desk, problem, pin, forgot, organizer

    def __init__(self, db_path: str, camera: str | None = None, station: str | None = "kiosk",
                 parent: QWidget | None = None, *, fullscreen: bool = True, start_workers: bool = True,
                 camera_loop: bool = False):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint
                         | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("KioskWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(look.PLACEHOLDER_TEXT))
        self.setPalette(palette)
        self.db_path = Path(db_path)
        self.station = station or "kiosk"
        self.camera_spec = camera
        self.camera_loop = camera_loop
        self.enforce_fullscreen = fullscreen
        self.may_close = False
        self.last_sound = ""
        self._scale: look.TypeScale | None = None
        self._lookups: list = []
        self.db = open_event_db(self.db_path, create=False)
        self._read_settings()
        self.recent = RecentScans(settings.get(self.db, "dedupe_seconds"))

        app = QApplication.instance()
        self._previous_language = i18n.current_language()
        self.languages = i18n.available_languages()
        start_language = settings.get(self.db, "kiosk_language")
        self.language = i18n.install_translator(app, start_language if start_language in self.languages else "en")

        from kiosk.ui.sounds import VerdictSounds

        self.sounds = VerdictSounds()

        # -- pages ---------------------------------------------------------------------------
        self.idle_page = IdlePage(self.languages)
        self.result_page = ResultPage()
        self.pin_page = PinPanel(self.db)
        self.forgot_page = ForgotPage()
        self.organizer_page = OrganizerPage()
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.pages = {"idle": self.idle_page, "result": self.result_page, "pin": self.pin_page,
                      "forgot": self.forgot_page, "organizer": self.organizer_page}
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.idle_page.set_event_name(self.db.event().get("name", ""))
        self.idle_page.set_language(self.language)
        self.idle_page.language_chosen.connect(self.set_language)
        self.idle_page.forgot_clicked.connect(self.show_forgot)
        self.result_page.tapped.connect(self.show_idle)
        self.pin_page.unlocked.connect(self._on_unlocked)
        self.pin_page.cancelled.connect(self.show_idle)
        self.forgot_page.submitted.connect(self.forgot_lookup)
        self.forgot_page.back_clicked.connect(self.show_idle)
        self.organizer_page.back_clicked.connect(self.show_idle)
        self.organizer_page.leave_clicked.connect(self.leave_kiosk)
        self.organizer_page.return_seconds_changed.connect(self._set_return_seconds)
        self.organizer_page.forgot_enabled_changed.connect(self._set_forgot_enabled)
        self.hotspot = CornerHotspot(self)
        self.hotspot.held.connect(self.ask_for_pin)
        self.hotspot.raise_()

        # -- timers --------------------------------------------------------------------------
        self.return_timer = QTimer(self)
        self.return_timer.setSingleShot(True)
        self.return_timer.timeout.connect(self.show_idle)
        self.inactivity_timer = QTimer(self)
        self.inactivity_timer.setSingleShot(True)
        self.inactivity_timer.setInterval(IDLE_TIMEOUT_MS)
        self.inactivity_timer.timeout.connect(self._inactive)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(15_000)
        self.clock_timer.timeout.connect(self.idle_page.update_clock)
        self.clock_timer.start()

        # -- input and workers ---------------------------------------------------------------
        self._guard = _KeyGuard(self)
        app.installEventFilter(self._guard)
        self.worker = None
        self.camera_worker = None
        self.wedge = None
        self._install_wedge()
        if start_workers:
            self._start_worker()
            self._start_camera()
        self._update_forgot_button()
        self.show_idle()
        self.resize(1280, 800)
        self._closed = False

    # -- settings -----------------------------------------------------------------------------
    def _read_settings(self) -> None:
        self.return_seconds = settings.get(self.db, "kiosk_return_seconds")
        self.forgot_enabled = settings.get(self.db, "forgot_ticket_enabled")

    def _set_return_seconds(self, seconds: int) -> None:
        settings.set_value(self.db, "kiosk_return_seconds", float(seconds))
        self.return_seconds = float(seconds)

    def _set_forgot_enabled(self, enabled: bool) -> None:
        settings.set_value(self.db, "forgot_ticket_enabled", bool(enabled))
        self.forgot_enabled = bool(enabled)
        self._update_forgot_button()

    def _update_forgot_button(self) -> None:
        self.idle_page.forgot_button.setVisible(self.forgot_enabled)

    # -- workers --------------------------------------------------------------------------------
    def _install_wedge(self) -> None:
        try:
            from kiosk.ui.wedge_filter import WedgeFilter
        except ImportError:  # pragma: no cover - shipped with the app
            log.info("keyboard-wedge scanner support is not available")
            return
        self.wedge = WedgeFilter(self, _wedge_settings(self.db), parent=self)
        self.wedge.scanned.connect(self.on_scan)
        self.wedge.install()

    def _start_worker(self) -> None:
        from kiosk.ui.checkin_worker import CheckinWorker

        self.worker = CheckinWorker(self.db_path, self.station, parent=self)
        self.worker.checked_in.connect(self._on_checked_in)
        self.worker.print_queued.connect(self._on_print_queued)
        self.worker.failed.connect(self._on_failed)
        self.worker.start()

    def _start_camera(self) -> None:
        if not self.camera_spec:
            self.idle_page.set_camera_status("")
            return
        try:
            from kiosk.ui.camera_worker import CameraWorker
        except ImportError:  # pragma: no cover
            log.warning("the camera worker is not available; use a USB scanner")
            return
        spec = int(self.camera_spec) if str(self.camera_spec).isdigit() else self.camera_spec
        self.camera_worker = CameraWorker(spec, loop=self.camera_loop, mirror_preview=True,
                                          preview_max_width=960, parent=self)
        self.camera_worker.preview.connect(self._on_preview)
        self.camera_worker.payload_scanned.connect(self.on_scan)
        self.camera_worker.state_changed.connect(self._on_camera_state)
        self.camera_worker.start()

    @Slot(QImage)
    def _on_preview(self, image: QImage) -> None:
        self.idle_page.camera.set_image(image)

    @Slot(str)
    def _on_camera_state(self, state: str) -> None:
        self.camera_state = state
        self.idle_page.set_camera_state(state)
        if state != "ready":
            self.idle_page.camera.clear_image()

    def allow_close(self) -> None:
        """For the app shell quitting on its own (--quit-after, the system shutting down): no PIN asked."""
        self.may_close = True

    def shutdown(self) -> None:
        """Stop the workers (idempotent); the app shell calls it after the event loop ends."""
        self._stop_workers()

    def _stop_workers(self) -> None:
        if self.camera_worker is not None:
            self.camera_worker.stop()
            self.camera_worker.wait()
            self.camera_worker = None
        if self.worker is not None:
            self.worker.stop()  # waits for the job in progress
            self.worker = None
        for task in self._lookups:
            task.wait()
        self._lookups.clear()
        if self.wedge is not None:
            self.wedge.uninstall()
            self.wedge = None
        QApplication.instance().removeEventFilter(self._guard)

    # -- scans and results ---------------------------------------------------------------------
    @Slot(str)
    def on_scan(self, payload: str) -> None:
        """A scanned payload (camera or wedge): check it in, unless an organizer is at the kiosk."""
        if self.current_page() in ("pin", "organizer"):
            log.info("scan ignored: the organizer screen is open")
            return
        if not payload.strip() or not self.recent.accept(payload):
            return
        if self.worker is None:
            log.error("scan ignored: the check-in worker is not running")
            return
        self.touched()
        self.worker.check_in_payload(payload, "scan")

    @Slot(object)
    def _on_checked_in(self, result) -> None:
        self.show_result(kiosk_screen(result))

    @Slot(object)
    def _on_print_queued(self, attendee) -> None:
        shown = self.result_page.shown
        if self.current_page() == "result" and shown and shown.screen == WELCOME \
                and attendee and attendee.get("id") == shown.attendee_id:
            self.result_page.set_printing(True)

    @Slot(str, str)
    def _on_failed(self, kind: str, message: str) -> None:
        log.error("kiosk %s failed: %s", kind, message)  # the details stay in the log, not on the door
        if kind in ("checkin", "open"):
            self.show_result(problem_screen())

    def show_result(self, screen: KioskScreen) -> None:
        self.result_page.show_screen(screen)
        self._show("result", screen.screen)
        self.last_sound = self._play(screen.verdict)
        self.return_timer.start(int(self.return_seconds * 1000))

    def _play(self, verdict: str) -> str:
        from kiosk.ui.sounds import SOUND_OF_VERDICT

        try:
            self.sounds.play(verdict)
        except Exception:  # a sound never stops a check-in
            log.info("sound failed", exc_info=True)
        return SOUND_OF_VERDICT.get(verdict, "stop")

    # -- forgot your ticket ---------------------------------------------------------------------
    def show_forgot(self) -> None:
        if not self.forgot_enabled:
            return
        self.forgot_page.reset()
        self._show("forgot")

    @Slot(str, str)
    def forgot_lookup(self, email: str, last_name: str) -> None:
        from kiosk.ui.kiosk.lookup_worker import LookupTask

        self.touched()
        if not self.forgot_enabled:
            return
        if not email.strip() or "@" not in email or not last_name.strip():
            self.forgot_page.show_message("incomplete")
            return
        self.forgot_page.set_busy(True)
        self.forgot_page.show_message("searching")
        task = LookupTask(self.db_path, email, last_name, self.station, parent=self)
        task.done.connect(self._on_lookup)
        task.failed.connect(lambda message: self._on_failed("checkin", message))
        task.finished.connect(lambda t=task: self._lookups.remove(t) if t in self._lookups else None)
        self._lookups.append(task)
        task.start()

    @Slot(object)
    def _on_lookup(self, lookup) -> None:
        from kiosk import forgot_ticket

        self.forgot_page.set_busy(False)
        if lookup.outcome == forgot_ticket.FOUND and self.worker is not None:
            self.forgot_page.show_message("")
            self.worker.check_in_attendee(lookup.attendee_id, "search")
            return
        key = {forgot_ticket.RATE_LIMITED: "rate_limited", forgot_ticket.INCOMPLETE: "incomplete"}
        self.forgot_page.show_message(key.get(lookup.outcome, "no_match"))
        self._play("unknown")

    # -- pages ----------------------------------------------------------------------------------
    def current_page(self) -> str:
        current = self.stack.currentWidget()
        return next((name for name, page in self.pages.items() if page is current), "")

    def _show(self, name: str, label: str | None = None) -> None:
        self.stack.setCurrentWidget(self.pages[name])
        self.hotspot.raise_()
        if name in ("pin", "forgot", "organizer"):
            self.inactivity_timer.start()
        else:
            self.inactivity_timer.stop()
        if name != "result":
            self.return_timer.stop()
        if self.wedge is not None:  # the organizer types the PIN; a scan there is not taken anyway
            if name in ("pin", "organizer"):
                self.wedge.uninstall()
            else:
                self.wedge.install()
        self.screen_shown.emit(label or name)

    @Slot()
    def show_idle(self) -> None:
        self.idle_page.update_clock()
        self._show("idle")
        self.setFocus()

    def go_back(self) -> None:
        """Escape: back to the start from any page; never out of the kiosk."""
        if self.current_page() != "idle":
            self.show_idle()

    @Slot()
    def ask_for_pin(self) -> None:
        if self._closed or self.current_page() in ("pin", "organizer"):
            return
        self.pin_page.reset()
        self._show("pin")

    def _on_unlocked(self) -> None:
        self._read_settings()
        self.organizer_page.load(self.return_seconds, self.forgot_enabled)
        self._show("organizer")

    def touched(self) -> None:
        if self.inactivity_timer.isActive():
            self.inactivity_timer.start()

    def _inactive(self) -> None:
        if self.current_page() in ("pin", "forgot", "organizer") and not self.pin_page.is_waiting():
            self.show_idle()
        elif self.current_page() == "pin":
            self.inactivity_timer.start()

    @Slot()
    def leave_kiosk(self) -> None:
        """Only from the organizer page, i.e. after the PIN: stop, close, give the app back."""
        if self.current_page() != "organizer":
            return
        self.may_close = True
        self.close()

    # -- language -----------------------------------------------------------------------------
    @Slot(str)
    def set_language(self, code: str) -> None:
        self.language = i18n.install_translator(QApplication.instance(), code)
        self.idle_page.set_language(self.language)
        self.retranslate()
        self.touched()

    def retranslate(self) -> None:
        for page in self.pages.values():
            page.retranslate()
        self.setWindowTitle(self.tr("Self check-in"))
        self.setAccessibleName(self.tr("Self check-in kiosk"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Self check-in"))
        elif event.type() == QEvent.Type.WindowStateChange and self.enforce_fullscreen and not self.may_close:
            if not self.windowState() & Qt.WindowState.WindowFullScreen:
                QTimer.singleShot(0, self._fill_screen)
        super().changeEvent(event)

    # -- window ---------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        if self.enforce_fullscreen:
            QTimer.singleShot(0, self._fill_screen)
        super().showEvent(event)

    def _fill_screen(self) -> None:
        """Fullscreen, and the screen's whole area even where no window manager honours fullscreen."""
        if self._closed:
            return
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None and self.geometry() != screen.geometry():
            self.setGeometry(screen.geometry())
        if not self.windowState() & Qt.WindowState.WindowFullScreen:
            self.showFullScreen()

    def resizeEvent(self, event) -> None:  # noqa: N802
        scale = look.TypeScale.for_height(self.height())
        if scale != self._scale:
            self._scale = scale
            self.setStyleSheet(look.stylesheet(scale))
            self.result_page.set_icon_size(scale.icon)
            margin = max(self.width() // 32, 24)
            self.idle_page.layout().setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.hotspot.setGeometry(0, 0, max(self.width() // 14, 70), max(self.height() // 9, 70))
        super().resizeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.may_close:
            event.ignore()
            log.info("closing the kiosk was refused: the organizer PIN is needed")
            QTimer.singleShot(0, self.ask_for_pin)
            return
        self._closed = True
        self._stop_workers()
        self.db.close()
        if self._previous_language != i18n.current_language():
            i18n.install_translator(QApplication.instance(), self._previous_language)
        super().closeEvent(event)
        self.left_kiosk.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

"""What the app opens, and opening another event later: the shell around the desk or kiosk window.

`AppShell(args, prefs).start()` asks `kiosk.launch.plan_launch` (on a task) what to open and shows it:
- the first-run setup (kiosk/ui/organizer/first_run.py) when there is no event yet; the desk opens
  on the event created, opened or on the demo once one is chosen;
- the desk (or, with --kiosk, the kiosk) on the event; the demo video plays as the camera only for
  the demo event, and only when no camera was given (`plan.play_demo_video`);
- kiosk mode on an event without an organizer PIN opens the kiosk on its PIN setup page, where the
  organizer sets one (Cancel there opens the desk instead); any other refusal is said, and the desk
  opens instead;
- a damaged, empty or cut-short file (`plan.damage`) is never opened: the recovery dialog
  (kiosk/ui/organizer/recovery.py) offers its newest good backup, another event, or quitting.
File > New event / Open event / Open recent (kiosk/ui/organizer/events_menu.py) ask the shell to
`switch_to(path)`: the current window stops its workers and closes, and the desk opens on the other
event. The background sync (kiosk/ui/services.py) follows the window it serves. The app quits when
the person closes the window showing (or the setup without a choice), never in between two events.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui import dialogs
from kiosk.ui.threads import run_task

log = logging.getLogger(__name__)

DEMO_VIDEO = Path(__file__).resolve().parents[3] / "resources" / "demo" / "demo-tickets.mp4"


def plan(path: str | None, demo: bool, kiosk: bool, camera_given: bool):
    from kiosk.launch import plan_launch

    return plan_launch(path, demo=demo, kiosk=kiosk, camera_given=camera_given)


class AppShell(QObject):
    """Opens the first-run setup or a window on an event, and switches events; see the module docstring."""

    window_opened = Signal(object)       # the DeskWindow or KioskWindow now showing
    setup_shown = Signal(object)         # the FirstRunSetup now showing

    def __init__(self, *, db: str | None = None, demo: bool = False, kiosk: bool = False, camera: str | None = None,
                 station: str | None = None, sounds: Any = None, prefs: QSettings | None = None,
                 quit_after_ms: int = 0, parent: QObject | None = None):
        super().__init__(parent)
        self.db, self.demo, self.kiosk, self.camera = db, demo, kiosk, camera
        self.station, self.sounds, self.prefs = station, sounds, prefs
        self.quit_after_ms = quit_after_ms
        self.window: Any = None
        self.setup: QWidget | None = None
        self.recovery: Any = None                 # the damaged-file dialog (kiosk/ui/organizer/recovery.py)
        self.services: Any = None
        self.plan: Any = None
        self._stopped = False
        self._quit_on_close: bool | None = None
        self._to_desk = False                # the kiosk's PIN setup was cancelled: the desk is on its way
        # windows closed from inside their own signals (File > Open, the setup's choice): kept until Qt
        # has deleted them after the signal returns (deleteLater), never freed under their own feet
        self._retired: list[QWidget] = []

    def _app(self) -> QApplication | None:
        app = QApplication.instance()
        return app if isinstance(app, QApplication) else None

    # -- starting --------------------------------------------------------------------------------------
    def start(self) -> None:
        app = self._app()
        if app is not None and self._quit_on_close is None:
            # between two events no window shows: the shell says when the app quits, not Qt
            self._quit_on_close = app.quitOnLastWindowClosed()
            app.setQuitOnLastWindowClosed(False)
        run_task(plan, self.db, self.demo, self.kiosk, self.camera is not None, owner=self, on_done=self._planned,
                 on_error=self._cannot_open, what=QT_TRANSLATE_NOOP("Tasks", "opening the event"))

    def switch_to(self, path: str, *, kiosk: bool = False) -> None:
        """Open the desk on another event file (File > Open, New, Open recent); the window showing
        closes once the other event is ready to show."""
        log.info("switching to the event file %s", path)
        self.kiosk = kiosk
        run_task(plan, path, False, kiosk, self.camera is not None, owner=self, on_done=self._planned,
                 on_error=self._cannot_open, what=QT_TRANSLATE_NOOP("Tasks", "opening the event"))

    def purge_event(self, path: str, keep_stats: bool) -> None:
        """File > Delete personal data: the purge needs the file to itself, so the desk and its workers
        close first; the desk reopens on the event afterwards and says what was done."""
        from kiosk.ui.organizer.purge_dialog import PurgeWords, purge_event

        log.info("deleting the personal data of %s (keep_stats=%s)", path, keep_stats)
        self.close_window()

        def said(text: str, warning: bool) -> None:
            def show(window) -> None:
                self.window_opened.disconnect(show)
                dialogs.message(window, QCoreApplication.translate("App", "Personal data"), text,
                                level="warning" if warning else "information")
            self.window_opened.connect(show)
            self.switch_to(path, kiosk=False)

        run_task(purge_event, keep_stats, db_path=Path(path), owner=self,
                 on_done=lambda info: said(*PurgeWords().words(info)), on_error=lambda message: said(message, True),
                 what=QT_TRANSLATE_NOOP("Tasks", "deleting the personal data"))

    def _cannot_open(self, message: str) -> None:
        title = QCoreApplication.translate("App", "Cannot open the event")
        if self.window is None:
            # nothing else is showing: say why, then offer the setup (another file, a new event, the demo)
            dialogs.message(None, title, message, level="critical", on_close=lambda: self._show_setup(None))
        else:
            dialogs.problem(self.window, message, title=title)

    def _planned(self, launch) -> None:
        self._to_desk = False
        if self._stopped:
            return
        if launch.damage is not None:      # a damaged file: offer its newest good backup, never open it
            self._offer_recovery(launch)
            return
        self.plan = launch
        self.close_window()
        if launch.setup:
            self._show_setup(launch)
            return
        kiosk = self.kiosk
        if _needs_pin(launch.refusal):
            launch.refusal = None          # the kiosk opens on its PIN setup page: the organizer sets it there
        if launch.refusal is not None:
            kiosk = False
        self._open_window(launch, kiosk=kiosk)
        if launch.refusal is not None:
            from kiosk.ui import i18n
            from kiosk.ui.failures import known_message

            refusal = launch.refusal
            text = refusal.text(i18n.current_language()) if hasattr(refusal, "text") else known_message(refusal)
            dialogs.problem(self.window, text, title=QCoreApplication.translate("App", "Kiosk mode cannot start"))

    def _offer_recovery(self, launch) -> None:
        from kiosk.ui.organizer.recovery import RecoveryDialog

        recovery = RecoveryDialog(launch.damage, other_event_showing=self.window is not None, parent=self.window)
        recovery.open_requested.connect(lambda path: self.switch_to(path, kiosk=self.kiosk))
        recovery.quit_requested.connect(self._quit)
        self.recovery = dialogs.open_dialog(recovery)
        if self.quit_after_ms:
            QTimer.singleShot(self.quit_after_ms, self._quit)

    def _show_setup(self, launch) -> None:
        from kiosk.ui.organizer.first_run import FirstRunSetup, setup_hint

        state = launch.state if launch is not None else "missing"
        hint = setup_hint(state, launch.hint_en, launch.hint_fr) if launch is not None else ""
        target = str(launch.path) if launch is not None and (self.db or state != "missing") else None
        setup = FirstRunSetup(target=target, state=state, hint=hint)
        setup.chosen.connect(self._setup_chosen)
        setup.rejected.connect(self._setup_closed)
        self.setup = setup
        setup.show()
        self.setup_shown.emit(setup)
        if self.quit_after_ms:
            QTimer.singleShot(self.quit_after_ms, self._quit)

    def _setup_chosen(self, path: str, how: str) -> None:
        setup, self.setup = self.setup, None
        if setup is not None:
            self._retire(setup)
        self.db = path
        self.switch_to(path, kiosk=self.kiosk and how != "demo")

    def _setup_closed(self) -> None:
        if self.setup is not None and self.window is None:
            self.setup = None
            self._quit()

    # -- the window ------------------------------------------------------------------------------------
    def _open_window(self, launch, *, kiosk: bool) -> None:
        from kiosk.ui.services import BackgroundServices

        camera = self.camera
        if camera is None and launch.play_demo_video and DEMO_VIDEO.exists():
            camera = str(DEMO_VIDEO)
        demo_camera = launch.play_demo_video and camera == str(DEMO_VIDEO)
        window: Any
        if kiosk:
            from kiosk.ui.kiosk.window import KioskWindow

            window = KioskWindow(str(launch.path), camera=camera, station=self.station, camera_loop=demo_camera,
                                 fullscreen=not self.quit_after_ms)
            window.setup_page.cancelled.connect(lambda: self._desk_instead(str(launch.path)))
        else:
            from kiosk.ui.desk import DeskWindow
            from kiosk.ui.sounds import VerdictSounds

            window = DeskWindow(launch.path, station=self.station, camera=camera, camera_loop=demo_camera,
                                sounds=self.sounds if self.sounds is not None else VerdictSounds(), prefs=self.prefs)
            organizer = getattr(window, "organizer", None)
            events = getattr(organizer, "events", None)
            if events is not None:
                events.switch_requested.connect(self.switch_to)
                events.purge_requested.connect(self.purge_event)
        window.installEventFilter(self)
        window.show()
        services = BackgroundServices(launch.path, parent=self)
        if kiosk:
            services.attach_kiosk(window)
        else:
            services.attach_desk(window)
        watcher = getattr(window, "watcher", None)
        if watcher is not None:
            watcher.changed.connect(services.follow_settings)      # a hub saved in the settings syncs at once
        self.window, self.services = window, services
        self.window_opened.emit(window)
        if self.quit_after_ms:
            QTimer.singleShot(self.quit_after_ms, self._quit)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close and obj is self.window:
            QTimer.singleShot(0, self._closed_by_person)       # after the window had its say (the kiosk's PIN)
        return False

    def _closed_by_person(self) -> None:
        window = self.window
        if window is not None and not window.isVisible() and not self._to_desk:
            self._quit()

    def _desk_instead(self, path: str) -> None:
        """The organizer cancelled the kiosk's PIN setup: the kiosk never started, the desk opens."""
        log.info("the kiosk's PIN setup was cancelled; the desk opens instead")
        self._to_desk = True
        self.switch_to(path, kiosk=False)

    def close_window(self) -> None:
        """Stop the window's workers and the sync, then close the window (before another event opens)."""
        window, services = self.window, self.services
        self.window = self.services = None
        if services is not None:
            services.stop()
        if window is not None:
            window.removeEventFilter(self)
            if hasattr(window, "allow_close"):
                window.allow_close()
            window.shutdown()
            window.close()
            self._retire(window)

    def _retire(self, widget: QWidget) -> None:
        self._retired = [w for w in self._retired if shiboken6.isValid(w)]
        self._retired.append(widget)
        widget.deleteLater()

    def _quit(self) -> None:
        self.close_window()
        app = self._app()
        if app is not None:
            app.quit()

    def stop(self) -> None:
        """The app is quitting: stop the workers of whatever is showing (safe to call twice)."""
        self._stopped = True
        self.close_window()
        recovery, self.recovery = self.recovery, None
        if recovery is not None and shiboken6.isValid(recovery):
            recovery.quit_requested.disconnect()       # the app is quitting already
            recovery.close()
        if self.setup is not None:
            setup, self.setup = self.setup, None
            setup.close()
            self._retire(setup)
        app = self._app()
        if app is not None and self._quit_on_close is not None:
            app.setQuitOnLastWindowClosed(self._quit_on_close)
            self._quit_on_close = None


def _needs_pin(refusal) -> bool:
    from kiosk.kiosk_mode import KioskNeedsPin

    return isinstance(refusal, KioskNeedsPin)

"""The app shell: `python main.py` / `kiosk-app` opens the check-in desk, or with --kiosk the
self-scan kiosk screen.

    python main.py [--db PATH] [--kiosk] [--camera SOURCE] [--station NAME] [--demo] [--lang fr]

What opens is decided by `kiosk.launch.plan_launch` and shown by `AppShell` (kiosk/ui/organizer/
launch.py): with no event yet (no file, or a file without an event) the first-run setup offers to
create an event, open an event file or try the demo; `--demo` loads the bundled demo event into a
file of its own and, unless another camera is given, plays resources/demo/demo-tickets.mp4 as the
camera. A real event never gets the demo's people or its video. Local preferences (window
geometry, sound, language, the camera) are kept with QSettings; the settings, this station's name
included, live in the settings registry of the event database (kiosk/store/settings.py): `--station
NAME` sets it there. An older version kept the name in QSettings ("station"): its value moves to the
registry once, and the key is removed. Logging goes to the per-user log file (kiosk/logs.py); the
one-shot task pool is waited for when the app quits.
"""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.ui import i18n
from kiosk.ui.gc_guard import GuiThreadCollector
from kiosk.ui.organizer.launch import DEMO_VIDEO as DEMO_VIDEO
from kiosk.ui.organizer.launch import AppShell
from kiosk.ui.quit_signal import quit_on_signals
from kiosk.ui.sounds import VerdictSounds
from kiosk.ui.threads import wait_for_tasks
from kiosk.ui.wheel_guard import guard_wheel

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiosk-app", description="Event check-in: the registration desk or the self-scan kiosk.")
    p.add_argument("--db", help="the event database (default: the per-user data folder, or $KIOSK_DB)")
    p.add_argument("--kiosk", action="store_true", help="open the fullscreen self-scan kiosk instead of the desk")
    p.add_argument("--camera", help="camera index (0, 1...), a video file or a folder of images; omit for none")
    p.add_argument("--station", help="this station's name, kept in the event's settings (default: the one set there)")
    p.add_argument("--demo", action="store_true", help="load the bundled demo event (and its video as the camera)")
    p.add_argument("--lang", help="interface language, e.g. en or fr (default: remembered, else the system's)")
    p.add_argument("--no-sound", action="store_true", help="never play verdict sounds")
    p.add_argument("--quit-after", type=int, default=0, help=argparse.SUPPRESS)  # ms; for smoke tests
    return p



def register_script_fonts() -> int:
    """Make the badge fonts (Noto for Arabic, Hebrew, CJK, Thai...) available to Qt too, so a name in
    any script shows on a laptop that lacks those fonts; returns how many were registered."""
    from kiosk.badges.fonts import FACES

    count = 0
    for face in FACES:
        for path in (face.regular, face.bold):
            if QFontDatabase.addApplicationFont(str(path)) >= 0:
                count += 1
    return count


def install_language(app: QCoreApplication, prefs: QSettings, requested: str | None) -> str:
    language = str(requested or prefs.value("language") or QLocale.system().name().split("_")[0]).lower()
    if not requested and language not in i18n.available_languages():
        language = "en"
    used = i18n.install_translator(app, str(language))
    if requested:
        prefs.setValue("language", used)
    return used


def station_from_prefs(prefs: QSettings) -> str | None:
    """The station name an older version kept on this laptop: returned once, then forgotten there
    (the settings registry keeps it from now on)."""
    name = prefs.value("station")
    if name is None:
        return None
    prefs.remove("station")
    prefs.sync()
    name = str(name).strip()
    if name:
        log.info("the station name %r moves from this laptop's preferences to the event's settings", name)
    return name or None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    from kiosk.logs import setup_logging

    setup_logging(console_level=logging.INFO)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "kiosk-app"])
    QCoreApplication.setOrganizationName("checkin-kiosk")
    QCoreApplication.setApplicationName("checkin-kiosk")
    prefs = QSettings()
    collector = GuiThreadCollector(app)     # garbage is collected on this thread only
    guard_wheel()                           # the wheel scrolls pages, never changes a box it passes over
    register_script_fonts()
    install_language(app, prefs, args.lang)

    migrated = station_from_prefs(prefs)
    shell = AppShell(db=args.db, demo=args.demo, kiosk=args.kiosk, camera=args.camera,
                     station=args.station or migrated, sounds=VerdictSounds(False) if args.no_sound else None,
                     prefs=prefs, quit_after_ms=args.quit_after)
    shell.start()

    def finish() -> None:
        shell.stop()          # closes what shows, the kiosk without asking for the PIN: the system is quitting
        app.quit()

    quitter = quit_on_signals(finish, parent=app)       # SIGTERM (a shutdown) and Ctrl+C quit cleanly
    code = app.exec()
    if quitter is not None:
        quitter.uninstall()
    shell.stop()
    wait_for_tasks()
    collector.stop()
    return code

"""The app shell: `python main.py` / `kiosk-app` opens the check-in desk, or with --kiosk the
self-scan kiosk screen.

    python main.py [--db PATH] [--kiosk] [--camera SOURCE] [--station NAME] [--demo] [--lang fr]

`--demo`, or a first run with no event database, loads the bundled demo event and, unless another
camera is given, plays resources/demo/demo-tickets.mp4 as the camera. Local preferences (window
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
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.ui import i18n
from kiosk.ui.desk import DeskWindow
from kiosk.ui.gc_guard import GuiThreadCollector
from kiosk.ui.kiosk.window import KioskWindow
from kiosk.ui.quit_signal import quit_on_signals
from kiosk.ui.services import BackgroundServices
from kiosk.ui.sounds import VerdictSounds
from kiosk.ui.threads import wait_for_tasks

log = logging.getLogger(__name__)

DEMO_VIDEO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "demo-tickets.mp4"


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



def resolve_database(args) -> tuple[Path, bool]:
    """The event database path, and whether the demo event was loaded into it."""
    from kiosk.demo import load_demo
    from kiosk.store.database import default_db_path

    db_path = Path(args.db).expanduser() if args.db else default_db_path()
    if args.demo or not db_path.exists():
        info = load_demo(db_path)
        log.info("demo event loaded into %s", info.get("db", db_path))
        return Path(info.get("db", db_path)), True
    return db_path, False


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
    register_script_fonts()
    install_language(app, prefs, args.lang)

    from kiosk.errors import KnownError
    from kiosk.ui import dialogs

    try:
        db_path, demo_loaded = resolve_database(args)
    except KnownError as exc:
        dialogs.problem(None, exc, title=QCoreApplication.translate("App", "Cannot open the event"))
        app.exec() if not args.quit_after else None
        return 2
    camera = args.camera
    if camera is None and demo_loaded and DEMO_VIDEO.exists():
        camera = str(DEMO_VIDEO)
    migrated = station_from_prefs(prefs)
    station = args.station or migrated

    demo_camera = demo_loaded and camera == str(DEMO_VIDEO)
    window: DeskWindow | KioskWindow
    if args.kiosk:
        window = KioskWindow(str(db_path), camera=camera, station=station, camera_loop=demo_camera,
                             fullscreen=not args.quit_after)
        window.show()
    else:
        sounds = VerdictSounds(False) if args.no_sound else VerdictSounds()
        window = DeskWindow(db_path, station=station, camera=camera, camera_loop=demo_camera, sounds=sounds,
                            prefs=prefs)
        window.show()
    services = start_services(app, db_path, window, kiosk=args.kiosk)

    def finish():
        if isinstance(window, KioskWindow):
            window.allow_close()  # the kiosk asks for the organizer PIN otherwise
        window.close()
        app.quit()

    quitter = quit_on_signals(finish, parent=app)       # SIGTERM (shutdown) and Ctrl+C quit cleanly
    if args.quit_after:
        QTimer.singleShot(args.quit_after, finish)
    code = app.exec()
    if quitter is not None:
        quitter.uninstall()
    services.stop()
    window.shutdown()
    wait_for_tasks()
    collector.stop()
    return code


def start_services(app: QCoreApplication, db_path: Path, window: DeskWindow | KioskWindow, *,
                   kiosk: bool) -> BackgroundServices:
    """Sync with the hub, once one is configured (kiosk/ui/services.py)."""
    services = BackgroundServices(db_path, parent=app)
    if isinstance(window, DeskWindow):
        services.attach_desk(window)
    else:
        services.attach_kiosk(window)
    return services

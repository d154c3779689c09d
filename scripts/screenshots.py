"""Screenshots of the desk after each verdict and of every kiosk page, in English and French, at the
sizes of the laptops and screens events use: docs/images/desk-<verdict>-<lang>-<size>.png and
docs/images/kiosk-<page>-<lang>-<size>.png.

    .venv/bin/python scripts/screenshots.py                 # all of them, into docs/images
    .venv/bin/python scripts/screenshots.py --out /tmp/shots --lang fr --size 1366x768 --only desk

The windows are the real ones, on a copy of the demo event (plus an order of three people for the
"choose the person" verdict), with their real workers, drawn offscreen. The desk is shot at the
size it has maximised on such a screen (a panel and a title bar take 68 pixels of 1366x768, 70 of
1920x1080); the kiosk fills the whole screen. Look at every picture after a change to a window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KIOSK_SOUND", "off")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QThread  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

#: screen -> the desk window's size when maximised on it
SIZES = {"1366x768": (1366, 700), "1920x1080": (1920, 1010)}
ORDER = "4011888020"
#: (verdict, codes scanned in order; the last one's verdict is shown)
VERDICTS = [
    ("ok", ["KIOSK-DEMO-0001"]),
    ("attention", ["KIOSK-DEMO-0031"]),
    ("already", ["KIOSK-DEMO-0002", "KIOSK-DEMO-0002"]),
    ("unknown", ["NOT-IN-ROSTER-999"]),
    ("not_ticket", ["WIFI:S:Venue;T:WPA;P:secret;;"]),
    ("cancelled", ["KIOSK-DEMO-0026"]),
    ("not_today", ["KIOSK-DEMO-0028"]),
    ("choose", [ORDER + "5011234567" + "001"]),
]
KIOSK_PAGES = ["setup", "idle", "welcome", "already", "not_today", "desk", "problem", "forgot", "pin", "organizer"]
PIN = "482916"


def wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents()
        QThread.msleep(10)


def settle(ms: int = 150) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        QThread.msleep(10)


def demo_copy(folder: Path, *, pin: bool, lang: str = "en") -> Path:
    from kiosk.demo import load_demo
    from kiosk.store import open_event_db, settings

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"demo-{'pin' if pin else 'nopin'}.sqlite"
    load_demo(path)
    with open_event_db(path) as db:
        ids = [r["id"] for r in db.query("SELECT id FROM attendees ORDER BY id LIMIT 3 OFFSET 40")]
        with db.write() as conn:
            for n, attendee_id in enumerate(ids, 1):
                conn.execute("INSERT INTO attendee_codes (code, attendee_id) VALUES (?, ?)",
                             (f"order:{ORDER}#{n}", attendee_id))
        settings.set_value(db, "print_on_checkin", "off")
        settings.set_value(db, "forgot_ticket_enabled", True)
        settings.set_value(db, "kiosk_language", lang)
        if pin:
            settings.set_value(db, "kiosk_pin", PIN)
    return path


def with_dialogs(window: QWidget) -> QPixmap:
    """The window, and any dialog it shows drawn where a person sees it (centred on the window)."""
    from kiosk.ui import dialogs

    picture = window.grab()
    painter = QPainter(picture)
    for dialog in dialogs.shown():
        shot = dialog.grab()
        painter.drawPixmap(QPoint((picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 3), shot)
    painter.end()
    return picture


def shoot_desk(db: Path, lang: str, size: str, out: Path) -> list[Path]:
    from kiosk.ui import dialogs, i18n
    from kiosk.ui.desk import DeskWindow
    from kiosk.ui.sounds import VerdictSounds

    app = QApplication.instance()
    i18n.install_translator(app, lang)
    window = DeskWindow(db, station="Desk 1", sounds=VerdictSounds(False))
    window.setWindowState(Qt.WindowState.WindowNoState)        # the size a maximised window has
    window.resize(*SIZES[size])
    window.show()
    wait_until(lambda: window.model.rowCount() > 0 and "Desk 1" in window.status.station.text())
    saved = []
    try:
        for verdict, codes in VERDICTS:
            for code in codes:
                answers = []
                window.worker.checked_in.connect(answers.append)
                window.scan(code)
                wait_until(lambda: answers)
                window.worker.checked_in.disconnect(answers.append)
            assert answers[-1].verdict == verdict, (verdict, answers[-1].verdict)
            if window.session.admitted:
                last_in = window.session.admitted[-1].attendee["id"]
                wait_until(lambda: window.badge_preview.shown_for == last_in, 15)
            wait_until(lambda: window.recent.count() > 0)
            settle(300)
            path = out / f"desk-{verdict}-{lang}-{size}.png"
            with_dialogs(window).save(str(path))
            saved.append(path)
            dialogs.close_all()
    finally:
        dialogs.close_all()
        window.shutdown()
        window.deleteLater()
        settle(50)
    return saved


def shoot_readme(db: Path, out: Path) -> list[Path]:
    """The README's picture: the desk on the demo event with the demo video as its camera."""
    from kiosk.demo import DEMO_VIDEO
    from kiosk.ui.desk import DeskWindow
    from kiosk.ui.sounds import VerdictSounds

    window = DeskWindow(db, station="Desk 1", sounds=VerdictSounds(False), camera=str(DEMO_VIDEO), camera_loop=True)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*SIZES["1366x768"])
    window.show()
    try:
        wait_until(lambda: window.camera_view.has_image() and window.session.admitted, 30)
        last_in = window.session.admitted[-1].attendee["id"]
        wait_until(lambda: window.badge_preview.shown_for == last_in, 15)
        settle(300)
        path = out / "desk-demo.png"
        window.grab().save(str(path))
        return [path]
    finally:
        window.shutdown()
        window.deleteLater()
        settle(50)


def shoot_kiosk(db_nopin: Path, db: Path, lang: str, size: str, out: Path) -> list[Path]:
    from kiosk.ui import i18n
    from kiosk.ui.kiosk.outcome import problem_screen
    from kiosk.ui.kiosk.window import KioskWindow

    app = QApplication.instance()
    i18n.install_translator(app, lang)
    width, height = (int(n) for n in size.split("x"))
    saved = []

    def save(window: KioskWindow, page: str) -> None:
        settle(250)
        path = out / f"kiosk-{page}-{lang}-{size}.png"
        window.grab().save(str(path))
        saved.append(path)

    def open_kiosk(path: Path) -> KioskWindow:
        window = KioskWindow(str(path), station="Door 1", fullscreen=False)
        window.resize(width, height)
        window.show()
        return window

    def close(window: KioskWindow) -> None:
        window.allow_close()
        window.close()
        window.deleteLater()
        settle(50)

    first = open_kiosk(db_nopin)
    try:
        wait_until(lambda: first.current_page() == "setup")
        first.setup_page.first.setText("48")
        first.setup_page.second.setText("")
        first.setup_page.submit()       # too short: the page says so
        save(first, "setup")
    finally:
        close(first)
    window = open_kiosk(db)
    try:
        wait_until(lambda: window.started and window.current_page() == "idle" and window.language == lang)
        save(window, "idle")
        for page, code in (("welcome", "KIOSK-DEMO-0003"), ("already", "KIOSK-DEMO-0003"),
                           ("not_today", "KIOSK-DEMO-0028"), ("desk", "NOT-IN-ROSTER-999")):
            window.recent.window_s = 0
            window.on_scan(code)
            wait_until(lambda: window.current_page() == "result" and window.result_page.shown.screen == page)
            save(window, page)
        window.show_result(problem_screen())
        save(window, "problem")
        window.next_person()
        window.show_forgot()
        window.forgot_page.keyboard.type_text("anais.tq@exam")
        save(window, "forgot")
        window.show_idle()
        window.ask_for_pin()
        wait_until(lambda: not window.pin_page.is_busy())
        save(window, "pin")
        window._on_unlocked()
        save(window, "organizer")
    finally:
        close(window)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"))
    parser.add_argument("--lang", action="append", choices=["en", "fr"])
    parser.add_argument("--size", action="append", choices=list(SIZES))
    parser.add_argument("--only", choices=["desk", "kiosk"])
    args = parser.parse_args(argv)
    from kiosk.ui.app import register_script_fonts
    from kiosk.ui.threads import wait_for_tasks

    app = QApplication.instance() or QApplication(["screenshots"])
    register_script_fonts()          # the demo has names in Korean, Hebrew and Chinese
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KIOSK_LOG_DIR"] = tmp
        if args.only in (None, "desk") and not args.lang and not args.size:
            saved += shoot_readme(demo_copy(Path(tmp) / "readme", pin=True), out)
        for lang in args.lang or ["en", "fr"]:
            for size in args.size or list(SIZES):
                if args.only in (None, "desk"):
                    saved += shoot_desk(demo_copy(Path(tmp) / f"d-{lang}-{size}", pin=True), lang, size, out)
                if args.only in (None, "kiosk"):
                    folder = Path(tmp) / f"k-{lang}-{size}"
                    saved += shoot_kiosk(demo_copy(folder / "a", pin=False, lang=lang),
                                         demo_copy(folder / "b", pin=True, lang=lang), lang, size, out)
        wait_for_tasks()
    del app
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

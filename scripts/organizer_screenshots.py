"""Screenshots of the organizer's windows, in English and French, for the README and for looking at them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/organizer_screenshots.py [--out docs/images/organizer]

Every step a new organizer meets: the first-run setup and the event form, the empty desk that says to
import, each step of the import wizard (a Polish Google Form with its own questions and status words,
then a German pretix export re-synced with changes), each group of the settings, the badge-text fix,
the camera chooser, the live dashboard at 1366x768 and 1920x1080, and the PDF report's pages (through
pdftoppm). Everything runs in a temporary folder; nothing of the person's own events is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FIXTURES = ROOT / "tests" / "fixtures"


def settle(app, condition=lambda: True, timeout: float = 20.0, rounds: int = 5) -> None:
    """Let Qt draw and the workers answer until `condition()` holds (or `timeout` seconds pass)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            break
        time.sleep(0.02)
    for _ in range(rounds):
        app.processEvents()


class Shooter:
    def __init__(self, app, out: Path, lang: str):
        self.app, self.out, self.lang = app, out, lang

    def __call__(self, widget, name: str) -> None:
        settle(self.app)
        target = self.out / f"{name}-{self.lang}.png"
        widget.grab().save(str(target))
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)


def first_run(app, shoot: Shooter, work: Path):
    """Setup → event form → the empty desk; returns the desk's event file."""
    from kiosk.ui import dialogs
    from kiosk.ui.organizer.event_form import EventForm
    from kiosk.ui.organizer.launch import AppShell
    from kiosk.ui.sounds import VerdictSounds

    target = work / f"training-{shoot.lang}.sqlite"
    shell = AppShell(db=str(target), sounds=VerdictSounds(False))
    shell.start()
    settle(app, lambda: shell.setup is not None)
    setup = shell.setup
    setup.resize(720, 560)
    shoot(setup, "setup-1-welcome")
    setup.create_event()
    form = next(d for d in dialogs.shown() if isinstance(d, EventForm))
    form.name.setText("Formation des leaders communautaires" if shoot.lang == "fr" else
                      "Community Leadership Training")
    form.day_count.setValue(3)
    form.timezone.setCurrentText("America/Toronto")
    form.adjustSize()
    shoot(form, "setup-2-event-form")
    form.save()
    settle(app, lambda: shell.window is not None and shell.window.organizer.events.empty_roster is not None)
    desk = shell.window
    desk.resize(1366, 768)
    shoot(desk, "setup-3-empty-desk")
    return shell, target


def wizard(app, shoot: Shooter, db_path: Path, work: Path) -> None:
    from kiosk.roster import wizard as core
    from kiosk.store import open_event_db
    from kiosk.ui.organizer.import_wizard import DETECTED, MAPPING, PREVIEW, STATUS, ImportWizard

    w = ImportWizard(db_path)
    w.resize(980, 680)
    w.show()
    shoot(w, "wizard-1-file")
    w.set_file(str(FIXTURES / "wizard" / "google_forms_pl_questions.csv"))
    settle(app, lambda: w.currentId() == DETECTED and w.detected_page.isComplete())
    shoot(w, "wizard-2-detected")
    w.next()
    settle(app, lambda: w.currentId() == MAPPING)
    page = w.mapping_page
    page.combos["status"].setCurrentIndex(page.combos["status"].findData("Status zgłoszenia"))
    page.combos["ticket_type"].setCurrentIndex(page.combos["ticket_type"].findData("Rodzaj uczestnictwa"))
    shoot(w, "wizard-3-mapping")
    w.next()
    settle(app, lambda: w.currentId() == STATUS)
    shoot(w, "wizard-4-status-words")
    groups = w.status_page.groups
    groups["potwierdzone"].button(1).click()
    groups["lista rezerwowa"].button(0).click()
    groups["rezygnacja"].button(0).click()
    w.next()
    settle(app, lambda: w.currentId() == PREVIEW)
    shoot(w, "wizard-5-preview")
    w.next()
    settle(app, lambda: w.done_page.result.text() != "")
    shoot(w, "wizard-6-done")
    w.close()

    # a re-sync: a newer pretix export (German) with a changed e-mail and a cancelled ticket
    resync = work / f"resync-{shoot.lang}.sqlite"
    first = FIXTURES / "exports" / "pretix_orderpositions_de.csv"
    with open_event_db(resync) as db:
        db.set_event("FOSSGIS 2026", ["2026-03-25"], "Europe/Berlin")
        core.check(db, first, core.Choices(), dry_run=False)
    newer = work / "pretix-neuer.csv"
    newer.write_text(first.read_text(encoding="utf-8").replace("sabine@example.de", "sabine.mueller@example.de")
                     .replace(";bezahlt;bestellung@example.de;;2026-01-15;10:00:00;Konferenzticket;Ermäßigt",
                              ";storniert;bestellung@example.de;;2026-01-15;10:00:00;Konferenzticket;Ermäßigt"),
                     encoding="utf-8")
    again = ImportWizard(resync)
    again.resize(980, 680)
    again.show()
    again.set_file(str(newer))
    settle(app, lambda: again.currentId() == DETECTED and again.detected_page.isComplete())
    again.next()
    settle(app, lambda: again.currentId() == PREVIEW)
    shoot(again, "wizard-5-preview-resync")
    again.close()


def settings_and_badges(app, shoot: Shooter, demo: Path) -> None:
    from kiosk.ui import dialogs
    from kiosk.ui.organizer.badge_fix import BadgeFixDialog
    from kiosk.ui.organizer.settings_window import GROUP_ORDER, open_settings

    opened: list = []
    open_settings(None, demo, opened.append)
    window = opened[0]
    window.resize(960, 700)
    settle(app, lambda: window.printing.preview.image is not None)
    for group in GROUP_ORDER:
        window.show_group(group)
        shoot(window, f"settings-{group}")
    page = window.pages.widget(window.page_of["printing"]).widget()
    shoot(page, "settings-printing-whole-page")
    window.close()
    dialogs.close_all()
    from kiosk.store import open_event_db

    with open_event_db(demo) as db:
        someone = db.scalar("SELECT id FROM attendees WHERE first_name != '' ORDER BY id LIMIT 1")
    fix = BadgeFixDialog(demo, someone)
    fix.show()
    settle(app, lambda: fix.loaded is not None)
    fix.edits["first_name"].setText("Mimi")
    fix.by.setText("Marie")
    settle(app, lambda: fix.preview.image is not None and fix.preview.shown_for == someone)
    fix.adjustSize()
    shoot(fix, "badge-fix")
    fix.preview.stop()
    fix.close()


def camera_chooser(app, shoot: Shooter, desk) -> None:
    dialog = desk.organizer.open_camera()
    dialog._found([])
    dialog.resize(dialog.minimumWidth(), dialog.sizeHint().height())
    shoot(dialog, "camera-chooser")
    dialog.reject()


def dashboard_and_report(app, shoot: Shooter, work: Path) -> None:
    from kiosk.reports.report_pdf import write_report
    from kiosk.store import settings
    from kiosk.ui.dashboard import Dashboard
    from tests.reports.make_report_images import build

    db = build(work / f"report-{shoot.lang}.sqlite")
    settings.set_value(db, "report_language", shoot.lang)
    for width, height in ((1366, 768), (1920, 1080)):
        board = Dashboard(db.path, day="2026-07-08", refresh_ms=0)
        board.resize(width, height)
        board.show()
        settle(app, lambda b=board: b.figures is not None)
        shoot(board, f"dashboard-{width}x{height}")
        board.stop()
        board.close()
    pdf = work / f"report-{shoot.lang}.pdf"
    write_report(db, pdf)
    db.close()
    pages = work / f"page-{shoot.lang}"
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(pages)], check=True)
    for page in sorted(work.glob(f"page-{shoot.lang}-*.png")):
        target = shoot.out / f"report-page{int(page.stem.split('-')[-1])}-{shoot.lang}.png"
        shutil.copyfile(page, target)
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "images" / "organizer"))
    parser.add_argument("--lang", action="append", help="en, fr (default: both)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="organizer-screenshots-"))
    for name, value in (("QT_QPA_PLATFORM", "offscreen"), ("KIOSK_SOUND", "off")):
        os.environ.setdefault(name, value)
    for name in ("KIOSK_CONFIG_DIR", "KIOSK_LOG_DIR"):
        os.environ[name] = str(work / name.lower())
    os.environ.pop("KIOSK_PRINT_FOLDER", None)        # badges go where a new person's would: Documents
    os.environ["KIOSK_DEMO_DB"] = str(work / "demo.sqlite")
    os.environ["HOME"] = str(work / "home")          # Documents and dialogs of a person who has just arrived
    (work / "home" / "Documents").mkdir(parents=True)
    from PySide6.QtWidgets import QApplication

    from kiosk.demo import load_demo
    from kiosk.scan import frames
    from kiosk.ui import i18n, threads
    from kiosk.ui.app import register_script_fonts

    app = QApplication.instance() or QApplication([sys.argv[0]])
    register_script_fonts()
    frames.list_cameras = lambda *a, **k: []          # no camera probing: the chooser says none answered
    demo = Path(os.environ["KIOSK_DEMO_DB"])
    load_demo(demo)
    try:
        with threads.inline_tasks():
            for lang in args.lang or ["en", "fr"]:
                i18n.install_translator(app, lang)
                shoot = Shooter(app, out, lang)
                shell, event = first_run(app, shoot, work)
                camera_chooser(app, shoot, shell.window)
                wizard(app, shoot, event, work)
                shell.stop()
                settings_and_badges(app, shoot, demo)
                dashboard_and_report(app, shoot, work)
    finally:
        threads.stop_all_workers()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

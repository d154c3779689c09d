"""The desk's Organizer menu: the import wizard, exports, the PIN gate before the settings, the dashboard."""

from __future__ import annotations

import csv
from pathlib import Path

from kiosk.store import settings
from kiosk.ui import dialogs
from tests.ui.conftest import PEOPLE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "exports"


def _shown(kind):
    found = [d for d in dialogs.shown() if isinstance(d, kind)]
    assert found, f"no {kind.__name__} is showing: {dialogs.shown()}"
    return found[-1]


def _count(path, sql="SELECT count(*) FROM attendees"):
    from kiosk.store import open_event_db

    with open_event_db(path) as db:
        return db.scalar(sql)


def _menu_texts(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.organizer.menu.actions() if a.text()]


def test_menu_lists_the_organizer_actions(desk):
    texts = _menu_texts(desk)
    for wanted in ("Import registrations…", "Export attendance…", "Export check-in log…", "Export no-shows…",
                   "Attendance report (PDF)…", "Badges for pre-printing (PDF)…", "Live dashboard",
                   "Settings…", "Fix badge text…", "Open kiosk mode…", "Camera…"):
        assert wanted in texts
    assert [a.text().replace("&", "") for a in desk.menuBar().actions()][:3] == ["File", "Desk", "Organizer"]


def test_import_from_the_menu_opens_the_wizard_and_the_list_follows_the_import(desk, qtbot):
    from kiosk.ui.organizer.import_wizard import DETECTED, DONE, PREVIEW, ImportWizard

    db_path = desk.db_path
    desk.organizer.act_import.trigger()
    wizard = _shown(ImportWizard)
    wizard.set_file(str(FIXTURES / "tito_tickets.csv"))
    qtbot.waitUntil(lambda: wizard.currentId() == DETECTED and wizard.detected_page.isComplete(), timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PREVIEW, timeout=10000)
    assert _count(db_path) == len(PEOPLE)            # the preview wrote nothing
    new = wizard.outcome.report.summary()["new"]
    assert new > 0
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == DONE, timeout=10000)
    assert _count(db_path) == len(PEOPLE) + new
    # the roster list follows: an empty search lists everyone, new people included
    qtbot.waitUntil(lambda: desk.model.rowCount() == len(PEOPLE) + new, timeout=5000)


def test_export_attendance_writes_the_roster(desk, qtbot, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "attendance.csv"
    from kiosk.ui.organizer.export_choices import ExportDayDialog

    desk.organizer.act_export_attendance.trigger()
    _shown(ExportDayDialog)._ok()                       # all days, the default
    picker = _shown(QFileDialog)
    picker.selectFile(str(target))
    picker.accept()
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) and "rows written" in d.text()
                                for d in dialogs.shown()), timeout=10000)
    box = _shown(QMessageBox)
    assert str(target) in box.text() and f"{len(PEOPLE)} rows" in box.text()
    with open(target, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["Code"] for r in rows) == sorted(p["code"] for p in PEOPLE.values())
    amara = next(r for r in rows if r["Code"] == "EB-1001")
    assert amara["Last Name"] == "Okafor" and amara["Organization"] == "Northern Lights Foundation"


def test_the_pin_gate_refuses_a_wrong_pin(desk, qtbot):
    from kiosk.store import open_event_db
    from kiosk.ui.organizer.pin_gate import PinDialog
    from kiosk.ui.organizer.settings_window import SettingsWindow

    with open_event_db(desk.db_path) as db:
        settings.set_value(db, "kiosk_pin", "4321")
    desk.organizer.act_settings.trigger()
    gate = _shown(PinDialog)
    gate.panel.field.setText("9999")
    gate.panel.submit()
    assert gate.isVisible()
    assert not gate.panel.field.isEnabled()            # the slow-down runs
    qtbot.wait(150)
    assert not any(isinstance(d, SettingsWindow) for d in dialogs.shown())
    assert getattr(desk.organizer, "settings_dialog", None) is None
    gate.reject()


def test_the_right_pin_opens_the_settings(desk, qtbot):
    from kiosk.store import open_event_db
    from kiosk.ui.organizer.pin_gate import PinDialog

    with open_event_db(desk.db_path) as db:
        settings.set_value(db, "kiosk_pin", "4321")
    desk.organizer.open_settings()
    gate = _shown(PinDialog)
    gate.panel.field.setText("4321")
    gate.panel.submit()
    qtbot.waitUntil(lambda: getattr(desk.organizer, "settings_dialog", None) is not None, timeout=10000)


def test_the_pin_typed_and_enter_opens_the_settings(desk, qtbot, real_tasks):
    """As an organizer does it: the digits, then Enter (Enter used to also press Cancel, which closed
    the gate while the PIN was being checked on its thread: 'unlocked' in the log, and nothing opened)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from kiosk.store import open_event_db
    from kiosk.ui.organizer.pin_gate import PinDialog

    with open_event_db(desk.db_path) as db:
        settings.set_value(db, "kiosk_pin", "4321")
    desk.organizer.open_settings()
    qtbot.waitUntil(lambda: any(isinstance(d, PinDialog) for d in dialogs.shown()), timeout=10000)
    gate = _shown(PinDialog)
    qtbot.waitUntil(lambda: gate.panel.field.isEnabled() and gate.isVisible(), timeout=10000)
    answers: list[int] = []
    gate.finished.connect(answers.append)
    QTest.keyClicks(gate.panel.field, "4321")
    QTest.keyClick(gate.panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(desk.organizer, "settings_dialog", None) is not None, timeout=10000)
    assert answers == [PinDialog.DialogCode.Accepted]      # answered once, by the PIN, never by Cancel


def test_the_dashboard_opens_with_todays_numbers(desk, qtbot):
    window = desk.organizer.open_dashboard()
    qtbot.waitExposed(window)
    assert window.isVisible() and window.windowTitle() == "Live dashboard"
    qtbot.waitUntil(lambda: window.dashboard.figures is not None, timeout=5000)   # read on its own worker
    window.close()
    assert desk.organizer.dashboard_window is None


def test_kiosk_mode_hides_the_desk_until_the_kiosk_is_left(desk, qtbot):
    kiosk = desk.organizer._start_kiosk(fullscreen=False)
    qtbot.waitExposed(kiosk)
    assert not desk.isVisible() and kiosk.isVisible()
    kiosk.allow_close()
    kiosk.close()
    qtbot.waitUntil(desk.isVisible, timeout=5000)
    assert desk.organizer.kiosk is None


def test_the_desk_pin_keypad_is_finger_sized_and_its_last_key_reads_whole(desk, qtbot):
    """The desk's PIN dialog had 20-pixel keys and 'Unlocl' on its last one."""
    from kiosk.store import open_event_db
    from kiosk.ui.organizer.pin_gate import PinDialog

    with open_event_db(desk.db_path) as db:
        settings.set_value(db, "kiosk_pin", "4321")
    desk.organizer.open_settings()
    gate = _shown(PinDialog)
    qtbot.waitExposed(gate)
    for key, button in gate.panel.keys.items():
        assert button.height() >= 44 and button.width() >= 44, key
    unlock = gate.panel.keys["ok"]
    assert unlock.text() == "Unlock"
    assert unlock.fontMetrics().horizontalAdvance(unlock.text()) + 8 <= unlock.contentsRect().width()


def test_the_status_bar_says_working_only_while_the_job_runs(desk, qtbot, tmp_path):
    """'Rendering badges…' and 'Reading the event settings…' stayed in the status bar after the job ended."""
    from PySide6.QtWidgets import QMessageBox

    desk.organizer.badges(str(tmp_path / "badges.pdf"))
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) and "badges" in d.text() for d in dialogs.shown()),
                    timeout=20000)
    assert "Rendering badges" not in desk.status.currentMessage()
    desk.organizer.open_settings()                       # no PIN set: the settings open
    qtbot.waitUntil(lambda: getattr(desk.organizer, "settings_dialog", None) is not None, timeout=10000)
    assert "Reading the event settings" not in desk.status.currentMessage()
    desk.organizer.report(str(tmp_path / "report.pdf"))
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) and "report" in d.text() for d in dialogs.shown()),
                    timeout=20000)
    assert "attendance report" not in desk.status.currentMessage()

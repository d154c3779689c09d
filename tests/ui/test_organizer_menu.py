"""The desk's Organizer menu: import with a dry-run diff, exports, settings, the PIN gate, the dashboard."""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from kiosk.store import settings
from kiosk.ui import dialogs
from tests.ui.conftest import PEOPLE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
# Screenshots go to a temporary folder unless KIOSK_SCREENSHOTS=docs/images asks for the README's copies.
IMAGES = Path(os.environ.get("KIOSK_SCREENSHOTS") or tempfile.mkdtemp(prefix="organizer-shots-"))


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
                   "Event settings…", "Open kiosk mode…", "Camera…"):
        assert wanted in texts
    assert [a.text().replace("&", "") for a in desk.menuBar().actions()][:2] == ["Desk", "Organizer"]


def test_import_dry_run_shows_the_diff_then_import_applies_it(desk, qtbot):
    from kiosk.ui.desk.import_dialog import ImportDialog

    db_path = desk.db_path
    desk.organizer.act_import.trigger()
    dialog = _shown(ImportDialog)
    dialog.resize(900, 560)
    dialog.file.setText(str(FIXTURES / "tito_tickets.csv"))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    diff = dialog.diff.toPlainText()
    assert "Dry run: nothing written" in diff
    assert "+ " in diff and "Lovelace" in diff
    assert _count(db_path) == len(PEOPLE)            # the dry run wrote nothing
    IMAGES.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(IMAGES / "organizer-import-diff.png"))

    new = dialog.report.summary()["new"]
    assert new > 0
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "Imported:" in dialog.status.text(), timeout=10000)
    assert _count(db_path) == len(PEOPLE) + new
    # the roster list follows: an empty search lists everyone, new people included
    qtbot.waitUntil(lambda: desk.model.rowCount() == len(PEOPLE) + new, timeout=5000)
    assert not dialog.import_button.isEnabled()       # no second import of the same diff by accident


def test_a_refused_file_shows_why_and_changes_nothing(desk, qtbot):
    from kiosk.ui.desk.import_dialog import ImportDialog

    desk.organizer.open_import()
    dialog = _shown(ImportDialog)
    dialog.file.setText(str(FIXTURES / "eventbrite_excel_scientific.csv"))
    dialog.dry_run()
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.status.text(), timeout=10000)
    assert "nothing was written" in dialog.status.text()
    assert len(dialog.status.text()) > len("This file cannot be imported; nothing was written. ") + 20
    assert not dialog.import_button.isEnabled()
    assert _count(desk.db_path) == len(PEOPLE)


def test_export_attendance_writes_the_roster(desk, qtbot, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "attendance.csv"
    desk.organizer.act_export_attendance.trigger()
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


def test_settings_are_saved_to_the_event(desk, qtbot):
    from kiosk.store import open_event_db
    from kiosk.ui import dialogs
    from kiosk.ui.desk.settings_dialog import SettingsDialog

    with open_event_db(desk.db_path) as db:
        settings.set_value(db, "sync_hub", "postgresql://kiosk:s3cret-pass@hub.example.org/checkin")
    desk.organizer.act_settings.trigger()              # no PIN set: the form opens at once
    qtbot.waitUntil(lambda: desk.organizer.__dict__.get("settings_dialog") is not None, timeout=10000)
    dialog = _shown(SettingsDialog)
    # the saved address keeps no password (it went to the owner-only pgpass file)
    assert dialog.sync_hub.text() == "postgresql://kiosk@hub.example.org/checkin"
    IMAGES.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(IMAGES / "organizer-settings.png"))
    dialog.print_on_checkin.setCurrentIndex(dialog.print_on_checkin.findData("ask"))
    dialog.max_reprints.setValue(7)
    dialog.forgot_ticket_enabled.setChecked(True)
    dialog.station.setText("Door B")
    dialog.kiosk_pin.setText("482916")
    dialog.save()
    qtbot.waitUntil(lambda: not any(isinstance(d, SettingsDialog) for d in dialogs.shown()), timeout=10000)
    with open_event_db(desk.db_path) as db:
        assert settings.get(db, "print_on_checkin") == "ask"
        assert settings.get(db, "max_reprints") == 7
        assert settings.get(db, "forgot_ticket_enabled") is True
        assert settings.get(db, "sync_hub") == "postgresql://kiosk@hub.example.org/checkin"  # not edited
        stored_pin = settings.get(db, "kiosk_pin")
        assert stored_pin and "482916" not in stored_pin
        assert settings.get(db, "station_name") == "Door B"  # this station's setting, in the registry
    # applied at once, without a restart: the name on the status bar and on new check-ins, the print mode
    qtbot.waitUntil(lambda: "Door B" in desk.status.station.text() and desk.printing.mode == "ask", timeout=5000)
    assert desk.worker.station == "Door B"


def test_a_short_pin_is_refused_in_the_form(desk, qtbot):
    from kiosk.ui.desk.settings_dialog import SettingsDialog

    desk.organizer.open_settings()
    qtbot.waitUntil(lambda: desk.organizer.__dict__.get("settings_dialog") is not None, timeout=10000)
    dialog = _shown(SettingsDialog)
    dialog.kiosk_pin.setText("12")
    dialog.save()
    assert dialog.isVisible() and "at least 4 digits" in dialog.status.text()
    assert _count(desk.db_path, "SELECT count(*) FROM settings WHERE key = 'kiosk_pin'") == 0


def test_the_pin_gate_refuses_a_wrong_pin(desk, qtbot):
    from kiosk.store import open_event_db
    from kiosk.ui.desk.settings_dialog import PinDialog, SettingsDialog

    with open_event_db(desk.db_path) as db:
        settings.set_value(db, "kiosk_pin", "4321")
    desk.organizer.act_settings.trigger()
    gate = _shown(PinDialog)
    gate.panel.field.setText("9999")
    gate.panel.submit()
    assert gate.isVisible()
    assert not gate.panel.field.isEnabled()            # the slow-down runs
    qtbot.wait(150)
    assert not any(isinstance(d, SettingsDialog) for d in dialogs.shown())
    assert getattr(desk.organizer, "settings_dialog", None) is None
    gate.reject()


def test_the_right_pin_opens_the_settings(desk, qtbot):
    from kiosk.store import open_event_db
    from kiosk.ui.desk.settings_dialog import PinDialog

    with open_event_db(desk.db_path) as db:
        settings.set_value(db, "kiosk_pin", "4321")
    desk.organizer.open_settings()
    gate = _shown(PinDialog)
    gate.panel.field.setText("4321")
    gate.panel.submit()
    qtbot.waitUntil(lambda: getattr(desk.organizer, "settings_dialog", None) is not None, timeout=10000)


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

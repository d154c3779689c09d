"""The desk's parts on their own: verdict looks (never colour alone, high contrast), the roster
model (Qt's model checks, fetch-more paging), non-blocking dialogs, the focus hint, the app shell."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from kiosk.ui import dialogs
from kiosk.ui.desk.roster_model import PAGE, RosterModel
from kiosk.ui.verdicts import LOOKS, draw_icon, look, verdict_title

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[3]
SHOWN = ("ok", "attention", "already", "unknown", "cancelled", "not_today", "problem")


def contrast(a: str, b: str) -> float:
    def lum(hex_colour):
        rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_every_verdict_has_its_own_words_and_icon_shape(qapp):
    titles = {v: verdict_title(v) for v in SHOWN}
    assert len(set(titles.values())) == len(SHOWN)
    icons = {v: draw_icon(look(v).shape, 64, "#000000").toImage() for v in SHOWN}
    for a, b in itertools.combinations(SHOWN, 2):
        assert icons[a] != icons[b], f"{a} and {b} differ only by colour"


@pytest.mark.parametrize("verdict", sorted(LOOKS))
def test_verdict_colours_are_high_contrast(verdict):
    lk = LOOKS[verdict]
    assert contrast(lk.background, lk.foreground) >= 7.0


def rows(n):
    return [{"id": i, "code": f"C-{i}", "first_name": f"P{i}", "last_name": "X", "full_name": "", "status": "active",
             "organization": "", "ticket_type": "", "notes": "", "email": ""} for i in range(n)]


def test_roster_model_pages_and_passes_qt_checks(qtmodeltester):
    model = RosterModel()
    model.set_rows(rows(PAGE * 2 + 5), total=1234)
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE * 2 + 5 and not model.canFetchMore()
    assert model.capped  # more matches exist than were handed over
    qtmodeltester.check(model)


def test_roster_model_says_who_is_in_and_who_is_not_admitted():
    model = RosterModel()
    data = rows(2)
    data[0]["checked_in_at"] = "2026-07-08T13:41:00.000Z"
    data[1]["status"] = "refunded"
    model.timezone = "America/Toronto"
    model.set_rows(data)
    assert model.index(0, RosterModel.TODAY).data() == "✔ in at 09:41"
    assert model.index(1, RosterModel.TODAY).data() == "✖ not admitted"            # short: the column stays narrow
    assert "not admitted (refunded)" in model.index(1, RosterModel.NAME).data(Qt.ItemDataRole.ToolTipRole)


def test_dialogs_never_block_and_answer_by_callback(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    answers = []
    prompt = dialogs.ask_text(parent, "Why", "Say why:", text="because", on_answer=answers.append)
    assert prompt in dialogs.shown()  # we got here: open() returned at once
    dialogs.accept_text(prompt, "  typo  ")
    assert answers == ["typo"] and prompt not in dialogs.shown()
    dialogs.message(parent, "Note", "Something happened")
    dialogs.close_all()
    assert dialogs.shown() == []


def test_focus_hint_shows_when_another_window_has_the_keyboard(desk, qtbot):
    qtbot.waitUntil(lambda: desk.isActiveWindow())
    assert not desk.focus_hint.isVisible()
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: desk.focus_hint.isVisible())
    assert "click here to scan" in desk.focus_hint.text()
    desk.focus_hint.click()
    qtbot.waitUntil(lambda: not desk.focus_hint.isVisible())
    assert desk.search.hasFocus()


def test_window_geometry_is_remembered(open_desk, desk_event, qtbot, tmp_path):
    prefs = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    window = open_desk(desk_event[0], prefs=prefs)
    window.resize(760, 580)
    size = (window.width(), window.height())
    window.shutdown()
    again = open_desk(desk_event[0], prefs=QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    assert (again.width(), again.height()) == size


def test_app_opens_the_demo_in_its_own_file_and_closes_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_SOUND": "off", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "QT_LOGGING_RULES": "qt.qpa.*=false", "KIOSK_DEMO_DB": str(tmp_path / "demo.sqlite")}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--demo", "--station", "Door 2",
                           "--camera", str(tmp_path / "no-such-camera.mp4"), "--quit-after", "1500"],
                          env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    db = tmp_path / "demo.sqlite"
    assert db.exists()  # the demo went into its own file
    prefs = (tmp_path / "cfg" / "checkin-kiosk" / "checkin-kiosk.conf").read_text()
    assert "geometry" in prefs and "Door 2" not in prefs   # the window's size is the laptop's...
    from kiosk.store import open_event_db, settings

    with open_event_db(db) as opened:                      # ...the station's name is a setting
        assert settings.get(opened, "station_name") == "Door 2"


def test_a_first_run_without_an_event_shows_the_setup_and_loads_nothing(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_SOUND": "off", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "QT_LOGGING_RULES": "qt.qpa.*=false", "KIOSK_DEMO_DB": str(tmp_path / "demo.sqlite")}
    db = tmp_path / "first-run.sqlite"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "--quit-after", "1500"],
                          env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert not db.exists() and not (tmp_path / "demo.sqlite").exists()   # no demo people, no file made


def test_a_station_name_an_older_version_kept_on_the_laptop_moves_to_the_settings_once(
        open_desk, desk_event, qtbot, tmp_path):
    from kiosk.store import open_event_db, settings
    from kiosk.ui.app import station_from_prefs

    ini = tmp_path / "prefs.ini"
    ini.write_text("[General]\nstation=Door 7\n")
    prefs = QSettings(str(ini), QSettings.Format.IniFormat)
    window = open_desk(desk_event[0], station=station_from_prefs(prefs), prefs=prefs)
    qtbot.waitUntil(lambda: "Door 7" in window.status.station.text())
    with open_event_db(desk_event[0]) as db:
        assert settings.get(db, "station_name") == "Door 7"
    assert prefs.value("station") is None and "station" not in ini.read_text()
    assert station_from_prefs(prefs) is None                  # once: the next start finds nothing to move


def test_app_opens_the_kiosk_screen_with_the_demo_once_a_pin_is_set(tmp_path, cli):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_SOUND": "off", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "QT_LOGGING_RULES": "qt.qpa.*=false"}
    db = tmp_path / "kiosk.sqlite"
    assert cli("demo", "--db", str(db)).code == 0
    with open_event_db_for(db) as opened:
        from kiosk.store import settings

        settings.set_value(opened, "kiosk_pin", "4826")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "--demo", "--kiosk",
                           "--camera", str(tmp_path / "no-such-camera"), "--quit-after", "1500"],
                          env=env, capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    assert "Kiosk mode cannot start" not in done.stderr
    with open_event_db_for(db) as opened:
        assert opened.event()["name"].endswith("(demo)")


def open_event_db_for(path):
    from kiosk.store import open_event_db

    return open_event_db(path)


def test_a_printing_problem_never_widens_the_window_past_a_small_screen(desk):
    """A database-busy paragraph from the print worker once pushed the desk wider than 1366 px."""
    long = ("The event database /media/usb-stick/conference-2026/event.sqlite is busy: another window or "
            "program is writing to it. Wait a moment and try again; close other copies of the app if it persists.")
    desk.status.set_printer(long)
    assert desk.minimumSizeHint().width() < 1366
    assert desk.status.printer.minimumSizeHint().width() < 300 and long in desk.status.printer.toolTip()
    assert "print queue" in desk.status.printer.toolTip()          # the click hint stays

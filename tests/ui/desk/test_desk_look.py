"""The desk as a person sees it, on the demo event: every verdict in colour AND words, readable and whole
on a 1366x768 laptop (maximised: 1366x700 left for the window) and on 1920x1080, in English and French;
one clock (the event's time zone); columns sized to what they hold; one status area.

The pictures themselves are made by scripts/screenshots.py (docs/images); this checks what they show.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QApplication, QToolButton

from kiosk.clock import format_instant
from kiosk.ui import i18n
from kiosk.ui.verdicts import look, verdict_title

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ORDER = "4011888020"
SCANS = [("ok", "KIOSK-DEMO-0001"), ("attention", "KIOSK-DEMO-0031"), ("already", "KIOSK-DEMO-0001"),
         ("unknown", "NOT-IN-ROSTER-999"), ("not_ticket", "WIFI:S:Venue;T:WPA;P:secret;;"),
         ("cancelled", "KIOSK-DEMO-0026"), ("not_today", "KIOSK-DEMO-0028"), ("choose", ORDER + "5011234567001")]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    from kiosk.demo import load_demo
    from kiosk.store import open_event_db

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    load_demo(path)
    with open_event_db(path) as db:
        with db.write() as conn:
            for n, attendee_id in enumerate((41, 42, 43), 1):
                conn.execute("INSERT INTO attendee_codes (code, attendee_id) VALUES (?, ?)",
                             (f"order:{ORDER}#{n}", attendee_id))
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    """A fresh copy of the demo event for each test (nobody checked in yet)."""
    import shutil

    return Path(shutil.copy(demo_template, tmp_path / "demo.sqlite"))


def sized(window, width: int, height: int):
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(width, height)
    QApplication.processEvents()
    return window


def inside(window, widget) -> bool:
    """The widget is shown whole inside the window (not cut off at its edge)."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def scan(qtbot, window, code: str):
    with qtbot.waitSignal(window.worker.checked_in, timeout=5000) as blocker:
        window.scan(code)
    return blocker.args[0]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("size", [(1366, 700), (1920, 1010)])
def test_every_verdict_reads_whole_on_a_laptop_and_a_big_screen(open_desk, demo_db, qtbot, lang, size):
    from kiosk.ui import dialogs
    from kiosk.ui.app import register_script_fonts

    register_script_fonts()
    i18n.install_translator(QApplication.instance(), lang)
    try:
        window = sized(open_desk(demo_db, station="Desk 1"), *size)
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
        assert window.minimumSizeHint().width() <= size[0] and window.minimumSizeHint().height() <= size[1]
        for verdict, code in SCANS:
            assert scan(qtbot, window, code).verdict == verdict
            banner = window.banner.grab().toImage()
            assert QColor(banner.pixel(banner.width() - 20, banner.height() // 2)).name() == look(verdict).background
            assert verdict_title(verdict) in window.banner.text()            # the words, not colour alone
            title = window.banner.title
            assert not title.wordWrap() and QFontMetrics(title.font()).horizontalAdvance(title.text()) <= title.width()
            assert title.font().pointSize() >= 16                             # still large from the line
            dialogs.close_all()
        for part in (window.status, window.counter, window.ui.chosen, window.search, window.banner,
                     window.ui.toolbar):
            assert inside(window, part), part
        assert window.counter.figure.font().pointSize() >= 30
        overflow = window.ui.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert overflow is None or not overflow.isVisible()                   # every action on the toolbar
    finally:
        i18n.install_translator(QApplication.instance(), "en")


def test_codes_are_whole_when_there_is_room(open_desk, demo_db, qtbot):
    window = sized(open_desk(demo_db), 1920, 1010)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    from kiosk.ui.desk.roster_model import RosterModel

    header = window.table.horizontalHeader()
    widest_code = max(window.table.fontMetrics().horizontalAdvance(window.model.data(window.model.index(r, RosterModel.CODE)))
                      for r in range(window.model.rowCount()))
    assert header.sectionSize(RosterModel.CODE) > widest_code
    assert header.sectionSize(RosterModel.NAME) >= 190


def test_a_status_message_never_covers_the_printer_state(desk):
    desk.status.set_printer("Badges: 2 waiting, 40 printed")
    desk.status.showMessage("Saved the correction for Bo Kim.", 6000)
    printer, message = desk.status.printer, desk.status.message
    assert printer.isVisible() and message.isVisible() and message.text().startswith("Saved")
    assert not printer.geometry().intersects(message.geometry())
    assert desk.status.currentMessage() == "Saved the correction for Bo Kim."


def test_a_small_screen_opens_the_desk_maximised_and_a_saved_size_is_kept(open_desk, desk_event, tmp_path):
    from PySide6.QtCore import QSettings

    screen = QApplication.primaryScreen().availableGeometry()
    assert screen.width() < 1500 or screen.height() < 940          # the test screen is a small one
    window = open_desk(desk_event[0], prefs=QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    assert window.isMaximized()


def test_every_time_is_the_event_s_not_the_computer_s(desk, qtbot, db_path):
    """The laptop's clock is in UTC here; the event is in Toronto: the desk shows Toronto's times."""
    result = scan(qtbot, desk, "EB-1001")
    toronto = format_instant(result.checked_in_at, "America/Toronto")
    utc = format_instant(result.checked_in_at, "UTC")
    assert toronto != utc
    assert f"at {toronto} at Desk 1" in desk.banner.text() and utc not in desk.banner.text()
    qtbot.waitUntil(lambda: desk.recent.count() == 1, timeout=5000)
    assert desk.recent.item(0).text().startswith(toronto)
    desk.search.setText("amara")
    qtbot.waitUntil(lambda: desk.searcher.is_current() and desk.model.rowCount() == 1, timeout=5000)
    assert desk.model.data(desk.model.index(0, desk.model.TODAY)) == f"✔ in at {toronto}"
    now = datetime.now(timezone.utc)
    assert format_instant(now, "America/Toronto", "day") in desk.status.event_label.text() or \
        format_instant(now.replace(hour=12), "America/Toronto", "day") in desk.status.event_label.text()


def test_the_timefmt_module_is_gone():
    with pytest.raises(ImportError):
        __import__("kiosk.ui.desk.timefmt")


def test_print_queue_times_are_the_event_s(qtbot, db_path):
    from kiosk.ui.desk.print_queue_dialog import PrintQueueDialog
    from kiosk.ui.print_service import PrintService
    from tests.ui.conftest import make_event

    make_event(db_path)
    service = PrintService(db_path)
    dialog = PrintQueueDialog(db_path, service, timezone="Asia/Tokyo")
    qtbot.addWidget(dialog)
    dialog.table.setRowCount(1)
    dialog._fill_row(0, {"id": 1, "attendee_id": 1, "status": "done", "full_name": "Amara Okafor", "code": "EB-1001",
                         "reason": "checkin", "attempts": 1, "last_error": "",
                         "updated_at": "2026-07-08T13:41:05.120Z"})
    assert dialog.table.item(0, dialog.TIME).text() == "Wed 8 Jul 22:41"

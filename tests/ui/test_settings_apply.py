"""Settings apply at once, without a restart: a change made by another program (`kiosk settings set`
in a terminal, a sync from the hub) reaches the desk and the kiosk within a poll of the settings
registry's version stamp (kiosk/ui/settings_watcher.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.store import open_event_db, settings
from kiosk.ui import dialogs
from tests.ui.conftest import SCANNER_GAP_MS, make_event, send_keys

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def quick_polls(monkeypatch):
    monkeypatch.setattr("kiosk.ui.settings_watcher.POLL_SECONDS", 0.1)


def set_elsewhere(path, **values) -> None:
    """As `kiosk settings set` in a terminal, or a sync, would: another connection, another thread."""
    with open_event_db(path) as db, db.write():
        for key, value in values.items():
            settings.set_value(db, key, value)


def test_the_watcher_says_the_settings_at_start_and_after_each_change_only(qtbot, db_path):
    from kiosk.ui.settings_watcher import SettingsWatcher

    make_event(db_path)
    watcher = SettingsWatcher(db_path)
    seen = []
    watcher.changed.connect(seen.append)
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        watcher.start()
    try:
        assert seen[0]["max_reprints"] == 3 and seen[0]["station_name"] == "desk"
        qtbot.wait(400)                              # a few polls, nothing changed: nothing said
        assert len(seen) == 1
        set_elsewhere(db_path, max_reprints=5)
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
        assert seen[1]["max_reprints"] == 5
    finally:
        assert watcher.stop(5000)


def test_the_desk_follows_the_station_name_the_print_mode_and_the_scanner(desk, qtbot, db_path):
    set_elsewhere(db_path, station_name="Door 9", print_on_checkin="ask", wedge_prefix="#")
    qtbot.waitUntil(lambda: "Door 9" in desk.status.station.text(), timeout=5000)
    qtbot.waitUntil(lambda: desk.printing.mode == "ask" and desk.wedge.settings.prefix == "#", timeout=5000)
    with qtbot.waitSignal(desk.worker.checked_in, timeout=5000) as got:
        send_keys(desk.search, "#EB-1001", gap_ms=SCANNER_GAP_MS)     # the scanner now sends a prefix
    result = got.args[0]
    assert result.verdict == "ok" and result.attendee["code"] == "EB-1001"
    assert "Door 9" in desk.banner.text()                             # recorded at the renamed station
    qtbot.waitUntil(lambda: len(dialogs.shown()) == 1, timeout=5000)  # "ask": the desk asks to print
    assert "Print a badge for Amara Okafor?" in dialogs.shown()[0].text()
    with open_event_db(db_path) as db:
        assert db.scalar("SELECT station FROM checkins") == "Door 9"


def test_the_kiosk_follows_its_settings(qtbot, db_path):
    from kiosk.ui import i18n
    from kiosk.ui.kiosk.window import KioskWindow

    make_event(db_path)
    set_elsewhere(db_path, kiosk_pin="482916")                        # kiosk mode never starts without one
    window = KioskWindow(str(db_path), station="door", fullscreen=False)
    try:
        window.show()
        qtbot.waitExposed(window)
        assert not window.idle_page.forgot_button.isVisibleTo(window)
        set_elsewhere(db_path, forgot_ticket_enabled=True, kiosk_return_seconds=12.0, kiosk_language="fr",
                      dedupe_seconds=7.5)
        qtbot.waitUntil(lambda: window.idle_page.forgot_button.isVisibleTo(window), timeout=5000)
        assert window.config.return_seconds == 12.0 and window.recent.window_s == 7.5   # one change, all of it
        assert window.language == "fr" and "Scannez votre billet" in window.idle_page.headline.text()
    finally:
        window.allow_close()
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        i18n.install_translator(QApplication.instance(), "en")

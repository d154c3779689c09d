"""The app's background services (kiosk/ui/services.py): badges print at the kiosk, the desk shows
where it stands with the hub and catches up with other stations' check-ins, and quitting stops
every worker."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

import pytest

from kiosk import checkin
from kiosk.store import settings
from kiosk.store import open_event_db
from tests.conftest import ROOT
from tests.sync.conftest import hub_url, pg_server  # noqa: F401 - the real hub for the sync test
from tests.ui.conftest import PEOPLE, make_event

# The offscreen platform warns when a window is shown; that is not the app's doing.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

UNREACHABLE_HUB = "postgresql://kiosk@127.0.0.1:1/x"   # nothing listens on port 1: connect fails at once


@pytest.fixture(autouse=True)
def no_hub_from_the_environment(monkeypatch):
    monkeypatch.delenv("KIOSK_SYNC_HUB", raising=False)


@pytest.fixture
def services_for(qtbot):
    """BackgroundServices attached to a window; every one is stopped at the end of the test."""
    from kiosk.ui.services import BackgroundServices

    made = []

    def make(path, window, *, kiosk: bool = False, interval: float = 0.5) -> BackgroundServices:
        services = BackgroundServices(path, sync_interval=interval)
        made.append(services)
        (services.attach_kiosk if kiosk else services.attach_desk)(window)
        return services

    yield make
    for services in made:
        assert services.stop()


def wait_for(condition, timeout: float, what: str, process=None) -> None:
    """Poll `condition` (another process's files) until it holds; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the app ended before {what}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_the_app_in_kiosk_mode_prints_the_badge_of_a_scanned_ticket_and_quits_cleanly(db_path, tmp_path):
    """The whole app shell, as `kiosk-app --kiosk` runs at the door: a ticket shown to the camera is
    checked in, its badge comes out of the (folder) printer, and quitting (SIGTERM, as a shutdown
    does) stops every worker. The test waits for each of these, never for a fixed time."""
    import qrcode

    folder = tmp_path / "badges"
    make_event(db_path)
    with open_event_db(db_path) as db:
        settings.set_value(db, "kiosk_pin", "482916")
        settings.set_value(db, "print_on_checkin", "auto")
        settings.set_value(db, "printer_backend", "folder")
        settings.set_value(db, "print_folder", str(folder))
        settings.set_value(db, "sync_hub", UNREACHABLE_HUB)      # the sync worker runs too, and is stopped
        settings.set_value(db, "kiosk_pin", "4826")              # kiosk mode does not start without one
    ticket = tmp_path / "ticket.png"
    qrcode.make(PEOPLE["amara"]["code"], box_size=8, border=4).save(ticket)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_SOUND": "off", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("KIOSK_SYNC_HUB", None)

    def printed() -> bool:
        with open_event_db(db_path) as db:
            return db.scalar("SELECT count(*) FROM print_jobs WHERE status = 'done'") == 1

    app = subprocess.Popen([sys.executable, "-c", "import sys; from kiosk.ui.app import main; sys.exit(main())",
                            "--db", str(db_path), "--kiosk", "--camera", str(ticket), "--station", "door"],
                           cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: list(folder.glob("*.pdf")) and printed(), 90, "the badge to be printed", app)
        app.send_signal(signal.SIGTERM)
        _out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err[-2000:]
    badges = list(folder.glob("*.pdf"))
    assert len(badges) == 1 and badges[0].read_bytes().startswith(b"%PDF"), err[-2000:]
    with open_event_db(db_path) as db:
        assert db.scalar("SELECT count(*) FROM checkins WHERE station = 'door'") == 1
        assert db.scalar("SELECT status FROM print_jobs") == "done"
    assert "quitting on signal SIGTERM" in err
    assert "QThread: Destroyed while thread is still running" not in err
    assert "did not end in time" not in err


def test_the_kiosk_prints_and_says_nothing_about_sync_to_attendees(qtbot, db_path, tmp_path, services_for):
    from kiosk.ui.kiosk.window import KioskWindow

    folder = tmp_path / "badges"
    make_event(db_path)
    with open_event_db(db_path) as db:
        settings.set_value(db, "print_on_checkin", "auto")
        settings.set_value(db, "printer_backend", "folder")
        settings.set_value(db, "print_folder", str(folder))
        settings.set_value(db, "sync_hub", UNREACHABLE_HUB)
        settings.set_value(db, "kiosk_return_seconds", 30)
        settings.set_value(db, "kiosk_pin", "482916")
    window = KioskWindow(str(db_path), station="door", fullscreen=False)
    try:
        window.show()
        qtbot.waitExposed(window)
        services = services_for(db_path, window, kiosk=True)
        assert services.running() == ["sync-worker"]
        assert window.printing is not None and window.printing.running()   # the kiosk's own print service
        qtbot.waitUntil(lambda: services.sync_text.startswith("Sync: offline since"), timeout=5000)
        window.on_scan(PEOPLE["amara"]["code"])
        qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 1, timeout=15000)
        shown = window_words(window)
        assert "Welcome, Amara!" in shown
        assert not re.search(r"sync|offline|hub|waiting", shown, re.IGNORECASE)
        assert services.stop()
        assert services.running() == []
    finally:
        window.allow_close()
        window.close()


def checked_in_today(window) -> int:
    """The number the desk's counter shows ("Checked in today: 1 / 5")."""
    found = re.fullmatch(r"Checked in today: (\d+) / \d+", window.counter.text())
    return int(found.group(1)) if found else -1


def window_words(window) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    return "\n".join(w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
                     if w.isVisibleTo(window) and w.text())


def test_the_kiosk_starts_no_printer_when_badges_are_not_printed(qtbot, db_path, services_for):
    from kiosk.ui.kiosk.window import KioskWindow

    make_event(db_path)
    window = KioskWindow(str(db_path), station="door", fullscreen=False)
    try:
        services = services_for(db_path, window, kiosk=True)
        assert services.sync_worker is None and window.printing is None   # nothing configured
    finally:
        window.allow_close()
        window.close()


def test_the_desk_shows_offline_and_keeps_checking_in(qtbot, open_desk, desk_event, services_for):
    path = desk_event[0]
    with open_event_db(path) as db:
        settings.set_value(db, "sync_hub", UNREACHABLE_HUB)
    window = open_desk(path)
    services = services_for(path, window)
    label = window.statusBar().findChild(type(services.sync_label), "syncState")
    assert label is services.sync_label and label.isVisible()
    qtbot.waitUntil(lambda: label.text().startswith("Sync: offline since "), timeout=15000)
    assert label.text().endswith(" - 0 check-ins waiting")

    with qtbot.waitSignal(window.worker.checked_in, timeout=5000) as got:
        window.scan(PEOPLE["amara"]["code"])
    assert got.args[0].verdict == "ok"                 # the hub being away blocks nothing
    qtbot.waitUntil(lambda: checked_in_today(window) == 1, timeout=5000)
    # bool(): waitUntil takes a None as "passed"
    qtbot.waitUntil(lambda: bool(re.fullmatch(r"Sync: offline since \d\d:\d\d - 1 check-in waiting", label.text())),
                    timeout=5000)
    window.grab().save(str(path.parent / "desk-offline.png"))

    assert services.stop()
    assert services.running() == [] and services.sync_worker.isFinished()


@pytest.mark.needs_postgres
def test_the_desk_says_synced_and_its_counter_catches_up_with_another_station(
        qtbot, open_desk, desk_event, services_for, hub_url, tmp_path):  # noqa: F811 - the fixture
    from kiosk.sync import sync_round

    path = desk_event[0]
    with open_event_db(path) as db:
        settings.set_value(db, "sync_hub", hub_url)
        sync_round(db, hub_url)                             # the roster goes to the hub
    door = open_event_db(tmp_path / "door.sqlite")
    try:
        sync_round(door, hub_url)                           # the door station gets it
        window = open_desk(path)
        qtbot.waitUntil(lambda: checked_in_today(window) == 0)
        services = services_for(path, window, interval=1.0)
        qtbot.waitUntil(lambda: services.sync_label.text() == "Sync: synced", timeout=10000)

        result = checkin.check_in(door, PEOPLE["jose"]["code"], station="Door")
        assert result.verdict == "ok"
        sync_round(door, hub_url)
        qtbot.waitUntil(lambda: checked_in_today(window) == 1, timeout=10000)   # no check-in at this desk
        # the roster list follows too, without a new search: José's "Today" column says he is in
        row = window.model.row_of(desk_event[1]["jose"])
        qtbot.waitUntil(lambda: "in at" in (window.model.index(row, window.model.TODAY).data() or ""), timeout=5000)
        assert services.sync_label.text() == "Sync: synced"
    finally:
        door.close()


def status(**kwargs):
    from kiosk.sync.state import SyncStatus

    fields = dict(configured=True, online=True, offline_since=None, last_success_at="2026-07-08T14:00:00Z",
                  waiting_checkins=0, waiting_other=0, last_error="", timezone="America/Toronto")
    fields.update(kwargs)
    return SyncStatus(**fields)


def test_state_words_for_every_state_the_core_reports(qtbot, qapp):
    from kiosk.ui import i18n
    from kiosk.ui.services import sync_words

    old = status(online=False, offline_since="2026-07-08T14:42:00Z")
    assert sync_words(status()) == "Sync: synced"
    assert sync_words(status(configured=False)) == "Sync: not connected to a hub"
    assert sync_words(status(online=False, offline_since="2026-07-08T14:42:00Z", waiting_checkins=37)) == \
        "Sync: offline since Wed 8 Jul 10:42 - 37 check-ins waiting"        # in the event's time zone
    assert sync_words(status(online=False, offline_since="2026-07-08T14:42:00Z", waiting_checkins=1)) == \
        "Sync: offline since Wed 8 Jul 10:42 - 1 check-in waiting"
    assert sync_words(status(waiting_checkins=3)) == "Sync: online - 3 check-ins waiting"
    assert sync_words(status(online=False, last_success_at=None, waiting_checkins=1)) == \
        "Sync: not synced yet - 1 check-in waiting"
    assert sync_words(status(refused_settings={"max_reprints": "not a number"})) == \
        "Sync: synced - 1 setting from the hub refused"
    try:
        i18n.install_translator(qapp, "fr")
        assert sync_words(status(waiting_checkins=1)) == "Synchro\u00a0: en ligne - 1 enregistrement en attente"
        assert sync_words(status(waiting_checkins=2)) == "Synchro\u00a0: en ligne - 2 enregistrements en attente"
        assert sync_words(old) == "Synchro\u00a0: hors ligne depuis mer. 8 juil. 10 h 42 - 0 enregistrement en attente"
    finally:
        i18n.install_translator(qapp, "en")

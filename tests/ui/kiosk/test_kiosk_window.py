"""The self-scan kiosk as a person at the door meets it: scans, what it says, what it never says,
going back to the start, the organizer PIN, refusing to be left, French, and "forgot your ticket?".
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kiosk.checkin import check_in
from kiosk.roster import attendees
from kiosk.store import settings, state
from kiosk.store import open_event_db
from kiosk.ui import i18n
from tests.ui.conftest import HUMAN_GAP_MS, send_keys


# The offscreen platform warns when a window is shown; that is not the app's doing.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PIN = "482916"
PEOPLE = {
    "ana": dict(code="KT-1001", first_name="Anaïs", last_name="Tremblay-Quist", email="anais.tq@example.org",
                ticket_type="Speaker Pass"),
    "cancelled": dict(code="KT-1002", first_name="Zebulon", last_name="Marchetti-Vasquez",
                      email="zeb.mv@example.org", ticket_type="Volunteer Crew", status="refunded"),
    "bob": dict(code="KT-1003", first_name="Bob", last_name="Okonkwo", email="bob.o@example.org",
                ticket_type="Participant"),
}


def add(db, **fields) -> int:
    fields = dict(fields)
    fields.setdefault("full_name", f"{fields['first_name']} {fields['last_name']}")
    with db.write() as conn:
        return attendees.insert(conn, fields)


def window_text(window: QWidget) -> str:
    """Everything the window could show or say: texts, accessible names, tooltips, placeholders."""
    parts = [window.windowTitle(), window.accessibleName()]
    for w in window.findChildren(QWidget):
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            parts.append(w.text())
        if isinstance(w, QLineEdit):
            parts.append(w.placeholderText())
        parts += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
    return "\n".join(p for p in parts if p)


def visible_text(window: QWidget) -> str:
    return "\n".join(w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
                     if w.isVisibleTo(window) and w.text())


@pytest.fixture
def roster(db_path):
    with open_event_db(db_path) as db:
        db.set_event("Kiosk Test Summit", [], "America/Toronto")
        settings.set_value(db, "kiosk_pin", PIN)
        settings.set_value(db, "kiosk_return_seconds", 30)
        ids = {key: add(db, **fields) for key, fields in PEOPLE.items()}
    return db_path, ids


@pytest.fixture
def open_kiosk(qtbot):
    from kiosk.ui.kiosk.window import KioskWindow

    windows = []

    def opener(path, size=(1280, 800)) -> KioskWindow:
        window = KioskWindow(str(path), station="door", fullscreen=False)
        windows.append(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield opener
    for window in windows:
        if window.worker is not None:
            window.may_close = True
            window.close()
        window.deleteLater()  # destroyed here, on the GUI thread, not by a garbage collection elsewhere
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.install_translator(QApplication.instance(), "en")


@pytest.fixture
def kiosk(open_kiosk, roster):
    window = open_kiosk(roster[0])
    window.ids = roster[1]
    return window


def scan(qtbot, window, payload: str, screen: str) -> None:
    window.on_scan(payload)
    qtbot.waitUntil(lambda: window.current_page() == "result" and window.result_page.shown.screen == screen,
                    timeout=5000)


def test_ok_scan_greets_by_first_name_only(qtbot, kiosk):
    scan(qtbot, kiosk, "KT-1001", "welcome")
    shown = visible_text(kiosk)
    assert "Welcome, Anaïs!" in shown
    assert "Tremblay" not in window_text(kiosk) and "Speaker" not in window_text(kiosk)
    with open_event_db(kiosk.db_path) as db:
        assert db.scalar("SELECT count(*) FROM checkins WHERE station = 'door'") == 1


def test_badge_printing_is_announced_when_printing_on_check_in(qtbot, open_kiosk, roster):
    with open_event_db(roster[0]) as db:
        settings.set_value(db, "print_on_checkin", "auto")
    window = open_kiosk(roster[0])
    scan(qtbot, window, "KT-1003", "welcome")
    qtbot.waitUntil(lambda: "Your badge is printing" in visible_text(window), timeout=5000)
    with open_event_db(roster[0]) as db:
        assert db.scalar("SELECT count(*) FROM print_jobs WHERE attendee_id = ?", (roster[1]["bob"],)) == 1


def test_no_badge_line_when_printing_is_off(qtbot, kiosk):
    scan(qtbot, kiosk, "KT-1003", "welcome")
    qtbot.wait(200)
    assert "badge is printing" not in visible_text(kiosk)


def test_already_checked_in(qtbot, kiosk):
    with open_event_db(kiosk.db_path) as db:
        check_in(db, "KT-1003", station="desk")
    scan(qtbot, kiosk, "KT-1003", "already")
    shown = visible_text(kiosk)
    assert "already checked in" in shown and "ask at the desk" in shown.lower()
    assert "Bob" not in window_text(kiosk)


def test_unknown_ticket_sends_to_the_desk(qtbot, kiosk):
    scan(qtbot, kiosk, "NO-SUCH-TICKET-42", "desk")
    assert "registration desk" in visible_text(kiosk)


@pytest.mark.parametrize("payload", ["KT-1002", "WIFI:S:venue;T:WPA;P:secret;;"])
def test_cancelled_or_not_a_ticket_never_shows_anyones_details(qtbot, kiosk, payload):
    scan(qtbot, kiosk, payload, "desk")
    text = window_text(kiosk).lower()
    person = PEOPLE["cancelled"]
    for part in ("Zebulon", "Marchetti", "Vasquez", "zeb.mv", "Volunteer", "Crew", "refunded"):
        assert part.lower() not in text, part
    assert "registration desk" in text
    assert person["code"].lower() not in text


def test_each_outcome_has_its_own_icon_words_and_sound(qtbot, kiosk):
    seen = {}
    with open_event_db(kiosk.db_path) as db:
        check_in(db, "KT-1003", station="desk")
    for payload, screen in (("KT-1001", "welcome"), ("KT-1003", "already"), ("NOPE-1", "desk")):
        scan(qtbot, kiosk, payload, screen)
        page = kiosk.result_page
        seen[screen] = (page.icon.pixmap().toImage(), page.headline.text(), kiosk.last_sound,
                        page.palette().color(page.backgroundRole()).name())
    icons, words, sounds = ([v[i] for v in seen.values()] for i in range(3))
    assert len(set(words)) == 3 and len(set(sounds)) == 3
    assert icons[0] != icons[1] != icons[2] != icons[0]


def test_back_to_idle_after_the_return_delay(qtbot, open_kiosk, roster):
    with open_event_db(roster[0]) as db:
        settings.set_value(db, "kiosk_return_seconds", 0.5)
    window = open_kiosk(roster[0])
    scan(qtbot, window, "KT-1001", "welcome")
    started = time.monotonic()
    qtbot.waitUntil(lambda: window.current_page() == "idle", timeout=3000)
    assert time.monotonic() - started >= 0.3
    assert "Scan your ticket" in visible_text(window)
    assert "Anaïs" not in visible_text(window)


def test_a_usb_scanner_works_on_the_kiosk(qtbot, kiosk):
    t = int(time.monotonic() * 1000)
    keys = [(Qt.Key(ord(ch)) if ch.isalnum() else Qt.Key.Key_Minus, ch) for ch in "KT-1003"]
    for key, ch in keys + [(Qt.Key.Key_Return, "\r")]:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            event.setTimestamp(t)
            QApplication.sendEvent(kiosk, event)
        t += 8
    qtbot.waitUntil(lambda: kiosk.current_page() == "result", timeout=5000)
    assert "Welcome, Bob!" in visible_text(kiosk)


def test_escape_close_and_ctrl_q_do_not_leave(qtbot, kiosk):
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(kiosk, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert kiosk.close() is False
    qtbot.wait(50)
    assert kiosk.isVisible()
    assert kiosk.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    # a refused close asks for the PIN instead
    assert kiosk.current_page() == "pin"
    # and Escape from there goes back to the start, still inside the kiosk
    qtbot.keyClick(kiosk.pin_page.field, Qt.Key.Key_Escape)
    assert kiosk.current_page() == "idle" and kiosk.isVisible()


def test_nothing_of_the_desk_is_reachable(kiosk):
    from PySide6.QtWidgets import QAbstractItemView

    assert not kiosk.findChildren(QAbstractItemView)  # no roster, no list, no search results
    texts = visible_text(kiosk).lower()
    assert "search" not in texts and "roster" not in texts and "settings" not in texts


def test_right_pin_opens_the_organizer_screen_and_leaves(qtbot, kiosk):
    qtbot.keyClick(kiosk, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert kiosk.current_page() == "pin"
    for digit in PIN:
        qtbot.mouseClick(kiosk.pin_page.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.pin_page.keys["ok"], Qt.MouseButton.LeftButton)
    assert kiosk.current_page() == "organizer"
    with qtbot.waitSignal(kiosk.left_kiosk, timeout=5000):
        qtbot.mouseClick(kiosk.organizer_page.leave_button, Qt.MouseButton.LeftButton)
    assert not kiosk.isVisible()
    assert kiosk.worker is None  # workers stopped


def test_wrong_pin_slows_down_and_stays_locked(qtbot, kiosk):
    kiosk.ask_for_pin()
    send_keys(kiosk.pin_page.field, "111111", gap_ms=HUMAN_GAP_MS)  # a person types the PIN
    assert kiosk.current_page() == "pin"
    assert "Wrong PIN" in kiosk.pin_page.message.text() and "4" in kiosk.pin_page.message.text()
    assert not kiosk.pin_page.keys["ok"].isEnabled()  # the slow-down
    qtbot.waitUntil(lambda: kiosk.pin_page.keys["ok"].isEnabled(), timeout=3000)
    assert kiosk.close() is False and kiosk.isVisible()


def test_lock_out_refuses_even_the_right_pin_and_survives_a_restart(qtbot, open_kiosk, roster):
    from kiosk import pin

    with open_event_db(roster[0]) as db:
        state.put(db, pin.ATTEMPTS_KEY, {"failures": pin.MAX_FAILURES - 1})
    window = open_kiosk(roster[0])
    window.ask_for_pin()
    send_keys(window.pin_page.field, "000000", gap_ms=HUMAN_GAP_MS)  # a person types the PIN
    assert "Too many wrong PINs" in window.pin_page.message.text()
    assert "4:59" in window.pin_page.message.text() or "5:00" in window.pin_page.message.text()
    window.may_close = True
    window.close()
    again = open_kiosk(roster[0])  # a restart
    again.ask_for_pin()
    assert "Too many wrong PINs" in again.pin_page.message.text()
    again.pin_page.field.setEnabled(True)  # even if someone got the field to accept input
    again.pin_page.field.setText(PIN)
    again.pin_page._wait_until = None
    again.pin_page.submit()
    assert again.current_page() == "pin"


def test_no_scan_is_taken_while_the_organizer_screen_is_open(qtbot, kiosk):
    kiosk.ask_for_pin()
    kiosk.on_scan("KT-1001")
    qtbot.wait(300)
    assert kiosk.current_page() == "pin"
    with open_event_db(kiosk.db_path) as db:
        assert db.scalar("SELECT count(*) FROM checkins") == 0


def test_language_switch_to_french_and_back(qtbot, kiosk):
    assert "fr" in kiosk.languages and "fr" in kiosk.idle_page.language_buttons
    english = visible_text(kiosk)
    qtbot.mouseClick(kiosk.idle_page.language_buttons["fr"], Qt.MouseButton.LeftButton)
    french = visible_text(kiosk)
    assert "Scannez votre billet" in french and "Scan your ticket" not in french
    assert kiosk.idle_page.language_buttons["fr"].isChecked()
    # dates follow the language: the French clock names a French month or weekday
    assert any(day in kiosk.idle_page.clock.text() for day in
               ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))
    scan(qtbot, kiosk, "KT-1001", "welcome")
    assert "Bienvenue, Anaïs" in visible_text(kiosk)
    kiosk.show_idle()
    qtbot.mouseClick(kiosk.idle_page.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert visible_text(kiosk) .split("\n")[:3] == english.split("\n")[:3]


def test_forgot_ticket_is_off_by_default(kiosk):
    assert not kiosk.idle_page.forgot_button.isVisibleTo(kiosk)
    kiosk.show_forgot()
    assert kiosk.current_page() == "idle"


def test_forgot_ticket_finds_and_checks_in(qtbot, open_kiosk, roster):
    with open_event_db(roster[0]) as db:
        settings.set_value(db, "forgot_ticket_enabled", True)
    window = open_kiosk(roster[0])
    assert window.idle_page.forgot_button.isVisibleTo(window)
    qtbot.mouseClick(window.idle_page.forgot_button, Qt.MouseButton.LeftButton)
    page = window.forgot_page
    assert window.current_page() == "forgot"
    qtbot.keyClicks(page.email, "nobody@example.org")
    qtbot.keyClicks(page.last_name, "Tremblay-Quist")
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "couldn't find your ticket" in page.message.text(), timeout=5000)
    page.email.setText("ANAIS.TQ@example.org")
    page.last_name.setText("tremblay-quist")
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "result", timeout=5000)
    assert "Welcome, Anaïs!" in visible_text(window)
    with open_event_db(roster[0]) as db:
        assert db.scalar("SELECT count(*) FROM checkins WHERE attendee_id = ?", (roster[1]["ana"],)) == 1


def test_forgot_ticket_is_rate_limited(qtbot, open_kiosk, roster):
    from kiosk import forgot_ticket

    with open_event_db(roster[0]) as db:
        settings.set_value(db, "forgot_ticket_enabled", True)
    window = open_kiosk(roster[0])
    window.show_forgot()
    page = window.forgot_page
    for i in range(forgot_ticket.MAX_FAILURES):
        window.forgot_lookup(f"guess{i}@example.org", "Tremblay-Quist")
        qtbot.waitUntil(lambda: page.find_button.isEnabled(), timeout=5000)
    window.forgot_lookup("anais.tq@example.org", "Tremblay-Quist")
    qtbot.waitUntil(lambda: "Too many tries" in page.message.text(), timeout=5000)
    assert window.current_page() == "forgot"


def test_camera_preview_and_scan_end_to_end(qtbot, db_path):
    """The demo ticket video as the camera: the preview shows, its tickets check in."""
    from pathlib import Path

    video = Path(__file__).resolve().parents[3] / "resources" / "demo" / "demo-tickets.mp4"
    with open_event_db(db_path) as db:
        db.set_event("Camera Test", [], "America/Toronto")
        settings.set_value(db, "kiosk_pin", PIN)
        for n in range(1, 10):
            add(db, code=f"KIOSK-DEMO-{n:04d}", first_name=f"Demo{n}", last_name="Person", email=f"d{n}@example.org")
    from kiosk.ui.kiosk.window import KioskWindow

    window = KioskWindow(str(db_path), camera=str(video), camera_loop=True, fullscreen=False)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.current_page() == "result", timeout=15000)
        assert window.result_page.shown.screen == "welcome"
        assert window.result_page.headline.text().startswith("Welcome, Demo")
        assert window.camera_state == "ready"
        assert window.idle_page.camera.has_image()  # the mirrored preview arrived
    finally:
        window.allow_close()
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_holding_the_top_left_corner_asks_for_the_pin(qtbot, kiosk):
    kiosk.hotspot._timer.setInterval(100)  # three seconds in the real kiosk
    qtbot.mouseClick(kiosk.hotspot, Qt.MouseButton.LeftButton)  # a tap is not a hold
    qtbot.wait(200)
    assert kiosk.current_page() == "idle"
    qtbot.mousePress(kiosk.hotspot, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.current_page() == "pin", timeout=2000)
    qtbot.mouseRelease(kiosk.hotspot, Qt.MouseButton.LeftButton)

"""The kiosk an attendee cannot leave or misuse: no kiosk without an organizer PIN, no way out without it,
the keyboard kept, "Forgot your ticket?" with an on-screen keyboard that clears itself and is not
confused by fast typing, everything reset for the next person, and "not valid today" on its own page.
"""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk import pin
from kiosk.store import open_event_db, settings, state
from kiosk.ui import i18n
from kiosk.ui.kiosk import flow
from tests.ui.conftest import HUMAN_GAP_MS, SCANNER_GAP_MS, send_keys
from tests.ui.kiosk.test_kiosk_window import PEOPLE, PIN, add, visible_text, window_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")

_last = 0


def keys(widget, text: str, *, gap_ms: int, pause_ms: int = 300, enter: bool = True) -> None:
    """Key presses with timestamps that only go forward, as X gives them."""
    global _last
    _last = send_keys(widget, text, gap_ms=gap_ms, start_ms=max(int(time.monotonic() * 1000), _last) + pause_ms,
                      enter=enter)


@pytest.fixture
def event(db_path):
    """A roster without a PIN yet; `with_pin` sets one."""
    with open_event_db(db_path) as db:
        today = date.today()
        db.set_event("Door Test Summit", [(today + timedelta(days=i)).isoformat() for i in (-1, 0, 1)], "UTC")
        settings.set_value(db, "forgot_ticket_enabled", True)
        settings.set_value(db, "kiosk_return_seconds", 30)
        settings.set_value(db, "ticket_type_days", {"Day 3 only": [(today + timedelta(days=1)).isoformat()]})
        ids = {key: add(db, **fields) for key, fields in PEOPLE.items()}
        ids["dana"] = add(db, code="KT-1004", first_name="Dana", last_name="Levi", email="dana@example.org",
                          ticket_type="Day 3 only")
    return db_path, ids


@pytest.fixture
def with_pin(event):
    with open_event_db(event[0]) as db:
        settings.set_value(db, "kiosk_pin", PIN)
    return event


@pytest.fixture
def open_kiosk(qtbot):
    from kiosk.ui.kiosk.window import KioskWindow

    windows = []

    def opener(path, **kw) -> KioskWindow:
        kw.setdefault("fullscreen", False)
        window = KioskWindow(str(path), station="door", **kw)
        windows.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    yield opener
    for window in windows:
        window.allow_close()
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.install_translator(QApplication.instance(), "en")


def checkins(db_path) -> int:
    with open_event_db(db_path) as db:
        return db.scalar("SELECT count(*) FROM checkins")


# -- no kiosk without a PIN, no way out without it --------------------------------------------------------
def test_the_first_start_asks_the_organizer_to_set_a_pin_and_takes_no_scan_before(qtbot, open_kiosk, event):
    kiosk = open_kiosk(event[0])
    qtbot.waitUntil(lambda: kiosk.current_page() == "setup", timeout=5000)
    kiosk.on_scan("KT-1001")
    qtbot.wait(200)
    assert kiosk.current_page() == "setup" and checkins(event[0]) == 0
    page = kiosk.setup_page
    page.first.setText("4829")
    page.second.setText("4828")
    page.submit()
    assert "not the same" in page.message.text() and kiosk.current_page() == "setup"
    page.first.setText("12")
    page.submit()
    assert "4 to 12 digits" in page.message.text()
    for key in "482916":
        page.keys[key].click()                          # a touch screen: the keypad
    page.keys["next"].click()
    for key in "482916":
        page.keys[key].click()
    assert page.first.text() == "12482916" and page.second.text() == "482916"
    page.first.setText("482916")
    page.submit()
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=5000)
    with open_event_db(event[0]) as db:
        assert pin.pin_is_set(db) and "482916" not in str(settings.get(db, "kiosk_pin"))   # stored hashed
    kiosk.on_scan("KT-1001")
    qtbot.waitUntil(lambda: kiosk.current_page() == "result", timeout=5000)


def test_cancelling_the_pin_setup_never_starts_the_kiosk(qtbot, open_kiosk, event):
    kiosk = open_kiosk(event[0])
    qtbot.waitUntil(lambda: kiosk.current_page() == "setup", timeout=5000)
    with qtbot.waitSignal(kiosk.left_kiosk, timeout=5000):
        kiosk.setup_page.cancel_button.click()
    assert not kiosk.isVisible()


def test_no_continue_and_no_example_pin_when_the_pin_goes_away(qtbot, open_kiosk, with_pin):
    kiosk = open_kiosk(with_pin[0])
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=5000)
    with open_event_db(with_pin[0]) as db:          # removed while the kiosk runs (another station, the CLI)
        settings.unset(db, "kiosk_pin")
    kiosk.ask_for_pin()
    qtbot.waitUntil(lambda: not kiosk.pin_page.is_busy(), timeout=5000)
    text = window_text(kiosk)
    assert "Continue" not in text and "482916" not in text and "kiosk_pin" not in text
    kiosk.pin_page.field.setText("0000")
    kiosk.pin_page.submit()
    qtbot.wait(300)
    assert kiosk.current_page() == "pin" and kiosk.close() is False and kiosk.isVisible()


# -- the keyboard stays with the kiosk; a hidden desk never hears a scan ---------------------------------
def test_another_window_taking_the_focus_gives_it_back_to_the_kiosk(qtbot, open_kiosk, with_pin):
    kiosk = open_kiosk(with_pin[0], keep_focus=True)
    qtbot.waitUntil(lambda: kiosk.isActiveWindow(), timeout=5000)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: kiosk.focus_keeper.taken_back >= 1 and kiosk.isActiveWindow(), timeout=5000)
    keys(kiosk, "KT-1003", gap_ms=SCANNER_GAP_MS)
    qtbot.waitUntil(lambda: kiosk.current_page() == "result", timeout=5000)
    assert "Welcome, Bob!" in visible_text(kiosk)


def test_the_desk_stops_listening_while_its_kiosk_is_up(qtbot, open_desk, with_pin):
    desk = open_desk(with_pin[0])
    kiosk = desk.organizer._start_kiosk(fullscreen=False)   # after the organizer typed the PIN at the desk
    qtbot.waitUntil(lambda: kiosk.isVisible(), timeout=5000)
    assert not desk.isVisible() and not desk.wedge.listening
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=5000)
    kiosk.allow_close()
    with qtbot.waitSignal(kiosk.left_kiosk, timeout=5000):
        kiosk.close()
    assert desk.isVisible() and desk.wedge.listening


# -- forgot your ticket? -------------------------------------------------------------------------------------
def test_forgot_ticket_with_the_on_screen_keyboard_alone(qtbot, open_kiosk, with_pin):
    kiosk = open_kiosk(with_pin[0])
    qtbot.waitUntil(lambda: kiosk.idle_page.forgot_button.isVisible(), timeout=5000)
    kiosk.idle_page.forgot_button.click()
    page = kiosk.forgot_page
    page.keyboard.type_text("anais.tq@example.org")
    page.keyboard.press("next")
    page.keyboard.type_text("Tremblay-Quist")
    assert page.email.text() == "anais.tq@example.org" and page.last_name.text() == "Tremblay-Quist"
    page.find_button.click()
    qtbot.waitUntil(lambda: kiosk.current_page() == "result", timeout=5000)
    assert "Welcome, Anaïs!" in visible_text(kiosk)
    assert page.email.text() == "" and page.last_name.text() == ""        # the next person sees nothing


def test_the_french_keyboard_is_azerty_with_french_letters(qtbot, open_kiosk, with_pin):
    kiosk = open_kiosk(with_pin[0])
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=5000)
    kiosk.set_language("fr")
    kiosk.show_forgot()
    board = kiosk.forgot_page.keyboard
    assert board.language == "fr" and all(ch in board.keys for ch in "éèêàçôûùëï@.-_'")
    row = [board.grid.itemAtPosition(1, c).widget().text() for c in range(6)]
    assert row == ["a", "z", "e", "r", "t", "y"]
    qtbot.mouseClick(kiosk.forgot_page.last_name, Qt.MouseButton.LeftButton)     # a finger on the field
    board.type_text("Bélanger")
    assert kiosk.forgot_page.last_name.text() == "Bélanger"


def test_the_form_clears_itself_when_the_person_walks_away(qtbot, open_kiosk, with_pin, monkeypatch):
    monkeypatch.setitem(flow.IDLE_MS, flow.FORGOT, 300)
    kiosk = open_kiosk(with_pin[0])
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=5000)
    kiosk.set_language("fr")
    kiosk.show_forgot()
    kiosk.forgot_page.keyboard.type_text("someone@example.org")
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=3000)
    assert kiosk.forgot_page.email.text() == "" and kiosk.language == "en"    # reset for the next person


def test_an_email_typed_fast_is_never_a_scan_and_a_real_scan_leaves_the_fields(qtbot, open_kiosk, with_pin):
    kiosk = open_kiosk(with_pin[0])
    qtbot.waitUntil(lambda: kiosk.idle_page.forgot_button.isVisible(), timeout=5000)
    kiosk.show_forgot()
    page = kiosk.forgot_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.email, timeout=3000)
    keys(page.email, "bob.o@example.org", gap_ms=6)                   # as fast as a scanner, or bunched by X
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.last_name, timeout=5000)   # Enter: next field
    assert page.email.text() == "bob.o@example.org" and kiosk.current_page() == "forgot"
    keys(page.last_name, "Oko", gap_ms=HUMAN_GAP_MS, enter=False)
    seen = {}
    kiosk.wedge.scanned.connect(lambda _code: seen.setdefault("fields", (page.email.text(), page.last_name.text())))
    keys(page.last_name, "KT-1001", gap_ms=SCANNER_GAP_MS, pause_ms=600)  # a ticket scanned while on the form
    qtbot.waitUntil(lambda: kiosk.current_page() == "result", timeout=5000)
    assert seen["fields"] == ("bob.o@example.org", "Oko")             # the burst typed into neither field
    assert "Welcome, Anaïs!" in visible_text(kiosk)


def test_a_burst_at_the_pin_page_is_dropped_and_types_nothing(qtbot, open_kiosk, with_pin):
    kiosk = open_kiosk(with_pin[0])
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=5000)
    kiosk.ask_for_pin()
    qtbot.waitUntil(lambda: not kiosk.pin_page.is_busy(), timeout=5000)
    field = kiosk.pin_page.field
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=3000)
    keys(field, "12", gap_ms=HUMAN_GAP_MS, enter=False)
    keys(field, "KT-1001", gap_ms=SCANNER_GAP_MS, pause_ms=600)
    qtbot.wait(400)
    assert field.text() == "12" and kiosk.current_page() == "pin" and checkins(with_pin[0]) == 0
    with open_event_db(with_pin[0]) as db:
        assert not state.get(db, pin.ATTEMPTS_KEY, {}).get("failures")   # no PIN try was spent


# -- the next person ---------------------------------------------------------------------------------------
def test_the_language_goes_back_after_the_result(qtbot, open_kiosk, with_pin):
    kiosk = open_kiosk(with_pin[0])
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=5000)
    kiosk.set_language("fr")
    kiosk.on_scan("KT-1003")
    qtbot.waitUntil(lambda: kiosk.current_page() == "result", timeout=5000)
    assert "Bienvenue, Bob\u202f!" in visible_text(kiosk)
    kiosk.result_page.tapped.emit()                     # or the return timer
    assert kiosk.current_page() == "idle" and kiosk.language == "en"
    assert "Scan your ticket" in visible_text(kiosk)


def test_a_language_chosen_by_someone_who_walked_away_goes_back(qtbot, open_kiosk, with_pin):
    kiosk = open_kiosk(with_pin[0])
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=5000)
    kiosk.lang.timer.setInterval(200)
    kiosk.set_language("fr")
    assert kiosk.language == "fr"
    qtbot.waitUntil(lambda: kiosk.language == "en", timeout=3000)


@pytest.mark.parametrize("lang, words", [("en", "It is valid on "), ("fr", "Il est valable le ")])
def test_not_valid_today_says_which_day_the_ticket_is_for(qtbot, open_kiosk, with_pin, lang, words):
    from kiosk.clock import format_day

    kiosk = open_kiosk(with_pin[0])
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=5000)
    kiosk.set_language(lang)
    kiosk.on_scan("KT-1004")
    qtbot.waitUntil(lambda: kiosk.current_page() == "result", timeout=5000)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    shown = visible_text(kiosk)
    assert kiosk.result_page.shown.screen == "not_today" and words + format_day(tomorrow, lang) in shown
    assert "Dana" not in window_text(kiosk)             # no name at the door for a ticket that did not admit


def test_the_idle_clock_is_the_event_s(qtbot, open_kiosk, with_pin):
    from kiosk.clock import format_instant

    kiosk = open_kiosk(with_pin[0])
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=5000)
    kiosk.idle_page.set_event_name("Tokyo Summit", "Asia/Tokyo")
    kiosk.idle_page.update_clock()
    from datetime import datetime, timezone

    now = datetime.now(timezone.utc)
    assert format_instant(now, "Asia/Tokyo", "day") in kiosk.idle_page.clock.text()
    assert isinstance(kiosk.forgot_page.email, QLineEdit)


def test_the_pin_setup_speaks_the_organizer_s_language_and_the_kiosk_its_own(qtbot, qapp, open_kiosk, event):
    """The app started with --lang fr showed the first PIN page in English (the kiosk's language)."""
    i18n.install_translator(qapp, "fr")          # what `main.py --lang fr --kiosk` does before the kiosk opens
    kiosk = open_kiosk(event[0])
    qtbot.waitUntil(lambda: kiosk.current_page() == "setup", timeout=5000)
    page = kiosk.setup_page
    assert page.headline.text() == "Définir le code PIN des organisateurs"
    assert page.start_button.text() == "Démarrer la borne"
    page.first.setText("482916")
    page.second.setText("482916")
    page.submit()
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=5000)
    assert kiosk.language == "en"                # kiosk_language: attendees meet the kiosk's own language
    assert "Scan your ticket" in visible_text(kiosk)

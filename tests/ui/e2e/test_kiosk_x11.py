"""The self-scan kiosk in a real window at the door (Xvfb 1366x768, openbox, xdotool), opened from the
desk: its first start asks for the organizer PIN (the desk behind stops listening), then it takes scanner bursts from any page without ever typing them into a
field (the PIN setup, the forgot-ticket form, the PIN page), keeps the keyboard when another window
or Alt+Tab takes it, is usable with the mouse alone, never takes an e-mail typed quickly for a scan,
and speaks its own language again for the next person. One app start for the whole module.
"""

from __future__ import annotations

import pytest

from kiosk.store import open_event_db, settings
from tests.ui.e2e.xsession import XSession, missing_tools
from tests.ui.kiosk.test_kiosk_window import PEOPLE, add

pytestmark = [pytest.mark.skipif(bool(missing_tools()), reason=f"an X test needs {', '.join(missing_tools())} "
                                 "(apt-get install xvfb openbox xdotool x11-utils; scripts/install-debian.sh --test)"),
              pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]

MORE = {"chen": dict(code="KT-1005", first_name="Chen", last_name="Wei", email="chen@example.org",
                     ticket_type="Participant"),
        "noor": dict(code="KT-1006", first_name="Noor", last_name="Haddad", email="noor@example.org",
                     ticket_type="Participant")}


@pytest.fixture(scope="module")
def kiosk(tmp_path_factory):
    path = tmp_path_factory.mktemp("x11-kiosk") / "event.sqlite"
    with open_event_db(path) as db:
        db.set_event("Kiosk Test Summit", [], "America/Toronto")
        settings.set_value(db, "forgot_ticket_enabled", True)
        settings.set_value(db, "kiosk_return_seconds", 2)
        for fields in (*PEOPLE.values(), *MORE.values()):
            add(db, **fields)
    with XSession("1366x768") as x:
        # the organizer opens kiosk mode from the desk (Organizer > Open kiosk mode, Ctrl+Shift+K); the
        # event has no PIN yet, so the kiosk asks for one before anything else
        app = x.start_app(["--db", str(path), "--station", "door", "--no-sound"], title="Check-in desk")
        app.wait(lambda s: s["desk"]["rows"] > 0 and s["active"] == "DeskWindow", "the desk, ready", 20)
        x.key("ctrl+shift+k")
        state = app.wait(lambda s: s["kiosk"]["page"] == "setup" and s["active"] == "KioskWindow", "the PIN setup",
                         20)
        assert not state["desk"]["visible"] and not state["desk"]["listening"]     # the desk behind is deaf
        x.db, x.app = path, app
        yield x
        assert app.stop() == 0, app.errors()


def checked_in(db) -> list[str]:
    with open_event_db(db) as opened:
        return [r["code"] for r in opened.query("SELECT a.code FROM checkins c JOIN attendees a ON a.id = c.attendee_id "
                                                "ORDER BY c.at")]


def kiosk_fields(state: dict) -> list[str]:
    return next(fields for name, fields in state["fields"].items() if name.startswith("KioskWindow"))


def welcome(x, code: str, name: str, words: str = "Welcome, ") -> dict:
    state = x.app.wait(lambda s: s["kiosk"]["page"] == "result" and any(
        (words + name) in label for label in s["kiosk"]["labels"]), f"{words}{name}")
    assert checked_in(x.db)[-1] == code
    return state


def test_the_first_start_asks_for_the_pin_and_a_burst_there_types_nothing(kiosk):
    kiosk.scan("KT-1001")
    state = kiosk.app.wait(lambda s: any(d["reason"] == "ticket" for d in s["decisions"]), "the burst decided")
    assert state["kiosk"]["page"] == "setup" and checked_in(kiosk.db) == []
    assert not any(f.split("=", 1)[1] for f in kiosk_fields(state) if f.startswith("QLineEdit"))
    kiosk.type("4829", per_key_ms=90)
    kiosk.key("Return")
    kiosk.type("4829", per_key_ms=60)
    kiosk.key("Return")
    kiosk.app.wait(lambda s: s["kiosk"]["page"] == "idle" and s["kiosk"]["started"], "the kiosk started")
    with open_event_db(kiosk.db) as db:
        assert settings.get(db, "kiosk_pin").startswith("scrypt$")


def test_a_burst_at_the_start_page_welcomes_the_person(kiosk):
    kiosk.scan("KT-1003")
    welcome(kiosk, "KT-1003", "Bob!")
    kiosk.app.wait(lambda s: s["kiosk"]["page"] == "idle", "back to the start by itself")


def test_the_kiosk_takes_the_keyboard_back_from_another_window_and_alt_tab(kiosk):
    before = kiosk.app.state()["kiosk"]["taken_back"]
    kiosk.start_other_window()
    kiosk.run("xdotool", "windowactivate", kiosk.window_id("other"), check=False)
    kiosk.app.wait(lambda s: s["kiosk"]["taken_back"] > before and s["active"] == "KioskWindow",
                   "the kiosk active again")
    kiosk.key("alt+Tab")
    kiosk.app.wait(lambda s: s["active"] == "KioskWindow", "the kiosk active after Alt+Tab")
    kiosk.scan("KT-1001")                          # the scan reaches the kiosk, not the other window
    welcome(kiosk, "KT-1001", "Anaïs!")
    kiosk.key("Escape")
    kiosk.app.wait(lambda s: s["kiosk"]["page"] == "idle", "the start page")


def test_forgot_ticket_with_the_mouse_a_fast_email_and_a_burst_on_the_form(kiosk):
    state = kiosk.app.state()
    kiosk.click(state["kiosk"]["forgot_button"])
    state = kiosk.app.wait(lambda s: s["kiosk"]["page"] == "forgot", "the forgot-ticket form")
    for key in "bob":                              # a finger on the on-screen keyboard
        kiosk.click(state["kiosk"]["keys"][key])
    kiosk.type(".o@example.org", per_key_ms=4)     # the rest typed as fast as a scanner: still an e-mail
    kiosk.key("Return")
    state = kiosk.app.wait(lambda s: s["focus_name"] == "forgotLastName", "Enter moves to the last name")
    assert "forgotEmail=bob.o@example.org" in kiosk_fields(state) and state["kiosk"]["page"] == "forgot"
    kiosk.type("Oko", per_key_ms=120)
    kiosk.screenshot("kiosk-forgot-typed")
    kiosk.scan("KT-1005")                          # someone scans while the form is open
    welcome(kiosk, "KT-1005", "Chen!")
    at_scan = kiosk_fields({"fields": kiosk.app.last["scans"][-1]["fields"]})
    assert "forgotEmail=bob.o@example.org" in at_scan and "forgotLastName=Oko" in at_scan
    kiosk.key("Escape")
    state = kiosk.app.wait(lambda s: s["kiosk"]["page"] == "idle", "the start page")
    assert "forgotEmail=" in kiosk_fields(state) and "forgotLastName=" in kiosk_fields(state)   # emptied


def test_a_burst_at_the_pin_page_is_dropped_and_types_nothing(kiosk):
    kiosk.key("ctrl+shift+l")
    kiosk.app.wait(lambda s: s["kiosk"]["page"] == "pin" and s["focus"] == "QLineEdit", "the PIN page")
    kiosk.type("12", per_key_ms=150)
    kiosk.scan("KT-1006")
    state = kiosk.app.wait(lambda s: s["decisions"] and s["decisions"][-1]["reason"] == "ticket", "the burst decided")
    assert state["kiosk"]["page"] == "pin" and "KT-1006" not in checked_in(kiosk.db)
    pin_field = [f for f in kiosk_fields(state) if f.startswith("QLineEdit=12")]
    assert pin_field, kiosk_fields(state)
    kiosk.key("Escape")
    kiosk.app.wait(lambda s: s["kiosk"]["page"] == "idle", "the start page")


def test_the_next_person_gets_the_kiosk_s_own_language_back(kiosk):
    state = kiosk.app.state()
    kiosk.click(state["kiosk"]["buttons"]["FR"])
    kiosk.app.wait(lambda s: s["kiosk"]["language"] == "fr", "French")
    kiosk.scan("KT-1006")
    welcome(kiosk, "KT-1006", "Noor\u202f!", "Bienvenue, ")      # French spacing: a thin no-break space
    kiosk.app.wait(lambda s: s["kiosk"]["page"] == "idle" and s["kiosk"]["language"] == "en", "English again")

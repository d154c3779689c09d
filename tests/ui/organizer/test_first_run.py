"""The first run as a new organizer meets it: no event yet → create one (or open a file, or try the demo
in its own file) → the desk on it, saying to import; never the demo's people or video in a real event."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.store import open_event_db
from kiosk.ui import dialogs
from kiosk.ui.organizer.event_form import EventForm
from kiosk.ui.organizer.first_run import FirstRunSetup
from kiosk.ui.organizer.launch import DEMO_VIDEO, AppShell
from tests.ui.organizer.conftest import shoot, shown


@pytest.fixture
def shell_for(qtbot):
    from kiosk.ui.sounds import VerdictSounds

    made: list[AppShell] = []

    def make(**kwargs) -> AppShell:
        kwargs.setdefault("sounds", VerdictSounds(False))
        shell = AppShell(**kwargs)
        made.append(shell)
        return shell

    yield make
    for shell in made:
        shell.stop()


@pytest.fixture
def cameras(monkeypatch):
    """What the desk is asked to play as its camera (nothing is played: no video decoding in these tests)."""
    from kiosk.ui.desk.window import DeskWindow

    asked: list[tuple[str, bool]] = []
    monkeypatch.setattr(DeskWindow, "start_camera", lambda self, source, *, loop=False: asked.append((str(source), loop)))
    return asked


def desk_of(shell, qtbot):
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible(), timeout=10000)
    window = shell.window
    qtbot.waitUntil(lambda: window.event_info.get("name"), timeout=10000)
    return window


def test_no_event_opens_the_setup_and_creating_one_opens_an_empty_desk_that_says_to_import(
        shell_for, qtbot, tmp_path, cameras):
    target = tmp_path / "training.sqlite"
    shell = shell_for(db=str(target))
    shell.start()
    setup = shell.setup
    assert isinstance(setup, FirstRunSetup) and setup.isVisible()
    assert not target.exists()                                         # nothing made, nothing loaded
    setup.resize(700, 520)
    shoot(setup, "setup-1-welcome")
    setup.create_button.click()
    form = shown(EventForm)
    assert form.timezone.currentText()                                 # this computer's zone by default
    assert "This computer's time zone" in form.timezone_note.text()
    assert form.file_label.text() == str(target)                       # the file the app was asked to open
    form.name.setText("Community Leadership Training")
    form.first_day.setDate(date(2026, 7, 8))
    form.day_count.setValue(3)
    form.days.item(1).setCheckState(form.days.item(1).checkState().Unchecked)   # it does not meet on day 2
    form.timezone.setCurrentText("America/Toronto")
    shoot(form, "setup-2-event-form")
    from PySide6.QtWidgets import QDialogButtonBox

    cancel = form.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert not (cancel.autoDefault() or cancel.isDefault() or form.file_button.autoDefault())   # (under X, Enter
    QTest.keyClick(form.name, Qt.Key.Key_Return)     # pressed Cancel): Enter creates the event
    desk = desk_of(shell, qtbot)
    with open_event_db(target) as db:
        event = db.event()
    assert event["name"] == "Community Leadership Training"
    assert event["days"] == ["2026-07-08", "2026-07-10"] and event["timezone"] == "America/Toronto"
    assert cameras == []                                               # no demo video in a real event
    qtbot.waitUntil(lambda: desk.organizer.events.empty_roster is True, timeout=5000)
    assert "Nobody is registered yet" in desk.banner.text()
    assert desk.organizer.events.import_button.isVisible()
    shoot(desk, "setup-3-empty-desk")


def test_an_empty_event_file_asks_for_its_event_in_that_file(shell_for, qtbot, tmp_path):
    target = tmp_path / "made-by-kiosk-init-without-event.sqlite"
    open_event_db(target).close()                                       # a database with no event yet
    shell = shell_for(db=str(target))
    shell.start()
    setup = shell.setup
    assert "no event yet" in setup.hint.text()
    setup.create_button.click()
    form = shown(EventForm)
    assert form.file_label.text() == str(target)
    form.name.setText("Board retreat")
    form.save_button.click()
    desk = desk_of(shell, qtbot)
    assert desk.db_path == target


def test_the_demo_goes_in_its_own_file_with_its_video(shell_for, qtbot, tmp_path, monkeypatch, cameras):
    monkeypatch.setenv("KIOSK_DEMO_DB", str(tmp_path / "demo.sqlite"))
    real = tmp_path / "real.sqlite"
    shell = shell_for(db=str(real))
    shell.start()
    shell.setup.demo_button.click()
    desk = desk_of(shell, qtbot)
    assert desk.db_path == tmp_path / "demo.sqlite" and not real.exists()
    assert cameras == [(str(DEMO_VIDEO), True)]                        # the demo video, looping
    with open_event_db(desk.db_path) as db:
        assert db.scalar("SELECT count(*) FROM attendees") > 50


def test_opening_a_real_event_never_plays_the_demo(shell_for, qtbot, desk_event, cameras):
    shell = shell_for(db=str(desk_event[0]))
    shell.start()
    desk = desk_of(shell, qtbot)
    assert shell.setup is None and cameras == []
    qtbot.waitUntil(lambda: desk.organizer.events.empty_roster is False, timeout=5000)
    assert not desk.organizer.events.import_button.isVisible()


def test_kiosk_mode_without_a_pin_opens_the_kiosk_on_its_pin_setup(shell_for, qtbot, desk_event):
    """`main.py --kiosk` on an event without a PIN refused and opened the desk; the organizer standing at
    the kiosk sets the PIN on the kiosk's own setup page, and the kiosk starts."""
    from kiosk import pin

    shell = shell_for(db=str(desk_event[0]), kiosk=True, quit_after_ms=0)
    shell.start()
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible(), timeout=10000)
    kiosk = shell.window
    assert type(kiosk).__name__ == "KioskWindow"
    qtbot.waitUntil(lambda: kiosk.current_page() == "setup", timeout=10000)
    assert not any("organizer PIN" in box.text() for box in dialogs.shown() if hasattr(box, "text"))
    QTest.keyClicks(kiosk.setup_page.first, "482913")
    QTest.keyClicks(kiosk.setup_page.second, "482913")
    kiosk.setup_page.start_button.click()
    qtbot.waitUntil(lambda: kiosk.current_page() == "idle", timeout=10000)
    from kiosk.store import open_event_db

    with open_event_db(desk_event[0]) as db:
        assert pin.pin_is_set(db)


def test_cancelling_the_kiosk_pin_setup_opens_the_desk(shell_for, qtbot, desk_event):
    shell = shell_for(db=str(desk_event[0]), kiosk=True)
    shell.start()
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible(), timeout=10000)
    kiosk = shell.window
    qtbot.waitUntil(lambda: kiosk.current_page() == "setup", timeout=10000)
    kiosk.setup_page.cancel_button.click()
    desk = desk_of(shell, qtbot)
    assert type(desk).__name__ == "DeskWindow"


def test_setup_closed_without_a_choice_quits(shell_for, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: quits.append(True))
    shell = shell_for(db=str(tmp_path / "none.sqlite"))
    shell.start()
    shell.setup.reject()
    assert quits == [True]

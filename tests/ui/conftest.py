"""Fixtures for the desk tests: a small roster in a three-day Toronto event that starts today.

Sound is off in every UI test (`KIOSK_SOUND=off`): QtMultimedia logs a PulseAudio warning on a
machine without a sound server, and the tests fail on Qt warnings. The app works the same without
sound; kiosk/ui/sounds.py imports QtMultimedia only when a sound is first played with sound on.
"""

from __future__ import annotations

import os
from datetime import date, timedelta

import pytest

os.environ["KIOSK_SOUND"] = "off"

TZ = "America/Toronto"
SCANNER_GAP_MS = 8
HUMAN_GAP_MS = 180

PEOPLE = {
    "amara": dict(code="EB-1001", first_name="Amara", last_name="Okafor", organization="Northern Lights Foundation",
                  ticket_type="Trainer", email="amara@example.org"),
    "bo": dict(code="EB-1002", first_name="Bo", last_name="Kim", ticket_type="Participant",
               notes="Vegan lunch; see the coordinator"),
    "ann": dict(code="EB-1003", first_name="Ann", last_name="Lee", ticket_type="Participant", status="refunded"),
    "dana": dict(code="EB-1004", first_name="Dana", last_name="Levi", ticket_type="Participant - Day 2 only"),
    "jose": dict(code="EB-1005", first_name="José", last_name="Ñúñez", organization="Centre francophone",
                 ticket_type="Participant"),
    "jo": dict(code="EB-1006", first_name="Jo", last_name="Nunes", ticket_type="Staff"),
}


def add(db, **fields) -> int:
    from kiosk.roster import attendees

    fields.setdefault("full_name", " ".join(p for p in (fields.get("first_name", ""), fields.get("last_name", "")) if p))
    with db.write() as conn:
        return attendees.insert(conn, fields)


def event_days() -> list[str]:
    from kiosk.eventdays import today

    first = date.fromisoformat(today(TZ))
    return [(first + timedelta(days=i)).isoformat() for i in range(3)]


def make_event(db_path, people=PEOPLE) -> dict[str, int]:
    from kiosk.store import open_event_db

    with open_event_db(db_path) as db:
        db.set_event("Desk Test Training", event_days(), TZ)
        return {key: add(db, **dict(fields)) for key, fields in people.items()}


def make_big_roster(db_path, n: int) -> None:
    """`n` attendees with varied names, in one transaction (about 4 s for 50,000)."""
    import random

    from kiosk.roster import attendees
    from kiosk.store import open_event_db

    rng = random.Random(5)
    first = "Amara José Li Wei Ann Dana Bo Pia Noor Kofi Inès Yuki Omar Lena Ravi Sofia Tomás Mei Aisha Jon".split()
    last = "Okafor Ñúñez Lee Levi Kim Haddad Mensah Duarte Sato Farouk Novak Patel Rossi Silva Chen Cohen".split()
    with open_event_db(db_path) as db:
        db.set_event("Big Conference", event_days(), TZ)
        with db.write() as conn:
            for i in range(n):
                f, l = rng.choice(first), f"{rng.choice(last)}{i % 97 or ''}"
                attendees.insert(conn, {"code": f"T-{i:06d}", "first_name": f, "last_name": l, "full_name": f"{f} {l}",
                                        "organization": f"Organization {i % 300}", "ticket_type": "Participant"})


@pytest.fixture
def desk_event(db_path):
    return db_path, make_event(db_path)


@pytest.fixture
def open_desk(qtbot):
    """Open a desk window on a database; closed (workers stopped) at the end of the test."""
    from kiosk.ui import dialogs
    from kiosk.ui.desk import DeskWindow
    from kiosk.ui.sounds import VerdictSounds

    windows = []

    def opener(path, **kwargs) -> DeskWindow:
        kwargs.setdefault("station", "Desk 1")
        kwargs.setdefault("sounds", VerdictSounds(False))
        window = DeskWindow(path, **kwargs)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.search.setFocus()
        return window

    yield opener
    dialogs.close_all()
    for window in windows:
        window.shutdown()


@pytest.fixture
def desk(open_desk, desk_event, qtbot):
    window = open_desk(desk_event[0])
    qtbot.waitUntil(lambda: "Desk 1" in window.status.station.text())
    qtbot.waitUntil(lambda: window.model.rowCount() == len(PEOPLE))
    window.ids = desk_event[1]
    return window


def send_keys(widget, text: str, *, gap_ms: int, start_ms: int | None = None, enter: bool = True) -> int:
    """Key presses as Qt delivers them, with timestamps `gap_ms` apart (a scanner: 8 ms; a person: 180 ms)."""
    import time

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    t = start_ms if start_ms is not None else int(time.monotonic() * 1000)
    keys = [(Qt.Key(ord(ch.upper())) if ch.isalnum() and ch.isascii() else Qt.Key.Key_unknown, ch) for ch in text]
    if enter:
        keys.append((Qt.Key.Key_Return, "\r"))
    for key, ch in keys:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            event.setTimestamp(t)
            QApplication.sendEvent(widget, event)
        t += gap_ms
    return t


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp):
    """The interface in English, as the app starts it: with English's plural forms (app_en.qm)."""
    from kiosk.ui import i18n

    i18n.install_translator(qapp, "en")


@pytest.fixture(autouse=True)
def own_config_folder(monkeypatch, tmp_path_factory):
    """Each window test has its own per-user config folder: a folder one test's file dialog
    remembered (kiosk/ui/organizer/folders.py) or a recent event never reaches another test, in
    whatever order the tests run."""
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def inline_tasks():
    """One-shot tasks (kiosk/ui/threads.py `run_task`) run at once on the test's thread, through a
    fake pool, as MusicBrainz Picard's tests do: what a task answers is on screen when the call that
    started it returns. The workers (check-ins, search, camera) still run on their own threads."""
    from kiosk.ui import threads

    with threads.inline_tasks() as pool:
        yield pool


@pytest.fixture
def real_tasks(inline_tasks):
    """The real pool of threads, for a test of the threading itself; waited for at the end."""
    from kiosk.ui import threads

    before = threads.use_pool(None)
    yield threads.task_pool()
    assert threads.wait_for_tasks(10000)
    threads.use_pool(before)


@pytest.fixture(autouse=True)
def no_worker_left_running():
    """Every worker a test started is stopped by the end of it (cooperatively: flag, wake, wait)."""
    yield
    from kiosk.ui import threads

    assert threads.stop_all_workers(15000), [w.objectName() for w in threads.running_workers()]


@pytest.fixture(autouse=True)
def collect_qt_garbage_on_the_gui_thread():
    """Collect each test's leftover Qt objects here, on the GUI thread.

    Python's cyclic garbage collector runs on whichever thread happens to allocate. If it ran first on
    a later test's worker thread, a leftover widget with timers would be destroyed there, and Qt
    warns "Timers cannot be stopped from another thread".
    """
    yield
    import gc

    gc.collect()


@pytest.fixture
def french(qapp):
    """The windows in French for one test (then English again)."""
    from kiosk.ui import i18n

    i18n.install_translator(qapp, "fr")
    yield
    i18n.install_translator(qapp, "en")

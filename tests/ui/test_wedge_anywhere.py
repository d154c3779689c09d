"""A scanner burst goes to check-in from anywhere in the desk - the search box, the list, the walk-in
form, the correction, the undo reason, the print queue - and never changes a field; a person typing
at any speed down to 40 ms a key (or bunched by a busy machine) is never taken for a ticket.

Keys are sent as Qt delivers them, with timestamps (kiosk/ui/wedge_filter.py reads those, not the
clock), to whatever has the focus; check-ins go through the real workers and database.
"""

from __future__ import annotations

import time

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.store import open_event_db
from kiosk.ui import dialogs
from kiosk.ui.desk.attendee_forms import EditDialog, WalkInDialog
from kiosk.ui.desk.questions import UndoDialog
from tests.ui.conftest import HUMAN_GAP_MS, SCANNER_GAP_MS, send_keys

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")


_last_key_ms = 0


def now_ms() -> int:
    """A key's time: now, and never before a key already sent (X's timestamps only go forward)."""
    return max(int(time.monotonic() * 1000), _last_key_ms)


def keys(widget, text: str, *, gap_ms: int, pause_ms: int = 0, enter: bool = True) -> None:
    global _last_key_ms
    _last_key_ms = send_keys(widget, text, gap_ms=gap_ms, start_ms=now_ms() + pause_ms, enter=enter)


def focused(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def burst(qtbot, desk, code: str):
    """A USB scanner: the code at 8 ms a key and Enter, into whatever has the focus; the verdict."""
    with qtbot.waitSignal(desk.worker.checked_in, timeout=5000) as blocker:
        keys(QApplication.focusWidget(), code, gap_ms=SCANNER_GAP_MS, pause_ms=700)
    return blocker.args[0]


def typed_slowly(widget, text: str, gap_ms: int = HUMAN_GAP_MS) -> None:
    keys(widget, text, gap_ms=gap_ms, enter=False)


def people(db_path) -> int:
    with open_event_db(db_path) as db:
        return db.scalar("SELECT count(*) FROM attendees")


def checked_in_codes(db_path) -> list[str]:
    with open_event_db(db_path) as db:
        return [r["code"] for r in db.query("SELECT a.code FROM checkins c JOIN attendees a ON a.id = c.attendee_id "
                                            "ORDER BY c.at")]


def test_a_burst_into_the_walk_in_form_checks_the_ticket_in_and_types_nothing(desk, qtbot, db_path):
    before = people(db_path)
    form = desk.open_walk_in()
    focused(qtbot, form.first_name)
    typed_slowly(form.first_name, "Mar")
    result = burst(qtbot, desk, "EB-1001")
    assert result.verdict == "ok" and result.attendee["code"] == "EB-1001"
    assert form.isVisible() and form.first_name.text() == "Mar"      # the form is as the volunteer left it
    assert all(not e.text() for e in (form.last_name, form.email, form.organization))
    assert people(db_path) == before                                    # no walk-in named "MarEB-1001"
    assert checked_in_codes(db_path) == ["EB-1001"]


def test_a_burst_into_the_correction_and_the_undo_reason_changes_neither(desk, qtbot, db_path):
    desk.scan("EB-1002")
    qtbot.waitUntil(lambda: desk.banner.verdict == "attention", timeout=5000)
    edit = desk.open_edit()
    assert isinstance(edit, EditDialog)
    focused(qtbot, edit.edits["first_name"])
    names = {k: e.text() for k, e in edit.edits.items()}
    assert burst(qtbot, desk, "EB-1001").attendee["code"] == "EB-1001"
    assert {k: e.text() for k, e in edit.edits.items()} == names and edit.isVisible()
    edit.reject()
    undo = desk.undo_last()
    assert isinstance(undo, UndoDialog)
    line = undo.reason.lineEdit()
    focused(qtbot, undo.reason)
    typed_slowly(undo.reason, "wrong")
    assert burst(qtbot, desk, "EB-1005").attendee["code"] == "EB-1005"
    assert undo.isVisible() and line.text() == "wrong"                 # the reason as typed, no undo done
    with open_event_db(db_path) as db:
        assert db.scalar("SELECT count(*) FROM checkin_annulments") == 0


def test_a_burst_into_the_print_queue_keeps_its_choice(desk, qtbot, db_path):
    dialog = desk.open_print_queue()
    dialog.activateWindow()
    dialog.table.setFocus()
    focused(qtbot, dialog.table)
    assert burst(qtbot, desk, "EB-1006").attendee["code"] == "EB-1006"
    assert dialog.isVisible()


def test_a_burst_into_the_list_checks_in_the_ticket_not_the_row(desk, qtbot, db_path):
    desk.table.setFocus()
    focused(qtbot, desk.table)
    desk.searcher.select_row(0)
    row_person = desk.selected_attendee()["code"]
    result = burst(qtbot, desk, "EB-1006")
    assert result.attendee["code"] == "EB-1006" and checked_in_codes(db_path) == ["EB-1006"]
    assert row_person != "EB-1006"


@pytest.mark.parametrize("gap_ms", [200, 80, 60, 40])
def test_a_name_typed_at_any_human_speed_is_a_search(desk, qtbot, db_path, gap_ms):
    """ "amara" then Enter at 40-200 ms a key: the search checks Amara in, never UNKNOWN TICKET."""
    focused(qtbot, desk.search)
    with qtbot.waitSignal(desk.worker.checked_in, timeout=8000) as blocker:
        keys(desk.search, "amara", gap_ms=gap_ms, pause_ms=300)
    assert blocker.args[0].verdict == "ok" and blocker.args[0].attendee["code"] == "EB-1001"
    with open_event_db(db_path) as db:
        assert db.scalar("SELECT method FROM checkins") == "search"
        assert db.scalar("SELECT count(*) FROM scan_attempts WHERE verdict = 'unknown'") == 0


def test_a_name_delivered_in_a_bunch_by_a_busy_machine_is_still_a_search(desk, qtbot, db_path):
    """X under load can deliver a person's keys at scanner speed: the roster says it is a name."""
    focused(qtbot, desk.search)
    with qtbot.waitSignal(desk.worker.checked_in, timeout=8000) as blocker:
        keys(desk.search, "okafor", gap_ms=5, pause_ms=300)
    assert blocker.args[0].attendee["code"] == "EB-1001"
    with open_event_db(db_path) as db:
        assert db.scalar("SELECT method FROM checkins") == "search"


def test_an_unknown_word_typed_fast_is_never_an_unknown_ticket(desk, qtbot, db_path):
    """ "kwame" is nobody here: the search says so; the box keeps what was typed."""
    focused(qtbot, desk.search)
    keys(desk.search, "kwame", gap_ms=6, pause_ms=300)
    qtbot.waitUntil(lambda: "kwame" in desk.banner.text(), timeout=5000)
    assert "No one matches" in desk.banner.text() and "UNKNOWN" not in desk.banner.text()
    assert desk.search.text() == "kwame"
    with open_event_db(db_path) as db:
        assert db.scalar("SELECT count(*) FROM scan_attempts") == 0


def test_an_unknown_ticket_code_at_scanner_speed_is_a_scan(desk, qtbot):
    focused(qtbot, desk.search)
    assert burst(qtbot, desk, "XB-99172").verdict == "unknown"
    assert desk.search.text() == ""


def test_a_person_s_keys_before_a_burst_stay_where_they_were_typed(desk, qtbot):
    form = desk.open_walk_in()
    form.email.setFocus()
    focused(qtbot, form.email)
    typed_slowly(form.email, "sl")
    with qtbot.waitSignal(desk.worker.checked_in, timeout=5000) as blocker:   # the scanner right after
        keys(form.email, "EB-1004", gap_ms=SCANNER_GAP_MS, pause_ms=400)
    assert blocker.args[0].attendee["code"] == "EB-1004"
    assert form.email.text() == "sl"


def test_the_desk_does_not_listen_while_it_is_hidden(desk, qtbot, db_path):
    """The kiosk is up (the desk hides): a burst typed at the desk's box is not checked in there."""
    assert desk.wedge.listening
    desk.hide()
    assert not desk.wedge.listening
    box = QLineEdit()
    qtbot.addWidget(box)
    box.show()
    box.activateWindow()
    box.setFocus()
    keys(box, "EB-1001", gap_ms=SCANNER_GAP_MS, pause_ms=300)
    qtbot.wait(200)
    assert checked_in_codes(db_path) == [] and box.text() == "EB-1001"
    desk.show()
    assert desk.wedge.listening


def test_the_walk_in_form_still_takes_a_person_s_enter(desk, qtbot, db_path):
    """Enter after typing in the form (at a person's speed, or bunched) submits it as before."""
    desk.search.clear()
    form = desk.open_walk_in()
    focused(qtbot, form.first_name)
    typed_slowly(form.first_name, "Yuki", gap_ms=6)          # bunched: the roster decides; a person's
    assert isinstance(form, WalkInDialog)
    with qtbot.waitSignal(desk.worker.walked_in, timeout=8000) as blocker:
        keys(form.first_name, "", gap_ms=HUMAN_GAP_MS, pause_ms=100)
    assert blocker.args[0].attendee["first_name"] == "Yuki"
    assert not shiboken6.isValid(form) or not form.isVisible()
    dialogs.close_all()


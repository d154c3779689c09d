"""The desk, as a volunteer uses it: scan (keyboard wedge), search and Enter, every verdict, undo,
walk-in, correction. Every check-in goes through the real worker thread and the real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.store import open_event_db
from kiosk.ui import dialogs
from kiosk.ui.desk.attendee_forms import EditDialog, WalkInDialog
from kiosk.ui.desk.questions import UndoDialog
from tests.ui.conftest import HUMAN_GAP_MS, SCANNER_GAP_MS, send_keys

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def scan_with_wedge(qtbot, window, code: str):
    """A USB scanner types the code fast and presses Enter; the verdict arrives from the worker."""
    with qtbot.waitSignal(window.worker.checked_in, timeout=5000) as blocker:
        send_keys(QApplication.focusWidget() or window.search, code, gap_ms=SCANNER_GAP_MS)
    return blocker.args[0]


def visible_words(widget) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    return "\n".join(w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
                     if w.isVisibleTo(widget) and w.text())


def checkins(db_path, code: str) -> list[dict]:
    with open_event_db(db_path) as db:
        return db.query("SELECT c.*, (SELECT count(*) FROM checkin_annulments n WHERE n.checkin_uid = c.uid) AS undone "
                        "FROM checkins c JOIN attendees a ON a.id = c.attendee_id WHERE a.code = ?", (code,))


def test_wedge_scan_checks_in_and_the_banner_says_so(desk, qtbot, db_path):
    desk.search.setText("lee")  # the volunteer was searching when the scan came in
    result = scan_with_wedge(qtbot, desk, "EB-1001")
    assert result.verdict == "ok"
    text = desk.banner.text()
    assert "CHECKED IN" in text and "Amara Okafor" in text and "Trainer" in text and "Desk 1" in text
    assert desk.search.text() == ""  # the scan never searched; after the verdict the box is ready for the next person
    rows = checkins(db_path, "EB-1001")
    assert len(rows) == 1 and rows[0]["station"] == "Desk 1"
    qtbot.waitUntil(lambda: "1 / 5" in desk.counter.text())  # Ann's refund is not expected
    qtbot.waitUntil(lambda: desk.recent.count() == 1)
    assert "Amara Okafor" in desk.recent.item(0).text()


def test_person_typing_is_a_search_not_a_scan(desk, qtbot, db_path):
    end = send_keys(desk.search, "amara", gap_ms=HUMAN_GAP_MS, enter=False)
    assert desk.search.text() == "amara"
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1)
    with qtbot.waitSignal(desk.worker.checked_in, timeout=5000) as blocker:
        send_keys(desk.search, "", gap_ms=HUMAN_GAP_MS, start_ms=end + HUMAN_GAP_MS)  # Enter
    assert blocker.args[0].verdict == "ok" and blocker.args[0].attendee["code"] == "EB-1001"
    assert desk.search.text() == ""  # ready for the next person
    assert checkins(db_path, "EB-1001")[0]["method"] == "search"


def test_search_ignores_accents_and_arrow_keys_choose(desk, qtbot, db_path):
    desk.search.setText("nun")
    qtbot.waitUntil(lambda: desk.model.rowCount() == 2)  # José Ñúñez and Jo Nunes
    first = desk.selected_attendee()["code"]
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)
    second = desk.selected_attendee()["code"]
    assert {first, second} == {"EB-1005", "EB-1006"}
    assert desk.search.hasFocus()  # the arrows moved the selection, not the focus
    with qtbot.waitSignal(desk.worker.checked_in, timeout=5000) as blocker:
        qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert blocker.args[0].attendee["code"] == second
    qtbot.waitUntil(lambda: desk.model.rowCount() == len(desk.ids))
    row = desk.model.row_of(desk.ids["jose" if second == "EB-1005" else "jo"])
    assert "in at" in desk.model.index(row, desk.model.TODAY).data()


def test_double_click_checks_in(desk, qtbot):
    desk.search.setText("okafor")
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1)
    rect = desk.table.visualRect(desk.model.index(0, 0))
    qtbot.mouseClick(desk.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(desk.worker.checked_in, timeout=5000) as blocker:
        qtbot.mouseDClick(desk.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0].verdict == "ok"


def test_already_says_when_and_where(desk, qtbot):
    scan_with_wedge(qtbot, desk, "EB-1005")
    result = scan_with_wedge(qtbot, desk, "EB-1005")
    assert result.verdict == "already"
    from kiosk.clock import format_instant

    text = desk.banner.text()
    assert "ALREADY CHECKED IN" in text and "José Ñúñez" in text
    assert f"at {format_instant(result.checked_in_at, 'America/Toronto')} at Desk 1" in text
    assert desk.banner.verdict == "already"


@pytest.mark.parametrize("code, verdict, words", [
    ("NOPE-404", "unknown", ["UNKNOWN TICKET", "NOPE-404", "walk-in"]),
    ("EB-1003", "cancelled", ["NOT ADMITTED", "Ann Lee", "refunded"]),
    ("EB-1004", "not_today", ["NOT VALID TODAY", "Dana Levi", "Valid on"]),
    ("EB-1002", "attention", ["SEE NOTE", "Bo Kim", "Vegan lunch; see the coordinator"]),
])
def test_verdicts_in_the_banner(desk, qtbot, db_path, code, verdict, words):
    result = scan_with_wedge(qtbot, desk, code)
    assert result.verdict == verdict
    text = desk.banner.text()
    for word in words:
        assert word in text
    admitted = checkins(db_path, code)
    assert len(admitted) == (1 if verdict == "attention" else 0)


def test_undo_with_a_reason(desk, qtbot, db_path):
    scan_with_wedge(qtbot, desk, "EB-1001")
    qtbot.waitUntil(lambda: "1 / 5" in desk.counter.text())
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(dialogs.shown()) == 1)
    prompt = dialogs.shown()[0]
    assert isinstance(prompt, UndoDialog) and "Amara Okafor" in visible_words(prompt)
    assert prompt.value() == "" and not prompt.ok.isEnabled()       # a real reason is asked, none is made up
    prompt.reason.setEditText("x")
    assert not prompt.ok.isEnabled()
    prompt.reason.setEditText("wrong person")
    with qtbot.waitSignal(desk.worker.undone, timeout=5000):
        prompt.ok.click()
    assert "CHECK-IN UNDONE" in desk.banner.text() and "wrong person" in desk.banner.text()
    rows = checkins(db_path, "EB-1001")
    assert len(rows) == 1 and rows[0]["undone"] == 1
    qtbot.waitUntil(lambda: "0 / 5" in desk.counter.text())
    again = scan_with_wedge(qtbot, desk, "EB-1001")
    assert again.verdict == "ok", (again, QApplication.focusWidget())  # and can be checked in again


def test_undo_cancelled_prompt_changes_nothing(desk, qtbot, db_path):
    scan_with_wedge(qtbot, desk, "EB-1001")
    prompt = desk.undo_last()
    prompt.reject()
    qtbot.wait(100)
    assert checkins(db_path, "EB-1001")[0]["undone"] == 0
    assert desk.banner.verdict == "ok"


def test_undo_with_nothing_to_undo_says_so(desk):
    assert desk.undo_last() is None
    assert "Nothing to undo" in desk.status.currentMessage()


def test_walk_in_creates_and_checks_in(desk, qtbot, db_path):
    desk.search.setText("maria garcia")
    qtbot.keyClick(desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(d, WalkInDialog) for d in dialogs.shown()))
    form = dialogs.shown()[-1]
    assert (form.first_name.text(), form.last_name.text()) == ("Maria", "Garcia")  # taken from the search
    form.organization.setText("Harbourfront Arts")
    form.email.setText("maria@example.org")
    with qtbot.waitSignal(desk.worker.walked_in, timeout=5000) as blocker:
        form.buttons.accepted.emit()
    result = blocker.args[0]
    assert result.verdict == "ok" and result.attendee["walk_in"] == 1
    assert "Maria Garcia" in desk.banner.text() and "CHECKED IN" in desk.banner.text()
    with open_event_db(db_path) as db:
        row = db.one("SELECT * FROM attendees WHERE full_name = 'Maria Garcia'")
        assert row["organization"] == "Harbourfront Arts" and row["walk_in"] == 1
        assert db.scalar("SELECT count(*) FROM checkins WHERE attendee_id = ? AND method = 'walk-in'", (row["id"],)) == 1


def test_walk_in_needs_a_name(desk, qtbot, db_path):
    form = desk.open_walk_in()
    form.buttons.accepted.emit()
    assert form.isVisible() and "name" in form.error.text()
    form.reject()
    with open_event_db(db_path) as db:
        assert db.scalar("SELECT count(*) FROM attendees WHERE walk_in = 1") == 0


def test_edit_fixes_the_name_in_the_banner_and_the_database(desk, qtbot, db_path):
    scan_with_wedge(qtbot, desk, "EB-1001")
    qtbot.keyClick(desk.search, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: any(isinstance(d, EditDialog) for d in dialogs.shown()))
    form = dialogs.shown()[-1]
    assert form.edits["first_name"].text() == "Amara"
    form.edits["first_name"].setText("Amarachi")
    with qtbot.waitSignal(desk.worker.edited, timeout=5000):
        form.buttons.accepted.emit()
    assert "Amarachi Okafor" in desk.banner.text()
    with open_event_db(db_path) as db:
        row = db.one("SELECT full_name, edited FROM attendees WHERE code = 'EB-1001'")
        assert row["full_name"] == "Amarachi Okafor" and "Amarachi" in row["edited"]
        assert db.scalar("SELECT count(*) FROM attendee_edits WHERE station = 'Desk 1'") >= 1


def test_edit_from_search_edits_the_chosen_row(desk, qtbot):
    desk.search.setText("levi")
    qtbot.waitUntil(lambda: desk.model.rowCount() == 1)
    form = desk.open_edit()
    assert form.attendee["code"] == "EB-1004"
    form.reject()


def test_shortcuts_are_visible_on_the_buttons(desk):
    texts = [a.iconText() for a in (desk.act_walk_in, desk.act_edit, desk.act_undo, desk.act_checkin)]
    assert any("Ctrl+N" in t for t in texts) and any("F2" in t for t in texts)
    assert any("Ctrl+Z" in t for t in texts) and any("Enter" in t for t in texts)


def test_camera_scan_through_a_video_file(open_desk, desk_event, qtbot, tmp_path, db_path):
    from tests.scan.make_demo_video import render_video

    video = render_video(tmp_path / "ticket.mp4", ["EB-1005"], seconds_per_ticket=1.6, gap_s=0.3)
    window = open_desk(desk_event[0], camera=str(video))
    with qtbot.waitSignal(window.worker.checked_in, timeout=15000) as blocker:
        pass
    assert blocker.args[0].verdict == "ok" and blocker.args[0].attendee["code"] == "EB-1005"
    assert "José Ñúñez" in window.banner.text()
    assert window.camera_view.frames_shown > 0  # the preview showed the camera
    assert len(checkins(db_path, "EB-1005")) == 1


@pytest.mark.parametrize("mode", ["auto", "ask"])
def test_badge_queued_on_check_in(open_desk, desk_event, qtbot, mode):
    from kiosk.store import settings

    path = desk_event[0]
    with open_event_db(path) as db:
        settings.set_value(db, "print_on_checkin", mode)
        settings.set_value(db, "printer_backend", "folder")
        settings.set_value(db, "print_folder", str(path.parent / "badges"))
    window = open_desk(path)
    qtbot.waitUntil(lambda: "Desk 1" in window.status.station.text())
    scan_with_wedge(qtbot, window, "EB-1001")
    if mode == "ask":
        qtbot.waitUntil(lambda: len(dialogs.shown()) == 1)
        question = dialogs.shown()[0]
        assert "Amara Okafor" in question.text()
        with qtbot.waitSignal(window.printing.service.queued, timeout=5000):
            question.button(question.StandardButton.Yes).click()
    else:
        assert dialogs.shown() == []  # auto: nobody is asked
    qtbot.waitUntil(lambda: _queued(path) == 1, timeout=5000)
    qtbot.waitUntil(lambda: "Badges:" in window.status.printer.text(), timeout=5000)


def _queued(path) -> int:
    with open_event_db(path) as db:
        return db.scalar("SELECT count(*) FROM print_jobs WHERE reason = 'checkin'")


def test_a_whole_name_typed_in_the_walk_in_first_name_is_split_like_an_import(desk, qtbot, db_path):
    """The badge prints the first name large: "Siobhán Ní Bhriain" typed in First name alone is
    Siobhán, of the Ní Bhriain family (the one rule of kiosk/roster/names.py, as `kiosk walkin` does)."""
    form = desk.open_walk_in()
    form.first_name.setText("Siobhán Ní Bhriain")
    with qtbot.waitSignal(desk.worker.walked_in, timeout=5000) as blocker:
        form.buttons.accepted.emit()
    assert blocker.args[0].verdict == "ok"
    with open_event_db(db_path) as db:
        row = db.one("SELECT first_name, last_name FROM attendees WHERE walk_in = 1")
    assert (row["first_name"], row["last_name"]) == ("Siobhán", "Ní Bhriain")

"""A typo in the desk's search: the people spelt close are listed, the desk says that they are a
guess ("No exact match; did you mean ..."), and Enter never checks a guess in unchosen (D20)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import HUMAN_GAP_MS, PEOPLE, make_event, send_keys


def test_a_typo_lists_the_close_name_and_says_it_is_a_guess(open_desk, db_path, qtbot):
    ids = make_event(db_path, {**PEOPLE, "siobhan": dict(code="PX-1", first_name="Siobhán", last_name="Ní Bhriain",
                                                         ticket_type="Participant")})
    desk = open_desk(db_path)
    qtbot.waitUntil(lambda: desk.model.rowCount() == len(ids))
    send_keys(desk.search, "sioban", gap_ms=HUMAN_GAP_MS, enter=False)
    qtbot.waitUntil(lambda: desk.searcher.is_current() and desk.model.rowCount() == 1)
    assert "No exact match; did you mean Siobhán Ní Bhriain?" in desk.matches.text()
    assert desk.selected_attendee() is None                  # a guess is not chosen for Enter
    qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert "Nobody chosen" in desk.status.currentMessage()
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)
    with qtbot.waitSignal(desk.worker.checked_in, timeout=5000) as blocker:
        qtbot.keyClick(desk.search, Qt.Key.Key_Return)
    assert blocker.args[0].verdict == "ok" and blocker.args[0].attendee["code"] == "PX-1"


def test_a_word_nobody_is_close_to_still_says_no_match(desk, qtbot):
    send_keys(desk.search, "zzzyqx", gap_ms=HUMAN_GAP_MS, enter=False)
    qtbot.waitUntil(lambda: desk.searcher.is_current())
    assert desk.model.rowCount() == 0 and desk.matches.text().startswith("No match")

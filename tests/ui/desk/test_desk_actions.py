"""What the desk's actions act on, as a volunteer meets them: Enter, print and reprint (the limit and its
override), undo, correction, walk-ins that may be registered people, a ticket for several people,
a guest whose details are missing. Everything goes through the real workers and database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.store import open_event_db, settings
from kiosk.ui import dialogs
from kiosk.ui.desk.attendee_forms import EditDialog
from kiosk.ui.desk.questions import ChooseDialog, LookalikeDialog, OverrideDialog, UndoDialog
from tests.ui.conftest import add

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                       "This plugin does not support raise")


@pytest.fixture
def printing_to_a_folder(desk_event, tmp_path):
    with open_event_db(desk_event[0]) as db:
        settings.set_value(db, "printer_backend", "folder")
        settings.set_value(db, "print_folder", str(tmp_path / "badges"))
        settings.set_value(db, "max_reprints", 1)
    return tmp_path / "badges"


def verdict_of(qtbot, desk, code: str):
    with qtbot.waitSignal(desk.worker.checked_in, timeout=5000) as blocker:
        desk.scan(code)
    return blocker.args[0]


def choose_row(qtbot, desk, code: str) -> dict:
    desk.search.setText(code)
    qtbot.waitUntil(lambda: desk.searcher.is_current() and desk.selected_attendee() is not None
                    and desk.selected_attendee()["code"] == code, timeout=5000)
    return desk.selected_attendee()


def query(db_path, sql: str, *args):
    with open_event_db(db_path) as db:
        return db.query(sql, args)


def print_and_wait(qtbot, desk, db_path, done: int) -> None:
    """Ctrl+P for the chosen person; wait until `done` badges are printed."""
    desk.print_badge()
    qtbot.waitUntil(lambda: len(query(db_path, "SELECT * FROM print_jobs WHERE status = 'done'")) == done,
                    timeout=8000)


def words(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def shown(kind):
    found = [d for d in dialogs.shown() if isinstance(d, kind)]
    return found[-1] if found else None


# -- 1. Enter does one obvious thing -----------------------------------------------------------------
def test_after_a_verdict_nobody_is_chosen_and_enter_checks_in_nobody(desk, qtbot, db_path):
    """Camille was highlighted with the arrows; Daniel's ticket is scanned; Enter on the empty search
    must not check Camille in."""
    desk.search.setFocus()
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)
    highlighted = desk.selected_attendee()
    assert highlighted is not None
    verdict_of(qtbot, desk, "EB-1002" if highlighted["code"] != "EB-1002" else "EB-1005")
    assert desk.selected_attendee() is None and desk.search.text() == ""
    desk.check_in_selected()
    qtbot.wait(300)
    assert not query(db_path, "SELECT * FROM checkins WHERE attendee_id = ?", highlighted["id"])
    assert "Nobody chosen" in desk.status.currentMessage()


def test_enter_acts_on_the_current_search_once_its_results_are_on_screen(desk, qtbot):
    desk.search.setText("amara")              # Enter comes before the list caught up with the typing
    with qtbot.waitSignal(desk.worker.checked_in, timeout=5000) as blocker:
        desk.check_in_selected()
    assert blocker.args[0].attendee["code"] == "EB-1001"
    assert desk.search.text() == "" and desk.selected_attendee() is None


# -- 3. every action acts on what the volunteer sees chosen ----------------------------------------
def test_ctrl_p_prints_the_highlighted_row_not_the_banner(desk, qtbot, db_path, printing_to_a_folder):
    verdict_of(qtbot, desk, "EB-1001")                  # Amara on the banner
    bo = choose_row(qtbot, desk, "EB-1002")              # Bo highlighted
    assert desk.chosen.person()["id"] == bo["id"] and "Bo Kim" in desk.ui.chosen.text()
    qtbot.keyClick(desk.search, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(query(db_path, "SELECT * FROM print_jobs")) == 1, timeout=5000)
    assert [j["attendee_id"] for j in query(db_path, "SELECT attendee_id FROM print_jobs")] == [bo["id"]]
    qtbot.waitUntil(lambda: "badge" in desk.ui.chosen.text(), timeout=5000)


def test_nothing_chosen_prints_the_banner_s_person(desk, qtbot, db_path, printing_to_a_folder):
    result = verdict_of(qtbot, desk, "EB-1005")
    desk.print_badge()
    qtbot.waitUntil(lambda: len(query(db_path, "SELECT * FROM print_jobs")) == 1, timeout=5000)
    assert query(db_path, "SELECT attendee_id FROM print_jobs")[0]["attendee_id"] == result.attendee["id"]


def test_a_reprint_past_the_limit_asks_why_and_who_and_records_it(desk, qtbot, db_path, printing_to_a_folder):
    result = verdict_of(qtbot, desk, "EB-1001")
    person = result.attendee
    for done in (1, 2):                 # the first badge, then the one reprint allowed
        print_and_wait(qtbot, desk, db_path, done)
    desk.print_badge()                  # past max_reprints = 1
    qtbot.waitUntil(lambda: shown(OverrideDialog) is not None, timeout=5000)
    ask = shown(OverrideDialog)
    assert "already reprinted 1 time" in words(ask)
    assert "“Print anyway”" in words(ask) and "max_reprints" not in words(ask) and "--override" not in words(ask)
    assert not ask.ok.isEnabled()
    ask.reason.setText("badge lost")
    assert not ask.ok.isEnabled()       # and who allows it
    ask.by.setText("Priya (organizer)")
    with qtbot.waitSignal(desk.printing.requested, timeout=5000):
        ask.ok.click()
    overrides = query(db_path, "SELECT reason, by_whom, station FROM print_overrides")
    assert overrides == [{"reason": "badge lost", "by_whom": "Priya (organizer)", "station": "Desk 1"}]
    assert len(query(db_path, "SELECT * FROM print_jobs WHERE attendee_id = ?", person["id"])) == 3
    # the chosen line says what happened, not "reprint limit reached (2 of 1)"
    qtbot.waitUntil(lambda: len(query(db_path, "SELECT * FROM print_jobs WHERE status = 'done'")) == 3, timeout=8000)
    desk.chosen.refresh()
    qtbot.waitUntil(lambda: "reprinted 2 times (1 allowed, 1 more allowed by an organizer)" in desk.ui.chosen.text(),
                    timeout=5000)
    assert "limit reached" not in desk.ui.chosen.text()


def test_the_print_queue_reprints_by_the_same_rule(desk, qtbot, db_path, printing_to_a_folder):
    verdict_of(qtbot, desk, "EB-1006")
    for done in (1, 2):
        print_and_wait(qtbot, desk, db_path, done)
    queue = desk.open_print_queue()
    qtbot.waitUntil(lambda: queue.table.rowCount() == 2, timeout=5000)
    queue.table.selectRow(0)
    queue.reprint_selected()
    qtbot.waitUntil(lambda: shown(OverrideDialog) is not None, timeout=5000)
    shown(OverrideDialog).reject()      # no reason given: nothing printed
    qtbot.wait(200)
    assert len(query(db_path, "SELECT * FROM print_jobs")) == 2
    assert not query(db_path, "SELECT * FROM print_overrides")


def test_undo_acts_on_the_chosen_person_and_clears_what_showed_them(desk, qtbot, db_path):
    amara = verdict_of(qtbot, desk, "EB-1001").attendee
    verdict_of(qtbot, desk, "EB-1005")
    qtbot.waitUntil(lambda: "2 / 5" in desk.counter.text(), timeout=5000)
    choose_row(qtbot, desk, "EB-1001")
    qtbot.waitUntil(lambda: desk.chosen.status is not None and bool(desk.chosen.status["checkin"]), timeout=5000)
    ask = desk.undo_last()
    assert isinstance(ask, UndoDialog) and "Amara Okafor" in words(ask) and "Desk 1" in words(ask)
    assert ask.reason.count() == 4 and ask.value() == ""           # the usual reasons offered, none chosen
    ask.reason.setEditText("..")
    assert not ask.ok.isEnabled()
    ask.reason.setCurrentIndex(1)                                   # "chose the wrong person"
    assert ask.ok.isEnabled()
    with qtbot.waitSignal(desk.worker.undone, timeout=5000):
        ask.ok.click()
    assert "1 / 5" in desk.counter.text()                          # at once, from the undo's own counts
    assert "CHECK-IN UNDONE" in desk.banner.text() and "Amara Okafor" in desk.banner.text()
    rows = query(db_path, "SELECT c.attendee_id, n.reason FROM checkins c JOIN checkin_annulments n "
                          "ON n.checkin_uid = c.uid")
    assert rows == [{"attendee_id": amara["id"], "reason": "chose the wrong person"}]
    qtbot.waitUntil(lambda: any(desk.recent.item(i).data(desk.recent.ANNULLED_ROLE)
                                for i in range(desk.recent.count())), timeout=5000)
    struck = [desk.recent.item(i) for i in range(desk.recent.count())
              if desk.recent.item(i).data(desk.recent.ANNULLED_ROLE)]
    assert len(struck) == 1 and "Amara" in struck[0].text() and struck[0].font().strikeOut()


def test_undo_after_a_verdict_undoes_the_banner_s_person_and_forgets_their_badge(desk, qtbot, db_path):
    jose = verdict_of(qtbot, desk, "EB-1005").attendee
    qtbot.waitUntil(lambda: desk.badge_preview.shown_for == jose["id"], timeout=10000)
    ask = desk.undo_last()
    ask.reason.setEditText("a test scan")
    with qtbot.waitSignal(desk.worker.undone, timeout=5000):
        ask.ok.click()
    assert desk.badge_preview.shown_for is None and not desk.badge_box.isVisible()


def test_undo_of_someone_not_checked_in_says_so(desk, qtbot):
    choose_row(qtbot, desk, "EB-1006")
    qtbot.waitUntil(lambda: desk.chosen.status is not None, timeout=5000)
    assert desk.undo_last() is None
    assert "not checked in today" in desk.status.currentMessage()


def test_f2_corrects_the_highlighted_row(desk, qtbot, db_path):
    verdict_of(qtbot, desk, "EB-1001")
    jo = choose_row(qtbot, desk, "EB-1006")
    form = desk.open_edit()
    assert isinstance(form, EditDialog) and form.attendee["id"] == jo["id"]
    form.edits["first_name"].setText("Joanne")
    with qtbot.waitSignal(desk.worker.edited, timeout=5000):
        form.accept()
    assert query(db_path, "SELECT first_name FROM attendees WHERE id = ?", jo["id"])[0]["first_name"] == "Joanne"


# -- 4. walk-ins who may be registered, a ticket for several people, missing details ---------------------
def test_a_walk_in_with_a_registered_name_is_asked_about_first(desk, qtbot, db_path):
    before = len(query(db_path, "SELECT id FROM attendees"))
    form = desk.open_walk_in()
    form.first_name.setText("amara")
    form.last_name.setText("okafor")
    form.accept()
    qtbot.waitUntil(lambda: shown(LookalikeDialog) is not None, timeout=5000)
    ask = shown(LookalikeDialog)
    assert "Is this Amara Okafor from Northern Lights Foundation?" in words(ask)
    assert len(query(db_path, "SELECT id FROM attendees")) == before       # nobody created yet
    qtbot.wait(400)
    assert "SAVING" not in desk.banner.text()                             # nothing is on its way
    with qtbot.waitSignal(desk.worker.checked_in, timeout=5000) as blocker:
        ask.yes_buttons[0].click()
    assert blocker.args[0].attendee["code"] == "EB-1001"
    assert len(query(db_path, "SELECT id FROM attendees")) == before


def test_enter_in_the_already_registered_question_never_adds_a_new_person(desk, qtbot, db_path):
    """A volunteer types the walk-in's name and presses Enter, then Enter again by reflex: the
    registered person is checked in; nobody new is created (Enter used to be "No, someone else")."""
    from PySide6.QtTest import QTest

    before = len(query(db_path, "SELECT id FROM attendees"))
    form = desk.open_walk_in()
    form.first_name.setText("amara")
    form.last_name.setText("okafor")
    form.accept()
    qtbot.waitUntil(lambda: shown(LookalikeDialog) is not None, timeout=5000)
    ask = shown(LookalikeDialog)
    qtbot.waitUntil(ask.isVisible, timeout=2000)
    assert not ask.no_button.isDefault()
    added = []
    ask.add_new.connect(lambda: added.append(True))
    with qtbot.waitSignal(desk.worker.checked_in, timeout=5000) as blocker:
        QTest.keyClick(ask.focusWidget() or ask, Qt.Key.Key_Return)
    assert added == [] and blocker.args[0].attendee["code"] == "EB-1001"
    assert len(query(db_path, "SELECT id FROM attendees")) == before


def test_a_walk_in_who_is_someone_else_is_added_after_saying_so(desk, qtbot, db_path):
    form = desk.open_walk_in()
    form.first_name.setText("Bo")
    form.last_name.setText("Kim")
    form.email.setText("bo.other@example.org")
    form.accept()
    qtbot.waitUntil(lambda: shown(LookalikeDialog) is not None, timeout=5000)
    with qtbot.waitSignal(desk.worker.walked_in, timeout=5000) as blocker:
        shown(LookalikeDialog).no_button.click()
    new = blocker.args[0].attendee
    assert new["walk_in"] and new["email"] == "bo.other@example.org" and new["code"] != "EB-1002"


def test_a_walk_in_with_a_registered_email_is_asked_about_too(desk, qtbot):
    form = desk.open_walk_in()
    form.first_name.setText("A.")
    form.email.setText("AMARA@example.org")
    form.accept()
    qtbot.waitUntil(lambda: shown(LookalikeDialog) is not None, timeout=5000)
    shown(LookalikeDialog).reject()


def test_a_ticket_for_several_people_checks_nobody_in_until_one_is_chosen(desk, qtbot, db_path):
    with open_event_db(db_path) as db:
        with db.write() as conn:
            for n, key in enumerate(("bo", "dana", "jo"), 1):
                conn.execute("INSERT INTO attendee_codes (code, attendee_id) VALUES (?, ?)",
                             (f"order:4011888020#{n}", desk.ids[key]))
    result = verdict_of(qtbot, desk, "4011888020" + "5011234567" + "001")
    assert result.verdict == "choose" and "CHOOSE THE PERSON" in desk.banner.text()
    qtbot.waitUntil(lambda: shown(ChooseDialog) is not None, timeout=5000)
    chooser = shown(ChooseDialog)
    assert chooser.list.count() == 3 and not chooser.list.selectedItems() and not chooser.check_in_button.isEnabled()
    chooser.list.setFocus()
    qtbot.keyClick(chooser.list, Qt.Key.Key_Return)           # Enter before choosing: nothing
    qtbot.wait(200)
    assert not query(db_path, "SELECT * FROM checkins")
    qtbot.keyClick(chooser.list, Qt.Key.Key_Down)
    assert chooser.check_in_button.isEnabled()
    chosen_id = chooser.list.currentItem().data(Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(desk.worker.checked_in, timeout=5000) as blocker:
        chooser.check_in_button.click()
    assert blocker.args[0].verdict in ("ok", "attention") and blocker.args[0].attendee["id"] == chosen_id
    assert query(db_path, "SELECT method FROM checkins")[0]["method"] == "choose"


def test_a_new_verdict_closes_an_unanswered_chooser(desk, qtbot, db_path):
    with open_event_db(db_path) as db:
        with db.write() as conn:
            for n, key in enumerate(("bo", "jo"), 1):
                conn.execute("INSERT INTO attendee_codes (code, attendee_id) VALUES (?, ?)",
                             (f"order:4011888021#{n}", desk.ids[key]))
    verdict_of(qtbot, desk, "4011888021" + "5011234567" + "001")
    qtbot.waitUntil(lambda: shown(ChooseDialog) is not None, timeout=5000)
    verdict_of(qtbot, desk, "EB-1001")
    qtbot.waitUntil(lambda: shown(ChooseDialog) is None, timeout=5000)


def test_a_guest_whose_details_are_missing_is_said_so_and_f2_completes_them(desk, qtbot, db_path):
    with open_event_db(db_path) as db:
        guest = add(db, code="EB-2001", full_name="Guest of Amara Okafor", ticket_type="Participant")
        db.conn.execute("UPDATE attendees SET details_missing = 1 WHERE id = ?", (guest,))
        db.conn.commit()
    result = verdict_of(qtbot, desk, "EB-2001")
    assert result.verdict == "ok"
    assert "Details missing" in desk.banner.text() and "F2" in desk.banner.text()
    assert "details missing" in desk.ui.chosen.text()
    form = desk.open_edit()
    assert form.windowTitle().startswith("Complete the details of")
    form.edits["first_name"].setText("Lina")
    form.edits["last_name"].setText("Haddad")
    with qtbot.waitSignal(desk.worker.edited, timeout=5000):
        form.accept()
    row = query(db_path, "SELECT full_name, details_missing FROM attendees WHERE id = ?", guest)[0]
    assert row == {"full_name": "Lina Haddad", "details_missing": 0}
    qtbot.waitUntil(lambda: "details missing" not in desk.ui.chosen.text(), timeout=5000)


def test_the_badge_preview_is_the_badge_as_it_will_print(desk_event, monkeypatch):
    """A badge fix an organizer made and the template of the ticket type show in the desk's preview."""
    from PySide6.QtCore import QSize

    from kiosk.badges.overrides import set_badge_text
    from kiosk.ui.desk import badge_panel

    db_path, ids = desk_event
    with open_event_db(db_path) as db:
        set_badge_text(db, ids["amara"], first_name="Mara", by="Priya", station="Desk 1")
        settings.set_value(db, "badge_templates", {"Trainer": "fold"})
        drawn = []
        monkeypatch.setattr(badge_panel, "render_badge_image", lambda *args: drawn.append(args))
        badge_panel.preview_image(db, {"id": ids["amara"], "first_name": "Amara"}, "avery-5395", "classic", {},
                                  QSize(300, 200))
    person, _stock, template = drawn[0][:3]
    assert person["first_name"] == "Mara" and template == "fold"

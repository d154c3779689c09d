"""The desk's print queue window (kiosk/ui/desk/print_queue_dialog.py) and the roster list catching up
with rows written elsewhere (`DeskWindow.refresh_from_database`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.store import settings
from kiosk.store import open_event_db
from tests import run_folder
from tests.ui.conftest import PEOPLE, add, make_event

# The offscreen platform cannot raise a window; that is the test platform's doing, not the app's.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

IMAGES = Path(os.environ.get("KIOSK_SCREENSHOTS") or run_folder.subfolder("print-queue-shots"))


def _rows(dialog) -> list[dict]:
    """The list as a person reads it: one dict of column texts per row."""
    t = dialog.table
    heads = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
    return [{heads[c]: t.item(r, c).text() for c in range(t.columnCount())} for r in range(t.rowCount())]


@pytest.fixture
def open_dialog(qtbot):
    """The print queue window with the app's print service (its worker prints as soon as woken)."""
    from kiosk.ui.desk.print_queue_dialog import PrintQueueDialog
    from kiosk.ui.print_service import PrintService

    services = []

    def opener(db_path, station=""):
        service = PrintService(db_path, station=station)
        services.append(service)
        service.start()
        dialog = PrintQueueDialog(db_path, service)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    yield opener
    for service in services:
        assert service.stop()


def _unreachable_folder(db) -> None:
    """A print folder that cannot be created (a file stands where its parent should be)."""
    blocker = Path(db.path).parent / "a-file"
    blocker.write_text("x")
    settings.set_value(db, "printer_backend", "folder")
    settings.set_value(db, "print_folder", str(blocker / "badges"))


def _failed_job(db_path) -> int:
    """Amara's badge, tried once on a print folder that cannot be created: failed."""
    from kiosk.printing import queue

    ids = make_event(db_path)
    with open_event_db(db_path) as db:
        _unreachable_folder(db)
        queue.enqueue(db, ids["amara"], "checkin")
        result = queue.work_once(db)
        assert result.status == "failed"
    return ids["amara"]


def test_a_failed_badge_shows_with_its_error_and_retry_failed_prints_it_once_fixed(qtbot, db_path, tmp_path,
                                                                                  open_dialog):
    _failed_job(db_path)
    dialog = open_dialog(db_path)
    qtbot.waitUntil(lambda: len(_rows(dialog)) == 1, timeout=5000)
    row = _rows(dialog)[0]
    assert row["Status"] == "FAILED"                       # a word, not only a colour
    assert not dialog.table.item(0, dialog.STATUS).icon().isNull()
    assert row["Attendee"] == "Amara Okafor" and row["Code"] == "EB-1001" and row["Attempts"] == "1"
    assert "cannot be created" in row["Last error"]
    assert "1 failed" in dialog.summary.text()
    dialog.resize(980, 300)
    IMAGES.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(IMAGES / "print-queue-failed.png"))

    with open_event_db(db_path) as db:                    # the organizer fixes the printer
        settings.set_value(db, "print_folder", str(tmp_path / "badges"))
    assert dialog.retry_button.isEnabled()
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(dialog)[0]["Status"] == "printed", timeout=10000)
    qtbot.waitUntil(lambda: "1 failed badge(s) put back" in dialog.message.text(), timeout=5000)
    assert _rows(dialog)[0]["Attempts"] == "1"            # counted again from nought: one try, and it printed
    assert not dialog.retry_button.isEnabled()            # nothing failed any more
    assert len(list((tmp_path / "badges").glob("*.pdf"))) == 1


def test_reprint_selected_queues_a_reprint_and_stops_at_max_reprints(qtbot, db_path, tmp_path, open_dialog):
    from kiosk.printing import queue

    ids = make_event(db_path)
    with open_event_db(db_path) as db:
        settings.set_value(db, "printer_backend", "folder")
        settings.set_value(db, "print_folder", str(tmp_path / "badges"))
        settings.set_value(db, "max_reprints", 1)
        queue.enqueue(db, ids["bo"], "checkin")
        assert queue.work_once(db).status == "done"
    dialog = open_dialog(db_path, station="Desk 1")
    qtbot.waitUntil(lambda: len(_rows(dialog)) == 1, timeout=5000)
    assert _rows(dialog)[0]["Status"] == "printed"
    assert not dialog.reprint_button.isEnabled()          # nothing chosen yet
    dialog.table.selectRow(0)
    assert dialog.reprint_button.isEnabled()
    qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_rows(dialog)) == 2 and _rows(dialog)[0]["Status"] == "printed", timeout=10000)
    newest = _rows(dialog)[0]
    assert (newest["Attendee"], newest["Reason"]) == ("Bo Kim", "reprint")    # the reprint came out
    qtbot.waitUntil(lambda: "Reprint queued for Bo Kim" in dialog.message.text(), timeout=5000)
    with open_event_db(db_path) as db:
        assert db.scalar("SELECT station FROM print_jobs WHERE reason = 'reprint'") == "Desk 1"
    assert len(list((tmp_path / "badges").glob("*.pdf"))) == 2
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already reprinted 1 time" in dialog.message.text(), timeout=5000)
    said = dialog.message.text()              # where at the desk one more is allowed, no command line
    assert "Print badge (Ctrl+P)" in said and "max_reprints" not in said and "kiosk print" not in said
    with open_event_db(db_path) as db:
        assert db.scalar("SELECT count(*) FROM print_jobs") == 2     # refused: no third badge


def test_the_desk_opens_the_queue_and_retry_prints_once_the_printer_is_fixed(desk, qtbot, tmp_path):
    with open_event_db(desk.db_path) as db:
        _unreachable_folder(db)
    desk._choose_attendee(desk.ids["jose"])
    qtbot.waitUntil(lambda: desk.act_print.isEnabled(), timeout=5000)
    desk.act_print.trigger()                              # Ctrl+P: the print folder cannot be made, the badge fails
    qtbot.waitUntil(lambda: "FAILED" in desk.status.printer.text(), timeout=10000)
    assert desk.act_print_queue.shortcut().toString() == "Ctrl+Shift+P"
    qtbot.mouseClick(desk.status.printer, Qt.MouseButton.LeftButton)   # the status text opens the queue
    dialog = desk.print_queue_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitUntil(lambda: len(_rows(dialog)) == 1 and _rows(dialog)[0]["Status"] == "FAILED", timeout=5000)
    assert _rows(dialog)[0]["Attendee"] == "José Ñúñez"

    with open_event_db(desk.db_path) as db:               # the organizer fixes the printer
        settings.set_value(db, "print_folder", str(tmp_path / "badges"))
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _rows(dialog)[0]["Status"] == "printed", timeout=10000)
    assert len(list((tmp_path / "badges").glob("*.pdf"))) == 1
    desk.act_print_queue.trigger()                        # the same window, not a second one
    assert desk.print_queue_dialog is dialog


def test_refresh_from_database_shows_a_checkin_and_an_attendee_written_elsewhere(desk, qtbot):
    from kiosk import checkin

    model = desk.model

    def today_of(key: str) -> str:
        row = model.row_of(desk.ids[key])
        return model.index(row, model.TODAY).data() or ""

    assert today_of("jose") == ""
    with open_event_db(desk.db_path) as other:           # another program, another connection
        assert checkin.check_in(other, PEOPLE["jose"]["code"], station="Door").verdict == "ok"
        add(other, code="EB-2001", first_name="Zoe", last_name="Walk", ticket_type="Participant")
    qtbot.wait(200)
    assert today_of("jose") == ""                           # the list does not know yet
    desk.refresh_from_database()
    qtbot.waitUntil(lambda: "in at" in today_of("jose"), timeout=5000)
    qtbot.waitUntil(lambda: model.rowCount() == len(PEOPLE) + 1, timeout=5000)
    qtbot.waitUntil(lambda: desk.counter.text().startswith("Checked in today: 1 /"), timeout=5000)

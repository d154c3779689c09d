"""Organizer > Tickets for people without a code… with a roster from a form (no ticket codes): the
organizer chooses a folder and gets a ticket per person and the mail-merge file, the desk shows the
new codes; a roster whose codes all scan needs none, and is told so (as `kiosk tickets`)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from kiosk.ui import dialogs
from tests.ui.conftest import PEOPLE, make_event
from tests.ui.organizer.conftest import shown


def said() -> QMessageBox:
    boxes = [b for b in dialogs.shown() if isinstance(b, QMessageBox)]
    assert boxes, dialogs.shown()
    return boxes[-1]


def test_tickets_for_a_roster_from_a_form(open_desk, db_path, qtbot, tmp_path):
    people = {key: dict(fields, code=f"K-form-{i}") for i, (key, fields) in enumerate(PEOPLE.items())}
    make_event(db_path, people)
    desk = open_desk(db_path)
    qtbot.waitUntil(lambda: desk.model.rowCount() == len(PEOPLE))
    texts = [a.text().replace("&", "") for a in desk.organizer.menu.actions()]
    assert texts.index("Tickets for people without a code…") == texts.index("Badges for pre-printing (PDF)…") + 1
    desk.organizer.events.tickets.action.trigger()
    picker = shown(QFileDialog)
    folder = tmp_path / "tickets"
    folder.mkdir()
    picker.selectFile(str(folder))
    picker.accept()
    box = said()
    assert "5 tickets written to" in box.text() and "mail-merge.csv" in box.text()   # Ann's was refunded
    assert (folder / "mail-merge.csv").exists() and len(list(folder.glob("*.pdf"))) == 5
    assert "4 people have no email address: print their tickets" in box.text()     # only Amara gave one
    box.accept()
    qtbot.waitUntil(lambda: not any(desk.model.index(r, 3).data().startswith("K-form")
                                    for r in range(desk.model.rowCount()) if desk.model.index(r, 0).data() != "Ann Lee"),
                    timeout=5000)


def test_a_roster_whose_codes_scan_needs_no_ticket(desk, qtbot, tmp_path):
    desk.organizer.events.tickets.write(str(tmp_path))
    assert "Nobody needs a ticket" in said().text()

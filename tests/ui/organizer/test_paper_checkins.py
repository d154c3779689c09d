"""Organizer > Check in from a paper list… after an outage: the typed-in list goes in at each line's
own time with the desk's rules, the window shows every line's verdict and the lines it could not
read, the desk's counter follows; the same file read again answers "already" (as `kiosk checkin
--from-file`)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from kiosk.ui.organizer.paper_checkins import PaperResults
from tests.ui.organizer.conftest import shoot, shown


def test_a_paper_list_is_checked_in_and_every_line_shown(desk, qtbot, tmp_path):
    paper = tmp_path / "paper.csv"
    paper.write_text("code,at\nEB-1001,\nEB-1002,\nEB-1003,\nnobody-knows,\nEB-1005,not a time\n", encoding="utf-8")
    texts = [a.text().replace("&", "") for a in desk.organizer.menu.actions()]
    assert texts.index("Check in from a paper list…") == texts.index("Import registrations…") + 1
    desk.organizer.events.paper.action.trigger()
    picker = shown(QFileDialog)
    picker.selectFile(str(paper))
    picker.accept()
    window = shown(PaperResults)
    summary = window.summary.text()
    assert "2 people checked in from the paper list." in summary
    assert "2 lines refused: see why below." in summary                    # Ann refunded, an unknown code
    assert "1 line could not be read" in summary                           # a time that is none
    rows = {window.table.topLevelItem(i).text(0): window.table.topLevelItem(i) for i in
            range(window.table.topLevelItemCount())}
    assert sorted(rows, key=int) == ["2", "3", "4", "5", "6"]
    assert rows["2"].text(2) == "Amara Okafor" and rows["2"].text(3) == "CHECKED IN"
    assert rows["4"].text(2) == "Ann Lee" and rows["4"].text(3) not in ("CHECKED IN", "")
    assert rows["6"].text(3).startswith("not read:")
    window.resize(900, 420)
    shoot(window, "paper-1-results")
    window.close()

    desk.organizer.events.paper.read(str(paper))                           # the same file again
    again = shown(PaperResults)
    assert "0 people checked in" in again.summary.text() and "2 already checked in" in again.summary.text()

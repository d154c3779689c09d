"""Organizer > Export… asks which event day (`kiosk export --day`); Badges for pre-printing asks which
ticket types and the first label of a part-used sheet (`kiosk badges --ticket-type --start-position`)."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from kiosk import checkin
from kiosk.badges.stocks import get_stock
from kiosk.store import open_event_db, settings
from kiosk.ui import dialogs
from kiosk.ui.organizer.export_choices import BadgeChoicesDialog, ExportDayDialog
from tests.badges.helpers import words
from tests.ui.conftest import event_days
from tests.ui.organizer.conftest import shoot, shown


def _written(qtbot, what: str) -> QMessageBox:
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) and what in d.text() for d in dialogs.shown()),
                    timeout=20000)
    return shown(QMessageBox)


def _save_as(target) -> None:
    picker = shown(QFileDialog)
    picker.selectFile(str(target))
    picker.accept()


def _read(path) -> tuple[list[str], list[dict]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def _check_in_on_two_days(desk) -> tuple[str, str]:
    day1, day2 = event_days()[:2]
    with open_event_db(desk.db_path) as db:
        checkin.check_in(db, "EB-1001", station="door-a", at=f"{day1}T15:00:00Z")   # Amara, day 1
        checkin.check_in(db, "EB-1002", station="door-b", at=f"{day2}T15:00:00Z")   # Bo, day 2
    return day1, day2


def test_the_exports_ask_for_a_day_and_offer_all_days_first(desk, qtbot):
    desk.organizer.act_export_attendance.trigger()
    dialog = shown(ExportDayDialog)
    qtbot.waitExposed(dialog)
    shoot(dialog, "export-day")
    assert dialog.days.currentText() == "All days"
    assert [dialog.days.itemData(i) for i in range(1, dialog.days.count())] == event_days()
    assert dialog.focusWidget() is dialog.days
    assert dialog.width() <= 1366 and dialog.height() <= 768
    QTest.keyClick(dialog.days, Qt.Key.Key_Escape)
    assert not any(isinstance(d, QFileDialog) for d in dialogs.shown())


def test_the_check_in_log_of_one_day_holds_only_that_days_check_ins(desk, qtbot, tmp_path):
    day1, day2 = _check_in_on_two_days(desk)
    desk.organizer.act_export_log.trigger()
    dialog = shown(ExportDayDialog)
    QTest.keyClick(dialog.days, Qt.Key.Key_Down)             # by keyboard: the first day, then Enter
    QTest.keyClick(dialog.days, Qt.Key.Key_Return)
    _save_as(tmp_path / "log-day1.csv")
    assert "1 rows written" in _written(qtbot, "rows written").text()
    _, rows = _read(tmp_path / "log-day1.csv")
    assert [(r["Code"], r["Event Day"]) for r in rows] == [("EB-1001", day1)]

    desk.organizer.act_export_log.trigger()                  # all days (the default): both
    QTest.keyClick(shown(ExportDayDialog).days, Qt.Key.Key_Return)
    _save_as(tmp_path / "log-all.csv")
    qtbot.waitUntil(lambda: (tmp_path / "log-all.csv").exists(), timeout=20000)
    _, rows = _read(tmp_path / "log-all.csv")
    assert sorted((r["Code"], r["Event Day"]) for r in rows) == [("EB-1001", day1), ("EB-1002", day2)]


def test_the_attendance_of_one_day_has_only_that_days_columns(desk, qtbot, tmp_path):
    day1, day2 = _check_in_on_two_days(desk)
    desk.organizer.act_export_attendance.trigger()
    dialog = shown(ExportDayDialog)
    dialog.choose(day2)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    picker = shown(QFileDialog)
    assert day2 in picker.selectedFiles()[0]                  # the suggested name says which day
    _save_as(tmp_path / "attendance-day2.csv")
    _written(qtbot, "rows written")
    header, rows = _read(tmp_path / "attendance-day2.csv")
    assert f"{day2} checked in" in header and not any(day1 in h for h in header)
    came = {r["Code"] for r in rows if r[f"{day2} checked in"]}
    assert came == {"EB-1002"}


def test_the_noshows_of_one_day(desk, qtbot, tmp_path):
    _, day2 = _check_in_on_two_days(desk)
    desk.organizer.ask_export("noshows")
    dialog = shown(ExportDayDialog)
    dialog.choose(day2)
    dialog._ok()
    _save_as(tmp_path / "noshows.csv")
    _written(qtbot, "rows written")
    _, rows = _read(tmp_path / "noshows.csv")
    codes = {r["Code"] for r in rows}
    assert "EB-1002" not in codes and "EB-1001" in codes      # Amara came on day 1 only


def _badge_dialog(desk, qtbot) -> BadgeChoicesDialog:
    desk.organizer.act_badges.trigger()
    dialog = shown(BadgeChoicesDialog)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=10000)
    return dialog


def test_badges_of_one_ticket_type_start_at_the_chosen_label(desk, qtbot, tmp_path):
    with open_event_db(desk.db_path) as db:
        settings.set_value(db, "badge_stock", "avery-l7418")
    stock = get_stock("avery-l7418")
    dialog = _badge_dialog(desk, qtbot)
    qtbot.waitExposed(dialog)
    shoot(dialog, "badge-choices")
    assert dialog.width() <= 1366 and dialog.height() <= 768
    names = [dialog.types.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.types.count())]
    assert names == ["Participant", "Participant - Day 2 only", "Staff", "Trainer"]
    assert dialog.start.maximum() == stock.per_page == 8
    assert dialog.focusWidget() is dialog.types
    QTest.keyClick(dialog.types, Qt.Key.Key_Space)           # ticks "Participant", the first
    assert dialog.ticket_types() == ["Participant"]
    dialog.start.setFocus()
    dialog.start.selectAll()
    QTest.keyClicks(dialog.start, "3")
    QTest.keyClick(dialog.start, Qt.Key.Key_Return)
    target = tmp_path / "participants.pdf"
    _save_as(target)
    assert "2 badges on 1 page" in _written(qtbot, "badges on").text()
    found = words(target, 1)
    texts = {w[0] for w in found}
    assert {"Bo", "José"} <= texts and not texts & {"Amara", "Dana", "Jo", "Ann"}
    for first, position in (("Bo", 3), ("José", 4)):          # Kim before Ñúñez, from label 3
        x, y, w, h = stock.cell(position)
        word = next(wd for wd in found if wd[0] == first)
        assert x <= word[1] <= x + w and stock.page_h - y - h <= word[2] <= stock.page_h - y, first


def test_badges_with_nothing_ticked_are_everyones_from_label_one(desk, qtbot, tmp_path):
    dialog = _badge_dialog(desk, qtbot)
    assert dialog.ticket_types() == [] and dialog.start.value() == 1
    dialog.ok.click()
    target = tmp_path / "all.pdf"
    _save_as(target)
    assert "5 badges" in _written(qtbot, "badges on").text()      # everyone admitted: not Ann (refunded)


def test_the_choices_in_french_fit_and_name_the_days_in_french(desk, qtbot, french):
    from kiosk.clock import format_day

    dialog = desk.organizer.ask_export("attendance")
    qtbot.waitExposed(dialog)
    shoot(dialog, "export-day-fr")
    assert dialog.days.itemText(0) == "Tous les jours"
    assert dialog.days.itemText(2).startswith(format_day(event_days()[1], "fr"))
    dialog.reject()
    badges = _badge_dialog(desk, qtbot)
    qtbot.waitExposed(badges)
    shoot(badges, "badge-choices-fr")
    assert "Un badge par page" in badges.sheet.text() and not badges.start.isEnabled()   # a card printer: no sheet
    badges.resize(badges.minimumSizeHint())
    assert badges.sheet.sizeHint().width() <= badges.width()
    assert badges.height() <= 768 and badges.width() <= 1366


def test_an_event_without_days_offers_the_days_with_check_ins(open_desk, qtbot, tmp_path):
    from tests.ui.conftest import PEOPLE, TZ, add

    path = tmp_path / "no-days.sqlite"
    with open_event_db(path) as db:
        db.set_event("Open House", [], TZ)
        for fields in PEOPLE.values():
            add(db, **dict(fields))
        checkin.check_in(db, "EB-1001", station="door", at="2026-03-02T15:00:00Z")
        checkin.check_in(db, "EB-1002", station="door", at="2026-03-04T15:00:00Z")
    desk = open_desk(path)
    dialog = desk.organizer.ask_export("log")
    qtbot.waitUntil(lambda: dialog.days.count() == 3)
    assert [dialog.days.itemData(i) for i in range(3)] == ["", "2026-03-02", "2026-03-04"]
    dialog.choose("2026-03-04")
    dialog._ok()
    _save_as(tmp_path / "day.csv")
    _written(qtbot, "rows written")
    assert [r["Code"] for r in _read(tmp_path / "day.csv")[1]] == ["EB-1002"]

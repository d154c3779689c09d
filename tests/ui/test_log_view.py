"""Organizer > Log… and Help > About: what happened at this station and when, and where the files are."""

from __future__ import annotations

import logging

import pytest

from kiosk import logs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def log_window(qtbot):
    from kiosk.ui.log_view import LogWindow, note_station

    logs.setup_logging(console_level=None)
    note_station("Door 2")                               # as the desk does when its station is named
    window = LogWindow(refresh_ms=50)
    qtbot.addWidget(window)
    window.show()
    return window


def rows(window) -> list[dict]:
    model = window.proxy
    heads = [model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
             for c in range(model.columnCount())]
    return [{heads[c]: model.index(r, c).data() for c in range(model.columnCount())} for r in range(model.rowCount())]


def test_the_log_shows_what_happened_newest_first_and_filters(log_window, qtbot):
    logging.getLogger("kiosk.printing.queue").warning("badge job 7 for EB-1001 failed: the printer is off")
    logging.getLogger("kiosk.ui.desk").info("a quiet line about the desk")
    qtbot.waitUntil(lambda: any("printer is off" in r["Message"] for r in rows(log_window)), timeout=5000)
    first = next(r for r in rows(log_window) if "printer is off" in r["Message"])
    assert first["Level"] == "WARNING" and first["Station"] == "Door 2" and first["Where"] == "kiosk.printing.queue"
    assert len(first["Time"]) == 19                     # 2026-07-08 10:42:05: the day and the second
    log_window.filter.setText("EB-1001 printer")         # every word, anywhere, any case
    assert [r["Message"] for r in rows(log_window)] == ["badge job 7 for EB-1001 failed: the printer is off"]
    log_window.filter.clear()
    log_window.level.setCurrentIndex(log_window.level.findData("ERROR"))
    assert not any("printer is off" in r["Message"] for r in rows(log_window))
    assert "lines shown" in log_window.count.text()


def test_a_bug_s_traceback_shows_when_its_line_is_chosen(log_window, qtbot):
    try:
        {}["station"]
    except KeyError as exc:
        logs.report_bug(exc, "testing the log view")
    log_window.filter.setText("testing the log view")
    qtbot.waitUntil(lambda: log_window.proxy.rowCount() == 1, timeout=5000)
    log_window.table.setCurrentIndex(log_window.proxy.index(0, 0))
    assert "KeyError" in log_window.details.toPlainText() and "Traceback" in log_window.details.toPlainText()


def test_times_are_the_event_s_and_the_station_is_the_one_of_that_moment(monkeypatch):
    from datetime import datetime, timezone

    from kiosk.ui import log_view
    from kiosk.ui.log_view import Entry, note_station

    monkeypatch.setattr(log_view, "_stations", [])
    moment = datetime(2026, 7, 8, 14, 42, 5, tzinfo=timezone.utc).timestamp()
    note_station("Door 2", since=moment - 600)
    note_station("Door 7", since=moment + 3600)          # renamed an hour later

    def entry(at):
        return Entry.from_record({"time": at, "level": "info", "logger": "x", "message": "m"}, "America/Toronto")

    assert entry(moment).time == "2026-07-08 10:42:05" and entry(moment).level == "INFO"
    assert entry(moment).station == "Door 2" and entry(moment + 7200).station == "Door 7"
    assert entry(moment - 3600).station == ""           # before this run named the station


def test_older_entries_come_from_the_log_file(log_window, qtbot):
    with open(logs.log_file(), "a", encoding="utf-8") as f:
        f.write("2026-07-08 10:42:05,123 WARNING kiosk.ui.print_service [print-worker]: "
                "badge for Ana Lima not printed: the printer is off\n")
        f.write("Traceback (most recent call last):\n  a line of the traceback\n")
    log_window.older_button.click()                     # read on a task (inline in the tests)
    log_window.filter.setText("Ana Lima")
    found = rows(log_window)
    assert [(r["Time"], r["Level"], r["Where"]) for r in found] == [
        ("2026-07-08 10:42:05", "WARNING", "kiosk.ui.print_service")]
    log_window.table.setCurrentIndex(log_window.proxy.index(0, 0))
    assert "a line of the traceback" in log_window.details.toPlainText()


def test_the_organizer_menu_opens_the_log_and_help_about(desk, qtbot):
    from kiosk import __version__
    from kiosk.ui import dialogs
    from kiosk.ui.about import AboutDialog

    window = desk.organizer.open_log()
    assert window.isVisible() and desk.organizer.act_log.shortcut().toString() == "Ctrl+L"
    assert window.timezone == "America/Toronto"          # the times are the event's, as on the desk
    window.close()
    desk.organizer.act_about.trigger()
    about = next(d for d in dialogs.shown() if isinstance(d, AboutDialog))
    assert about.fields["version"].text() == __version__
    assert about.fields["log"].text() == str(logs.log_file())
    assert about.fields["event"].text() == str(desk.db_path)
    about.reject()
    assert [a.text().replace("&", "") for a in desk.menuBar().actions()] == ["File", "Desk", "Organizer", "Help"]

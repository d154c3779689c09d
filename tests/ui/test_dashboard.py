"""The organizers' live dashboard: today's numbers and the arrivals chart per station, refreshed by a
timer, read on the dashboard's own worker (never on the GUI thread)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtCharts")

from kiosk import checkin  # noqa: E402
from kiosk.roster import attendees  # noqa: E402

DAY = "2026-07-08"


@pytest.fixture
def busy_day(event_db):
    with event_db.write() as conn:
        for i in range(40):
            attendees.insert(conn, {"code": f"EB-{i:04d}", "first_name": f"P{i}", "last_name": "Test",
                                    "ticket_type": "Participant"})
    for i in range(30):
        minute = 30 + i * 3            # 08:30 .. 10:00 local
        at = f"2026-07-08T{12 + minute // 60:02d}:{minute % 60:02d}:00Z"
        checkin.check_in(event_db, f"EB-{i:04d}", station="door-a" if i % 3 else "desk", at=at)
    return event_db


def open_board(qtbot, db, **kwargs):
    from kiosk.ui.dashboard import Dashboard

    board = Dashboard(db.path, **kwargs)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.figures is not None, timeout=5000)
    return board


def test_dashboard_shows_todays_numbers_and_stations(qtbot, busy_day, tmp_path):
    board = open_board(qtbot, busy_day, day=DAY, refresh_ms=0)
    board.resize(900, 520)
    assert board.checked_in.value.text() == "30 / 40"
    assert board.turnout.value.text() == "75%"
    series = board.chart.series()[0]
    sets = {s.label(): [int(s.at(i)) for i in range(s.count())] for s in series.barSets()}
    assert set(sets) == {"desk", "door-a"}
    assert sum(map(sum, sets.values())) == 30
    axis = board.chart.axes()[0]
    assert axis.categories()[0] == "08:30"
    board.show()
    qtbot.waitExposed(board)
    assert board.grab().save(str(tmp_path / "dashboard.png"))      # docs/images/report-dashboard.png


def test_dashboard_refreshes_on_its_timer(qtbot, busy_day):
    board = open_board(qtbot, busy_day, day=DAY, refresh_ms=50)
    checkin.check_in(busy_day, "EB-0035", station="door-b", at="2026-07-08T14:20:00Z")
    qtbot.waitUntil(lambda: board.checked_in.value.text() == "31 / 40", timeout=3000)
    labels = {s.label() for s in board.chart.series()[0].barSets()}
    assert "door-b" in labels
    board.stop()
    assert not board.timer.isActive() and board.worker.isFinished()


def test_empty_day_says_so(qtbot, event_db):
    board = open_board(qtbot, event_db, day=DAY, refresh_ms=0)
    assert board.checked_in.value.text() == "0 / 0"
    assert "No arrivals yet" in board.chart.title()


def test_a_database_that_cannot_be_read_is_said_and_the_next_tick_tries_again(qtbot, tmp_path):
    from kiosk.ui.dashboard import Dashboard

    board = Dashboard(tmp_path / "gone.sqlite", day=DAY, refresh_ms=0)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: "Cannot read the figures" in board.status.text(), timeout=5000)
    assert "kiosk init" in board.status.text()           # the core's words: what to do
    assert board.worker.isRunning()                      # the next tick tries again


def test_the_figures_grow_with_the_screen_and_stay_on_a_small_one(qtbot, busy_day):
    board = open_board(qtbot, busy_day, day=DAY, refresh_ms=0)
    sizes = {}
    for width, height in ((1366, 768), (1920, 1080)):
        board.resize(width, height)
        board.show()
        qtbot.waitExposed(board)
        sizes[width] = board.checked_in.value.font().pointSizeF()
        assert board.minimumSizeHint().width() <= 1366 and board.minimumSizeHint().height() <= 768
    assert sizes[1920] >= sizes[1366] * 1.3       # readable from across the room on a big screen
    assert sizes[1366] >= 28                      # and large on a laptop


def test_its_times_agree_in_the_event_s_time_zone(qtbot, busy_day, monkeypatch):
    """The day in the title, the "updated at" time and the chart's hours all follow the event's clock,
    even on a laptop set to another zone."""
    import time

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        board = open_board(qtbot, busy_day, day=DAY, refresh_ms=0)
        assert board.title.text() == "Live attendance – Wednesday 8 July"
        assert "(America/Toronto)" in board.status.text()
        from kiosk.clock import format_instant

        shown = board.status.text().split("Updated at ")[1].split(" ")[0]
        assert shown == format_instant(board.figures["read_at"], "America/Toronto", "time")
        assert board.chart.axes()[0].categories()[0] == "08:30"      # check-ins at 12:30 UTC: 08:30 in Toronto
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_french_dashboard_says_its_times_and_figures_the_french_way(qtbot, qapp, busy_day, tmp_path):
    """D28: the chart's quarter hours said "13:30" while the rest of the French window said "13 h 30";
    its figures are grouped as the desk's counter groups them (1 234)."""
    from kiosk.ui import i18n

    i18n.install_translator(qapp, "fr")
    try:
        board = open_board(qtbot, busy_day, day=DAY, refresh_ms=0)
        board.resize(1100, 620)
        hours = board.chart.axes()[0].categories()
        assert hours[0] == "8 h 30" and "9 h 45" in hours and not any(":" in h for h in hours), hours
        assert board.title.text() == "Présences en direct – mercredi 8 juillet"
        board._show({**board.figures, "checked_in": 47586, "expected": 50000, "walk_ins": 1204})
        assert board.checked_in.value.text() == "47\u202f586 / 50\u202f000"
        assert board.walk_ins.value.text() == "1\u202f204"
        board.show()
        qtbot.waitExposed(board)
        for tile in (board.checked_in, board.walk_ins):          # the whole number shows, smaller if need be
            value = tile.value
            qtbot.waitUntil(lambda: value.fontMetrics().horizontalAdvance(value.text()) <= value.contentsRect().width(),
                            timeout=2000)
        status = board.status
        qtbot.waitUntil(lambda: status.width() >= status.sizeHint().width(), timeout=2000)   # "(America/Toronto)" whole
        from tests.ui.organizer.conftest import shoot

        shoot(board, "fr-dashboard")
    finally:
        i18n.install_translator(qapp, "en")

"""Settings > Sync > Checked in twice…: after two stations checked one ticket in while apart and then
synced, the organizer sees who, when and where first and again, in the event's time (as `kiosk sync
--duplicates`); an event without any says so."""

from __future__ import annotations

from kiosk import checkin
from kiosk.roster.resync import import_export
from kiosk.sync import sync_round
from kiosk.ui import dialogs
from kiosk.ui.organizer.duplicates_window import DuplicatesWindow
from tests.sync.conftest import hub_url, pg_server, station  # noqa: F401 - the real hub
from tests.sync.helpers import roster_export
from tests.ui.organizer.conftest import shoot
from tests.ui.organizer.test_settings_window import open_from_desk


def test_a_ticket_checked_in_at_two_stations_while_apart_is_listed(station, hub_url, qtbot):  # noqa: F811
    a, b = station("Door A", event=True), station("Door B")
    import_export(a, "export.csv", parsed=roster_export(3))
    for db in (a, b):
        sync_round(db, hub_url)
    assert checkin.check_in(b, "EB-1002", station="Door B", at="2026-07-08T14:02:00Z").verdict == "ok"
    assert checkin.check_in(a, "EB-1002", station="Door A", at="2026-07-08T14:01:00Z").verdict == "ok"
    for db in (a, b, a):
        sync_round(db, hub_url)
    window = dialogs.open_dialog(DuplicatesWindow(a.path))
    qtbot.addWidget(window)
    assert window.table.topLevelItemCount() == 1
    row = window.table.topLevelItem(0)
    assert row.text(2) == "EB-1002" and row.text(0) == "Wed 8 Jul"
    assert row.text(3) == "10:01 at Door A" and row.text(4) == "10:02 at Door B"      # Toronto time
    assert "1 ticket checked in a second time" in window.summary.text()
    shoot(window, "duplicates-1-list")
    window.close()


def test_none_is_said(desk, qtbot):
    settings_window = open_from_desk(desk, qtbot)
    settings_window.show_group("sync")
    window = settings_window.sync.open_twice()
    assert window.table.topLevelItemCount() == 0
    assert window.summary.text() == "No ticket was checked in twice on the same day."
    window.close()

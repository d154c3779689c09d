"""Settings > Sync > Hub and stations… on a real PostgreSQL hub, as the organizer sets up several
stations without a terminal: set the hub up, add a station and copy its sync address (which then
syncs the roster to a station), remove it (its address no longer connects), with every failure said."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QInputDialog

from kiosk.errors import KnownError
from kiosk.ui import dialogs
from kiosk.ui.organizer.hub_stations import HubStationsDialog
from kiosk.ui.organizer.settings_sync import without_password
from tests.sync.conftest import hub_url, pg_server, station  # noqa: F401 - the real hub
from tests.ui.organizer.conftest import shoot, shown
from tests.ui.organizer.test_settings_window import open_from_desk


def answer(text: str) -> None:
    asked = shown(QInputDialog)
    asked.setTextValue(text)
    asked.accept()


def test_set_up_add_and_remove_a_station(desk, qtbot, hub_url, station):  # noqa: F811
    from kiosk.sync.hub import connect
    from kiosk.sync.rounds import sync_round

    window = open_from_desk(desk, qtbot)
    window.show_group("sync")
    window.sync.address.setText(without_password(hub_url))
    hub = window.sync.open_stations()
    assert isinstance(hub, HubStationsDialog) and hub.address.text() == without_password(hub_url)
    hub.password.setText(urlsplit(hub_url).password or "")
    hub.setup_button.click()
    qtbot.waitUntil(lambda: "no station has a login yet" in hub.status.text(), timeout=20000)
    hub.add_button.click()
    answer("Door 1")
    qtbot.waitUntil(lambda: hub.new_address.isVisible(), timeout=20000)
    assert hub.table.topLevelItemCount() == 1 and hub.table.topLevelItem(0).text(3) == "may sync"
    assert "shown only now" in hub.new_label.text() and "The station Door 1 may now sync." == hub.status.text()
    address = hub.new_address.text()
    assert address.startswith("postgresql://") and address != hub_url
    label = hub.new_label                                      # its whole text shows, once laid out
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=5000)
    shoot(hub, "hub-stations-1-added")

    door = station("door", event=True)
    sync_round(door, address)                                  # the station's own login syncs
    hub.table.setCurrentItem(hub.table.topLevelItem(0))
    box = hub.ask_remove()
    assert box.defaultButton().text() == "Cancel" and "lost or stolen" in box.text()
    hub.remove_go.click()
    qtbot.waitUntil(lambda: "can no longer sync" in hub.status.text(), timeout=20000)
    assert hub.table.topLevelItem(0).text(3) == "removed" and not hub.remove_button.isEnabled()
    with pytest.raises(KnownError):
        connect(address).close()
    dialogs.close_all()


def test_a_wrong_password_is_said_and_nothing_is_shown_of_it(desk, qtbot, hub_url):  # noqa: F811
    hub = dialogs.open_dialog(HubStationsDialog(without_password(hub_url), parent=desk))
    hub.password.setText("not-the-password")
    hub.list_button.click()
    qtbot.waitUntil(lambda: hub.list_button.isEnabled() and hub.status.text() != "", timeout=20000)
    assert "not-the-password" not in hub.status.text()
    assert "password" in hub.status.text().lower() or "refused" in hub.status.text().lower(), hub.status.text()
    assert hub.table.topLevelItemCount() == 0


def test_the_hub_window_reads_in_french(desk, qapp, qtbot, hub_url):  # noqa: F811
    from kiosk.ui import i18n

    i18n.install_translator(qapp, "fr")
    try:
        hub = dialogs.open_dialog(HubStationsDialog(without_password(hub_url), parent=desk))
        hub.password.setText(urlsplit(hub_url).password or "")
        hub.setup_button.click()
        qtbot.waitUntil(lambda: "aucun poste" in hub.status.text(), timeout=20000)
        assert hub.windowTitle() == "Serveur central et postes"
        hub.add(name="Porte 1")
        qtbot.waitUntil(lambda: hub.new_address.isVisible(), timeout=20000)
        assert "affichée seulement maintenant" in hub.new_label.text()
        assert hub.table.topLevelItem(0).text(3) == "peut se synchroniser"
        label = hub.new_label
        qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=5000)
        shoot(hub, "hub-stations-1-added-fr")
        hub.close()
    finally:
        i18n.install_translator(qapp, "en")

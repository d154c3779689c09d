"""An Eventbrite "Info Requested" ticket (admitted as "Guest of <buyer>": no name, the buyer's kept as
`guest_of`, marked `details_missing` for the desk) looks the same at every station, and the desk that names the guest clears the mark
everywhere, whichever login each station syncs with and whatever the organizer re-imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.roster import attendees
from kiosk.roster.resync import import_export
from kiosk.sync import sync_round
from tests.sync.helpers import roster_export

pytestmark = pytest.mark.needs_postgres

EXPORT = Path(__file__).parent.parent / "fixtures" / "exports" / "eventbrite_attendee_report_uk.csv"
GUEST = "20115550102" + "30224440103" + "001"


def _guest(db) -> tuple:
    person = attendees.find_by_code(db, GUEST)
    return attendees.display_name(person), bool(person["details_missing"])


def test_a_guest_named_at_one_door_is_named_at_every_station(station, hub_url, cli):
    assert cli("hub", "init", "--hub", hub_url).code == 0
    org = station("Organizer", event=True)
    import_export(org, EXPORT)
    sync_round(org, hub_url)
    urls = {name: cli("hub", "add-station", name, "--hub", hub_url, "--json").json()["url"]
            for name in ("Door 1", "Door 2", "Door 3")}
    d1, d2 = station("d1"), station("d2")
    for db, name in ((d1, "Door 1"), (d2, "Door 2")):
        sync_round(db, urls[name])
        assert _guest(db) == ("Guest of Aoife Byrne", True)
    attendees.edit(d1, attendees.find_by_code(d1, GUEST)["id"], {"first_name": "Cian", "last_name": "Byrne"},
                   station="Door 1")
    assert _guest(d1) == ("Cian Byrne", False)
    sync_round(d1, urls["Door 1"])
    sync_round(d2, urls["Door 2"])
    sync_round(org, hub_url)
    assert _guest(d2) == _guest(org) == ("Cian Byrne", False)
    # The organizer imports the same export again (still "Info Requested"): the desk's name stays.
    import_export(org, EXPORT, source="eventbrite")
    for db, url in ((org, hub_url), (d1, urls["Door 1"]), (d2, urls["Door 2"])):
        sync_round(db, url)
        assert _guest(db) == ("Cian Byrne", False)
    # A laptop that joins later gets the roster and the correction: the same.
    d3 = station("d3")
    sync_round(d3, urls["Door 3"])
    assert _guest(d3) == ("Cian Byrne", False)


def test_stations_on_the_shared_login_agree_on_the_mark_whoever_wins_the_row(station, hub_url):
    guest = {"first_name": "", "last_name": "", "full_name": "Guest of Person0 Family0", "email": "",
             "details_missing": True}
    a, b = station("A", event=True), station("B")
    import_export(a, "export.csv", parsed=roster_export(3, **{"EB-1002": guest}))
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    assert attendees.find_by_code(b, "EB-1002")["details_missing"] == 1
    # Apart: B's desk names the guest; meanwhile A re-imports a change to that very row, later.
    attendees.edit(b, attendees.find_by_code(b, "EB-1002")["id"], {"first_name": "Cian", "last_name": "Byrne"},
                   station="B")
    import_export(a, "export.csv", parsed=roster_export(3, **{"EB-1002": {**guest, "organization": "New Org"}}))
    for db in (a, b, a, b):
        sync_round(db, hub_url)
    for db in (a, b):
        person = attendees.find_by_code(db, "EB-1002")
        assert (person["full_name"], person["organization"], person["details_missing"]) == \
            ("Cian Byrne", "New Org", 0)
    # A guest still unnamed stays marked everywhere, and a later export that names them clears it.
    import_export(a, "export.csv", parsed=roster_export(3, **{"EB-1002": {**guest, "organization": "New Org"},
                                                              "EB-1003": guest}))
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    assert attendees.find_by_code(b, "EB-1003")["details_missing"] == 1
    import_export(a, "export.csv", parsed=roster_export(3, **{"EB-1002": {**guest, "organization": "New Org"}}))
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    named = attendees.find_by_code(b, "EB-1003")
    assert (named["full_name"], named["details_missing"]) == ("Person2 Family2", 0)

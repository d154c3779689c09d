"""Badges across stations: every door counts every door's badges against the reprint limit, sees
the reprints allowed past it with their reasons, and prints the badge fixes made at any desk; no
door ever prints another door's queued badge. A real PostgreSQL hub, each door with its own login."""

from __future__ import annotations

import pytest

from kiosk.badges import overrides
from kiosk.checkin import check_in
from kiosk.printing import queue
from kiosk.roster import attendees
from kiosk.roster.resync import import_export
from kiosk.store import settings
from kiosk.sync import sync_round, sync_state
from tests.badges.helpers import text_of
from tests.sync.helpers import roster_export

pytestmark = pytest.mark.needs_postgres

DAY1, DAY2 = "2026-07-08T13:00:00Z", "2026-07-09T13:00:00Z"


def _hub(cli, *args) -> dict:
    result = cli("hub", *args, "--json")
    assert result.code == 0, result
    return result.json()


@pytest.fixture
def doors(station, hub_url, cli, tmp_path):
    """The organizer's station (its own admin login) with the event, 3 reprints allowed and badges
    printed on check-in; Door 1 and Door 2 on logins of their own, each printing into its folder."""
    _hub(cli, "init", "--hub", hub_url)
    org = station("Organizer", event=True)
    settings.set_value(org, "max_reprints", 3)
    settings.set_value(org, "print_on_checkin", "auto")
    import_export(org, "export.csv", parsed=roster_export(4))
    sync_round(org, hub_url)
    made = {"org": (org, hub_url)}
    for name in ("Door 1", "Door 2"):
        url = _hub(cli, "add-station", name, "--hub", hub_url)["url"]
        db = station(name.replace(" ", ""))
        settings.set_value(db, "printer_backend", "folder")
        settings.set_value(db, "print_folder", str(tmp_path / name))
        sync_round(db, url)
        made[name] = (db, url)
    return made


def _sync(*stations) -> None:
    for db, url in stations:
        sync_round(db, url)


def _id(db, code: str) -> int:
    return attendees.find_by_code(db, code)["id"]


def _pdfs(tmp_path, name: str) -> int:
    folder = tmp_path / name
    return len(list(folder.glob("*.pdf"))) if folder.exists() else 0


def test_a_person_refused_a_fourth_reprint_at_door_1_is_refused_at_door_2(doors, tmp_path, cli):
    (d1, u1), (d2, u2), org = doors["Door 1"], doors["Door 2"], doors["org"]
    ana1 = _id(d1, "EB-1001")
    assert check_in(d1, "EB-1001", station="Door 1", at=DAY1).verdict == "ok"
    queue.on_checkin(d1, ana1, "Door 1")
    for _ in range(3):
        queue.work_all(d1)
        queue.request_badge(d1, ana1, station="Door 1")
    queue.work_all(d1)
    with pytest.raises(queue.ReprintLimitReached):
        queue.request_badge(d1, ana1, station="Door 1")
    assert _pdfs(tmp_path, "Door 1") == 4
    _sync((d1, u1), (d2, u2))
    ana2 = _id(d2, "EB-1001")
    status = queue.badge_status(d2, ana2)
    assert (status["badges"], status["printed"], status["printed_elsewhere"]) == (4, 4, 4)
    assert (status["reprints_used"], status["next"], status["needs_override"]) == (3, "reprint", True)
    assert status["last_printed_station"] == "Door 1"
    shown = cli("print", "EB-1001", "--status", "--db", d2.path)
    assert "4 badge(s) printed (4 at other stations)" in shown.stdout and "at Door 1" in shown.stdout
    assert "3 reprint(s) of 3 allowed" in shown.stdout and "needs --override" in shown.stdout
    refused_cli = cli("print", "EB-1001", "--reprint", "--db", d2.path)
    assert refused_cli.code == 2 and "already reprinted 3 times" in refused_cli.stderr
    with pytest.raises(queue.ReprintLimitReached) as refused:
        queue.request_badge(d2, ana2, station="Door 2")
    assert refused.value.used == 3
    # Door 2's organizer allows one more, with a reason: every station sees who, why, where.
    queue.request_badge(d2, ana2, station="Door 2", override=queue.Override("badge fell in the coffee", "Marie"))
    queue.work_all(d2)
    assert _pdfs(tmp_path, "Door 2") == 1
    _sync((d2, u2), (d1, u1), org)
    for db in (d1, d2, org[0]):
        seen = queue.badge_status(db, _id(db, "EB-1001"))
        assert (seen["badges"], seen["reprints_used"]) == (5, 4)
        assert [(o["reason"], o["by"], o["station"]) for o in seen["overrides"]] == \
            [("badge fell in the coffee", "Marie", "Door 2")]
    with pytest.raises(queue.ReprintLimitReached):
        queue.request_badge(d1, ana1, station="Door 1")
    # The organizer, who printed nothing, reports every door's badges.
    from kiosk.reports import stats

    assert stats.badges(org[0]) == {"printed": 5, "reprints": 4, "failed": 0, "waiting": 0, "people_reprinted": 1}
    import csv

    from kiosk.reports.export import export

    export(org[0], tmp_path / "attendance.csv")
    with open(tmp_path / "attendance.csv", encoding="utf-8-sig", newline="") as fh:
        printed = {row["Code"]: row["Badges Printed"] for row in csv.DictReader(fh)}
    assert printed["EB-1001"] == "5" and printed["EB-1002"] == "0"
    # Nothing came back twice: each door counts its own badges once after the round trips.
    _sync((d1, u1), (d2, u2), (d1, u1))
    assert queue.badge_status(d1, ana1)["badges"] == 5
    assert d1.scalar("SELECT count(*) FROM printed_elsewhere") == 1
    assert d2.scalar("SELECT count(*) FROM printed_elsewhere") == 4


def test_no_door_prints_another_doors_queued_badge_and_a_badge_printed_elsewhere_is_not_printed_again(doors, tmp_path):
    (d1, u1), (d2, u2) = doors["Door 1"], doors["Door 2"]
    # Door 1's printer is jammed: the badge is queued (failed), not printed.
    settings.set_value(d1, "print_folder", str(tmp_path / "not-a-folder.pdf"))
    (tmp_path / "not-a-folder.pdf").write_text("a file where the folder should be")
    check_in(d1, "EB-1002", station="Door 1", at=DAY1)
    job = queue.on_checkin(d1, _id(d1, "EB-1002"), "Door 1")
    assert queue.work_once(d1).status == "failed"
    _sync((d1, u1), (d2, u2))
    assert queue.work_all(d2) == [] and d2.scalar("SELECT count(*) FROM print_jobs") == 0
    status = queue.badge_status(d2, _id(d2, "EB-1002"))
    assert (status["badges"], status["next"]) == (0, "first")        # a jammed badge is no badge yet
    # Door 1's printer works again and prints it: from then on Door 2 knows the person has a badge.
    settings.set_value(d1, "print_folder", str(tmp_path / "Door 1"))
    queue.retry(d1, job)
    assert [r.status for r in queue.work_all(d1)] == ["done"]
    _sync((d1, u1), (d2, u2))
    # Day 2 at Door 2, which prints on check-in: no second badge.
    assert check_in(d2, "EB-1002", station="Door 2", at=DAY2).verdict == "ok"
    assert queue.on_checkin(d2, _id(d2, "EB-1002"), "Door 2") is None
    assert queue.work_all(d2) == [] and _pdfs(tmp_path, "Door 2") == 0
    # A print asked for at Door 2 is a reprint, counted against the limit.
    made = queue.request_badge(d2, _id(d2, "EB-1002"), station="Door 2")
    assert made["kind"] == "reprint" and made["status"]["reprints_used"] == 1


def test_a_door_that_was_offline_counts_what_it_knows_and_catches_up(doors, tmp_path):
    (d1, u1), (d2, u2) = doors["Door 1"], doors["Door 2"]
    ana1, ana2 = _id(d1, "EB-1003"), _id(d2, "EB-1003")
    for _ in range(2):
        queue.request_badge(d1, ana1, station="Door 1")
        queue.work_all(d1)
    sync_round(d1, u1)
    # Door 2 is offline: it knows of no badge and prints one (a reprint limit needs the others' news).
    assert queue.request_badge(d2, ana2, station="Door 2")["kind"] == "first"
    queue.work_all(d2)
    assert sync_state(d2).waiting_other >= 1                 # its print record waits for the hub
    for _ in range(2):
        queue.request_badge(d2, ana2, station="Door 2")      # 3 badges it knows of: 2 reprints
        queue.work_all(d2)
    sync_round(d2, u2)                                       # back online: 5 badges in all, 4 reprints
    with pytest.raises(queue.ReprintLimitReached):
        queue.request_badge(d2, ana2, station="Door 2")
    sync_round(d1, u1)
    for db, person in ((d1, ana1), (d2, ana2)):
        assert queue.badge_status(db, person)["reprints_used"] == 4
    assert sync_state(d2).waiting_other == 0


def test_the_shared_organizer_login_carries_badges_too(station, hub_url, tmp_path):
    """Stations that all sync with one login (no `kiosk hub init`) share badges the same way."""
    a, b = station("A", event=True), station("B")
    settings.set_value(a, "max_reprints", 1)
    import_export(a, "export.csv", parsed=roster_export(2))
    for db, name in ((a, "A"), (b, "B")):
        settings.set_value(db, "printer_backend", "folder")
        settings.set_value(db, "print_folder", str(tmp_path / name))
        sync_round(db, hub_url)
    person_a = _id(a, "EB-1001")
    for _ in range(2):
        queue.request_badge(a, person_a, station="A")
        queue.work_all(a)
    overrides.set_badge_text(a, person_a, first_name="Kate", by="Marie", station="A")
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    person_b = _id(b, "EB-1001")
    assert queue.badge_status(b, person_b)["needs_override"]
    assert overrides.badge_person(b, person_b)["first_name"] == "Kate"


def test_a_badge_fix_made_at_one_desk_prints_at_every_door(doors, tmp_path):
    (d1, u1), (d2, u2), org = doors["Door 1"], doors["Door 2"], doors["org"]
    person = _id(d1, "EB-1004")
    overrides.set_badge_text(d1, person, first_name="Kate", organization="Acme Ltd", by="Marie", station="Door 1")
    _sync((d1, u1), (d2, u2), org)
    for db in (d2, org[0]):
        printed = overrides.badge_person(db, _id(db, "EB-1004"))
        assert (printed["first_name"], printed["organization"], printed["badge_fixed"]) == ("Kate", "Acme Ltd", True)
        assert printed["registered"]["first_name"] == "Person3"         # the registration is untouched
        [fix] = overrides.history(db, _id(db, "EB-1004"))
        assert (fix["by"], fix["station"]) == ("Marie", "Door 1")
    # Printed at Door 2 with the fixed name.
    queue.request_badge(d2, _id(d2, "EB-1004"), station="Door 2")
    [result] = queue.work_all(d2)
    assert result.status == "done"
    [pdf] = (tmp_path / "Door 2").glob("*.pdf")
    assert "Kate" in text_of(pdf) and "Acme Ltd" in text_of(pdf) and "Person3" not in text_of(pdf)
    # Door 2 puts it back as registered: every station follows.
    overrides.clear_badge_text(d2, _id(d2, "EB-1004"), by="Sam", station="Door 2")
    _sync((d2, u2), (d1, u1), org)
    for db in (d1, d2, org[0]):
        assert overrides.badge_text(db, _id(db, "EB-1004")) is None
        assert len(overrides.history(db, _id(db, "EB-1004"))) == 2


def test_badge_fixes_made_apart_agree_on_the_latest_everywhere(doors, monkeypatch):
    (d1, u1), (d2, u2), org = doors["Door 1"], doors["Door 2"], doors["org"]
    p1, p2 = _id(d1, "EB-1001"), _id(d2, "EB-1001")
    # Apart: Door 2 fixes at 14:00, Door 1 at 14:01; Door 2 syncs last.
    monkeypatch.setattr(overrides, "utc_now", lambda: "2026-07-08T14:00:00.000Z")
    overrides.set_badge_text(d2, p2, first_name="Katie", by="Sam", station="Door 2")
    monkeypatch.setattr(overrides, "utc_now", lambda: "2026-07-08T14:01:00.000Z")
    overrides.set_badge_text(d1, p1, first_name="Kate", by="Marie", station="Door 1")
    monkeypatch.undo()
    _sync((d1, u1), (d2, u2), (d1, u1), org)
    assert {overrides.badge_person(db, _id(db, "EB-1001"))["first_name"] for db in (d1, d2, org[0])} == {"Kate"}
    # Two fixes of the same instant: every station picks the same one (the larger uid).
    p1b, p2b = _id(d1, "EB-1002"), _id(d2, "EB-1002")
    at = "2026-07-08T15:00:00.000Z"
    with d1.write() as conn:
        conn.execute("INSERT INTO badge_texts (uid, attendee_id, first_name, by_whom, station, at) "
                     "VALUES ('aaaa', ?, 'Alpha', 'Marie', 'Door 1', ?)", (p1b, at))
    with d2.write() as conn:
        conn.execute("INSERT INTO badge_texts (uid, attendee_id, first_name, by_whom, station, at) "
                     "VALUES ('ffff', ?, 'Foxtrot', 'Sam', 'Door 2', ?)", (p2b, at))
    _sync((d1, u1), (d2, u2), (d1, u1), org)
    assert {overrides.badge_person(db, _id(db, "EB-1002"))["first_name"] for db in (d1, d2, org[0])} == {"Foxtrot"}


def test_a_fix_made_after_seeing_another_wins_even_on_a_clock_that_is_behind(doors):
    (d1, u1), (d2, u2) = doors["Door 1"], doors["Door 2"]
    p1 = _id(d1, "EB-1003")
    future = "2031-01-01T00:00:00.000Z"         # Door 1's clock is years ahead
    with d1.write() as conn:
        conn.execute("INSERT INTO badge_texts (uid, attendee_id, first_name, by_whom, station, at) "
                     "VALUES ('f1', ?, 'Wrongname', 'Marie', 'Door 1', ?)", (p1, future))
    _sync((d1, u1), (d2, u2))
    p2 = _id(d2, "EB-1003")
    assert overrides.badge_person(d2, p2)["first_name"] == "Wrongname"
    overrides.set_badge_text(d2, p2, first_name="Rightname", by="Sam", station="Door 2")
    assert overrides.history(d2, p2)[-1]["at"] == "2031-01-01T00:00:00.001Z"
    _sync((d2, u2), (d1, u1))
    assert overrides.badge_person(d1, p1)["first_name"] == "Rightname"
    assert overrides.badge_person(d2, p2)["first_name"] == "Rightname"


def test_badge_facts_that_are_not_what_the_app_writes_are_refused_on_arrival(doors, hub_url, caplog):
    """The organizer's login is not held back by row-level security: what it appends is checked again."""
    import psycopg

    (d1, u1) = doors["Door 1"]
    uid = d1.scalar("SELECT uid FROM attendees WHERE code = 'EB-1001'")
    with psycopg.connect(hub_url, autocommit=True) as admin:
        admin.execute("INSERT INTO hub_badge_texts (uid, attendee_uid, first_name, by_whom, at, station, station_id) "
                      "VALUES ('bad-1', %s, 'Ka' || chr(7) || 'te', 'x', '2026-07-08T15:00:00Z', 'Evil', 'x')", (uid,))
        admin.execute("INSERT INTO hub_badge_texts (uid, attendee_uid, first_name, by_whom, at, station, station_id) "
                      "VALUES ('good-1', %s, 'Kate', 'Marie', '2026-07-08T15:00:01Z', 'Organizer', 'x')", (uid,))
        admin.execute("INSERT INTO hub_badge_texts (uid, attendee_uid, first_name, by_whom, at, station, station_id) "
                      "VALUES ('unknown-1', 'nobody', 'Kate', 'Marie', '2026-07-08T15:00:01Z', 'Organizer', 'x')")
    report = sync_round(d1, u1)
    assert report.received["badges"]["refused"] == 1 and report.received["badges"]["badge_texts"] == 1
    assert overrides.badge_person(d1, _id(d1, "EB-1001"))["first_name"] == "Kate"
    # Kept in the app's own form of an instant (compared as text: 15:00:01Z would sort after 15:00:01.500Z).
    assert overrides.history(d1, _id(d1, "EB-1001"))[0]["at"] == "2026-07-08T15:00:01.000Z"
    assert "hub_badge_texts bad-1 from station 'Evil' is not what the app writes" in caplog.text
    assert "1 badge records. Refused 1 badge record from the hub (see the log)." in report.text()
    assert "names attendee nobody" in caplog.text


def test_badges_printed_before_this_version_are_counted_once(station, hub_url, tmp_path):
    """A job printed and pushed by the previous version (no uid on the job; its print record's uid
    made from the station id and the job id) is neither sent twice nor counted twice."""
    import psycopg

    from kiosk.sync import badge_facts, station_id

    a, b = station("A", event=True), station("B")
    import_export(a, "export.csv", parsed=roster_export(2))
    for db, name in ((a, "A"), (b, "B")):
        settings.set_value(db, "printer_backend", "folder")
        settings.set_value(db, "print_folder", str(tmp_path / name))
        sync_round(db, hub_url)
    person = _id(a, "EB-1001")
    queue.request_badge(a, person, station="A")
    queue.work_all(a)
    with a.write() as conn:                         # as the previous version left it
        conn.execute("UPDATE print_jobs SET uid = NULL")
    job = a.one("SELECT id, updated_at FROM print_jobs")
    legacy = badge_facts.legacy_print_uid(station_id(a), job["id"])
    with psycopg.connect(hub_url, autocommit=True) as admin:
        admin.execute("INSERT INTO hub_print_records (uid, attendee_uid, reason, at, station, station_id) "
                      "VALUES (%s, %s, 'manual', %s, 'A', %s)",
                      (legacy, a.scalar("SELECT uid FROM attendees WHERE id = ?", (person,)), job["updated_at"],
                       station_id(a)))
    sync_round(a, hub_url)
    sync_round(b, hub_url)
    assert a.scalar("SELECT uid FROM print_jobs") == legacy
    assert queue.badge_status(a, person)["badges"] == 1 and a.scalar("SELECT count(*) FROM printed_elsewhere") == 0
    assert queue.badge_status(b, _id(b, "EB-1001"))["badges"] == 1
    with psycopg.connect(hub_url, autocommit=True) as admin:
        assert admin.execute("SELECT count(*) FROM hub_print_records").fetchone()[0] == 1

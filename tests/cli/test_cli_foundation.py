"""The foundation's command line as an organizer or a script uses it: init, import, roster, settings, demo."""

import json
import shutil

from tests.conftest import FIXTURES

EXPORTS = FIXTURES / "exports"


def init(cli, db):
    r = cli("init", "--name", "Toronto Training", "--days", "2026-07-08,2026-07-09,2026-07-10",
            "--timezone", "America/Toronto", "--db", db, "--json")
    assert r.code == 0, r
    return r.json()


def test_init_then_import_prints_the_counts_as_json(cli, db_path):
    assert init(cli, db_path)["days"] == ["2026-07-08", "2026-07-09", "2026-07-10"]
    r = cli("import", EXPORTS / "tito_tickets.csv", "--db", db_path, "--json")
    assert r.code == 0, r
    data = r.json()
    assert data["platform"] == "tito"
    assert data["new"] >= 3
    assert set(data) >= {"platform", "new", "updated", "cancelled", "unchanged", "rejected"}
    assert "backup" in data and data["backup"]


def test_roster_json_has_the_fields_scripts_rely_on(cli, db_path):
    init(cli, db_path)
    cli("import", EXPORTS / "eventbrite_full_barcode.csv", "--db", db_path)
    roster = cli("roster", "--db", db_path, "--json").json()
    assert roster
    for person in roster:
        assert set(person) >= {"id", "code", "first_name", "last_name", "full_name", "email", "organization",
                               "ticket_type", "status", "source", "checked_in"}
    assert all(p["source"] == "eventbrite" for p in roster)
    assert {p["status"] for p in roster} <= {"active", "not attending", "deleted", "refunded", "cancelled"}


def test_reimport_is_idempotent(cli, db_path):
    init(cli, db_path)
    first = cli("import", EXPORTS / "luma_guests.csv", "--db", db_path, "--json").json()
    again = cli("import", EXPORTS / "luma_guests.csv", "--db", db_path, "--json").json()
    assert again["new"] == 0 and again["updated"] == 0
    assert again["unchanged"] == first["new"]


def test_excel_mangled_codes_are_refused_and_nothing_is_written(cli, db_path):
    init(cli, db_path)
    r = cli("import", EXPORTS / "eventbrite_excel_scientific.csv", "--db", db_path, "--json")
    assert r.code != 0
    assert "Excel" in r.stderr
    assert cli("roster", "--db", db_path, "--json").json() == []


def test_unreadable_file_names_the_file(cli, db_path, tmp_path):
    init(cli, db_path)
    missing = tmp_path / "nope.csv"
    r = cli("import", missing, "--db", db_path)
    assert r.code != 0 and "nope.csv" in r.stderr and "Traceback" not in r.stderr


def test_explicit_mapping_is_remembered_for_the_source(cli, db_path, tmp_path):
    init(cli, db_path)
    sheet = tmp_path / "speakers.csv"
    sheet.write_text("Ticket No,Attendee,E-mail,Role\nSPK-1,Grace Hopper,grace@example.org,Speaker\n", encoding="utf-8")
    r = cli("import", sheet, "--source", "speakers", "--map", "code=Ticket No", "--map", "name=Attendee",
            "--map", "email=E-mail", "--map", "ticket_type=Role", "--db", db_path, "--json")
    assert r.code == 0, r
    sheet.write_text("Ticket No,Attendee,E-mail,Role\nSPK-1,Grace Hopper,grace@example.org,Speaker\n"
                     "SPK-2,Ada Lovelace,ada@example.org,Speaker\n", encoding="utf-8")
    again = cli("import", sheet, "--source", "speakers", "--db", db_path, "--json")
    assert again.code == 0, again
    assert again.json()["new"] == 1
    ada = cli("roster", "--search", "ada", "--db", db_path, "--json").json()
    assert [(a["code"], a["ticket_type"], a["last_name"]) for a in ada] == [("SPK-2", "Speaker", "Lovelace")]


def test_bad_mapping_field_is_explained(cli, db_path):
    init(cli, db_path)
    r = cli("import", EXPORTS / "tito_tickets.csv", "--map", "colour=Ticket", "--db", db_path)
    assert r.code != 0 and "unknown field" in r.stderr


def test_dry_run_writes_nothing(cli, db_path):
    init(cli, db_path)
    r = cli("import", EXPORTS / "pretix_orderpositions.csv", "--dry-run", "--db", db_path, "--json")
    assert r.code == 0, r
    assert r.json()["dry_run"] is True and r.json()["new"] > 0
    assert cli("roster", "--db", db_path, "--json").json() == []


def test_roster_search_and_checked_in_flag(cli, db_path):
    cli("demo", "--db", db_path)
    hits = cli("roster", "--search", "jose nun", "--db", db_path, "--json").json()
    assert [h["full_name"] for h in hits] == ["José Ñúñez"]
    assert hits[0]["checked_in"] is False
    r = cli("checkin", hits[0]["code"], "--db", db_path, "--json")
    assert r.code == 0 and r.json()["verdict"] == "ok"
    assert cli("roster", "--search", "jose nun", "--db", db_path, "--json").json()[0]["checked_in"] is True


def test_demo_event_is_a_three_day_training_with_varied_names(cli, db_path):
    r = cli("demo", "--db", db_path, "--json")
    assert r.code == 0, r
    assert len(r.json()["days"]) == 3
    roster = cli("roster", "--db", db_path, "--json").json()
    assert 50 <= len(roster) <= 70
    types = {p["ticket_type"] for p in roster}
    assert {"Trainer", "Participant", "Staff"} <= types
    names = " ".join(p["full_name"] for p in roster)
    for sample in ("Иванов", "山田", "이", "أحمد", "לוי", "Nguyễn"):
        assert sample in names
    again = cli("demo", "--db", db_path, "--json").json()
    assert again["new"] == 0


def test_settings_get_set_and_pin_is_never_shown(cli, db_path):
    init(cli, db_path)
    assert cli("settings", "set", "print_on_checkin", "auto", "--db", db_path).code == 0
    assert cli("settings", "get", "print_on_checkin", "--db", db_path, "--json").json() == {"print_on_checkin": "auto"}
    assert cli("settings", "set", "max_reprints", "2", "--db", db_path).code == 0
    assert cli("settings", "get", "max_reprints", "--db", db_path, "--json").json() == {"max_reprints": 2}
    assert cli("settings", "set", "kiosk_pin", "482916", "--db", db_path).code == 0
    listing = cli("settings", "list", "--db", db_path, "--json")
    assert "482916" not in listing.stdout
    wal = db_path.parent / (db_path.name + "-wal")
    assert b"482916" not in db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert cli("settings", "get", "nope", "--db", db_path).code != 0


def test_commands_refuse_to_invent_a_database(cli, tmp_path):
    r = cli("roster", "--db", tmp_path / "missing.sqlite")
    assert r.code != 0 and "kiosk init" in r.stderr


def test_checkin_exit_status_and_paper_time(cli, db_path):
    cli("demo", "--db", db_path, "--start", "2026-07-08")
    ok = cli("checkin", "KIOSK-DEMO-0001", "--at", "2026-07-08T08:55", "--station", "paper", "--db", db_path, "--json")
    assert ok.code == 0 and ok.json()["checked_in_at"] == "2026-07-08T12:55:00.000Z"   # 08:55 in Toronto
    again = cli("checkin", "KIOSK-DEMO-0001", "--at", "2026-07-08T10:00", "--db", db_path, "--json")
    assert again.code == 1 and again.json()["verdict"] == "already" and again.json()["station"] == "paper"
    assert cli("checkin", "NOT-A-CODE", "--db", db_path).code == 1
    undo = cli("undo", "KIOSK-DEMO-0001", "--reason", "wrong person", "--db", db_path, "--json")
    assert undo.code == 0
    assert cli("undo", "KIOSK-DEMO-0001", "--db", db_path).code != 0        # --reason is required


def test_backup_and_restore(cli, db_path, tmp_path):
    init(cli, db_path)
    snap = cli("backup", "--db", db_path, "--json").json()["backup"]
    cli("import", EXPORTS / "tito_tickets.csv", "--db", db_path)
    assert cli("roster", "--db", db_path, "--json").json()
    r = cli("restore", snap, "--db", db_path, "--json")
    assert r.code == 0, r
    assert cli("roster", "--db", db_path, "--json").json() == []

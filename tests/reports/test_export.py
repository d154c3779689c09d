"""Exports read back with csv and openpyxl and compared with the database; formula cells neutralised."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from kiosk import checkin
from kiosk.errors import KnownError
from kiosk.reports import export, stats
from kiosk.roster import attendees

from .conftest import PEOPLE, add

DAYS = ["2026-07-08", "2026-07-09", "2026-07-10"]


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to show accents"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


def expected_day_cells(db, attendee_id, day):
    standing = checkin.active_checkin(db, attendee_id, day)
    if standing is None:
        return "", ""
    return stats.local_iso(standing["at"], "America/Toronto"), standing["station"]


def test_attendance_csv_matches_the_database(people, event_db, tmp_path, cli):
    out = tmp_path / "attendance.csv"
    result = cli("export", "--db", event_db.path, "--out", out)
    assert result.code == 0, result
    header, rows = read_csv(out)
    assert header[:9] == ["Code", "First Name", "Last Name", "Full Name", "Email", "Organization", "Ticket Type",
                          "Source", "Status"]
    assert header[9:15] == [f"{d} {what}" for d in DAYS for what in ("checked in", "station")]
    assert header[15:] == ["Walk-in", "Badges Printed"]
    by_code = {r["Code"]: r for r in rows}
    everyone = attendees.all_attendees(event_db)
    assert set(by_code) == {a["code"] for a in everyone}
    printed = dict(event_db.conn.execute(
        "SELECT attendee_id, count(*) FROM print_jobs WHERE status = 'done' GROUP BY attendee_id").fetchall())
    for a in everyone:
        row = by_code[a["code"]]
        assert row["First Name"] == a["first_name"] and row["Last Name"] == a["last_name"]
        assert row["Email"] == a["email"] and row["Ticket Type"] == a["ticket_type"] and row["Status"] == a["status"]
        assert row["Organization"] == export.neutralise(a["organization"])
        for day in DAYS:
            assert (row[f"{day} checked in"], row[f"{day} station"]) == expected_day_cells(event_db, a["id"], day)
        assert row["Walk-in"] == ("yes" if a["walk_in"] else "no")
        assert row["Badges Printed"] == str(printed.get(a["id"], 0))
    # Spot checks a person would make: local time with offset, an undone check-in is absent.
    assert by_code["EB-0001"]["2026-07-08 checked in"] == "2026-07-08T08:52:10-04:00"
    assert by_code["EB-0001"]["Badges Printed"] == "2"
    assert by_code["EB-0005"]["2026-07-08 checked in"] == ""
    assert by_code["EB-0003"]["Status"] == "refunded"


def test_formula_cells_are_neutralised_in_csv_and_text_in_xlsx(people, event_db, tmp_path):
    for value in ("=1+1", "+33 1 23", "-SUM(1)", "@cmd", "\tx", "\rx"):
        assert export.neutralise(value) == "'" + value
    for value in ("", "José", "1+1", "a=b", "2026-07-08T09:00:00-04:00"):
        assert export.neutralise(value) == value
    export.export(event_db, tmp_path / "a.csv", kind="attendance")
    _, rows = read_csv(tmp_path / "a.csv")
    orgs = {r["Code"]: r["Organization"] for r in rows}
    assert orgs["EB-0005"] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    walk_code = next(c for c in orgs if c.startswith("W-"))
    assert orgs[walk_code] == "'-SUM(1)"

    export.export(event_db, tmp_path / "a.xlsx", kind="attendance")
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx").active
    cells = {row[0].value: row for row in ws.iter_rows(min_row=2)}
    evil = cells["EB-0005"][5]
    assert evil.value == "=HYPERLINK(\"http://evil.example\",\"click\")" and evil.data_type == "s"
    assert all(c.data_type == "s" for row in ws.iter_rows() for c in row if c.value is not None)


def test_xlsx_has_the_same_rows_a_bold_frozen_header_and_fitted_columns(people, event_db, tmp_path, cli):
    result = cli("export", "--db", event_db.path, "--out", tmp_path / "a.xlsx", "--json")
    assert result.code == 0 and result.json()["format"] == "xlsx"
    table = export.attendance_table(event_db)
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    ws = wb.active
    assert ws.title == "Attendance"
    values = [[c if c is not None else "" for c in row] for row in ws.iter_rows(values_only=True)]
    assert values[0] == table.header
    assert values[1:] == table.rows
    assert all(cell.font.b for cell in ws[1])
    assert ws.freeze_panes == "A2"
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert 8 <= min(widths.values()) and max(widths.values()) <= 48
    assert widths["E"] >= len("amara.okafor@example.com")          # Email fits


def test_barcodes_stay_text(event_db, tmp_path):
    add(event_db, code="929081958915352852869001", first_name="Long", last_name="Barcode")
    export.export(event_db, tmp_path / "a.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx").active
    assert ws["A2"].value == "929081958915352852869001" and ws["A2"].data_type == "s"


def test_log_export_lists_every_scan(people, event_db, tmp_path, cli):
    out = tmp_path / "log.csv"
    assert cli("export", "--db", event_db.path, "--out", out, "--kind", "log").code == 0
    header, rows = read_csv(out)
    assert header == export.LOG_COLUMNS
    assert len(rows) == event_db.scalar("SELECT count(*) FROM scan_attempts")
    assert [r["Verdict"] for r in rows] == [r["verdict"] for r in event_db.query("SELECT verdict FROM scan_attempts ORDER BY at, id")]
    first = rows[0]
    assert first["Time"] == "2026-07-08T08:52:10-04:00" and first["Station"] == "door-a"
    assert first["Code"] == "EB-0001" and first["Name"] == "José Ñúñez"
    unknown = next(r for r in rows if r["Verdict"] == "unknown")
    assert unknown["Payload"] == "NOPE-1" and unknown["Name"] == ""
    assert cli("export", "--db", event_db.path, "--out", out, "--kind", "log", "--day", "2026-07-09").code == 0
    _, day2 = read_csv(out)
    assert len(day2) == 3 and {r["Event Day"] for r in day2} == {"2026-07-09"}


def test_noshows_any_day_and_one_day(people, event_db, tmp_path, cli):
    table = export.noshow_table(event_db)
    assert sorted(r[0] for r in table.rows) == ["EB-0005", "K-ZXCVBNMQ45"]   # refunded Ann is not a no-show
    day1 = export.noshow_table(event_db, "2026-07-08")
    # Dana's ticket is "Day 2 only": she is not missing on day 1.
    assert sorted(r[0] for r in day1.rows) == ["EB-0005", "K-ABCDEFGH23", "K-ZXCVBNMQ45"]
    out = tmp_path / "noshows.xlsx"
    assert cli("export", "--db", event_db.path, "--out", out, "--kind", "noshows", "--day", "2026-07-08").code == 0
    ws = openpyxl.load_workbook(out).active
    assert sorted(r[0] for r in ws.iter_rows(min_row=2, values_only=True)) == ["EB-0005", "K-ABCDEFGH23", "K-ZXCVBNMQ45"]


def test_bad_day_and_format_say_what_to_do(people, event_db, tmp_path, cli):
    bad = cli("export", "--db", event_db.path, "--out", tmp_path / "x.csv", "--day", "8 July")
    assert bad.code != 0 and "YYYY-MM-DD" in bad.stderr
    other = cli("export", "--db", event_db.path, "--out", tmp_path / "x.csv", "--day", "2026-07-11")
    assert other.code != 0 and "not a day of this event" in other.stderr
    with pytest.raises(KnownError, match="--format"):
        export.export(event_db, tmp_path / "x.txt")
    assert not (tmp_path / "x.csv").exists()


def test_event_without_days_uses_the_days_with_checkins(db_path, tmp_path):
    from kiosk.store import open_event_db

    db = open_event_db(db_path)
    db.set_event("Meetup night", [], "Europe/Paris")
    add(db, code="M-1", first_name="Élise", last_name="Roy")
    add(db, code="M-2", first_name="Noé", last_name="Blanc")
    checkin.check_in(db, "M-1", station="door", at="2026-03-02T18:30:00Z")
    checkin.check_in(db, "M-2", station="door", at="2026-03-05T18:40:00Z")
    table = export.attendance_table(db)
    assert table.header[9:13] == ["2026-03-02 checked in", "2026-03-02 station", "2026-03-05 checked in",
                                  "2026-03-05 station"]
    rows = {r[0]: r for r in table.rows}
    assert rows["M-1"][9] == "2026-03-02T19:30:00+01:00" and rows["M-2"][11] == "2026-03-05T19:40:00+01:00"
    db.close()


def test_attendance_csv_imports_again(people, event_db, tmp_path, cli):
    out = tmp_path / "attendance.csv"
    export.export(event_db, out)
    fresh = tmp_path / "fresh.sqlite"
    assert cli("init", "--db", fresh, "--name", "Copy").code == 0
    result = cli("import", "--db", fresh, out, "--json")
    assert result.code == 0, result
    assert result.json()["platform"] == "spreadsheet"
    from kiosk.store import open_event_db

    with open_event_db(fresh) as copy:
        imported = {a["code"]: a for a in attendees.all_attendees(copy)}
    original = {a["code"]: a for a in attendees.all_attendees(event_db)}
    assert set(imported) == set(original)
    for code, a in original.items():
        b = imported[code]
        for field in ("first_name", "last_name", "full_name", "email", "ticket_type", "status"):
            assert b[field] == a[field], (code, field)
        # A formula-like organization comes back exactly: the importer undoes the export's guard.
        assert b["organization"] == a["organization"]


def test_exports_list_people_as_the_desk_does_accents_among_their_letters(event_db, tmp_path):
    """D32: Åberg among the A, Ñúñez among the N, Łukasiewicz among the L (a byte order put them after Z)."""
    event_db.set_event("Sorted", DAYS, "America/Toronto")
    names = [("Zoë", "Zimmermann"), ("Ingrid", "Åberg"), ("José", "Ñúñez"), ("Anna", "Łukasiewicz"),
             ("Bob", "adams"), ("Émile", "Nadeau"), ("Lea", "Lukas"), ("Ana", "Ñúñez"), ("Olga", "Østergaard")]
    for k, (first, last) in enumerate(names):
        add(event_db, code=f"S-{k}", first_name=first, last_name=last)
    expected = ["Ingrid Åberg", "Bob adams", "Lea Lukas", "Anna Łukasiewicz", "Émile Nadeau", "Ana Ñúñez",
                "José Ñúñez", "Olga Østergaard", "Zoë Zimmermann"]
    desk = [f"{a['first_name']} {a['last_name']}" for a in attendees.all_attendees(event_db)]
    assert desk == expected
    export.export(event_db, tmp_path / "a.csv")
    _, rows = read_csv(tmp_path / "a.csv")
    assert [f"{r['First Name']} {r['Last Name']}" for r in rows] == expected
    export.export(event_db, tmp_path / "a.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx").active
    assert [f"{r[1]} {r[2]}" for r in sheet.iter_rows(min_row=2, values_only=True)] == expected
    noshows = export.noshow_table(event_db)
    assert [f"{r[1]} {r[2]}" for r in noshows.rows] == expected


def test_xlsx_cells_keep_what_xml_would_change_and_drop_what_it_cannot_hold(tmp_path):
    """The sheet is written as XML by hand: markup characters, edge spaces, carriage returns and
    accents come back exactly; control characters XML cannot hold are left out; nothing is a formula."""
    row = ["a&b<c>", "  lead", "=1+1", "", "x\r\ny", "tab\there", "é ß 王", "\x01bad", "trail  "]
    table = export.Table('Sheet "one"', [f"H{i}" for i in range(len(row))], [row])
    export.write_xlsx(tmp_path / "t.xlsx", table)
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert [c.value for c in ws[2]] == ["a&b<c>", "  lead", "=1+1", None, "x\r\ny", "tab\there", "é ß 王", "bad",
                                        "trail  "]
    assert ws.title == 'Sheet "one"' and ws.freeze_panes == "A2"
    assert all(c.font.b for c in ws[1]) and not any(c.font.b for c in ws[2])
    assert all(c.data_type == "s" for c in ws[2] if c.value is not None)

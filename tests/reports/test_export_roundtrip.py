"""The attendance export imports again to the same codes and names, in CSV and in XLSX, whatever
they hold: cells that a spreadsheet would run as formulas (= + - @, and values that merely look
guarded, like '=x) come back exactly; the CSV is guarded where a spreadsheet would evaluate a
cell, the XLSX stores typed strings and needs no guard."""

from __future__ import annotations

import csv
import unicodedata

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.errors import ImportRefused
from kiosk.formula_guard import FORMULA_STARTS, guard, needs_guard, unguard
from kiosk.reports.export import export
from kiosk.roster import attendees
from kiosk.roster.codes import mangled_reason
from kiosk.roster.names import join_name
from kiosk.roster.resync import import_export
from kiosk.store import open_event_db

LEAD = st.sampled_from(["", "=", "+", "-", "@", "'", "''", "'=", "''+", "=HYPERLINK(\"http://x\")&", "-2+3", "@SUM("])
# What the importer keeps as it is: letters and marks of every script, digits, punctuation, inner
# spaces (it trims the ends, folds runs of spaces and normalises to NFC, as any export needs).
BODY = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Lm", "Nd", "Pd", "Po", "Sm", "Sc")),
               min_size=1, max_size=12)


def _canonical(value: str) -> str:
    value = unicodedata.normalize("NFC", " ".join(value.split()))
    return value


NAME = st.builds(lambda lead, body: _canonical(lead + body), LEAD, BODY).filter(
    lambda v: v.strip() and v not in ("-", "--", "---", ".", "NA", "na", "N/A", "n/a", "none", "None", "null", "NULL"))
WORDY_CODE = st.builds(lambda lead, body: lead + body.replace(" ", ""), LEAD,
                       st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=1, max_size=10))
DIGITS = st.text(st.sampled_from("0123456789"), min_size=1, max_size=25)
# Codes that look like an Excel round trip (1.2E+5, zero-filled tails, lost leading zeros: see
# roster/codes.py). A third-party export holding them is refused; the app's own export holds the
# codes the app has, and imports again whatever they look like.
EXCEL_LOOKING = st.one_of(
    st.sampled_from(["0E0", "1E5", "7.52327E+23", "9,29082E+23", "-1.5e-3", "+2E2", "752327237937711000000000",
                     "1234567890123456000", "0012345678", "012345678"]),
    st.builds(lambda whole, frac, e, sign, exp: f"{whole}{'.' + frac if frac else ''}{e}{sign}{exp}",
              st.text(st.sampled_from("0123456789"), min_size=1, max_size=3), st.text(st.sampled_from("0123456789"), max_size=5),
              st.sampled_from("Ee"), st.sampled_from(["", "+", "-"]), st.integers(0, 30)),
    st.builds(lambda head, zeros: head + "0" * zeros, st.text(st.sampled_from("0123456789"), min_size=15, max_size=16),
              st.integers(1, 9)),
    st.builds(lambda body: "0" + body, DIGITS))
CODE = st.one_of(WORDY_CODE, EXCEL_LOOKING, DIGITS).filter(lambda c: c.strip() and c.strip() == c)
PEOPLE = st.lists(st.tuples(CODE, NAME, NAME), min_size=1, max_size=6, unique_by=lambda p: p[0])
ROUNDS = settings(max_examples=30, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@given(st.text(max_size=20))
@settings(max_examples=500, deadline=None)
def test_the_guard_is_undone_exactly_and_only_where_it_was_applied(value):
    assert unguard(guard(value)) == value
    if not needs_guard(value):
        assert guard(value) == value and unguard(value) == value
    assert guard(value)[:1] not in FORMULA_STARTS        # nothing a spreadsheet would run


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@ROUNDS
@given(people=PEOPLE)
def test_the_attendance_export_imports_again_to_the_same_codes_and_names(tmp_path_factory, fmt, people):
    folder = tmp_path_factory.mktemp("roundtrip")
    with open_event_db(folder / "event.sqlite") as db:
        db.set_event("Round trip", [], "UTC")
        with db.write() as conn:
            for code, first, last in people:       # the full name as the importer makes it (names.py)
                attendees.insert(conn, {"code": code, "first_name": first, "last_name": last,
                                        "full_name": join_name(first, last)})
        out = folder / f"attendance.{fmt}"
        export(db, out)
        original = {(a["code"], a["first_name"], a["last_name"], a["full_name"]) for a in attendees.all_attendees(db)}
    if fmt == "csv":
        with open(out, encoding="utf-8-sig", newline="") as fh:
            cells = [c for row in csv.reader(fh) for c in row]
    else:
        book = openpyxl.load_workbook(out, read_only=True)     # a read-only workbook keeps its file open
        cells = [c.value for row in book.active.iter_rows() for c in row if c.value is not None]
        book.close()
        assert all(isinstance(c, str) for c in cells)                 # typed strings: nothing evaluated
        assert not any(c.startswith("'") and needs_guard(c[1:]) and c[1:] in
                       {v for p in people for v in p} for c in cells)  # ...and no guard added
    if fmt == "csv":
        assert not any(c[:1] in FORMULA_STARTS for c in cells)        # a spreadsheet runs nothing
    with open_event_db(folder / "again.sqlite") as again:
        again.set_event("Again", [], "UTC")
        import_export(again, out)
        back = {(a["code"], a["first_name"], a["last_name"], a["full_name"]) for a in attendees.all_attendees(again)}
    assert back == original


def test_the_formula_names_of_the_issue(tmp_path, cli, event_db, db_path):
    with event_db.write() as conn:
        for code, first, last in (("=1+1", "+Ann", "-Lee"), ("-5", "@Bo", "=Kim"), ("A1", "'=x", "'Tis")):
            attendees.insert(conn, {"code": code, "first_name": first, "last_name": last,
                                    "full_name": f"{first} {last}"})
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"attendance.{fmt}"
        assert cli("export", "--out", out, "--db", db_path).code == 0
        copy = tmp_path / f"copy-{fmt}.sqlite"
        assert cli("init", "--name", "Copy", "--db", copy).code == 0
        result = cli("import", out, "--db", copy, "--json")
        assert result.code == 0, result
        roster = cli("roster", "--db", copy, "--json").json()
        assert {(p["code"], p["first_name"], p["last_name"]) for p in roster} == {
            ("=1+1", "+Ann", "-Lee"), ("-5", "@Bo", "=Kim"), ("A1", "'=x", "'Tis")}


@ROUNDS
@given(people=st.lists(st.tuples(EXCEL_LOOKING, NAME, NAME), min_size=3, max_size=6, unique_by=lambda p: p[0]),
       fmt=st.sampled_from(["csv", "xlsx"]))
def test_codes_that_look_like_excel_damage_come_back_from_the_apps_own_export(tmp_path_factory, people, fmt):
    """Genuine codes such as 0E0 or 1E5 (a platform's or a walk-in's) are refused in a third-party
    export, which Excel may have damaged; the app's own export carries the codes the app holds."""
    folder = tmp_path_factory.mktemp("excel-looking")
    with open_event_db(folder / "event.sqlite") as db:
        db.set_event("Excel-looking codes", [], "UTC")
        with db.write() as conn:
            for code, first, last in people:
                attendees.insert(conn, {"code": code, "first_name": first, "last_name": last,
                                        "full_name": join_name(first, last)})
        out = folder / f"attendance.{fmt}"
        export(db, out)
    with open_event_db(folder / "again.sqlite") as again:
        again.set_event("Again", [], "UTC")
        import_export(again, out)
        assert {a["code"] for a in attendees.all_attendees(again)} == {p[0] for p in people}


@ROUNDS
@given(code=EXCEL_LOOKING.filter(lambda c: mangled_reason(c)))
def test_a_third_party_export_with_an_excel_damaged_code_is_still_refused(tmp_path_factory, code):
    folder = tmp_path_factory.mktemp("third-party")
    # The app's own columns, but not its header: a spreadsheet someone made, or saved from another app.
    path = folder / "guests.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Ticket Code", "First Name", "Last Name", "Email"])
        writer.writerow([code, "Ana", "Silva", "ana@example.org"])
        writer.writerow(["GOOD-12345", "Bo", "Kim", "bo@example.org"])
    with open_event_db(folder / "event.sqlite") as db:
        db.set_event("Third party", [], "UTC")
        with pytest.raises(ImportRefused, match="Excel"):
            import_export(db, path)
        assert attendees.count(db) == 0

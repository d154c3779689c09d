"""Reading export bytes: encodings, delimiters, Excel quirks, XLSX cells, and refusals a person can act on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from kiosk.errors import ImportRefused
from kiosk.roster.parse import clean_header, parse_export
from kiosk.roster.readers import read_bytes, read_table

EXPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "exports"

PEOPLE_CSV = "First Name,Last Name,Email,Company\nAmélie,Poulain,amelie@example.fr,Café Moulin\nJosé,Núñez,jose@example.es,Telefónica\n"


def _by_email(parsed):
    return {row.email: row for row in parsed.rows}


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("cp1252", b""),
])
def test_accented_names_survive_every_encoding(tmp_path, encoding, bom):
    path = tmp_path / "people.csv"
    path.write_bytes(bom + PEOPLE_CSV.encode(encoding))
    parsed = parse_export(path)
    people = _by_email(parsed)
    assert people["amelie@example.fr"].full_name == "Amélie Poulain"
    assert people["jose@example.es"].organization == "Telefónica"
    assert parsed.platform == "spreadsheet"
    # the BOM never leaks into the first header
    assert "First Name" in people["jose@example.es"].raw


def test_excel_unicode_text_is_utf16_tab_separated():
    table = read_table(EXPORTS / "spreadsheet_unicode_text.txt")
    assert (table.encoding, table.delimiter, table.format) == ("UTF-16 LE", "\t", "tsv")
    parsed = parse_export(EXPORTS / "spreadsheet_unicode_text.txt")
    people = {row.code: row for row in parsed.rows}
    assert people["ATT-0002"].full_name == "Дмитрий Соколов"
    assert people["SPK-0001"].pronouns == "she/her"
    # a code with leading zeros stays text
    assert people["0000123"].last_name == "Ní Bhriain"
    # the blank row is skipped silently, not reported
    assert parsed.rejected == []


def test_french_excel_sep_line_semicolons_and_cp1252():
    table = read_table(EXPORTS / "spreadsheet_excel_fr.csv")
    assert table.delimiter == ";" and table.encoding == "Windows-1252"
    parsed = parse_export(EXPORTS / "spreadsheet_excel_fr.csv")
    people = _by_email(parsed)
    helene = people["helene@example.qc.ca"]
    assert (helene.first_name, helene.last_name, helene.organization) == ("Hélène", "Bélanger", "Cégep de Sherbrooke")
    assert helene.line == 3, "the sep= line counts: the header is line 2"
    assert people["gaelle@example.fr"].status == "cancelled"       # "Annulé"
    assert people["zoe@example.ch"].status == "waitlisted"         # "Liste d'attente"
    assert people["noel@example.fr"].status == "active"            # "Confirmé"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(tmp_path, delimiter):
    text = PEOPLE_CSV.replace(",", delimiter).replace("Café Moulin", "Café, Moulin" if delimiter != "," else "Café Moulin")
    path = tmp_path / "people.txt"
    path.write_text(text, encoding="utf-8")
    people = _by_email(parse_export(path))
    assert people["amelie@example.fr"].last_name == "Poulain"


def test_meetup_xls_that_is_really_tab_separated_text():
    table = read_table(EXPORTS / "meetup_rsvps.xls")
    assert table.format == "tsv"
    parsed = parse_export(EXPORTS / "meetup_rsvps.xls")
    assert parsed.platform == "meetup"
    names = [row.full_name for row in parsed.rows]
    assert names[:2] == ["Sam Taylor", "Ngozi Eze"]


def test_headers_are_trimmed_and_duplicates_numbered():
    assert clean_header(["Company", " Buyer Email ", "Company", "", "company"]) == \
        ["Company", "Buyer Email", "Company (2)", "Column 4", "company (3)"]
    parsed = parse_export(EXPORTS / "indico_registrations.csv")
    marie = next(row for row in parsed.rows if row.email == "marie.curie@example.fr")
    # both "Affiliation" columns are kept; the first is the organisation
    assert marie.raw["Affiliation"] == "ESPCI Paris" and marie.raw["Affiliation (2)"] == "Sorbonne"
    assert marie.organization == "ESPCI Paris"


def test_line_numbers_count_multiline_cells(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text('Name,Email,Notes\nAda Lovelace,ada@example.org,"needs\na ramp"\n'
                    'Grace Hopper,grace@example.org,\n,,\nAlan Turing,,\n', encoding="utf-8")
    parsed = parse_export(path)
    lines = {row.full_name: row.line for row in parsed.rows}
    assert lines == {"Ada Lovelace": 2, "Grace Hopper": 4, "Alan Turing": 6}
    assert parsed.rows[0].notes == "needs\na ramp"


def test_ragged_rows_are_padded(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("First Name,Last Name,Email,Company\nAda,Lovelace\nGrace,Hopper,grace@example.org,Navy,extra\n")
    rows = parse_export(path).rows
    assert rows[0].full_name == "Ada Lovelace" and rows[0].email == ""
    assert rows[1].organization == "Navy"


# --- XLSX ---------------------------------------------------------------------------------------

def test_xlsx_cells_become_text_like_the_export_showed(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Attendees"
    ws.append(["Code", "First Name", "Last Name", "Email", "Registered", "Ticket Type"])
    ws.append([1234567.0, "Ada", "Lovelace", "ada@example.org", dt.datetime(2026, 7, 8), "Speaker"])
    ws.append(["0042", "Grace", "Hopper", "grace@example.org", dt.datetime(2026, 7, 8, 9, 30), 3])
    path = tmp_path / "people.xlsx"
    wb.save(path)
    rows = parse_export(path).rows
    assert rows[0].code == "1234567", "a whole float from Excel must not become '1234567.0'"
    assert rows[0].raw["Registered"] == "2026-07-08"
    assert rows[1].raw["Registered"] == "2026-07-08 09:30:00"
    assert rows[1].code == "0042" and rows[1].ticket_type == "3"
    assert rows[0].line == 2 and rows[1].line == 3


def test_xlsx_picks_the_sheet_with_the_attendees(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Summary"
    wb.active.append(["Event", "Tickets sold"])
    wb.active.append(["Summer Camp", 2])
    ws = wb.create_sheet("People")
    ws.append(["Name", "Email"])
    ws.append(["Wangari Maathai", "wangari@example.ke"])
    path = tmp_path / "two-sheets.xlsx"
    wb.save(path)
    parsed = parse_export(path)
    assert [row.full_name for row in parsed.rows] == ["Wangari Maathai"]
    assert any("People" in str(w) for w in parsed.warnings)


# --- refusals -------------------------------------------------------------------------------------

@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"\xef\xbb\xbf\r\n\r\n", "empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "97-2003"),
    (b"<!DOCTYPE html><html><body>Sign in</body></html>", "web page"),
    (b"PK\x03\x04" + b"\x00" * 100, "damaged"),
    (b"%PDF-1.7\n", "PDF"),
    (bytes(range(256)) * 20, "binary"),
])
def test_unreadable_files_are_refused_with_a_reason(tmp_path, content, words):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as refused:
        parse_export(path)
    assert words.lower() in str(refused.value).lower()
    assert str(path) in str(refused.value)


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(ImportRefused, match="no such file"):
        parse_export(tmp_path / "nope.csv")
    with pytest.raises(ImportRefused, match="folder"):
        parse_export(tmp_path)


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path):
    import zipfile

    path = tmp_path / "export.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(ImportRefused, match="xlsx"):
        parse_export(path)


def test_read_bytes_names_the_source_in_messages():
    with pytest.raises(ImportRefused, match="upload.csv"):
        read_bytes(b"   ", "upload.csv")

"""Whatever bytes an organizer drops on the kiosk, parse_export returns rows or raises ImportRefused.

Never a traceback: random bytes, malformed CSV text, damaged copies of real exports and
XLSX-ish zip files all go through the real entry point.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.errors import ImportRefused
from kiosk.roster.parse import parse_export
from kiosk.roster.records import ParsedExport

EXPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "exports"
FIXTURES = sorted(p for p in EXPORTS.iterdir() if p.is_file() and p.suffix in (".csv", ".tsv", ".txt", ".xls", ".xlsx"))
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

_WORKDIR = Path()   # this module's folder in pytest's own temporary folders (below)


@pytest.fixture(scope="module", autouse=True)
def _workdir(tmp_path_factory):
    global _WORKDIR
    _WORKDIR = tmp_path_factory.mktemp("fuzz")


def _parse_bytes(data: bytes, suffix: str = ".csv", **kwargs) -> ParsedExport | None:
    path = _WORKDIR / f"export{suffix}"
    path.write_bytes(data)
    try:
        parsed = parse_export(path, **kwargs)
    except ImportRefused as refused:
        assert str(path) in str(refused) or "Unknown platform" in str(refused) or "--map" in str(refused)
        return None
    # whatever was accepted is well formed
    for row in parsed.rows:
        assert row.key and row.line >= 1
        assert row.full_name or row.email or row.code or row.details_missing
        assert row.status == row.status.strip().lower() and row.status
    keys = [row.key for row in parsed.rows]
    assert len(keys) == len(set(keys)), "keys must be unique within one export"
    return parsed


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    _parse_bytes(data)


_CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "TOTALS", "Info Requested", "7.52327E+23", "752327237937711000000000", "\u3000",
                     '"', '""', "\r", "\n", "sep=;", "\ufeff", "Barcode #", "Attendee #", "Order #",
                     "Attendee Status", "Name", "Email", "First Name", "Public ID", "Short ID", "qr_code_url",
                     "approval_status", "Unique Ticket URL", "Ticket Reference", "Order code", "Position ID",
                     "Timestamp", "User ID", "RSVP", "Guests", "Quantity", "-1e309", "NaN", "Void Status"]),
)


@FUZZ
@given(st.lists(st.lists(_CELL, max_size=8), max_size=12), st.sampled_from([",", ";", "\t", "|"]),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_malformed_csv_text(rows, delimiter, encoding):
    text = "\n".join(delimiter.join(cells) for cells in rows)
    _parse_bytes(text.encode(encoding, errors="replace"))


@pytest.mark.parametrize("guests", ["1E20", "9" * 5000, "-1e309"])
def test_a_guest_count_beyond_any_order_is_read_not_a_crash(guests):
    """A Meetup export whose Guests cell says 1E20 (a spreadsheet's rendering, or a typo) is imported:
    the count is held within what SQLite stores instead of overflowing the staging table."""
    text = f"Name,User ID,RSVP,Guests\nAda Lovelace,1,Yes,{guests}\nAlan Turing,2,Yes,1\n"
    parsed = _parse_bytes(text.encode())
    assert parsed is not None and [r.full_name for r in parsed.rows] == ["Ada Lovelace", "Alan Turing"]


@FUZZ
@given(st.sampled_from(FIXTURES), st.data())
def test_damaged_real_exports(fixture, data):
    original = fixture.read_bytes()
    cut = data.draw(st.integers(0, len(original)))
    damaged = bytearray(original[:cut])
    for _ in range(data.draw(st.integers(0, 6))):
        if damaged:
            at = data.draw(st.integers(0, len(damaged) - 1))
            damaged[at] = data.draw(st.integers(0, 255))
    mapping = data.draw(st.one_of(st.none(), st.dictionaries(
        st.sampled_from(["name", "email", "code", "status", "first_name"]),
        st.sampled_from(["Name", "Email", "Code", "Status", "First Name", "nope"]), max_size=2)))
    platform = data.draw(st.sampled_from(["auto", "eventbrite", "tito", "luma", "spreadsheet", "zoom", "meetup"]))
    _parse_bytes(bytes(damaged), fixture.suffix, platform=platform, mapping=mapping)


def _workbook_bytes(rows: list[list[object]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


_XCELL = st.one_of(st.none(), st.integers(-10**20, 10**20), st.floats(allow_nan=True, allow_infinity=True),
                   st.booleans(), st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=10),
                   st.sampled_from(["Name", "Email", "Public ID", "Short ID", "Status", "Code", "TOTALS"]),
                   st.datetimes(), st.dates())


@FUZZ
@given(st.lists(st.lists(_XCELL, max_size=6), max_size=8))
def test_generated_workbooks(rows):
    _parse_bytes(_workbook_bytes(rows), ".xlsx")


_BASE: list[bytes] = []


def _base_workbook() -> bytes:
    # built once: a workbook's bytes carry a timestamp, and hypothesis needs the same input each run
    if not _BASE:
        _BASE.append(_workbook_bytes([["Name", "Email", "Code"], ["Ada Lovelace", "ada@example.org", 12345.0]]))
    return _BASE[0]


@FUZZ
@given(st.data())
def test_xlsx_ish_garbage(data):
    """Real workbooks truncated or bit-flipped, and zips holding junk where the sheet XML should be."""
    base = _base_workbook()
    kind = data.draw(st.sampled_from(["truncate", "flip", "junk-member"]))
    if kind == "truncate":
        blob = base[:data.draw(st.integers(0, len(base)))]
    elif kind == "flip":
        blob = bytearray(base)
        for _ in range(data.draw(st.integers(1, 20))):
            blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
        blob = bytes(blob)
    else:
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(out, "w") as target:
            victim = data.draw(st.sampled_from(source.namelist()))
            for name in source.namelist():
                content = source.read(name)
                if name == victim:
                    content = data.draw(st.binary(max_size=200))
                target.writestr(name, content)
        blob = out.getvalue()
    _parse_bytes(blob, ".xlsx")


def test_fixtures_parse_or_refuse_cleanly():
    """Every fixture either imports with people in it or is one of the deliberately refused ones."""
    refused = set()
    for fixture in FIXTURES:
        parsed = _parse_bytes(fixture.read_bytes(), fixture.suffix)
        if parsed is None:
            refused.add(fixture.name)
        else:
            assert parsed.rows, fixture.name
    assert refused == {"eventbrite_excel_scientific.csv", "eventbrite_excel_zeros.csv",
                       "spreadsheet_ambiguous.csv", "spreadsheet_unknown_status.csv"}


@pytest.mark.parametrize("size", [0, 1, 2, 3])
def test_tiny_files(size, tmp_path):
    for blob in (b"\xff\xfe"[:size], b"\xef\xbb\xbf"[:size], b"a,b\n"[:size], b"PK\x03\x04"[:size]):
        path = tmp_path / "tiny.csv"
        path.write_bytes(blob)
        try:
            parse_export(path)
        except ImportRefused:
            pass

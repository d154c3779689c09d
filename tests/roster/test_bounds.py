"""Bounded reading of exports: what is no regular file is refused at once, and every limit (file
size, rows, columns, cell length, an .xlsx's unpacked size and declared sheet dimensions) is met
with a message that says what to do, before memory or time runs away. A file within the limits
reads exactly as written. Peak memory is measured in a child process (VmHWM)."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.errors import ImportRefused
from kiosk.roster import bounds, readers

ROOT = Path(__file__).resolve().parents[2]
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def small_limits(monkeypatch):
    """Limits small enough to cross in a test: 30 rows, 12 columns, 200-character cells."""
    monkeypatch.setattr(bounds, "MAX_ROWS", 30)
    monkeypatch.setattr(bounds, "MAX_COLUMNS", 12)
    monkeypatch.setattr(bounds, "MAX_CELL_CHARS", 200)


# Cells a CSV writer and reader agree on exactly, that no delimiter sniffing or binary check can
# misread: letters of many scripts, digits, commas, quotes, line breaks.
CELL = st.one_of(
    st.text(st.characters(whitelist_categories=("Lu", "Ll", "Lo", "Nd", "Zs"), whitelist_characters=',"\n-.@\''),
            max_size=15),
    st.integers(150, 260).map(lambda n: "x" * n),                  # around the cell limit
)
ROWS = st.lists(st.lists(CELL, min_size=1, max_size=15), min_size=1, max_size=40)


def _csv_bytes(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8")


@FAST
@given(ROWS)
def test_a_csv_is_refused_exactly_when_it_crosses_a_limit(small_limits, rows):
    rows[0] = ["Barcode #", "First Name"] + rows[0][2:]             # a real header, then broken rows
    crossing = (len(rows) > bounds.MAX_ROWS, any(len(r) > bounds.MAX_COLUMNS for r in rows),
                any(len(c) > bounds.MAX_CELL_CHARS for r in rows for c in r))
    try:
        table = readers.read_bytes(_csv_bytes(rows), "export.csv")
    except ImportRefused as refused:
        message = str(refused)
        assert any(crossing), message
        assert "export.csv" in message and len(message) < 600           # never echoes what it refused
        assert re.search(r"more than|longer than", message)
        return
    assert not any(crossing)
    assert table.rows == [r for r in rows]


def _xlsx(rows: list[list[str]], dimension: str | None = None, extra_xml: bytes = b"") -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Attendees"
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                if dimension is not None:
                    data, count = re.subn(rb'<dimension ref="[^"]*"', f'<dimension ref="{dimension}"'.encode(), data)
                    assert count == 1
                data = data.replace(b"</sheetData>", extra_xml + b"</sheetData>")
            z.writestr(info, data)
    return out.getvalue()


def _column(n: int) -> str:
    name = ""
    while n:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 1_048_576), st.integers(1, 16_384))
def test_an_xlsx_declaring_any_size_is_read_or_refused_at_once(declared_rows, declared_columns):
    data = _xlsx([["Barcode #", "First Name", "Last Name"], ["123", "Ann", "Lee"]],
                 dimension=f"A1:{_column(declared_columns)}{declared_rows}")
    started = time.perf_counter()
    try:
        table = readers.read_bytes(data, "big.xlsx")
    except ImportRefused as refused:
        assert declared_rows > bounds.MAX_ROWS or declared_columns > bounds.MAX_COLUMNS
        assert "declares" in str(refused) and "big.xlsx" in str(refused)
    else:
        assert declared_rows <= bounds.MAX_ROWS and declared_columns <= bounds.MAX_COLUMNS
        assert table.rows == [["Barcode #", "First Name", "Last Name"], ["123", "Ann", "Lee"]]  # no padding
    assert time.perf_counter() - started < 5


def test_the_2kb_workbook_of_the_issue_and_its_cousins(tmp_path):
    header = [["Barcode #", "First Name"], ["1", "A"]]
    far_cell = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    cases = {
        "declares 16384 x 1048576": (_xlsx(header, "A1:XFD1048576"), "declares 16,384 columns"),
        "one cell at XFD1048576": (_xlsx(header, "A1:B2", far_cell), "has 16,384 columns"),
        "a row far below": (_xlsx(header, "A1:B2", b'<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row>'),
                            "more than 1,050,000 rows"),
        "a zip bomb": (_xlsx(header, None, b'<row r="3"><c r="A3" t="inlineStr"><is><t>' + b"A" * 80_000_000
                             + b"</t></is></c></row>"), "unpacks to"),
    }
    for name, (data, words) in cases.items():
        path = tmp_path / "sheet.xlsx"
        path.write_bytes(data)
        started = time.perf_counter()
        with pytest.raises(ImportRefused, match=words):
            readers.read_table(path)
        assert time.perf_counter() - started < 5, name
        assert len(data) < 200_000, name
    # The last row Excel allows, with nothing in between: read at once, without a million empty rows.
    path.write_bytes(_xlsx(header, "A1:B2", b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>'))
    started = time.perf_counter()
    table = readers.read_table(path)
    assert table.rows == [["Barcode #", "First Name"], ["1", "A"], ["x"]] and table.lines == [1, 2, 1048576]
    assert time.perf_counter() - started < 5


def test_what_is_no_regular_file_is_refused_at_once(tmp_path, cli, event_db, db_path):
    fifo = tmp_path / "export.csv"
    os.mkfifo(fifo)
    for target, words in ((fifo, "not a file"), (Path("/dev/zero"), "not a file"), (tmp_path, "is a folder")):
        started = time.perf_counter()
        result = cli("import", target, "--db", db_path)
        assert result.code == 2 and words in result.stderr, result
        assert time.perf_counter() - started < 3


def test_a_huge_cell_gets_a_short_message(tmp_path, cli, event_db, db_path):
    path = tmp_path / "export.csv"
    path.write_text("Barcode #,First Name,Last Name\n1,\"" + "x" * 3_000_000 + "\",Lee\n", encoding="utf-8")
    result = cli("import", path, "--db", db_path)
    assert result.code == 2 and "line 2" in result.stderr and "longer than 100,000 characters" in result.stderr
    assert len(result.stderr) < 500


def test_a_file_larger_than_any_export_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(bounds, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "export.csv"
    path.write_bytes(b"a,b\n" * 1000)
    with pytest.raises(ImportRefused, match="more than the 1,000 bytes"):
        readers.read_table(path)


MEASURE = """
import os, sys, time
from kiosk.store import open_event_db
from kiosk.roster.resync import import_export
from kiosk.errors import KnownError
db = open_event_db(sys.argv[2]); db.set_event("M", [], "UTC")
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) * 1024
base = peak()
try:
    import_export(db, sys.argv[1], source="m")
    outcome = "imported"
except KnownError as exc:
    outcome = "refused"
print(outcome, base, peak())
"""


def _peak(path: Path, tmp_path: Path) -> tuple[str, int]:
    out = subprocess.run([sys.executable, "-c", MEASURE, str(path), str(tmp_path / f"m-{path.stem}.sqlite")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    outcome, base, peak = out.stdout.split()
    return outcome, int(peak) - int(base)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM is Linux's")
def test_peak_memory_of_an_import_stays_under_4x_the_file_plus_200_mib(tmp_path):
    from tests.benchmarks.test_import_scale import write_export

    files = {}
    real = tmp_path / "eventbrite-10k.csv"
    write_export(real, 10_000)
    files[real] = "imported"
    cell = tmp_path / "huge-cell.csv"
    cell.write_text("Barcode #,First Name,Last Name\n1,\"" + "x" * 40_000_000 + "\",Lee\n", encoding="utf-8")
    files[cell] = "refused"
    blank = tmp_path / "blank-lines.csv"
    blank.write_bytes(b"Barcode #,First Name\n" + b"\n" * 2_000_000)
    files[blank] = "refused"
    dims = tmp_path / "declared.xlsx"
    dims.write_bytes(_xlsx([["Barcode #", "First Name"], ["1", "A"]], "A1:XFD1048576"))
    files[dims] = "refused"
    for path, expected in files.items():
        outcome, grown = _peak(path, tmp_path)
        budget = 4 * path.stat().st_size + 200 * 2**20
        print(f"{path.name}: {path.stat().st_size / 2**20:.1f} MiB file, peak +{grown / 2**20:.0f} MiB "
              f"(budget {budget / 2**20:.0f} MiB), {outcome}")
        assert outcome == expected, path.name
        assert grown < budget, path.name

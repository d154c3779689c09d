"""How big an export may be, and the refusals that say so before memory or time runs away.

A registration export of even a million attendees stays far inside these limits; a file beyond
them is the wrong file, a damaged one or a hostile one (a 2 KB workbook that declares a
16384 x 1048576 sheet, `/dev/zero`, a FIFO, a 300 MB cell). Each refusal says what to do.
Messages never repeat more than a few dozen characters of what the file holds (`clip`).
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from kiosk.errors import ImportRefused

MiB = 1024 * 1024
#: The largest export file read (a 1,000,000-attendee Eventbrite export is about 150 MB).
MAX_FILE_BYTES = 512 * MiB
#: Rows of a sheet, header and blank lines included (Excel's own limit is 1,048,576).
MAX_ROWS = 1_050_000
#: Columns of a row (Eventbrite exports with every custom question have a few hundred).
MAX_COLUMNS = 2_000
#: Characters in one cell (Excel holds at most 32,767; Google Sheets 50,000).
MAX_CELL_CHARS = 100_000
#: What the parts of an .xlsx may unpack to, in all: a workbook's XML is 5-15x its zip size.
MAX_XLSX_UNPACKED = 2048 * MiB
#: Unpacked bytes allowed per byte of the .xlsx file, beyond the first 64 MiB (a zip bomb is 1000x).
MAX_XLSX_RATIO = 60
MAX_XLSX_PARTS = 10_000


def clip(text: object, limit: int = 60) -> str:
    """A cell or name as a message may show it: at most `limit` characters, with a count beyond."""
    text = str(text)
    if len(text) <= limit:
        return repr(text)
    return repr(text[:limit]) + f"... ({len(text):,} characters)"


def _mb(n: int) -> str:
    return f"{n / MiB:,.0f} MB" if n >= MiB else f"{n:,} bytes"


def read_export_bytes(path: Path) -> bytes:
    """The file's bytes, refusing at once what is no regular file and what is too large."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise ImportRefused(f"{path}: no such file. Check the path, or drag the export file onto the window.") from None
    except OSError as exc:
        raise ImportRefused(f"{path}: cannot be read ({exc.strerror or exc}). Copy the file to this computer "
                            "(e.g. the Desktop) and import it from there.") from None
    if stat.S_ISDIR(st.st_mode):
        raise ImportRefused(f"{path} is a folder, not an export file. Choose the .csv or .xlsx file inside it.")
    if not stat.S_ISREG(st.st_mode):
        raise ImportRefused(f"{path} is not a file but a device, a pipe or a socket. Save the export as a "
                            ".csv or .xlsx file and import that file.")
    if st.st_size > MAX_FILE_BYTES:
        raise _too_large(path, st.st_size)
    try:
        # O_NONBLOCK: a file swapped for a FIFO after the stat must not block the open.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ImportRefused(f"{path}: cannot be read ({exc.strerror or exc}). Copy the file to this computer "
                            "(e.g. the Desktop) and import it from there.") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise ImportRefused(f"{path} is not a file but a device, a pipe or a socket. Save the export as a "
                                ".csv or .xlsx file and import that file.")
        # read(n) reserves n bytes at once: ask for what the file holds (+1 to notice it growing).
        data = fh.read(min(st.st_size, MAX_FILE_BYTES) + 1)
        if len(data) > st.st_size:
            data += fh.read(MAX_FILE_BYTES + 1 - len(data))
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(path, len(data))
    return data


def _too_large(path: Path, size: int) -> ImportRefused:
    return ImportRefused(
        f"{path} is {_mb(size)}, more than the {_mb(MAX_FILE_BYTES)} an export of even a million attendees "
        "needs. Check that it is the attendee export; if it is, export it again without the answers to "
        "custom questions (fewer columns), or split it by ticket type.")


def too_many_rows(name: str, line: int) -> ImportRefused:
    return ImportRefused(
        f"{name} has more than {MAX_ROWS:,} rows (line {line:,} and beyond). No registration export is this "
        "long: check that it is the attendee export, or split it into several files.")


def too_many_columns(name: str, line: int, count: int) -> ImportRefused:
    return ImportRefused(
        f"{name}, line {line:,}, has {count:,} columns, more than the {MAX_COLUMNS:,} an export can have. "
        "The file is damaged or is not an attendee export; export it again, or delete the unused columns.")


def cell_too_long(name: str, line: int, length: int | None = None) -> ImportRefused:
    size = f" ({length:,} characters)" if length else ""
    return ImportRefused(
        f"{name}, line {line:,}: a cell is longer than {MAX_CELL_CHARS:,} characters{size}. The file is damaged "
        "(often a quote that is never closed) or is not an attendee export. Open it in a spreadsheet, fix or "
        "delete that cell, and save it again.")


def check_row(name: str, line: int, row: list) -> None:
    """Refuse a row with too many columns or an oversized cell."""
    if len(row) > MAX_COLUMNS:
        raise too_many_columns(name, line, len(row))
    for cell in row:
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            raise cell_too_long(name, line, len(cell))


def check_workbook_zip(data_size: int, archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a workbook whose parts unpack to far more than any export (a zip bomb), before
    openpyxl inflates any of them."""
    infos = archive.infolist()
    if len(infos) > MAX_XLSX_PARTS:
        raise ImportRefused(f"{name} holds {len(infos):,} parts: it is not an attendee export. "
                            "Export the attendee list again as .xlsx or CSV.")
    unpacked = sum(max(info.file_size, 0) for info in infos)
    allowed = min(MAX_XLSX_UNPACKED, 64 * MiB + MAX_XLSX_RATIO * data_size)
    if unpacked > allowed:
        raise ImportRefused(
            f"{name} unpacks to {_mb(unpacked)} from {_mb(data_size)}: far more than an attendee export, so it "
            "was not opened (it is damaged or built to exhaust the computer's memory). Export the attendee "
            "list again, as CSV if you can.")


def check_declared_dimensions(name: str, sheet: str, rows: int | None, columns: int | None) -> None:
    """Refuse a sheet whose declared size (its <dimension>) no export has."""
    if rows is not None and rows > MAX_ROWS:
        raise ImportRefused(
            f"{name}: the sheet {clip(sheet, 40)} declares {rows:,} rows, more than the {MAX_ROWS:,} an export "
            "can have. The workbook is damaged or was not made by a registration platform: open it, copy the "
            "attendee rows into a new workbook and save that, or export the list again as CSV.")
    if columns is not None and columns > MAX_COLUMNS:
        raise ImportRefused(
            f"{name}: the sheet {clip(sheet, 40)} declares {columns:,} columns, more than the {MAX_COLUMNS:,} an "
            "export can have. The workbook is damaged or was not made by a registration platform: open it, copy "
            "the attendee rows into a new workbook and save that, or export the list again as CSV.")

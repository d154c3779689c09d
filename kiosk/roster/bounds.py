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
from typing import BinaryIO

from kiosk.errors import ImportRefused, os_reason
from kiosk.roster.words import WORDS
from kiosk.wording import Message

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


def _mb(n: int) -> Message:
    return WORDS("megabytes", count=f"{n / MiB:,.0f}") if n >= MiB else WORDS("bytes", count=n)


def open_export(path: Path) -> tuple[BinaryIO, int]:
    """The file open for reading and its size, refusing at once what is no regular file and what
    is too large. The caller closes it."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise ImportRefused(WORDS("no_file", path=path)) from None
    except OSError as exc:
        raise ImportRefused(WORDS("unreadable", path=path, why=os_reason(exc))) from None
    if stat.S_ISDIR(st.st_mode):
        raise ImportRefused(WORDS("is_folder", path=path))
    if not stat.S_ISREG(st.st_mode):
        raise ImportRefused(WORDS("not_a_file", path=path))
    if st.st_size > MAX_FILE_BYTES:
        raise too_large(path, st.st_size)
    try:
        # O_NONBLOCK: a file swapped for a FIFO after the stat must not block the open.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ImportRefused(WORDS("unreadable", path=path, why=os_reason(exc))) from None
    fh = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
        fh.close()
        raise ImportRefused(WORDS("not_a_file", path=path))
    return fh, st.st_size


def read_export_bytes(path: Path) -> bytes:
    """The file's bytes, refusing at once what is no regular file and what is too large."""
    fh, size = open_export(path)
    with fh:
        # read(n) reserves n bytes at once: ask for what the file holds (+1 to notice it growing).
        data = fh.read(min(size, MAX_FILE_BYTES) + 1)
        if len(data) > size:
            data += fh.read(MAX_FILE_BYTES + 1 - len(data))
    if len(data) > MAX_FILE_BYTES:
        raise too_large(path, len(data))
    return data


def too_large(path: Path | str, size: int) -> ImportRefused:
    return ImportRefused(WORDS("too_large", path=path, size=_mb(size), most=_mb(MAX_FILE_BYTES)))


def too_many_rows(name: str, line: int) -> ImportRefused:
    return ImportRefused(WORDS("too_many_rows", name=name, most=MAX_ROWS, line=line))


def too_many_columns(name: str, line: int, count: int) -> ImportRefused:
    return ImportRefused(WORDS("too_many_columns", name=name, line=line, count=count, most=MAX_COLUMNS))


def cell_too_long(name: str, line: int, length: int | None = None) -> ImportRefused:
    size = WORDS("characters", count=length) if length else ""
    return ImportRefused(WORDS("cell_too_long", name=name, line=line, most=MAX_CELL_CHARS, size=size))


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
        raise ImportRefused(WORDS("too_many_parts", name=name, count=len(infos)))
    unpacked = sum(max(info.file_size, 0) for info in infos)
    allowed = min(MAX_XLSX_UNPACKED, 64 * MiB + MAX_XLSX_RATIO * data_size)
    if unpacked > allowed:
        raise ImportRefused(WORDS("zip_bomb", name=name, unpacked=_mb(unpacked), size=_mb(data_size)))


def check_declared_dimensions(name: str, sheet: str, rows: int | None, columns: int | None) -> None:
    """Refuse a sheet whose declared size (its <dimension>) no export has."""
    if rows is not None and rows > MAX_ROWS:
        raise ImportRefused(WORDS("sheet_rows", name=name, sheet=clip(sheet, 40), count=rows, most=MAX_ROWS))
    if columns is not None and columns > MAX_COLUMNS:
        raise ImportRefused(WORDS("sheet_columns", name=name, sheet=clip(sheet, 40), count=columns, most=MAX_COLUMNS))

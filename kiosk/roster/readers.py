"""Turn an export file's bytes into a table of text cells, whatever the format or encoding.

Knows CSV/TSV in UTF-8 (with or without BOM), UTF-16 (Excel "Unicode Text") and Windows-1252,
sniffs the delimiter among comma, semicolon and tab, honours an Excel `sep=;` first line, and
reads XLSX workbooks with openpyxl (whole floats become text without ".0", dates ISO text).
The format is decided from the content, never the extension: a Meetup ".xls" that is really
tab-separated text reads as TSV. Which row is the header is not decided here (see profiles.py).
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import io
import logging
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kiosk import formula_guard
from kiosk.errors import ImportRefused
from kiosk.roster import bounds
from kiosk.roster.words import WORDS
from kiosk.wording import Message

log = logging.getLogger(__name__)

#: How many leading rows of a sheet are searched for a recognisable header.
HEADER_SEARCH_ROWS = 40

_DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_EXACT_FLOAT_LIMIT = 2.0 ** 53
_BLANK = re.compile(rb"[ \t\r\n\x00\xef\xbb\xbf\xff\xfe]*")     # matched in place: no copy of a big file
_PREFERRED_SHEETS = ("order positions", "bestellpositionen", "attendees", "guests", "registrations")


@dataclass
class Table:
    """Rows of text cells as they stood in the file, with the line each row started on."""

    rows: list[list[str]]
    lines: list[int] | range
    format: str                 # "csv", "tsv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    notes: list[Message] = field(default_factory=list)

    def describe(self) -> str:
        if self.format == "xlsx":
            return f"Excel workbook, sheet {self.sheet!r}"
        name = _DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))
        return f"{self.format.upper()} ({self.encoding}, {name}-separated)"


def read_table(path: str | Path, is_header: Callable[[list[str]], bool] | None = None) -> Table:
    """Read `path` into a Table. Raises ImportRefused for anything that is not a readable export.

    `is_header(cells)` tells which rows look like a known header; it picks the sheet of a workbook.
    """
    path = Path(path)
    # No local name for the bytes: read_bytes drops them once decoded (a big file is not held twice).
    return read_bytes(bounds.read_export_bytes(path), str(path), is_header)


def read_bytes(data: bytes, name: str = "the file", is_header: Callable[[list[str]], bool] | None = None) -> Table:
    """Like read_table, for bytes already in memory; `name` is used in messages."""
    if len(data) > bounds.MAX_FILE_BYTES:
        raise bounds._too_large(Path(name), len(data))
    if _BLANK.fullmatch(data):
        raise ImportRefused(WORDS("empty", name=name))
    head = data[:8]
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, name, is_header)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRefused(WORDS("old_excel", name=name))
    if head.startswith(b"%PDF"):
        raise ImportRefused(WORDS("pdf", name=name))
    text, encoding = _decode(data)
    del data
    stripped = text[:4000].lstrip()
    if stripped[:1] == "<" and stripped[:200].lower().lstrip("<!").startswith(("doctype html", "html", "?xml", "table")):
        raise ImportRefused(WORDS("html", name=name))
    if _looks_binary(text):
        raise ImportRefused(WORDS("binary", name=name))
    if "\x00" in text:
        text = text.replace("\x00", "")      # a stray NUL is no part of any name (and PostgreSQL refuses it)
    return _read_text(text, encoding, name)


# --- text -------------------------------------------------------------------------------------

def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict_or_lenient(memoryview(data)[3:], "utf-8", "UTF-8 with BOM")
    if data.startswith(b"\xff\xfe"):
        return codecs.decode(memoryview(data)[2:], "utf-16-le", "replace"), "UTF-16 LE"
    if data.startswith(b"\xfe\xff"):
        return codecs.decode(memoryview(data)[2:], "utf-16-be", "replace"), "UTF-16 BE"
    # UTF-16 without a BOM: every other byte of ASCII text is zero.
    sample = data[:400]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):
        if sample[1::2].count(0) > len(sample) // 3 and sample[0::2].count(0) == 0:
            return data.decode("utf-16-le", errors="replace"), "UTF-16 LE"
        if sample[0::2].count(0) > len(sample) // 3 and sample[1::2].count(0) == 0:
            return data.decode("utf-16-be", errors="replace"), "UTF-16 BE"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    # Excel's plain "CSV (Comma delimited)" is written in the ANSI code page (Windows-1252 in the
    # West). The five bytes cp1252 leaves undefined are mapped as Latin-1 so nothing is lost.
    return _cp1252(data), "Windows-1252"


def _strict_or_lenient(data: bytes | memoryview, codec: str, label: str) -> tuple[str, str]:
    try:
        return codecs.decode(data, codec), label
    except UnicodeDecodeError:
        return codecs.decode(data, codec, "replace"), label + " (with invalid bytes replaced)"


def _cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n")
    return controls * 20 > len(sample)


def _sniff_delimiter(lines: list[str]) -> str:
    """The delimiter among comma, semicolon and tab that the first lines use most consistently."""
    best, best_score = ",", -1
    for delim in _DELIMITERS:
        counts = [line.count(delim) for line in lines if line.strip()]
        if not counts:
            continue
        # The header line weighs most; later lines confirm.
        score = counts[0] * 3 + sum(counts[1:])
        if score > best_score:
            best, best_score = delim, score
    return best if best_score > 0 else ","


def _read_text(text: str, encoding: str, name: str) -> Table:
    first_newline = text.find("\n")
    first = (text if first_newline < 0 else text[:first_newline]).rstrip("\r").strip('"')
    offset_lines = 0
    delimiter = ""
    if first[:4].lower() == "sep=" and first[4:].strip(" ") in (",", ";", "\t", "|", ":", "\\t"):
        # Excel's "sep=;" first line names the delimiter and is not part of the table.
        delimiter = "\t" if first[4:].strip(" ") in ("\t", "\\t") else first[4:].strip(" ")
        text = text[first_newline + 1:] if first_newline >= 0 else ""
        offset_lines = 1
    if not delimiter:
        sample = text[:20000].splitlines()[:20]
        delimiter = _sniff_delimiter(sample)
    previous_limit = csv.field_size_limit(bounds.MAX_CELL_CHARS)
    reader = csv.reader(_lines(text), delimiter=delimiter)
    try:
        rows = _bounded_rows(reader, name, offset_lines)
        lines: list[int] | range
        if reader.line_num == len(rows):
            # No cell spans several lines: row i starts on line i + 1 (after any sep= line).
            lines = range(offset_lines + 1, offset_lines + 1 + len(rows))
        else:
            rows, lines = _rows_with_lines(text, delimiter, offset_lines)
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise bounds.cell_too_long(name, reader.line_num + offset_lines) from None
        line = _error_line(text, delimiter, offset_lines)
        raise ImportRefused(WORDS("bad_csv", name=name, line=line, why=str(exc))) from None
    finally:
        csv.field_size_limit(previous_limit)
    if rows and formula_guard.is_own_export(rows[0]):
        formula_guard.unguard_rows(rows)          # our own CSV export: its formula guard undone exactly
    fmt = "tsv" if delimiter == "\t" else "csv"
    return Table(rows, lines, fmt, encoding, delimiter)


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str):
    """The lines of `text` with their endings, as io.StringIO(newline="") gives them, without
    copying the whole text into a buffer four times its size."""
    for match in _LINE.finditer(text):
        yield match.group()


def _bounded_rows(reader, name: str, offset_lines: int) -> list[list[str]]:
    """All rows, refusing a file with too many rows or columns (cells are bounded by the reader's
    field size limit) before it can exhaust memory."""
    rows: list[list[str]] = []
    append, max_rows, max_columns = rows.append, bounds.MAX_ROWS, bounds.MAX_COLUMNS
    for row in reader:
        if len(row) > max_columns:
            raise bounds.too_many_columns(name, reader.line_num + offset_lines, len(row))
        append(row)
        if len(rows) > max_rows:
            raise bounds.too_many_rows(name, reader.line_num + offset_lines)
    return rows


def _rows_with_lines(text: str, delimiter: str, offset_lines: int) -> tuple[list[list[str]], list[int]]:
    """Rows and the line each starts on, for files whose quoted cells contain line breaks."""
    reader = csv.reader(_lines(text), delimiter=delimiter)
    rows: list[list[str]] = []
    lines: list[int] = []
    previous_end = offset_lines
    for row in reader:
        rows.append(row)
        lines.append(previous_end + 1)
        previous_end = reader.line_num + offset_lines
    return rows, lines


def _error_line(text: str, delimiter: str, offset_lines: int) -> int:
    reader = csv.reader(_lines(text), delimiter=delimiter)
    try:
        for _ in reader:
            pass
    except csv.Error:
        pass
    return reader.line_num + offset_lines


# --- xlsx -------------------------------------------------------------------------------------

def _read_xlsx(data: bytes, name: str, is_header: Callable[[list[str]], bool] | None) -> Table:
    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            bounds.check_workbook_zip(len(data), archive, name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ImportRefused:
        raise
    except zipfile.BadZipFile:
        raise ImportRefused(WORDS("bad_zip", name=name)) from None
    except Exception as exc:  # openpyxl raises many kinds of error for files it cannot read
        log.info("openpyxl could not read %s: %r", name, exc, exc_info=True)
        raise ImportRefused(WORDS("not_xlsx", name=name, why=type(exc).__name__)) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _read_workbook(workbook, name, is_header)
    except ImportRefused:
        raise
    except Exception as exc:  # damaged sheet XML shows up only while iterating
        log.info("openpyxl failed while reading %s: %r", name, exc, exc_info=True)
        raise ImportRefused(WORDS("damaged_workbook", name=name, why=type(exc).__name__)) from None
    finally:
        workbook.close()


def _read_workbook(workbook, name: str, is_header) -> Table:
    sheets = [ws for ws in workbook.worksheets if getattr(ws, "iter_rows", None)]
    if not sheets:
        raise ImportRefused(WORDS("no_sheets", name=name))
    chosen = None
    by_title = {ws.title.strip().casefold(): ws for ws in sheets}
    for wanted in _PREFERRED_SHEETS[:2]:
        if wanted in by_title:
            chosen = by_title[wanted]
            break
    if chosen is None and is_header is not None and len(sheets) > 1:
        for ws in sheets:
            rows, lines = _sheet_rows(ws, name, limit=HEADER_SEARCH_ROWS)
            if any(is_header(r) for r in rows):
                chosen = ws
                break
    if chosen is None:
        chosen = next((ws for ws in sheets if ws.title.strip().casefold() in _PREFERRED_SHEETS), sheets[0])
    rows, lines = _sheet_rows(chosen, name)
    notes = []
    if len(sheets) > 1:
        notes.append(WORDS("read_sheet", sheet=chosen.title, count=len(sheets)))
    return Table(rows, lines, "xlsx", "", "", chosen.title, notes)


def _sheet_rows(ws, name: str, limit: int | None = None) -> tuple[list[list[str]], list[int]]:
    """The sheet's non-empty rows (trailing empty cells dropped) and their row numbers, streamed.

    The sheet's declared size (its <dimension>) is checked first and then ignored: openpyxl would
    otherwise pad every row and the rows after the last one up to it."""
    declared_rows, declared_columns = _declared_size(ws)
    bounds.check_declared_dimensions(name, ws.title, declared_rows, declared_columns)
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    rows: list[list[str]] = []
    lines: list[int] = []
    max_rows, max_columns, max_cell = bounds.MAX_ROWS, bounds.MAX_COLUMNS, bounds.MAX_CELL_CHARS
    for number, values in enumerate(ws.iter_rows(min_row=1, max_row=limit, values_only=True), start=1):
        if number > max_rows:
            raise bounds.too_many_rows(name, number)
        if not values:
            continue
        end = len(values)
        while end and values[end - 1] is None:
            end -= 1
        if not end:
            continue
        if end > max_columns:
            raise bounds.too_many_columns(name, number, end)
        row = [_cell_text(v) for v in values[:end]]
        for cell in row:
            if len(cell) > max_cell:
                raise bounds.cell_too_long(name, number, len(cell))
        rows.append(row)
        lines.append(number)
    return rows, lines


def _declared_size(ws) -> tuple[int | None, int | None]:
    """The rows and columns a worksheet declares in its <dimension> element (read without
    loading the sheet), or None where it declares nothing usable."""
    try:
        rows, columns = ws.max_row, ws.max_column
    except (ValueError, TypeError, KeyError):  # a damaged dimension: the streamed checks still hold
        return None, None
    return (rows if isinstance(rows, int) else None), (columns if isinstance(columns, int) else None)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < _EXACT_FLOAT_LIMIT:
            return str(int(value))
        # Beyond 2**53 a float's digits are invented: keep Excel's own scientific form so that
        # a barcode stored as a number is recognised as damaged rather than silently wrong.
        return repr(value) if abs(value) >= _EXACT_FLOAT_LIMIT else format(value, ".15g")
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return str(value)
    return str(value)

"""Turn an export file into rows of text cells, whatever the format or encoding, a row at a time.

Knows CSV/TSV in UTF-8 (with or without BOM), UTF-16 (Excel "Unicode Text") and Windows-1252,
sniffs the delimiter among comma, semicolon and tab, honours an Excel `sep=;` first line, and
reads XLSX workbooks with openpyxl (whole floats become text without ".0", dates ISO text; see
xlsx_cells.py). The format is decided from the content, never the extension: a Meetup ".xls"
that is really tab-separated text reads as TSV. Which row is the header is not decided here
(see profiles.py).

A file is streamed, never held: `open_table` reads the first rows (`head`, enough to find the
header and to recognise the platform) and then hands out every row once (`rows()`), so that an
export of any length is read in bounded memory. The encoding is settled by one pass over the
bytes first (a UTF-8 file is UTF-8 only if all of it is), a chunk at a time.
`read_table` gives the whole table as lists, for small files and the tests.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kiosk import formula_guard
from kiosk.errors import ImportRefused
from kiosk.roster import bounds
from kiosk.roster.words import WORDS
from kiosk.wording import Message

#: How many leading rows of a sheet are searched for a recognisable header.
HEADER_SEARCH_ROWS = 40
#: Rows read before the import decides anything: the header search and detection's samples (300).
HEAD_ROWS = 400

_CHUNK = 1 << 20
_DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
_BLANK = re.compile(rb"[ \t\r\n\x00\xef\xbb\xbf\xff\xfe]*")     # matched in place: no copy of a big file


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    # The five bytes cp1252 leaves undefined are read as Latin-1 so that nothing is lost.
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(chr(b) for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error("kiosk-cp1252", _cp1252_fallback)


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
        return _describe(self.format, self.encoding, self.delimiter, self.sheet)


def _describe(fmt: str, encoding: str, delimiter: str, sheet: str) -> str:
    if fmt == "xlsx":
        return f"Excel workbook, sheet {sheet!r}"
    name = _DELIMITER_NAMES.get(delimiter, repr(delimiter))
    return f"{fmt.upper()} ({encoding}, {name}-separated)"


class TableStream:
    """An export being read: its format, its first rows (`head`, with `head_lines`) and then every
    row once through `rows()`. Close it (or use it as a context manager) when done."""

    def __init__(self, source: Iterator[tuple[int, list[str]]], fmt: str, *, encoding: str = "",
                 delimiter: str = "", sheet: str = "", notes: list[Message] | None = None,
                 closers: tuple[Callable[[], object], ...] = ()):
        self.format, self.encoding, self.delimiter, self.sheet = fmt, encoding, delimiter, sheet
        self.notes = notes or []
        self._source, self._closers = source, closers
        self.head: list[list[str]] = []
        self.head_lines: list[int] = []
        self._started = False
        try:
            for line, row in itertools.islice(source, HEAD_ROWS):
                self.head.append(row)
                self.head_lines.append(line)
        except BaseException:
            self.close()
            raise

    def describe(self) -> str:
        return _describe(self.format, self.encoding, self.delimiter, self.sheet)

    def rows(self, skip: int = 0) -> Iterator[tuple[int, list[str]]]:
        """(line, cells) for every row from the first (after `skip` rows), read once."""
        if self._started:
            raise RuntimeError("the rows of an export are read once")
        self._started = True
        yield from zip(self.head_lines[skip:], self.head[skip:])
        source = self._source
        if skip > len(self.head):
            source = itertools.islice(source, skip - len(self.head), None)
        yield from source

    def close(self) -> None:
        closer = getattr(self._source, "close", None)
        if closer is not None:
            closer()
        for close in self._closers:
            close()

    def __enter__(self) -> TableStream:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_table(path: str | Path, is_header: Callable[[list[str]], bool] | None = None) -> TableStream:
    """Open `path` for reading row by row. Raises ImportRefused for anything that is not a readable export.

    `is_header(cells)` tells which rows look like a known header; it picks the sheet of a workbook.
    """
    path = Path(path)
    fh, size = bounds.open_export(path)
    try:
        return _open(fh, size, str(path), is_header)
    except BaseException:
        fh.close()
        raise


def open_bytes(data: bytes, name: str = "the file", is_header: Callable[[list[str]], bool] | None = None) -> TableStream:
    """Like open_table, for bytes already in memory; `name` is used in messages."""
    if len(data) > bounds.MAX_FILE_BYTES:
        raise bounds.too_large(name, len(data))
    return _open(io.BytesIO(data), len(data), name, is_header)


def read_table(path: str | Path, is_header: Callable[[list[str]], bool] | None = None) -> Table:
    """The whole table of `path` (see open_table)."""
    with open_table(path, is_header) as stream:
        return _whole(stream)


def read_bytes(data: bytes, name: str = "the file", is_header: Callable[[list[str]], bool] | None = None) -> Table:
    """The whole table of bytes already in memory (see open_bytes)."""
    with open_bytes(data, name, is_header) as stream:
        return _whole(stream)


def _whole(stream: TableStream) -> Table:
    rows: list[list[str]] = []
    lines: list[int] = []
    for line, row in stream.rows():
        rows.append(row)
        lines.append(line)
    return Table(rows, lines, stream.format, stream.encoding, stream.delimiter, stream.sheet, list(stream.notes))


def _open(fh: BinaryIO, size: int, name: str, is_header) -> TableStream:
    head = fh.read(_CHUNK)
    if _BLANK.fullmatch(head) and _rest_is_blank(fh):
        raise ImportRefused(WORDS("empty", name=name))
    start = head[:8]
    if start.startswith(b"PK\x03\x04"):
        from kiosk.roster.xlsx_cells import open_workbook

        fh.seek(0)
        return open_workbook(fh, size, name, is_header)
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRefused(WORDS("old_excel", name=name))
    if start.startswith(b"%PDF"):
        raise ImportRefused(WORDS("pdf", name=name))
    return _open_text(fh, head, name)


def _rest_is_blank(fh: BinaryIO) -> bool:
    while chunk := fh.read(_CHUNK):
        if not _BLANK.fullmatch(chunk):
            return False
    return True


# --- text -------------------------------------------------------------------------------------

@dataclass
class _Encoding:
    codec: str
    errors: str
    label: str
    skip: int = 0               # bytes of a byte-order mark
    has_nul: bool = False


def _settle_encoding(fh: BinaryIO, head: bytes, name: str) -> _Encoding:
    """The file's encoding, decided as if the whole file had been decoded at once: one pass over
    its bytes, a chunk at a time (whether all of it is UTF-8, whether it holds NUL characters)."""
    if head.startswith(b"\xef\xbb\xbf"):
        valid, nul = _survey(fh, name, "utf-8", 3)
        return _Encoding("utf-8", "strict" if valid else "replace",
                         "UTF-8 with BOM" + ("" if valid else " (with invalid bytes replaced)"), 3, nul)
    if head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff"):
        codec = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        _, nul = _survey(fh, name, codec, 2, "replace")
        return _Encoding(codec, "replace", codec.upper().replace("UTF-16-", "UTF-16 "), 2, nul)
    # UTF-16 without a BOM: every other byte of ASCII text is zero.
    sample = head[:400]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):
        for codec, zeros, text in (("utf-16-le", sample[1::2], sample[0::2]), ("utf-16-be", sample[0::2], sample[1::2])):
            if zeros.count(0) > len(sample) // 3 and text.count(0) == 0:
                _, nul = _survey(fh, name, codec, 0, "replace")
                return _Encoding(codec, "replace", codec.upper().replace("UTF-16-", "UTF-16 "), 0, nul)
    valid, nul = _survey(fh, name, "utf-8", 0)
    if valid:
        return _Encoding("utf-8", "strict", "UTF-8", 0, nul)
    # Excel's plain "CSV (Comma delimited)" is written in the ANSI code page (Windows-1252 in the West).
    return _Encoding("cp1252", "kiosk-cp1252", "Windows-1252", 0, nul)


def _survey(fh: BinaryIO, name: str, codec: str, skip: int, errors: str = "strict") -> tuple[bool, bool]:
    """(whether the bytes decode without error, whether they hold a NUL character), read in chunks."""
    fh.seek(skip)
    decoder = codecs.getincrementaldecoder(codec)(errors)
    valid, nul, total = True, False, skip
    eight_bit = not codec.startswith("utf-16")
    while chunk := fh.read(_CHUNK):
        total += len(chunk)
        if total > bounds.MAX_FILE_BYTES:
            raise bounds.too_large(name, total)
        if eight_bit:
            nul = nul or b"\x00" in chunk
            if valid:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    valid = False
        elif not nul:
            nul = "\x00" in decoder.decode(chunk)
    if valid and eight_bit:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            valid = False
    return valid, nul


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


def _open_text(fh: BinaryIO, head: bytes, name: str) -> TableStream:
    enc = _settle_encoding(fh, head, name)
    # The first characters, as the whole text would begin (enough for every check below).
    text = codecs.decode(head[enc.skip:], enc.codec, "replace" if enc.errors == "strict" else enc.errors)
    stripped = text[:4000].lstrip()
    if stripped[:1] == "<" and stripped[:200].lower().lstrip("<!").startswith(("doctype html", "html", "?xml", "table")):
        raise ImportRefused(WORDS("html", name=name))
    if _looks_binary(text):
        raise ImportRefused(WORDS("binary", name=name))
    if enc.has_nul:
        text = text.replace("\x00", "")      # a stray NUL is no part of any name (and PostgreSQL refuses it)
    first_newline = text.find("\n")
    first = (text if first_newline < 0 else text[:first_newline]).rstrip("\r").strip('"')
    delimiter, offset_lines = "", 0
    if first[:4].lower() == "sep=" and first[4:].strip(" ") in (",", ";", "\t", "|", ":", "\\t"):
        # Excel's "sep=;" first line names the delimiter and is not part of the table.
        delimiter = "\t" if first[4:].strip(" ") in ("\t", "\\t") else first[4:].strip(" ")
        offset_lines = 1
    else:
        delimiter = _sniff_delimiter(text[:20000].splitlines()[:20])
    fh.seek(enc.skip)
    stream = io.TextIOWrapper(fh, encoding=enc.codec, errors=enc.errors, newline="")
    if offset_lines:
        while (line := stream.readline()) and not line.endswith("\n"):
            pass
    lines: Iterator[str] = stream
    if enc.has_nul:
        lines = (line.replace("\x00", "") if "\x00" in line else line for line in stream)
    reader = csv.reader(lines, delimiter=delimiter)
    fmt = "tsv" if delimiter == "\t" else "csv"
    return TableStream(_csv_rows(reader, name, offset_lines), fmt, encoding=enc.label, delimiter=delimiter,
                       closers=(stream.close,))


def _csv_rows(reader, name: str, offset_lines: int) -> Iterator[tuple[int, list[str]]]:
    """(line, cells) for each row, refusing a file with too many rows or columns, or a cell longer
    than the limit, before it can exhaust memory. An own attendance export's formula guard is undone."""
    max_rows, max_columns = bounds.MAX_ROWS, bounds.MAX_COLUMNS
    previous_limit = csv.field_size_limit(bounds.MAX_CELL_CHARS)
    end, count, own, unguard = offset_lines, 0, None, formula_guard.unguard
    try:
        for row in reader:
            if len(row) > max_columns:
                raise bounds.too_many_columns(name, reader.line_num + offset_lines, len(row))
            count += 1
            if count > max_rows:
                raise bounds.too_many_rows(name, reader.line_num + offset_lines)
            if own is None:
                own = formula_guard.is_own_export(row)
            if own:
                row = [unguard(cell) if cell[:1] == "'" else cell for cell in row]
            line = end + 1
            end = reader.line_num + offset_lines
            yield line, row
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise bounds.cell_too_long(name, reader.line_num + offset_lines) from None
        raise ImportRefused(WORDS("bad_csv", name=name, line=reader.line_num + offset_lines, why=str(exc))) from None
    except UnicodeDecodeError:
        raise ImportRefused(WORDS("changed_while_read", name=name)) from None
    finally:
        csv.field_size_limit(previous_limit)

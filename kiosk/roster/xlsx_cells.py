"""Reading an .xlsx export row by row: the sheet with the attendees, its cells as the export showed them.

openpyxl's read-only mode parses the sheet's XML as it goes, so a workbook streams like a CSV.
Cells become text: whole floats without ".0", dates as ISO text, numbers beyond 2**53 in Excel's
own scientific form (so that a barcode stored as a number is recognised as damaged, codes.py).
Every bound of bounds.py holds (the parts' unpacked size, the declared dimensions, rows, columns,
cell length), and a damaged workbook is refused with what to do, whenever the damage shows up.
"""

from __future__ import annotations

import datetime as _dt
import logging
import warnings
import zipfile
from collections.abc import Callable, Iterator
from typing import BinaryIO

from kiosk.errors import ImportRefused
from kiosk.roster import bounds
from kiosk.roster.readers import HEADER_SEARCH_ROWS, TableStream
from kiosk.roster.words import WORDS

log = logging.getLogger(__name__)

_EXACT_FLOAT_LIMIT = 2.0 ** 53
_PREFERRED_SHEETS = ("order positions", "bestellpositionen", "attendees", "guests", "registrations")


def open_workbook(fh: BinaryIO, size: int, name: str, is_header: Callable[[list[str]], bool] | None) -> TableStream:
    """The attendees' sheet of the workbook in `fh`, streamed (the caller closes `fh` on failure)."""
    import openpyxl

    try:
        with zipfile.ZipFile(fh) as archive:
            bounds.check_workbook_zip(size, archive, name)
        fh.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    except ImportRefused:
        raise
    except zipfile.BadZipFile:
        raise ImportRefused(WORDS("bad_zip", name=name)) from None
    except Exception as exc:  # openpyxl raises many kinds of error for files it cannot read
        log.info("openpyxl could not read %s: %r", name, exc, exc_info=True)
        raise ImportRefused(WORDS("not_xlsx", name=name, why=type(exc).__name__)) from None
    try:
        chosen, notes = _choose_sheet(workbook, name, is_header)
        return TableStream(_sheet_rows(chosen, name), "xlsx", sheet=chosen.title, notes=notes,
                           closers=(workbook.close, fh.close))
    except BaseException:
        workbook.close()
        raise


def _choose_sheet(workbook, name: str, is_header):
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
            if any(is_header(row) for _, row in _sheet_rows(ws, name, limit=HEADER_SEARCH_ROWS)):
                chosen = ws
                break
    if chosen is None:
        chosen = next((ws for ws in sheets if ws.title.strip().casefold() in _PREFERRED_SHEETS), sheets[0])
    notes = [WORDS("read_sheet", sheet=chosen.title, count=len(sheets))] if len(sheets) > 1 else []
    return chosen, notes


def _sheet_rows(ws, name: str, limit: int | None = None) -> Iterator[tuple[int, list[str]]]:
    """The sheet's non-empty rows (trailing empty cells dropped) with their row numbers, streamed.

    The sheet's declared size (its <dimension>) is checked first and then ignored: openpyxl would
    otherwise pad every row and the rows after the last one up to it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        declared_rows, declared_columns = _declared_size(ws)
        bounds.check_declared_dimensions(name, ws.title, declared_rows, declared_columns)
        if hasattr(ws, "reset_dimensions"):
            ws.reset_dimensions()
    max_rows, max_columns, max_cell = bounds.MAX_ROWS, bounds.MAX_COLUMNS, bounds.MAX_CELL_CHARS
    cells = ws.iter_rows(min_row=1, max_row=limit, values_only=True)
    number = 0
    while True:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                values = next(cells, None)
        except ImportRefused:
            raise
        except Exception as exc:  # damaged sheet XML shows up only while iterating
            log.info("openpyxl failed while reading %s: %r", name, exc, exc_info=True)
            raise ImportRefused(WORDS("damaged_workbook", name=name, why=type(exc).__name__)) from None
        if values is None:
            return
        number += 1
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
        yield number, row


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

"""Exports for organizers: attendance (one row per attendee), the check-in log, and no-shows.

Each kind is built as a `Table` (header + rows of text) and written as CSV or XLSX:

* CSV is UTF-8 with a BOM (so Excel shows accents right) and every cell that a spreadsheet would
  take for a formula (starting with =, +, -, @, tab or carriage return) is prefixed with `'`, in a
  way `kiosk import` undoes exactly when it reads the app's own export (kiosk/formula_guard.py).
* XLSX is written with openpyxl's write-only mode; every cell is stored as text (a shared string,
  never a formula or a number, so a 24-digit barcode keeps its digits), with a bold, frozen
  header row and column widths that fit the content.

The attendance export's first columns ("Code", "First Name", "Last Name", "Full Name", "Email",
"Organization", "Ticket Type", "Status") are the generic spreadsheet profile's names, so the file
imports again with `kiosk import`. The app's menu calls `export()` (or `write_table()` on a table).
Files are written to a temporary name and then moved into place, so a failure never leaves half a file.
"""

from __future__ import annotations

import csv
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from itertools import chain, islice
from typing import Iterable, cast
from datetime import date
from pathlib import Path

from kiosk.errors import KnownError
from kiosk.formula_guard import FORMULA_STARTS, guard
from kiosk.eventdays import allowed_days
from kiosk.reports import stats
from kiosk.store import settings
from kiosk.store.database import EventDB

log = logging.getLogger(__name__)

KINDS = ("attendance", "log", "noshows")
WIDTH_SAMPLE = 500
FORMATS = ("csv", "xlsx")

PERSON_COLUMNS = ["Code", "First Name", "Last Name", "Full Name", "Email", "Organization", "Ticket Type",
                  "Source", "Status"]
LOG_COLUMNS = ["Time", "Event Day", "Station", "Payload", "Verdict", "Code", "Name"]

_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_SOURCE = "coalesce(s.name, CASE WHEN a.walk_in THEN 'walk-in' ELSE '' END)"
PERSONS = ("SELECT a.id, a.code, a.first_name, a.last_name, a.full_name, a.email, a.organization, a.ticket_type, "
           f"{_SOURCE}, a.status FROM attendees a LEFT JOIN sources s ON s.id = a.source_id ")
_PRINTED = ("LEFT JOIN (SELECT attendee_id, count(*) AS n FROM print_jobs WHERE status = 'done' "
            "GROUP BY attendee_id) p ON p.attendee_id = a.id ")
_ORDER = " ORDER BY a.last_name COLLATE NOCASE, a.first_name COLLATE NOCASE, a.id"


@dataclass
class Table:
    """What an export writes: a sheet title, the header and the rows (all text)."""

    title: str
    header: list[str]
    rows: Iterable            # lists or tuples of text; may be a cursor that streams
    csv_safe: bool = False    # formula-like cells are already neutralised


def neutralise(value: str) -> str:
    """The cell as a spreadsheet will show it and never run it: `'=1+1` instead of `=1+1`
    (see kiosk/formula_guard.py: exactly reversible by the importer)."""
    return guard(value)


_MARKS = tuple("\x1f" + ch for ch in (*FORMULA_STARTS, "'"))


def _neutralised_row(row: list[str]) -> list[str]:
    """The row with formula-like cells neutralised; one joined-string scan decides if any cell is."""
    joined = "\x1f" + "\x1f".join(row)
    for mark in _MARKS:
        if mark in joined:
            return [neutralise(c) for c in row]
    return row


def check_day(db: EventDB, day: str | None) -> str | None:
    """A `--day` value checked: an ISO date, and one of the event's days when they are configured."""
    if not day:
        return None
    try:
        day = date.fromisoformat(day.strip()).isoformat()
    except ValueError:
        raise KnownError(f"--day {day!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-07-08.") from None
    configured = db.event()["days"]
    if configured and day not in configured:
        raise KnownError(f"{day} is not a day of this event; its days are {', '.join(configured)}.")
    return day


# -- the three tables --------------------------------------------------------------------------------

def _cell(expr: str, csv_safe: bool) -> str:
    """An SQL text cell; for CSV, neutralised inside SQLite (100,000 rows cost next to nothing)."""
    if not csv_safe:
        return expr
    # As formula_guard.guard: apostrophes followed by a formula character get one more.
    return (f"(CASE WHEN substr(ltrim({expr}, ''''), 1, 1) IN ('=', '+', '-', '@', char(9), char(13)) "
            f"THEN '''' || {expr} ELSE {expr} END)")


def attendance_rows(db: EventDB, day: str | None = None, *, csv_safe: bool = False) -> tuple[list[str], Iterable]:
    """(header, rows) of the attendance export; `csv_safe` neutralises formula-like cells.

    Two plain scans and no per-row SQL: the standing check-ins in (attendee, day, time) order (the
    first of each pair is the one shown), then the attendees sorted by name; rows are produced as
    the writer asks for them.
    """
    day = check_day(db, day)
    days = [day] if day else stats.event_days(db)
    day_index = {d: i for i, d in enumerate(days)}
    local = stats.LocalTimes(db.event()["timezone"])
    sql = ("SELECT attendee_id, event_day, at, station FROM checkins "
           "WHERE uid NOT IN (SELECT checkin_uid FROM checkin_annulments) ")
    params: tuple = ()
    if day:
        sql += "AND event_day = ? "
        params = (day,)
    firsts: dict[int, list[str]] = {}
    blank = [""] * (2 * len(days))
    prev_id, prev_day = None, None
    minutes, minute = local._minutes, local.minute          # LocalTimes, inlined for 100,000s of rows
    for attendee_id, event_day, at, station in db.conn.execute(sql + "ORDER BY attendee_id, event_day, at, uid", params):
        if attendee_id == prev_id and event_day == prev_day:
            continue            # a later standing check-in that day (stations apart); ties by uid as in checkin.py
        prev_id, prev_day = attendee_id, event_day
        i = day_index.get(event_day)
        if i is None:
            continue
        cells = firsts.get(attendee_id)
        if cells is None:
            cells = firsts[attendee_id] = blank.copy()
        if len(at) == 24 and at[23] == "Z":
            head = minutes.get(at[:16]) or minute(at[:16])
            cells[2 * i] = head[0] + at[16:19] + head[1]
        else:
            cells[2 * i] = local(at)
        cells[2 * i + 1] = neutralise(station) if csv_safe else station
    cols = ", ".join(_cell(c, csv_safe) for c in ("a.code", "a.first_name", "a.last_name", "a.full_name", "a.email",
                                                  "a.organization", "a.ticket_type", _SOURCE, "a.status"))
    persons = db.conn.execute(
        f"SELECT {cols}, CASE WHEN a.walk_in THEN 'yes' ELSE 'no' END, CAST(coalesce(p.n, 0) AS TEXT), a.id "
        f"FROM attendees a LEFT JOIN sources s ON s.id = a.source_id {_PRINTED}{_ORDER}")
    header = PERSON_COLUMNS.copy()
    for d in days:
        header += [f"{d} checked in", f"{d} station"]
    header += ["Walk-in", "Badges Printed"]
    no_checkin = tuple(blank)
    get = {k: tuple(v) for k, v in firsts.items()}.get
    return header, (row[:9] + get(row[11], no_checkin) + row[9:11] for row in persons)


def attendance_table(db: EventDB, day: str | None = None) -> Table:
    """One row per attendee: who they are, and their first standing check-in (time, station) per day."""
    header, rows = attendance_rows(db, day)
    return Table("Attendance", header, [list(r) for r in rows])


def log_table(db: EventDB, day: str | None = None) -> Table:
    """Every scan attempt, oldest first: when, where, what was read, the verdict and whose ticket."""
    day = check_day(db, day)
    tz_name = db.event()["timezone"]
    sql = ("SELECT s.at, s.station, s.payload, s.verdict, coalesce(a.code, ''), "
           "coalesce(nullif(a.full_name, ''), trim(coalesce(a.first_name, '') || ' ' || coalesce(a.last_name, '')), '') "
           "FROM scan_attempts s LEFT JOIN attendees a ON a.id = s.attendee_id ")
    params: tuple = ()
    if day:
        sql += "WHERE s.at >= ? AND s.at < ? "
        params = stats.day_bounds_utc(day, tz_name)
    local = stats.LocalTimes(tz_name)
    rows = []
    for at, station, payload, verdict, code, name in db.conn.execute(sql + "ORDER BY s.at, s.id", params):
        when = local(at)
        rows.append([when, when[:10], station, payload, verdict, code, name])
    return Table("Check-in log", LOG_COLUMNS.copy(), rows)


def noshow_table(db: EventDB, day: str | None = None) -> Table:
    """Admitted attendees with no standing check-in on any day (or on `day`, if their ticket admits it)."""
    day = check_day(db, day)
    sql, params = stats.first_standing_sql(day)
    came = {r[0] for r in db.conn.execute(f"SELECT attendee_id FROM ({sql})", params)}
    event = db.event()
    rules = settings.get(db, "ticket_type_days")
    admits: dict[str, list[str] | None] = {}
    rows = []
    for row in db.conn.execute(PERSONS + "WHERE a.status = 'active'" + _ORDER):
        if row[0] in came:
            continue
        if day:
            ticket = row[7]
            if ticket not in admits:
                admits[ticket] = allowed_days(ticket, event["days"], rules)
            allowed = admits[ticket]
            if allowed is not None and day not in allowed:
                continue
        rows.append(list(row[1:10]))
    return Table("No-shows" + (f" {day}" if day else ""), PERSON_COLUMNS.copy(), rows)


TABLES = {"attendance": attendance_table, "log": log_table, "noshows": noshow_table}


# -- writing -------------------------------------------------------------------------------------------

def _atomic_target(path: Path):
    from kiosk.output_files import check_target

    check_target(path, "attendance" + (path.suffix or ".csv"))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    return Path(tmp)


def _move_into_place(tmp: Path, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except PermissionError as exc:
        tmp.unlink(missing_ok=True)
        raise KnownError(f"Cannot write {path}: it is open in another program (Excel?) or read-only. "
                         "Close it and export again, or choose another file name.") from exc


def _raise_known(exc: BaseException, path: Path) -> None:
    """A full disk or a folder one may not write to is said so (nothing was written)."""
    from kiosk.errors import from_os_error

    if isinstance(exc, OSError):
        known = from_os_error(exc)
        if known is not None:
            raise KnownError(f"The export {path} was not written: {known} Nothing else was changed.") from exc


def write_csv(path: str | os.PathLike, table: Table) -> Path:
    """Write a table as UTF-8 CSV with a BOM, formula-like cells neutralised."""
    path = Path(path)
    tmp = _atomic_target(path)
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([neutralise(h) for h in table.header])
            writer.writerows(table.rows if table.csv_safe else map(_neutralised_row, table.rows))
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        _raise_known(exc, path)
        raise
    _move_into_place(tmp, path)
    return path


def column_widths(header: list[str], rows: list, lo: float = 8, hi: float = 48) -> list[float]:
    """Widths (in characters) that fit the header and the given rows, within sane bounds."""
    widths = [len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            if len(cell) > widths[i]:
                widths[i] = len(cell)
    return [max(lo, min(hi, w + 2)) for w in widths]


def write_xlsx(path: str | os.PathLike, table: Table) -> Path:
    """Write a table as an XLSX sheet: text cells, bold frozen header, fitted columns."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from kiosk.output_files import check_target

    path = check_target(path, "attendance.xlsx")      # before the workbook exists: nothing to leave half-made
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_title(table.title))
    ws.freeze_panes = "A2"
    rows = iter(table.rows)
    first = list(islice(rows, WIDTH_SAMPLE))
    for i, width in enumerate(column_widths(table.header, first), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    bold = Font(bold=True)

    def text_cell(value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"        # a string, even when it looks like a formula
        return cell

    header = []
    for h in table.header:
        cell = text_cell(_ILLEGAL_XLSX.sub("", h))
        cell.font = bold
        header.append(cell)
    ws.append(header)
    illegal = _ILLEGAL_XLSX.search
    for row in chain(first, rows):
        if illegal("\n".join(row)):
            row = [_ILLEGAL_XLSX.sub("", c) for c in row]
        if any(c[:1] == "=" for c in row):
            row = [text_cell(c) if c[:1] == "=" else c for c in row]
        ws.append(row)
    tmp = _atomic_target(path)
    try:
        wb.save(tmp)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        _raise_known(exc, path)
        raise
    _move_into_place(tmp, path)
    return path


def _sheet_title(title: str) -> str:
    return re.sub(r"[\[\]\*\?/\\:]", "-", title)[:31] or "Sheet"


def format_of(path: str | os.PathLike, fmt: str | None) -> str:
    """The format asked for, or the one the file name says (.csv / .xlsx)."""
    if fmt:
        fmt = fmt.lower().lstrip(".")
        if fmt not in FORMATS:
            raise KnownError(f"Unknown export format {fmt!r}: use csv or xlsx.")
        return fmt
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise KnownError("Say which format to write (--format csv or --format xlsx), or end the file name with .csv or .xlsx.")


def write_table(path: str | os.PathLike, table: Table, fmt: str | None = None) -> Path:
    fmt = format_of(path, fmt)
    return write_csv(path, table) if fmt == "csv" else write_xlsx(path, table)


def export(db: EventDB, path: str | os.PathLike, *, fmt: str | None = None, kind: str = "attendance",
           day: str | None = None) -> dict:
    """Build and write one export; returns what was written (path, kind, format, rows, columns)."""
    if kind not in TABLES:
        raise KnownError(f"Unknown export kind {kind!r}: use {', '.join(KINDS)}.")
    fmt = format_of(path, fmt)
    if kind == "attendance":        # streamed: 100,000 rows never sit in Python lists
        header, rows = attendance_rows(db, day, csv_safe=(fmt == "csv"))
        table = Table("Attendance", header, rows, csv_safe=(fmt == "csv"))
        count = db.scalar("SELECT count(*) FROM attendees")
    else:
        table = TABLES[kind](db, day)
        count = len(cast(list, table.rows))      # these tables are built as lists
    written = write_table(path, table, fmt)
    log.info("exported %s (%d rows) to %s", kind, count, written)
    return {"path": str(written), "kind": kind, "format": fmt, "rows": count, "columns": table.header, "day": day}

"""Exports for organizers: attendance (one row per attendee), the check-in log, and no-shows.

Each kind is built as a `Table` (header + rows of text) and written as CSV or XLSX:

* CSV is UTF-8 with a BOM (so Excel shows accents right) and every cell that a spreadsheet would
  take for a formula (starting with =, +, -, @, tab or carriage return) is prefixed with `'`, in a
  way `kiosk import` undoes exactly when it reads the app's own export (kiosk/formula_guard.py).
* XLSX is written by kiosk/reports/xlsx_writer.py as the rows stream; every cell is stored as
  text (never a formula or a number, so a 24-digit barcode keeps its digits), with a bold, frozen
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
from typing import Iterable
from datetime import date
from pathlib import Path

from kiosk.checkin.standing import FIRST, STANDING
from kiosk.errors import KnownError
from kiosk.formula_guard import FORMULA_STARTS, guard
from kiosk.reports.words import WORDS
from kiosk.roster.folding import name_order_sql
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

_SOURCE = "coalesce(s.name, CASE WHEN a.walk_in THEN 'walk-in' ELSE '' END)"
PERSONS = ("SELECT a.id, a.code, a.first_name, a.last_name, a.full_name, a.email, a.organization, a.ticket_type, "
           f"{_SOURCE}, a.status FROM attendees a LEFT JOIN sources s ON s.id = a.source_id ")
_PRINTED = ("LEFT JOIN (SELECT attendee_id, count(*) AS n FROM printed_badges "
            "GROUP BY attendee_id) p ON p.attendee_id = a.id ")


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
        raise KnownError(WORDS("not_a_date", day=day)) from None
    configured = db.event()["days"]
    if configured and day not in configured:
        raise KnownError(WORDS("not_a_day", day=day, days=tuple(configured)))
    return day


# -- the three tables --------------------------------------------------------------------------------

_FIRST_CODES = ", ".join(str(ord(ch)) for ch in (*FORMULA_STARTS, "'"))


def _cell(expr: str, csv_safe: bool) -> str:
    """An SQL text cell; for CSV, neutralised inside SQLite (100,000 rows cost next to nothing)."""
    if not csv_safe:
        return expr
    # As formula_guard.guard: apostrophes followed by a formula character get one more. The first
    # character's code point is looked at first, so that ltrim and substr only run for the few cells
    # that start with a formula character or an apostrophe.
    return (f"(CASE WHEN unicode({expr}) IN ({_FIRST_CODES}) AND substr(ltrim({expr}, ''''), 1, 1) "
            f"IN ('=', '+', '-', '@', char(9), char(13)) THEN '''' || {expr} ELSE {expr} END)")


def _full_name_sql(db: EventDB) -> str:
    """`a.full_name`, or for a holder not named yet "Guest of <buyer>" in the event's report language."""
    from kiosk.roster.words import WORDS as ROSTER

    before, _, after = ROSTER("guest_of", buyer="\x00").text(settings.get(db, "report_language")).partition("\x00")

    def literal(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    return (f"(CASE WHEN a.full_name = '' AND a.first_name = '' AND a.last_name = '' AND a.guest_of <> '' "
            f"THEN {literal(before)} || a.guest_of || {literal(after)} ELSE a.full_name END)")


def attendance_rows(db: EventDB, day: str | None = None, *, csv_safe: bool = False) -> tuple[list[str], Iterable]:
    """(header, rows) of the attendance export; `csv_safe` neutralises formula-like cells.

    One query, streamed in name order: each attendee joined with their first standing check-in of
    each day (`first_checkins`, one index seek per attendee and day). Python only turns each UTC
    time into event-local text (once per distinct minute). No per-attendee state is kept.
    """
    day = check_day(db, day)
    days = [day] if day else stats.event_days(db)
    header = PERSON_COLUMNS.copy()
    for d in days:
        header += [f"{d} checked in", f"{d} station"]
    header += ["Walk-in", "Badges Printed"]
    return header, _attendance_stream(db, day, days, csv_safe)


def _fixed_offset(day: str, tz_name: str) -> int | None:
    """The event-local UTC offset in minutes on `day`, or None when the clocks change that day."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(tz_name)
    start = datetime.fromisoformat(day).replace(tzinfo=zone)
    offsets = {(start + timedelta(hours=h)).utcoffset() for h in (0, 12, 24)}
    offset = offsets.pop() if len(offsets) == 1 else None
    return None if offset is None else int(offset.total_seconds() // 60)


def _local_sql(column: str, offset: int) -> str:
    """SQL turning a UTC fact time into event-local ISO text with its offset, for a day whose
    offset does not change ("2026-07-08T09:12:33-04:00"), as stats.LocalTimes writes it."""
    sign, minutes = ("+" if offset >= 0 else "-"), abs(offset)
    suffix = f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return (f"coalesce(strftime('%Y-%m-%dT%H:%M:%S', {column}, '{offset:+d} minutes') || '{suffix}', {column}, '')")


def _attendance_stream(db: EventDB, day: str | None, days: list[str], csv_safe: bool):
    """The rows straight from SQLite. Times are made event-local in SQL when every day keeps one
    UTC offset (the usual case: no clock change during the event); otherwise in Python."""
    tz_name = db.event()["timezone"]
    offsets = [_fixed_offset(d, tz_name) for d in days]
    in_sql = all(o is not None for o in offsets)
    fixed = [o or 0 for o in offsets]
    cols = ", ".join(_cell(c, csv_safe) for c in ("a.code", "a.first_name", "a.last_name", _full_name_sql(db), "a.email",
                                                  "a.organization", "a.ticket_type", _SOURCE, "a.status"))
    joins, picks = [], []
    for i, offset in enumerate(fixed):
        joins.append(f"LEFT JOIN {FIRST} f{i} ON f{i}.attendee_id = a.id AND f{i}.event_day = ? ")
        picks += [_local_sql(f"f{i}.at", offset) if in_sql else f"coalesce(f{i}.at, '')",
                  _cell(f"coalesce(f{i}.station, '')", csv_safe)]
    sql = (f"SELECT {cols}{''.join(', ' + p for p in picks)}, CASE WHEN a.walk_in THEN 'yes' ELSE 'no' END, "
           f"CAST(coalesce(p.n, 0) AS TEXT) FROM attendees a LEFT JOIN sources s ON s.id = a.source_id "
           f"{_PRINTED}{''.join(joins)} ORDER BY {name_order_sql(db.conn, 'a')}")
    cursor = db.conn.execute(sql, days)
    if in_sql:
        return cursor
    return _local_times_in_python(cursor, stats.LocalTimes(tz_name), range(9, 9 + 2 * len(days), 2))


def _local_times_in_python(cursor, local: stats.LocalTimes, at_cells: range):
    minutes, minute = local._minutes, local.minute          # LocalTimes, inlined for 100,000s of rows
    for row in cursor:
        if any(row[k] for k in at_cells):
            row = list(row)
            for k in at_cells:
                at = row[k]
                if not at:
                    continue
                if len(at) == 24 and at[23] == "Z":
                    head = minutes.get(at[:16]) or minute(at[:16])
                    row[k] = head[0] + at[16:19] + head[1]
                else:
                    row[k] = local(at)
        yield row


def attendance_table(db: EventDB, day: str | None = None, *, stream: bool = False) -> Table:
    """One row per attendee: who they are, and their first standing check-in (time, station) per day."""
    header, rows = attendance_rows(db, day)
    return Table("Attendance", header, rows if stream else [list(r) for r in rows])


def _log_sql(db: EventDB, day: str | None) -> tuple[str, tuple]:
    sql = ("SELECT s.at, s.station, s.payload, s.verdict, coalesce(a.code, ''), "
           f"coalesce(nullif({_full_name_sql(db)}, ''), trim(coalesce(a.first_name, '') || ' ' || "
           "coalesce(a.last_name, '')), '') "
           "FROM scan_attempts s LEFT JOIN attendees a ON a.id = s.attendee_id ")
    params: tuple = ()
    if day:
        sql += "WHERE s.at >= ? AND s.at < ? "
        params = stats.day_bounds_utc(day, db.event()["timezone"])
    return sql + "ORDER BY s.at, s.id", params


def _log_stream(db: EventDB, day: str | None):
    local = stats.LocalTimes(db.event()["timezone"])
    sql, params = _log_sql(db, day)
    for at, station, payload, verdict, code, name in db.conn.execute(sql, params):
        when = local(at)
        yield [when, when[:10], station, payload, verdict, code, name]


def log_table(db: EventDB, day: str | None = None, *, stream: bool = False) -> Table:
    """Every scan attempt, oldest first: when, where, what was read, the verdict and whose ticket."""
    day = check_day(db, day)
    rows = _log_stream(db, day)
    return Table("Check-in log", LOG_COLUMNS.copy(), rows if stream else list(rows))


def _noshow_stream(db: EventDB, day: str | None):
    event = db.event()
    rules = settings.get(db, "ticket_type_days")
    admits: dict[str, list[str] | None] = {}
    came = f"SELECT 1 FROM {STANDING} c WHERE c.attendee_id = a.id" + (" AND c.event_day = ?" if day else "")
    sql = PERSONS + f"WHERE a.status = 'active' AND NOT EXISTS ({came}) ORDER BY {name_order_sql(db.conn, 'a')}"
    for row in db.conn.execute(sql, (day,) if day else ()):
        if day:
            ticket = row[7]
            if ticket not in admits:
                admits[ticket] = allowed_days(ticket, event["days"], rules)
            allowed = admits[ticket]
            if allowed is not None and day not in allowed:
                continue
        yield list(row[1:10])


def noshow_table(db: EventDB, day: str | None = None, *, stream: bool = False) -> Table:
    """Admitted attendees with no standing check-in on any day (or on `day`, if their ticket admits it)."""
    day = check_day(db, day)
    rows = _noshow_stream(db, day)
    return Table("No-shows" + (f" {day}" if day else ""), PERSON_COLUMNS.copy(), rows if stream else list(rows))


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
        raise KnownError(WORDS("file_in_use", path=path)) from exc


def _raise_known(exc: BaseException, path: Path) -> None:
    """A full disk or a folder one may not write to is said so (nothing was written)."""
    from kiosk.errors import from_os_error

    if isinstance(exc, OSError):
        known = from_os_error(exc)
        if known is not None:
            raise KnownError(WORDS("not_written", path=path, why=known.message or str(known))) from exc


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
    """Write a table as an XLSX sheet: text cells, bold frozen header, fitted columns (xlsx_writer.py)."""
    from kiosk.output_files import check_target
    from kiosk.reports.xlsx_writer import write_sheet

    path = check_target(path, "attendance.xlsx")
    rows = iter(table.rows)
    first = list(islice(rows, WIDTH_SAMPLE))
    widths = column_widths(table.header, first)
    tmp = _atomic_target(path)
    try:
        with open(tmp, "wb") as fh:
            write_sheet(fh, _sheet_title(table.title), table.header, chain(first, rows), widths)
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
            raise KnownError(WORDS("unknown_format", format=fmt))
        return fmt
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise KnownError(WORDS("which_format"))


def write_table(path: str | os.PathLike, table: Table, fmt: str | None = None) -> Path:
    fmt = format_of(path, fmt)
    return write_csv(path, table) if fmt == "csv" else write_xlsx(path, table)


class _Counted:
    """An iterable that counts the rows a writer took from it."""

    def __init__(self, rows: Iterable):
        self.rows, self.n = rows, 0

    def __iter__(self):
        for row in self.rows:
            self.n += 1
            yield row


def export(db: EventDB, path: str | os.PathLike, *, fmt: str | None = None, kind: str = "attendance",
           day: str | None = None) -> dict:
    """Build and write one export; returns what was written (path, kind, format, rows, columns)."""
    if kind not in TABLES:
        raise KnownError(WORDS("unknown_kind", kind=kind, kinds=tuple(KINDS)))
    fmt = format_of(path, fmt)
    if kind == "attendance":        # every kind is streamed: 100,000 rows never sit in Python lists
        header, rows = attendance_rows(db, day, csv_safe=(fmt == "csv"))
        table = Table("Attendance", header, rows, csv_safe=(fmt == "csv"))
        written = write_table(path, table, fmt)
        count = db.scalar("SELECT count(*) FROM attendees")
    else:
        table = TABLES[kind](db, day, stream=True)
        counted = _Counted(table.rows)
        table.rows = counted
        written = write_table(path, table, fmt)
        count = counted.n
    log.info("exported %s (%d rows) to %s", kind, count, written)
    return {"path": str(written), "kind": kind, "format": fmt, "rows": count, "columns": table.header, "day": day}

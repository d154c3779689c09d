"""Cells a spreadsheet would run as formulas: guarded in the CSV exports, unguarded exactly when
the app reads its own export back.

Excel, LibreOffice and Google Sheets evaluate a CSV cell that starts with `=`, `+`, `-` or `@` (and
treat a leading tab or carriage return alike), so a name like `=HYPERLINK(...)` in an export is a
trap for the organizer who opens it. The CSV exports therefore write such a cell with a leading
apostrophe, which a spreadsheet shows as text. XLSX exports store every cell as a typed string,
which no spreadsheet evaluates, and need no guard.

The guard is exactly reversible: a value made of apostrophes followed by a formula character gets
one more apostrophe (`'=x` is written `''=x`), so `unguard(guard(v)) == v` for every value and a
value that needed no guard is never changed by `unguard`. The importer unguards only files whose
header is the app's own person export (OWN_EXPORT_HEADER), never anyone else's spreadsheet.
"""

from __future__ import annotations

#: A cell starting with one of these is a formula (or a DDE trick) to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The first columns of the app's attendance and no-show exports, as written.
OWN_EXPORT_HEADER = ("Code", "First Name", "Last Name", "Full Name", "Email", "Organization", "Ticket Type",
                     "Source", "Status")


def needs_guard(value: str) -> bool:
    """Whether a spreadsheet would evaluate `value`, or it would read as a guarded cell."""
    rest = value.lstrip("'")
    return rest[:1] in FORMULA_STARTS and rest != ""


def guard(value: str) -> str:
    """The cell as a CSV export writes it: `'=1+1` for `=1+1`, unchanged when harmless."""
    if value and (value[0] in FORMULA_STARTS or value[0] == "'") and needs_guard(value):
        return "'" + value
    return value


def unguard(cell: str) -> str:
    """The value a guarded CSV cell stands for (the inverse of `guard`)."""
    if cell[:1] == "'" and needs_guard(cell[1:]):
        return cell[1:]
    return cell


def is_own_export(header: list[str]) -> bool:
    """Whether a CSV's first row is the header of the app's own attendance or no-show export."""
    cells = [c.replace("\ufeff", "").strip() for c in header[:len(OWN_EXPORT_HEADER)]]
    return tuple(cells) == OWN_EXPORT_HEADER


def unguard_rows(rows: list[list[str]]) -> None:
    """Undo the guard in every cell of an own export's rows, in place."""
    for row in rows:
        for i, cell in enumerate(row):
            if cell[:1] == "'":
                row[i] = unguard(cell)

"""The entry point for reading a registration export: `parse_export(path) -> ParsedExport`.

Reads the file (readers.py), finds the header and the platform (profiles.py), applies an
organizer's `--map FIELD=COLUMN` mapping on top, refuses Excel-mangled codes (codes.py) and turns
each data row into a `RosterRow`. Whole-file problems raise `ImportRefused` with a message naming
the file and what to do; a bad individual row becomes a `Rejection` and the rest still import.

Choices worth knowing:
- One row that stands for several people (Eventbrite Quantity > 1 without per-attendee rows,
  Meetup Guests, Ticket Tailor "Tickets purchased") is imported as ONE person, and
  `ParsedExport.warnings` says how many guests were not expanded: inventing keys and names for
  unnamed guests would put ghosts on badges and in attendance reports.
- Rows repeating a registration already seen (same key: Luma guest_id, Eventbrite Attendee #,
  the email of a Google Forms answer) keep the first and are listed as rejected "duplicate".
  Rows identified only by a name are never dropped: a second "Wei Chen" gets the key suffix "#2".
- Key fallbacks when a platform has no id column: ticket code, else "email:<address>", else
  "name:<full name>".
"""

from __future__ import annotations

import gc
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from operator import itemgetter
from pathlib import Path

from kiosk.errors import ImportRefused
from kiosk.roster import codes as code_checks
from kiosk.roster import profiles as P
from kiosk.roster import readers
from kiosk.roster.records import MAPPABLE_FIELDS, ParsedExport, Rejection, RosterRow

log = logging.getLogger(__name__)

#: Cell contents that mean "no answer" in name, email and other text fields.
_EMPTY_MARKERS = frozenset({"-", "--", "---", "n/a", "N/A", "NA", "na", "none", "None", "null", "NULL",
                            "#N/A", "#VALUE!", "#REF!", "#NAME?", "."})
_TOTAL_WORDS = frozenset({"total", "totals", "grand total", "totaux", "gesamt", "summe"})
_PLACEHOLDER_NAMES = frozenset({"info requested", "information requested", "infos demandées"})
_NAME_FIELDS = ("name", "first_name", "last_name")


def parse_export(path: str | Path, platform: str = "auto", mapping: dict[str, str] | None = None) -> ParsedExport:
    """Read an export file into RosterRows. Raises ImportRefused if the file cannot be imported."""
    # A 100,000-row import allocates millions of objects that all stay alive: the cyclic garbage
    # collector would rescan them again and again (half the time of a large import) for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse(path, platform, mapping)
    finally:
        if collecting:
            gc.enable()


def _parse(path: str | Path, platform: str, mapping: dict[str, str] | None) -> ParsedExport:
    name = str(path)
    wanted = P.platform_profiles(platform)
    mapping = _check_mapping_fields(mapping or {})
    table = readers.read_table(path, is_header=P.looks_like_header)
    if not table.rows:
        raise ImportRefused(f"{name} has no rows. Download the export again from the registration platform.")
    header_at, profile, recognised = P.find_header(table.rows, wanted, list(mapping.values()))
    header = clean_header(table.rows[header_at])
    if not any(cell.strip() for cell in table.rows[header_at]):
        raise ImportRefused(f"{name} has no header row. The first line must name the columns "
                            "(e.g. First Name, Last Name, Email).")
    header_line = table.lines[header_at]
    plan = _plan(profile, header, mapping, name, recognised, header_line)
    log.info("%s: %s, header on line %d, read as %s", name, table.describe(), header_line, profile.label)
    result = _build_rows(table, header_at, header, plan, profile, name)
    result.warnings[:0] = table.notes
    if wanted and not recognised and wanted[0] is not P.SPREADSHEET:
        _, detected, matched = P.find_header(table.rows)
        hint = f" It looks like an export from {detected.label}: import it with platform auto." if matched else ""
        result.warnings.insert(0, f"The file does not have the usual columns of {profile.label} exports; "
                                  f"it was read by its column names.{hint}")
    return result


def clean_header(cells: list[str]) -> list[str]:
    """Trim header cells, name empty ones "Column N" and number repeats: "Company", "Company (2)"."""
    header: list[str] = []
    seen: dict[str, int] = {}
    for i, cell in enumerate(cells, start=1):
        text = " ".join(cell.replace("\ufeff", "").split())
        if not text:
            text = f"Column {i}"
        key = text.casefold()
        if key in seen:
            seen[key] += 1
            text = f"{text} ({seen[key]})"
            while text.casefold() in seen:
                text += "'"
            seen[text.casefold()] = 1
        else:
            seen[key] = 1
        header.append(text)
    return header


def _check_mapping_fields(mapping: dict[str, str]) -> dict[str, str]:
    clean: dict[str, str] = {}
    for fld, column in mapping.items():
        f = str(fld).strip().lower().replace("-", "_").replace(" ", "_")
        if f == "full_name":
            f = "name"
        if f not in MAPPABLE_FIELDS:
            raise ImportRefused(f"--map {fld}=...: {fld!r} is not a field that can be mapped. "
                                f"Use one of: {', '.join(MAPPABLE_FIELDS)}.")
        if not str(column).strip():
            raise ImportRefused(f"--map {fld}=...: give the column name after '=' (e.g. --map {f}=\"Ticket code\").")
        clean[f] = str(column).strip()
    return clean


@dataclass
class _Plan:
    idx: dict[str, int]
    mapping: dict[str, str]


def _plan(profile: P.Profile, header: list[str], mapping: dict[str, str], name: str,
          recognised: bool, header_line: int) -> _Plan:
    keys = [P.normalise_header(h) for h in header]
    idx = profile.resolve(keys)
    if not recognised and profile is not P.SPREADSHEET:
        # An explicitly chosen platform whose signature is missing: the generic aliases may help.
        for fld, i in P.SPREADSHEET.resolve(keys).items():
            idx.setdefault(fld, i)
    for fld, column in mapping.items():
        i = _find_column(header, keys, column)
        if i is None:
            raise ImportRefused(
                f"{name}: --map {fld}={column!r} names a column that is not in the file (header on line "
                f"{header_line}). The columns are: {_list_columns(header)}.")
        idx[fld] = i
        if fld == "name":
            for part in ("first_name", "last_name"):
                if part not in mapping:
                    idx.pop(part, None)
        elif fld in ("first_name", "last_name") and "name" not in mapping:
            idx.pop("name", None)
    has_name = any(f in idx for f in _NAME_FIELDS) or "name_fallback" in idx
    if profile is P.SPREADSHEET and not has_name and not mapping:
        raise ImportRefused(
            f"{name}: no column holds attendees' names (looked for First Name, Last Name, Name...) and "
            f"the file does not look like a known platform's export. Tell the kiosk which columns to "
            f"use, e.g. --map name=\"{header[0]}\". The columns are: {_list_columns(header)}.")
    if not has_name and "code" not in idx and "email" not in idx:
        raise ImportRefused(
            f"{name}: no usable columns: none holds a name, an email or a ticket code (header on line "
            f"{header_line}). Use --map to say which column is which, e.g. --map name=\"{header[0]}\". "
            f"The columns are: {_list_columns(header)}.")
    used = {fld: header[i] for fld, i in idx.items() if fld in MAPPABLE_FIELDS}
    return _Plan(idx, used)


def _find_column(header: list[str], keys: list[str], column: str) -> int | None:
    if column in header:
        return header.index(column)
    key = P.normalise_header(column)
    if key in keys:
        return keys.index(key)
    if column.isdigit() and 1 <= int(column) <= len(header):  # a 1-based column number
        return int(column) - 1
    return None


def _list_columns(header: list[str]) -> str:
    shown = ", ".join(repr(h) for h in header[:40])
    return shown + (f" and {len(header) - 40} more" if len(header) > 40 else "")


# --- cell cleaning ------------------------------------------------------------------------------

def _text(cell: str) -> str:
    cell = cell.strip()
    if not cell:
        return cell
    if not cell.isascii():
        cell = unicodedata.normalize("NFC", cell.replace("\u3000", " ").replace("\xa0", " ")).strip()
    if cell in _EMPTY_MARKERS:
        return ""
    return cell


def _name(cell: str) -> str:
    cell = _text(cell)
    if "  " in cell or "\t" in cell or "\n" in cell:
        cell = " ".join(cell.split())
    return cell


_CJK = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]")


def _is_cjk(text: str) -> bool:
    """True if the text holds Chinese, Japanese or Korean characters (names kept whole, family first)."""
    return _CJK.search(text) is not None


def split_name(full: str) -> tuple[str, str]:
    """(first, last) from a full name: on the last space for Latin names; CJK names stay whole."""
    if not full.isascii() and _is_cjk(full):
        return full, ""
    first, sep, last = full.rpartition(" ")
    if not sep:
        return full, ""
    return first, last


def join_name(first: str, last: str) -> str:
    """The full name from its parts: family name first, unspaced, when both parts are CJK."""
    if first and last and not first.isascii() and _is_cjk(first) and _is_cjk(last):
        return last + first
    return f"{first} {last}".strip()


def _url_slug(url: str) -> str:
    """Tito: the ticket slug is the last path segment of the Unique Ticket URL."""
    path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    slug = path.rsplit("/", 1)[-1] if path else ""
    return slug or url


def _luma_pk(url: str) -> str:
    """Luma: the per-guest key is the `pk=` query value of qr_code_url."""
    at = url.find("pk=")
    if at < 0 or (at > 0 and url[at - 1] not in "?&"):
        return url
    value = url[at + 3:]
    for stop in "&#":
        value = value.split(stop, 1)[0]
    return value or url


def _order_items(text: str) -> str:
    """Ticket Tailor orders: "1 x General Admission" -> "General Admission"."""
    head, sep, rest = text.partition(" x ")
    if sep and head.strip().isdigit() and "," not in rest:
        return rest.strip()
    return text


def _as_int(text: str) -> int:
    text = text.strip()
    if text.isdigit():
        return int(text)
    try:
        return int(float(text.replace(",", ".")))
    except (ValueError, OverflowError):
        return 0


# --- rows ---------------------------------------------------------------------------------------

_ROSTER_ROW_ORDER = ("key", "line", "code", "first_name", "last_name", "full_name", "email", "organization",
                     "ticket_type", "status", "pronouns", "notes", "scan_codes", "raw")
#: RosterRows are built positionally (much faster for 100,000 rows) while the field order is this one.
_POSITIONAL = tuple(f.name for f in dataclass_fields(RosterRow)) == _ROSTER_ROW_ORDER


def _column(data: list[list[str]], i: int) -> list[str]:
    """Cells of column i, stripped ("" for every row when the column is absent)."""
    if i < 0:
        return [""] * len(data)
    return list(map(str.strip, map(itemgetter(i), data)))


def _clean_texts(cells: list[str], names: bool = False) -> list[str]:
    """Plain ASCII cells pass as they are; the rest go through NFC, U+3000 and "N/A" handling."""
    markers = _EMPTY_MARKERS
    slow = _name if names else _text
    if names:
        return [c if not c or (c.isascii() and c not in markers and "  " not in c) else slow(c) for c in cells]
    return [c if not c or (c.isascii() and c not in markers) else slow(c) for c in cells]


def _build_rows(table: readers.Table, header_at: int, header: list[str], plan: _Plan,
                profile: P.Profile, name: str) -> ParsedExport:
    """Turn the data rows into RosterRows, column by column (each column is one fast pass)."""
    g = plan.idx.get
    i_code, i_key, i_part = g("code", -1), g("key", -1), g("key_part", -1)
    i_first, i_last, i_name, i_fallback = g("first_name", -1), g("last_name", -1), g("name", -1), g("name_fallback", -1)
    i_email, i_email2, i_order = g("email", -1), g("email_fallback", -1), g("order", -1)
    code_from = profile.code_from if i_code >= 0 and profile.columns.get("code") and \
        P.normalise_header(header[i_code]) in profile.columns["code"] else ""
    code_column = header[i_code] if i_code >= 0 else ""
    rejected: list[Rejection] = []
    warnings: list[str] = []

    # Data rows: fully empty rows vanish silently; short rows are padded so every column exists.
    width = len(header)
    rows, lines = table.rows, table.lines
    positions = [j for j in range(header_at + 1, len(rows)) if any(rows[j])]
    data = [rows[j] for j in positions]
    data_lines = [lines[j] for j in positions]
    for row in data:
        if len(row) < width:
            row.extend([""] * (width - len(row)))

    codes = _column(data, i_code)
    if any(c[:1] == "#" for c in codes):   # spreadsheet errors (#VALUE!, #N/A) are not ticket codes
        codes = ["" if c[:1] == "#" and c in _EMPTY_MARKERS else c for c in codes]
    firsts = _clean_texts(_column(data, i_first), names=True)
    lasts = _clean_texts(_column(data, i_last), names=True)
    fulls = _clean_texts(_column(data, i_name), names=True)
    emails = _clean_texts(_column(data, i_email))
    keys = _column(data, i_key)
    orders = _column(data, i_order)
    if i_part >= 0:
        keys = [f"{k}-{p}" if k and p else k for k, p in zip(keys, _column(data, i_part))]

    # Who is kept: one pass over the identifying fields; the other fields are picked afterwards.
    keep: list[int] = []
    out_key: list[str] = []
    out_code: list[str] = []
    out_first: list[str] = []
    out_last: list[str] = []
    out_full: list[str] = []
    out_email: list[str] = []
    out_scan: list[list[str]] = []
    seen_keys: dict[str, tuple[int, str]] = {}
    seen_codes: dict[str, tuple[int, str]] = {}
    name_keys: dict[str, int] = {}
    order_serial: dict[str, int] = {}
    code_values: list[tuple[int, str]] = []
    key_by_order = profile.key_by_order
    for k, line, raw_code, first, last, full, email, key in zip(
            range(len(data)), data_lines, codes, firsts, lasts, fulls, emails, keys):
        if not email and i_email2 >= 0:
            email = _text(data[k][i_email2])   # pretix: the order's email when the attendee gave none
        if i_fallback >= 0 and not (first or last or full):
            full = _name(data[k][i_fallback])  # Tito: an unassigned ticket carries the buyer's name
        if not (first or last or full or email or raw_code):
            row = data[k]
            if not any(c.strip() for c in row):
                continue
            if any(c.strip().casefold() in _TOTAL_WORDS for c in row[:8]):
                rejected.append(Rejection(line, "totals row, not a person"))
            else:
                rejected.append(Rejection(line, "no name, email or ticket code on this row"))
            continue
        if not email and not raw_code and (full or first or last).casefold() in _TOTAL_WORDS:
            rejected.append(Rejection(line, "totals row, not a person"))
            continue
        probe = first or full
        if probe[:1] in ("I", "i") and probe.casefold() in _PLACEHOLDER_NAMES:
            order = orders[k]
            rejected.append(Rejection(line, "placeholder \"Info Requested\": the buyer has not yet given this "
                                      "attendee's details" + (f" (order {order})" if order else ""),
                                      header[i_first if i_first >= 0 else i_name]))
            continue

        if full:
            if not first and not last:
                first, last = split_name(full)
        elif first.isascii() and last.isascii():
            full = f"{first} {last}" if first and last else first or last
        else:
            full = join_name(first, last)

        code = raw_code
        scan_codes: list[str] = []
        if raw_code:
            code_values.append((line, raw_code))
            if code_from:
                code = _url_slug(raw_code) if code_from == "url-slug" else _luma_pk(raw_code)
                if code != raw_code:
                    scan_codes = [raw_code]

        if not key and key_by_order and orders[k]:
            order = orders[k]
            n = order_serial[order] = order_serial.get(order, 0) + 1
            key = f"{order}-{n}"
        if not key:
            if code:
                key = code
            elif email:
                key = "email:" + email.casefold()
            else:
                # Identified by name only: never dropped, a second "Wei Chen" becomes "#2".
                key = "name:" + full.casefold()
                count = name_keys[key] = name_keys.get(key, 0) + 1
                if count > 1:
                    key = f"{key}#{count}"
        if not key.startswith("name:"):
            earlier = seen_keys.get(key)
            if earlier is not None:
                if earlier[1] != full and key == code and i_key < 0:
                    rejected.append(Rejection(line, f"ticket code {code} is already used by line {earlier[0]} "
                                              f"({earlier[1]})", code_column))
                else:
                    rejected.append(Rejection(line, f"duplicate of line {earlier[0]} (same registration {key}); "
                                              "kept the first", header[i_key] if i_key >= 0 else ""))
                continue
            seen_keys[key] = (line, full)
        if code:
            previous = seen_codes.get(code)
            if previous is not None and previous[1] != key:
                rejected.append(Rejection(line, f"ticket code {code} is already used by line {previous[0]}",
                                          code_column))
                continue
            seen_codes[code] = (line, key)

        keep.append(k)
        out_key.append(key)
        out_code.append(code)
        out_first.append(first)
        out_last.append(last)
        out_full.append(full)
        out_email.append(email)
        out_scan.append(scan_codes)

    if code_values:
        code_checks.check_codes(code_values, name=name, column=code_column, platform=profile.platform)

    kept = [data[k] for k in keep]
    out_lines = [data_lines[k] for k in keep]
    organizations = _clean_texts(_column(kept, g("organization", -1)))
    pronouns = _clean_texts(_column(kept, g("pronouns", -1)))
    notes = _clean_texts(_column(kept, g("notes", -1)))
    ticket_types = _clean_texts(_column(kept, g("ticket_type", -1)))
    if g("variation", -1) >= 0:
        ticket_types = [f"{t} – {v}" if t and v else t or v
                        for t, v in zip(ticket_types, _clean_texts(_column(kept, g("variation", -1))))]
    if profile.order_items:
        ticket_types = [_order_items(t) if t else t for t in ticket_types]
    statuses = _statuses(kept, plan.idx, profile)

    if _POSITIONAL:
        raws = [dict(zip(header, row)) for row in kept]
        rows_out = list(map(RosterRow, out_key, out_lines, out_code, out_first, out_last, out_full, out_email,
                            organizations, ticket_types, statuses, pronouns, notes, out_scan, raws))
    else:  # pragma: no cover - only if records.RosterRow's field order changes
        rows_out = [RosterRow(key=out_key[n], line=out_lines[n], code=out_code[n], first_name=out_first[n],
                              last_name=out_last[n], full_name=out_full[n], email=out_email[n],
                              organization=organizations[n], ticket_type=ticket_types[n], status=statuses[n],
                              pronouns=pronouns[n], notes=notes[n], scan_codes=out_scan[n],
                              raw=dict(zip(header, kept[n]))) for n in range(len(kept))]

    warnings.extend(_grain_warnings(kept, plan.idx))
    duplicated_names = sum(1 for n in name_keys.values() if n > 1)
    if duplicated_names:
        warnings.append(
            f"{duplicated_names} name(s) appear on several rows without an email or ticket code: all were "
            "kept. Check the roster for double registrations.")
    if profile.no_code_note and "code" not in plan.idx:
        warnings.append(profile.no_code_note)
    return ParsedExport(path=name, platform=profile.platform, rows=rows_out, rejected=rejected,
                        mapping=dict(plan.mapping), warnings=warnings)


def _statuses(kept: list[list[str]], idx: dict[str, int], profile: P.Profile) -> list[str]:
    """The normalised status of each kept row ("active" or the reason it is not admitted)."""
    raw = list(map(itemgetter(idx["status"]), kept)) if "status" in idx else [""] * len(kept)
    vocabulary = {value: P.normalise_status(value, profile.statuses) for value in set(raw)}
    statuses = list(map(vocabulary.__getitem__, raw))
    if "void" in idx:
        falsy, void = P.FALSY, profile.void_status
        statuses = [void if flag and flag.casefold() not in falsy else status
                    for status, flag in zip(statuses, _column(kept, idx["void"]))]
    if "paid" in idx:
        unpaid = {"no", "false", "nein", "non", "0"}
        statuses = ["pending" if status == "active" and paid.casefold() in unpaid else status
                    for status, paid in zip(statuses, _column(kept, idx["paid"]))]
    return statuses


def _grain_warnings(kept: list[list[str]], idx: dict[str, int]) -> list[str]:
    """Warnings for rows that stand for more people than they name (not expanded into attendees)."""
    warnings = []
    if "quantity" in idx and "order" in idx:
        orders = _column(kept, idx["order"])
        tickets: dict[str, int] = {}
        for order, quantity in zip(orders, _column(kept, idx["quantity"])):
            if quantity != "1" and quantity and order:
                number = _as_int(quantity)
                if number > tickets.get(order, 1):
                    tickets[order] = number
        if tickets:
            rows_per_order = Counter(orders)
            short = [(o, n - rows_per_order[o]) for o, n in tickets.items() if n > rows_per_order[o]]
            if short:
                missing = sum(n for _, n in short)
                warnings.append(
                    f"{len(short)} order(s) hold {missing} more ticket(s) than the file has rows (e.g. order "
                    f"{short[0][0]}): those guests were not expanded into separate attendees. Export the "
                    "per-attendee report, or add them at the desk when they arrive.")
    if "guests" in idx:
        extras = [n for n in map(_as_int, _column(kept, idx["guests"])) if n > 0]
        if extras:
            warnings.append(
                f"{len(extras)} RSVP(s) bring {sum(extras)} guest(s) in total: guests are not listed by name "
                "and were not added to the roster. Add them at the desk when they arrive.")
    return warnings

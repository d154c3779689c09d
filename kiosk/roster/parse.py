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
import unicodedata
from collections import Counter
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from pathlib import Path

from kiosk.errors import ImportRefused
from kiosk.roster import codes as code_checks
from kiosk.roster import profiles as P
from kiosk.roster import readers
from kiosk.roster.names import join_name, split_name
from kiosk.roster.records import MAPPABLE_FIELDS, ParsedExport, RawRow, Rejection, RosterRow

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
        for fld, index in P.SPREADSHEET.resolve(keys).items():
            idx.setdefault(fld, index)
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
#: RosterRows are built positionally (faster for 100,000 rows) while the field order is this one.
_POSITIONAL = tuple(f.name for f in dataclass_fields(RosterRow)) == _ROSTER_ROW_ORDER


def _build_rows(table: readers.Table, header_at: int, header: list[str], plan: _Plan,
                profile: P.Profile, name: str) -> ParsedExport:
    """Turn the data rows into RosterRows, each row in one pass while its cells are in the CPU cache.

    The hot loop avoids function calls for plain ASCII cells; _name/_text handle the rest
    (NFC, U+3000, "N/A" markers). Column indices are looked up once, -1 meaning "absent".
    """
    g = plan.idx.get
    i_code, i_key, i_part = g("code", -1), g("key", -1), g("key_part", -1)
    i_first, i_last, i_name, i_fallback = g("first_name", -1), g("last_name", -1), g("name", -1), g("name_fallback", -1)
    i_email, i_email2, i_org, i_type = g("email", -1), g("email_fallback", -1), g("organization", -1), g("ticket_type", -1)
    i_var, i_status, i_void, i_paid = g("variation", -1), g("status", -1), g("void", -1), g("paid", -1)
    i_pron, i_notes = g("pronouns", -1), g("notes", -1)
    i_qty, i_guests, i_order = g("quantity", -1), g("guests", -1), g("order", -1)
    code_from = profile.code_from if i_code >= 0 and profile.columns.get("code") and \
        P.normalise_header(header[i_code]) in profile.columns["code"] else ""
    code_column = header[i_code] if i_code >= 0 else ""
    key_by_order, order_items, void_status = profile.key_by_order, profile.order_items, profile.void_status
    statuses, status_cache = profile.statuses, dict[str, str]()
    text, nm, markers, falsy = _text, _name, _EMPTY_MARKERS, P.FALSY
    unpaid = {"no", "false", "nein", "non", "0"}

    rows_out: list[RosterRow] = []
    rejected: list[Rejection] = []
    warnings: list[str] = []
    seen_keys: dict[str, tuple[int, str]] = {}
    seen_codes: dict[str, tuple[int, str]] = {}
    name_keys: dict[str, int] = {}
    order_serial: dict[str, int] = {}
    row_orders: list[str] = []        # the order of each kept row, when the file has a quantity
    order_tickets: dict[str, int] = {}  # order -> tickets, for orders of more than one
    guests: list[int] = []
    code_values: list[tuple[int, str]] = []
    append_row, new_row = rows_out.append, RosterRow
    width = len(header)
    header_index = {name: i for i, name in enumerate(header)}
    pad = [""] * width
    rows, lines = table.rows, table.lines

    for j in range(header_at + 1, len(rows)):
        row = rows[j]
        if not any(row):
            continue                      # fully empty rows vanish silently
        line = lines[j]
        if len(row) < width:
            row = row + pad[len(row):]
        raw_code = row[i_code].strip() if i_code >= 0 else ""
        if raw_code[:1] == "#" and raw_code in markers:
            raw_code = ""                 # spreadsheet errors (#VALUE!, #N/A) are not ticket codes
        first = row[i_first].strip() if i_first >= 0 else ""
        if first and (not first.isascii() or first in markers or "  " in first):
            first = nm(first)
        last = row[i_last].strip() if i_last >= 0 else ""
        if last and (not last.isascii() or last in markers or "  " in last):
            last = nm(last)
        full = row[i_name].strip() if i_name >= 0 else ""
        if full and (not full.isascii() or full in markers or "  " in full):
            full = nm(full)
        email = row[i_email].strip() if i_email >= 0 else ""
        if email and (not email.isascii() or email in markers):
            email = text(email)
        if not email and i_email2 >= 0:
            email = text(row[i_email2])   # pretix: the order's email when the attendee gave none
        if i_fallback >= 0 and not (first or last or full):
            full = nm(row[i_fallback])    # Tito: an unassigned ticket carries the buyer's name

        if not (first or last or full or email or raw_code):
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
        order = row[i_order].strip() if i_order >= 0 else ""
        probe = first or full
        if probe[:1] in ("I", "i") and probe.casefold() in _PLACEHOLDER_NAMES:
            rejected.append(Rejection(line, "placeholder \"Info Requested\": the buyer has not yet given this "
                                      "attendee's details" + (f" (order {order})" if order else ""),
                                      header[i_first if i_first >= 0 else i_name]))
            continue

        if full:
            if not first and not last:
                first, last = split_name(full)
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

        key = row[i_key].strip() if i_key >= 0 else ""
        if key and i_part >= 0:
            part = row[i_part].strip()
            if part:
                key = f"{key}-{part}"
        if not key and key_by_order and order:
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
        if key[:5] != "name:":
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

        raw_status = row[i_status] if i_status >= 0 else ""
        status = status_cache.get(raw_status)
        if status is None:
            status = status_cache[raw_status] = P.normalise_status(raw_status, statuses)
        if i_void >= 0:
            flag = row[i_void].strip()
            if flag and flag.casefold() not in falsy:
                status = void_status
        if i_paid >= 0 and status == "active" and row[i_paid].strip().casefold() in unpaid:
            status = "pending"

        ticket_type = row[i_type].strip() if i_type >= 0 else ""
        if ticket_type and (not ticket_type.isascii() or ticket_type in markers):
            ticket_type = text(ticket_type)
        if i_var >= 0:
            variation = text(row[i_var])
            if variation:
                ticket_type = f"{ticket_type} – {variation}" if ticket_type else variation
        if order_items and ticket_type:
            ticket_type = _order_items(ticket_type)
        organization = row[i_org].strip() if i_org >= 0 else ""
        if organization and (not organization.isascii() or organization in markers):
            organization = text(organization)
        notes = row[i_notes].strip() if i_notes >= 0 else ""
        if notes:
            notes = text(notes)
        pronouns = text(row[i_pron]) if i_pron >= 0 else ""

        if i_qty >= 0 and order:
            row_orders.append(order)
            quantity = row[i_qty].strip()
            if quantity != "1" and quantity:
                number = _as_int(quantity)
                if number > order_tickets.get(order, 1):
                    order_tickets[order] = number
        if i_guests >= 0:
            extra = row[i_guests].strip()
            if extra and extra != "0":
                guests.append(_as_int(extra))

        if _POSITIONAL:
            append_row(new_row(key, line, code, first, last, full, email, organization, ticket_type, status,
                               pronouns, notes, scan_codes, dict(zip(header, row))))
        else:  # pragma: no cover - only if records.RosterRow's field order changes
            append_row(new_row(key=key, line=line, code=code, first_name=first, last_name=last, full_name=full,
                               email=email, organization=organization, ticket_type=ticket_type, status=status,
                               pronouns=pronouns, notes=notes, scan_codes=scan_codes, raw=RawRow(header_index, row)))

    if code_values:
        code_checks.check_codes(code_values, name=name, column=code_column, platform=profile.platform)

    if order_tickets:
        rows_per_order = Counter(row_orders)
        short = [(o, n - rows_per_order[o]) for o, n in order_tickets.items() if n > rows_per_order[o]]
        if short:
            warnings.append(
                f"{len(short)} order(s) hold {sum(n for _, n in short)} more ticket(s) than the file has rows "
                f"(e.g. order {short[0][0]}): those guests were not expanded into separate attendees. Export "
                "the per-attendee report, or add them at the desk when they arrive.")
    extras = [n for n in guests if n > 0]
    if extras:
        warnings.append(
            f"{len(extras)} RSVP(s) bring {sum(extras)} guest(s) in total: guests are not listed by name "
            "and were not added to the roster. Add them at the desk when they arrive.")
    duplicated_names = sum(1 for n in name_keys.values() if n > 1)
    if duplicated_names:
        warnings.append(
            f"{duplicated_names} name(s) appear on several rows without an email or ticket code: all were "
            "kept. Check the roster for double registrations.")
    if profile.no_code_note and "code" not in plan.idx:
        warnings.append(profile.no_code_note)
    return ParsedExport(path=name, platform=profile.platform, rows=rows_out, rejected=rejected,
                        mapping=dict(plan.mapping), warnings=warnings)

"""The entry point for reading a registration export: `parse_export(path) -> ParsedExport`.

Reads the file (readers.py), finds the header and the platform (profiles.py: by column titles;
detect.py: by what the columns hold, when the titles are in a language or wording we have never
seen), applies an organizer's `--map FIELD=COLUMN` mapping on top, refuses Excel-mangled codes
(codes.py) and turns each data row into a `RosterRow`. Whole-file problems raise `ImportRefused`
with a message naming the file and what to do; a bad individual row becomes a `Rejection` and the
rest still import.

Choices worth knowing:
- Every status word is read with the platform's own vocabulary (statuses.py). A word nobody has
  explained stops the whole import (`UnknownStatus`), naming the word and its lines.
- Eventbrite without `Barcode #`: the printed QR holds order number + attendee number + a 3-digit
  sequence, so the code is built as order + attendee + "001" and the attendee number is kept as
  a second code (see checkin.resolve for reissued tickets). Without attendee numbers either, each
  ticket gets `order:<order>#<n>` so that a scan naming the order can find its people.
- Eventbrite "Info Requested" rows are real tickets whose holder is not named yet: admitted with
  no name, the buyer's name kept as `guest_of` (shown as "Guest of <buyer>" in the reader's
  language) and marked `details_missing` for the desk.
- Duplicates are resolved as the platform means them: a later Google Forms answer from the same
  address replaces the earlier one (by Timestamp); a Zoom attendee's rows (one per session) are
  one person; several tickets bought with one e-mail stay several people; a registration listed
  twice (same Attendee #, same Luma guest) is one. Such rows go to `ParsedExport.merged`.
- One row that stands for several people (Eventbrite Quantity > 1 without per-attendee rows,
  Meetup Guests, Ticket Tailor "Tickets purchased") is imported as ONE person, and a warning says
  how many guests were not expanded: inventing names for unnamed guests would put ghosts on badges.
- Key fallbacks when a platform has no id column: ticket code, else the e-mail (with the name, so
  that two people sharing an address stay two), else the name ("#2" for a second "Wei Chen").
"""

from __future__ import annotations

import gc
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import datetime, timedelta
from pathlib import Path

from kiosk import formula_guard
from kiosk.errors import ImportRefused
from kiosk.roster import codes as code_checks
from kiosk.roster import detect, readers
from kiosk.roster import profiles as P
from kiosk.roster import statuses as S
from kiosk.roster.folding import fold
from kiosk.roster.names import join_name, split_name
from kiosk.roster.records import MAPPABLE_FIELDS, ParsedExport, RawRow, Rejection, RosterRow
from kiosk.roster.status_column import status_column_by_title
from kiosk.roster.words import WORDS
from kiosk.wording import Message, verbatim

log = logging.getLogger(__name__)

#: Cell contents that mean "no answer" in name, email and other text fields.
_EMPTY_MARKERS = frozenset({"-", "--", "---", "n/a", "N/A", "NA", "na", "none", "None", "null", "NULL",
                            "#N/A", "#VALUE!", "#REF!", "#NAME?", "."})
_TOTAL_WORDS = frozenset({"total", "totals", "grand total", "totaux", "gesamt", "summe"})
_PLACEHOLDER_NAMES = frozenset({"info requested", "information requested", "infos demandées"})
#: A person's name column found by content must be at least this convincing (detect.py scores).
_CONTENT_MINIMUM = 0.6
_NAME_FIELDS = ("name", "first_name", "last_name")
#: A mapping's column for "this file has no such column" (`--map organization=-`): the field stays empty
#: even where a column's title or values would have filled it.
NO_COLUMN = "-"


def parse_export(path: str | Path, platform: str = "auto", mapping: dict[str, str] | None = None,
                 statuses: dict[str, str] | None = None, *, strict_mapping: bool = True) -> ParsedExport:
    """Read an export file into RosterRows. Raises ImportRefused if the file cannot be imported.

    `statuses` holds the organizer's meanings for status words ({status_key: status}, see
    statuses.parse_override); they come before the platform's own vocabulary. With
    `strict_mapping=False` (a mapping remembered from an earlier file of the source), a mapped
    column the file does not have is skipped with a note instead of refusing the file: a newer
    export in another language or with other columns still re-syncs.
    """
    # A 100,000-row import allocates millions of objects that all stay alive: the cyclic garbage
    # collector would rescan them again and again (half the time of a large import) for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse(path, platform, mapping, statuses or {}, strict_mapping)
    finally:
        if collecting:
            gc.enable()


def read_suggestion(path: str | Path) -> detect.Suggestion:
    """The import wizard's first look at a file: likeliest columns per field and the platform."""
    table = readers.read_table(path, is_header=P.looks_like_header)
    header_at, _, _ = P.find_header(table.rows)
    return detect.suggest_mapping(table, header_at)


def _parse(path: str | Path, platform: str, mapping: dict[str, str] | None, statuses: dict[str, str],
           strict_mapping: bool = True) -> ParsedExport:
    name = str(path)
    wanted = P.platform_profiles(platform)
    mapping = _check_mapping_fields(mapping or {})
    table = readers.read_table(path, is_header=P.looks_like_header)
    if not table.rows:
        raise ImportRefused(WORDS("no_rows", name=name))
    named = [c for c in mapping.values() if c != NO_COLUMN]
    header_at, profile, recognised = P.find_header(table.rows, wanted, named if strict_mapping else None)
    header = clean_header(table.rows[header_at])
    skipped: list[str] = []
    if not strict_mapping:
        keys = [P.normalise_header(h) for h in header]
        for fld, column in list(mapping.items()):
            if column != NO_COLUMN and _find_column(header, keys, column) is None:
                skipped.append(f"{fld}={column!r}")
                del mapping[fld]
    if not any(cell.strip() for cell in table.rows[header_at]):
        raise ImportRefused(WORDS("no_header", name=name))
    header_line = table.lines[header_at]
    suggestion = detect.suggest_mapping(table, header_at)
    evidence: Message | None = WORDS("evidence_titles") if recognised else None
    confidence = 1.0 if recognised else 0.0
    if not recognised and suggestion.platform and (not wanted or wanted[0].platform == suggestion.platform):
        # Titles in a wording we do not know, values we do: read it as that platform by content.
        profile = P.PLATFORMS[suggestion.platform][0]
        recognised, evidence, confidence = True, suggestion.evidence, suggestion.confidence
    plan = _plan(profile, header, mapping, name, recognised and evidence == WORDS("evidence_titles"), header_line,
                 suggestion, table.rows[header_at + 1:header_at + 1 + detect.SAMPLE_ROWS])
    log.info("%s: %s, header on line %d, read as %s (%s)", name, table.describe(), header_line, profile.label,
             evidence or "not recognised")   # the log is English
    result = _build_rows(table, header_at, header, plan, profile, name, statuses)
    result.warnings[:0] = table.notes
    if skipped:
        result.warnings.append(WORDS("remembered_columns_missing", columns=tuple(skipped)))
    result.label = P.label_words(profile)
    result.recognised = recognised and profile is not P.SPREADSHEET
    result.confidence = round(confidence, 2) if result.recognised else 0.0
    result.evidence = evidence if result.recognised else None
    if wanted and not recognised and wanted[0] is not P.SPREADSHEET:
        _, detected, matched = P.find_header(table.rows)
        result.warnings.insert(0, WORDS("not_the_platform_hint", label=P.label_words(profile),
                                        detected=P.label_words(detected)) if matched
                               else WORDS("not_the_platform", label=P.label_words(profile)))
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
            raise ImportRefused(WORDS("map_unknown_field", field=fld, fields=MAPPABLE_FIELDS))
        if not str(column).strip():
            raise ImportRefused(WORDS("map_no_column", field=fld, clean=f))
        clean[f] = str(column).strip()
    return clean


@dataclass
class _Plan:
    idx: dict[str, int]
    mapping: dict[str, str]
    by_content: dict[str, Message]      # field -> why the column was chosen by its values


_PERSON = ("name", "first_name", "last_name")


def _plan(profile: P.Profile, header: list[str], mapping: dict[str, str], name: str, by_titles: bool,
          header_line: int, suggestion: detect.Suggestion, sample: list[list[str]]) -> _Plan:
    keys = [P.normalise_header(h) for h in header]
    idx = profile.resolve(keys)
    if not by_titles and profile is not P.SPREADSHEET:
        # A platform chosen by hand or by content whose titles we do not know: the generic aliases may help.
        for fld, i in P.SPREADSHEET.resolve(keys).items():
            idx.setdefault(fld, i)
    by_content = _fill_by_content(profile, idx, suggestion, mapping, len(header))
    _full_names_asked_as_first(idx, sample)
    for fld, column in mapping.items():
        if column == NO_COLUMN:       # "this file has no such column": nothing is read into the field
            idx.pop(fld, None)
            by_content.pop(fld, None)
            continue
        at = _find_column(header, keys, column)
        if at is None:
            raise ImportRefused(WORDS("map_missing_column", name=name, field=fld, column=column, line=header_line,
                                      columns=_list_columns(header)))
        idx[fld] = at
        by_content.pop(fld, None)
        if fld == "name":
            for part in ("first_name", "last_name"):
                if part not in mapping:
                    idx.pop(part, None)
        elif fld in ("first_name", "last_name") and "name" not in mapping:
            idx.pop("name", None)
    has_name = any(f in idx for f in _PERSON) or "name_fallback" in idx
    if profile is P.SPREADSHEET and not has_name and not mapping:
        raise ImportRefused(WORDS("no_name_column", name=name, hint=_map_hint(suggestion, header)))
    if not has_name and "code" not in idx and "email" not in idx:
        raise ImportRefused(WORDS("no_usable_columns", name=name, line=header_line, hint=_map_hint(suggestion, header)))
    used = {fld: header[i] for fld, i in idx.items() if fld in MAPPABLE_FIELDS}
    return _Plan(idx, used, by_content)


def _fill_by_content(profile: P.Profile, idx: dict[str, int], s: detect.Suggestion,
                     mapping: dict[str, str], width: int) -> dict[str, Message]:
    """Add the columns the titles did not name but the values do; field -> why."""
    chosen: dict[str, Message] = {}
    taken = set(idx.values()) | set(range(width, len(s.columns)))   # a data column beyond the header: no
    order, attendee, barcode = s.eventbrite_columns
    if profile.platform == "eventbrite" and (attendee >= 0 or barcode >= 0):
        for fld, i in (("order", order), ("attendee_no", attendee), ("code", barcode)):
            if 0 <= i < width and fld not in idx:
                idx[fld] = i
                taken.add(i)
                chosen[fld] = WORDS("by_eventbrite_arithmetic")
        if "key" not in idx and 0 <= max(attendee, barcode) < width:
            idx["key"] = attendee if 0 <= attendee < width else barcode
    wanted = ["code", "email", "status", "ticket_type", "void"]
    if profile.guess_names or profile is P.SPREADSHEET or not any(f in idx for f in _PERSON):
        wanted += ["name", "first_name", "last_name", "organization"]
    for fld in wanted:
        if fld in idx or fld in mapping:
            continue
        if fld in _PERSON and any(f in idx for f in _PERSON) and not (
                fld == "last_name" and "first_name" in idx and "name" not in idx):
            continue
        best = s.best(fld, _CONTENT_MINIMUM if fld != "code" else 0.75)
        if best is None or best.index in taken:
            continue
        if fld == "code" and "roster.values_code_shape" not in _codes_in(best.reason):
            continue
        if fld == "void" and "status" in idx and idx["status"] == best.index:
            continue
        idx[fld] = best.index
        taken.add(best.index)
        chosen[fld] = best.reason if str(best.reason) else WORDS("by_its_values")
    by_title = None if "status" in idx or "status" in mapping else status_column_by_title(s.columns[:width], taken)
    if by_title is not None:       # its words are checked like any status words: an unknown one stops the import
        idx["status"], chosen["status"] = by_title, WORDS("by_its_title_status")
    return chosen


def _codes_in(message: Message) -> set[str]:
    """The codes of a message and of the messages it joins."""
    parts = message.values.get("parts", ()) if message.code == "wording.joined" else ()
    return {message.code, *(p.code for p in parts if isinstance(p, Message))}


def _full_names_asked_as_first(idx: dict[str, int], sample: list[list[str]]) -> None:
    """'Jak masz na imię?' asks for a first name; answers of two or three words are full names."""
    if "first_name" not in idx or "last_name" in idx or "name" in idx:
        return
    i = idx["first_name"]
    values = [r[i].strip() for r in sample if i < len(r) and r[i].strip()]
    if values and sum(len(v.split()) for v in values) / len(values) >= 1.6:
        idx["name"] = idx.pop("first_name")


def _map_hint(s: detect.Suggestion, header: list[str]) -> Message:
    """Tell the kiosk which columns to use, offering the likeliest ones with sample values."""
    found = detect.describe(s)
    best = next((c for f in ("name", "first_name", "email") for c in (s.fields.get(f) or [])[:1]), None)
    example = f'--map name="{best.column}"' if best else "--map name=COLUMN"
    if found:
        return WORDS("map_hint_likely", found=found, example=example, columns=_list_columns(header))
    return WORDS("map_hint", example=example, columns=_list_columns(header))


def _find_column(header: list[str], keys: list[str], column: str) -> int | None:
    if column in header:
        return header.index(column)
    key = P.normalise_header(column)
    if key in keys:
        return keys.index(key)
    if column.isdigit() and 1 <= int(column) <= len(header):  # a 1-based column number
        return int(column) - 1
    return None


def _list_columns(header: list[str]) -> Message | str:
    shown = ", ".join(repr(h) for h in header[:40])
    return WORDS("and_more", shown=shown, count=len(header) - 40) if len(header) > 40 else shown


def _field_words(field: str) -> Message:
    """A field's name for a person ("ticket code" / "code de billet")."""
    key = f"field_{field}"
    return WORDS(key) if key in WORDS else verbatim(field.replace("_", " "))


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
                     "ticket_type", "status", "pronouns", "notes", "scan_codes", "raw", "admission", "details_missing",
                     "guest_of")
#: RosterRows are built positionally (faster for 100,000 rows) while the field order is this one.
_POSITIONAL = tuple(f.name for f in dataclass_fields(RosterRow)) == _ROSTER_ROW_ORDER
_UNREAD: tuple[str, Message] = ("", verbatim(""))   # a status cell not looked up yet (compared by identity)
_UNPAID = frozenset({"no", "false", "nein", "non", "0", "nee", "não", "nao"})
_TIMESTAMP_FORMATS = ("%Y/%m/%d %I:%M:%S %p", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S",
                      "%m/%d/%Y %H:%M:%S", "%d/%m/%Y %H:%M:%S", "%m/%d/%Y %I:%M:%S %p", "%d/%m/%Y %I:%M:%S %p",
                      "%d.%m.%Y %H:%M:%S", "%Y/%m/%d %H:%M", "%d/%m/%Y %H:%M", "%m/%d/%Y %H:%M")
_TZ_SUFFIX = re.compile(r"\s+(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?$|\s+[A-Z]{2,5}$")


def _timestamps(values: list[str]) -> list[datetime | None]:
    """Form timestamps as datetimes, with the one format that reads them all (None where none does).

    Day-first and month-first readings can both fit a file whose days are all <= 12: then nobody can
    tell, and None is returned for every value (the later line counts as the later answer).
    """
    cleaned = [_TZ_SUFFIX.sub("", v.strip()) for v in values]
    fits = []
    for fmt in _TIMESTAMP_FORMATS:
        try:
            parsed = [datetime.strptime(v, fmt) if v else None for v in cleaned]
        except ValueError:
            continue
        fits.append(parsed)
    if not fits:
        numbers: list[datetime | None] = []
        for v in cleaned:
            try:
                numbers.append(datetime(1899, 12, 30) + timedelta(days=float(v)) if v else None)
            except (ValueError, OverflowError):
                return [None] * len(values)
        return numbers
    if len(fits) > 1 and any(a != b for a, b in zip(fits[0], fits[1])):
        return [None] * len(values)
    return fits[0]


def _build_rows(table: readers.Table, header_at: int, header: list[str], plan: _Plan,
                profile: P.Profile, name: str, statuses: dict[str, str]) -> ParsedExport:
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
    i_attendee, i_buyer_first, i_buyer_last = g("attendee_no", -1), g("buyer_first", -1), g("buyer_last", -1)
    i_time = g("timestamp", -1)
    code_from = profile.code_from if i_code >= 0 and profile.columns.get("code") and \
        P.normalise_header(header[i_code]) in profile.columns["code"] else ""
    if not code_from and i_code >= 0 and profile.code_from:
        # a code column found by its values: Tito URLs and Luma check-in URLs still need their slug
        code_from = profile.code_from
    code_column = header[i_code] if i_code >= 0 else ""
    status_column = header[i_status] if i_status >= 0 else ""
    eventbrite = profile.platform == "eventbrite"
    key_by_order = profile.key_by_order or (eventbrite and i_attendee < 0 and i_order >= 0)
    order_items, void_status, platform = profile.order_items, profile.void_status, profile.platform
    if i_void >= 0 and "void" in plan.by_content:
        refusal = S.read_status(header[i_void])
        void_status = refusal.status if refusal is not None and not refusal.admitted else void_status
    later_wins, per_session = profile.later_answer_wins, profile.one_row_per_session
    status_cache: dict[str, tuple[str, Message] | None] = {}
    unknown: dict[str, list[int]] = {}
    text, nm, markers, falsy = _text, _name, _EMPTY_MARKERS, P.FALSY
    no_status = (S.ACTIVE, S.StatusMeaning(S.ACTIVE, "").explain())

    rows_out: list[RosterRow] = []
    rejected: list[Rejection] = []
    merged: list[Rejection] = []
    warnings: list[Message] = []
    position_of_key: dict[str, tuple[int, int]] = {}   # key -> (index in rows_out, index in table.rows)
    seen_codes: dict[str, tuple[int, str]] = {}
    name_keys: dict[str, int] = {}
    order_serial: dict[str, int] = {}
    row_orders: list[str] = []        # the order of each kept row, when the file has a quantity
    order_tickets: dict[str, int] = {}  # order -> tickets, for orders of more than one
    order_names: dict[str, str] = {}    # order -> the first named attendee (an Info Requested guest's buyer)
    guests_waiting: list[tuple[RosterRow, str]] = []
    guests: list[int] = []
    sessions = 0
    code_values: list[tuple[int, str]] = []
    append_row, new_row = rows_out.append, RosterRow
    width = len(header)
    header_index = {name: i for i, name in enumerate(header)}
    pad = [""] * width
    rows, lines = table.rows, table.lines
    when: list[datetime | None] = []
    if later_wins and i_time >= 0:
        when = _timestamps([r[i_time] if i_time < len(r) else "" for r in rows[header_at + 1:]])

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
        order = row[i_order].strip() if i_order >= 0 else ""
        attendee_no = row[i_attendee].strip() if i_attendee >= 0 else ""

        if not (first or last or full or email or raw_code or attendee_no):
            if not any(c.strip() for c in row):
                continue
            if any(c.strip().casefold() in _TOTAL_WORDS for c in row[:8]):
                rejected.append(Rejection(line, WORDS("totals_row")))
            else:
                rejected.append(Rejection(line, WORDS("empty_row")))
            continue
        if not email and not raw_code and not attendee_no and (full or first or last).casefold() in _TOTAL_WORDS:
            rejected.append(Rejection(line, WORDS("totals_row")))
            continue

        details_missing, guest_of = False, ""
        probe = first or full
        if probe[:1] in ("I", "i") and probe.casefold() in _PLACEHOLDER_NAMES:
            # A real ticket whose buyer has not named its holder yet (exports.md §15): admitted.
            details_missing = True
            first = last = ""
            if email.casefold() in _PLACEHOLDER_NAMES or "@" not in email:
                email = ""
            guest_of = " ".join(p for p in (row[i_buyer_first].strip() if i_buyer_first >= 0 else "",
                                            row[i_buyer_last].strip() if i_buyer_last >= 0 else "") if p)
            full = ""                     # worded where shown: "Guest of <buyer>" (kiosk/roster/names.py)
        elif full:
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
        if eventbrite:
            if not code and order.isdigit() and attendee_no.isdigit():
                # The Attendee Report has no Barcode #: the printed QR is order + attendee + "001".
                code = f"{order}{attendee_no}001"
            elif not code and attendee_no:
                code = attendee_no        # no order number to build the QR from: the number typed at the desk
            if attendee_no and attendee_no != code:
                scan_codes.append(attendee_no)

        key = row[i_key].strip() if i_key >= 0 else ""
        if key and i_part >= 0:
            part = row[i_part].strip()
            if part:
                key = f"{key}-{part}"
        if not key and key_by_order and order:
            n = order_serial[order] = order_serial.get(order, 0) + 1
            key = f"{order}-{n}"
            if eventbrite and not code:
                scan_codes.append(f"order:{order}#{n}")
        if not key:
            if code:
                key = code
            elif email:
                key = "email:" + email.casefold()
                if full and not (later_wins or per_session):
                    key += "|" + fold(full)   # two people sharing one address stay two
            else:
                # Identified by name only: never dropped, a second "Wei Chen" becomes "#2".
                key = "name:" + full.casefold()
                count = name_keys[key] = name_keys.get(key, 0) + 1
                if count > 1:
                    key = f"{key}#{count}"
        if key[:5] != "name:":
            found_at = position_of_key.get(key)
            if found_at is not None:
                earlier_at, earlier_j = found_at
                earlier = rows_out[earlier_at]
                if later_wins:
                    t_new = when[j - header_at - 1] if when else None
                    t_old = when[earlier_j - header_at - 1] if when else None
                    if t_new is not None and t_old is not None and t_new < t_old:
                        merged.append(Rejection(line, WORDS("earlier_answer", line=earlier.line)))
                        continue
                    merged.append(Rejection(earlier.line, WORDS("earlier_answer", line=line)))
                    rows_out[earlier_at] = None  # type: ignore[call-overload]  # replaced below
                    del position_of_key[key]
                    if earlier.code and seen_codes.get(earlier.code, (0, ""))[1] == key:
                        del seen_codes[earlier.code]
                elif earlier.full_name != full and key == code and i_key < 0:
                    rejected.append(Rejection(line, WORDS("code_taken_by", code=code, line=earlier.line,
                                                          name=earlier.full_name), code_column))
                    continue
                else:
                    if per_session:
                        sessions += 1
                    merged.append(Rejection(line, WORDS("same_person_session" if per_session else "same_person",
                                                        line=earlier.line, key=key.split("|")[0])))
                    continue
        if code:
            previous = seen_codes.get(code)
            if previous is not None and previous[1] != key:
                rejected.append(Rejection(line, WORDS("code_taken", code=code, line=previous[0]), code_column))
                continue
            seen_codes[code] = (line, key)

        raw_status = row[i_status] if i_status >= 0 else ""
        read = status_cache.get(raw_status, _UNREAD)
        if read is _UNREAD:
            meaning = S.read_status(raw_status, platform, statuses)
            read = status_cache[raw_status] = (meaning.status, meaning.explain()) if meaning else None
        if read is None:
            unknown.setdefault(" ".join(raw_status.split()), []).append(line)
            read = no_status
        status, admission = read
        if i_void >= 0:
            flag = row[i_void].strip()
            if flag and flag.casefold() not in falsy:
                status, admission = void_status, WORDS("not_admitted_flag", column=header[i_void], flag=flag)
        if i_paid >= 0 and status == "active" and row[i_paid].strip().casefold() in _UNPAID:
            status, admission = "pending payment", WORDS("not_admitted_flag", column=header[i_paid],
                                                         flag=row[i_paid].strip())
        if details_missing and status == "active":
            admission = WORDS("guest_not_named", admission=admission)

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
            made = new_row(key, line, code, first, last, full, email, organization, ticket_type, status,
                           pronouns, notes, scan_codes, RawRow(header_index, row), admission, details_missing,
                           guest_of)
        else:  # pragma: no cover - only if records.RosterRow's field order changes
            made = new_row(key=key, line=line, code=code, first_name=first, last_name=last, full_name=full,
                           email=email, organization=organization, ticket_type=ticket_type, status=status,
                           pronouns=pronouns, notes=notes, scan_codes=scan_codes, raw=RawRow(header_index, row),
                           admission=admission, details_missing=details_missing, guest_of=guest_of)
        if key[:5] != "name:":
            position_of_key[key] = (len(rows_out), j)
        append_row(made)
        if details_missing and not guest_of:
            guests_waiting.append((made, order))

    if unknown:
        raise S.UnknownStatus(name, unknown, status_column, platform=profile.platform, columns=plan.mapping)
    if any(r is None for r in rows_out):
        rows_out = [r for r in rows_out if r is not None]
    if guests_waiting and i_order >= 0:
        # an Info Requested guest's buyer: the first named attendee of the same order
        waiting = {order for _, order in guests_waiting if order}
        for r in rows_out:
            order = r.raw.get(header[i_order], "").strip() if waiting else ""
            if order in waiting and r.full_name and not r.details_missing:
                order_names.setdefault(order, r.full_name)
    for made, order in guests_waiting:
        made.guest_of = order_names.get(order, "")
    if guests_waiting or any(r.details_missing for r in rows_out):
        count = sum(1 for r in rows_out if r.details_missing)
        warnings.append(WORDS("guests_unnamed", count=count))
    if code_values and not (header_at == 0 and formula_guard.is_own_export(table.rows[0])):
        # The app's own attendance export holds the codes the app has, exactly as they are: a genuine
        # 0E0 or 1E5 imports again. Any other file may have been through Excel: its codes are checked.
        code_checks.check_codes(code_values, name=name, column=code_column, platform=profile.platform)

    if order_tickets:
        rows_per_order = Counter(row_orders)
        short = [(o, n - rows_per_order[o]) for o, n in order_tickets.items() if n > rows_per_order[o]]
        if short:
            warnings.append(WORDS("orders_short", orders=len(short), tickets=sum(n for _, n in short),
                                  example=short[0][0]))
    extras = [n for n in guests if n > 0]
    if extras:
        warnings.append(WORDS("rsvp_guests", rsvps=len(extras), guests=sum(extras)))
    duplicated_names = sum(1 for n in name_keys.values() if n > 1)
    if duplicated_names:
        warnings.append(WORDS("names_repeated", count=duplicated_names))
    if sessions:
        warnings.append(WORDS("zoom_sessions", count=sessions))
    if eventbrite and i_code < 0 and i_attendee >= 0 and i_order >= 0:
        warnings.append(WORDS("eventbrite_no_barcode", order=header[i_order], attendee=header[i_attendee]))
    if eventbrite and i_attendee < 0 and i_code < 0 and i_order >= 0:
        warnings.append(WORDS("eventbrite_orders_only"))
    elif profile.no_code_note and "code" not in plan.idx:
        warnings.append(WORDS(profile.no_code_note))
    for fld, why in plan.by_content.items():
        column = header[plan.idx[fld]] if fld in plan.idx else "?"
        what = {"void": WORDS("read_as_void", status=S.status_words(void_status)),
                "attendee_no": WORDS("read_as_attendee_no"), "order": WORDS("read_as_order")}.get(fld)
        warnings.append(WORDS("read_as", column=column, what=what or _field_words(fld), why=why))
    return ParsedExport(path=name, platform=profile.platform, rows=rows_out, rejected=rejected,
                        mapping=dict(plan.mapping), warnings=warnings, merged=merged)

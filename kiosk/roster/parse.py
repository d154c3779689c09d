"""The entry point for reading a registration export: `stage_export` and `parse_export`.

Reads the file a row at a time (readers.py), finds the header and the platform in its first rows
(profiles.py: by column titles; detect.py: by what the columns hold, when the titles are in a
language or wording we have never seen), applies an organizer's `--map FIELD=COLUMN` mapping on
top, and turns each data row into a staged registration (parse_rows.py) in a temporary table
(staging.py): an export of any length is read in bounded memory. Whole-file problems raise
`ImportRefused` with a message naming the file and what to do; a bad individual row becomes a
`Rejection` and the rest still import. `stage_export` leaves the rows in the staging table (the
import reads them from there, resync.py); `parse_export` returns them as `RosterRow`s.

Choices worth knowing:
- Every status word is read with the platform's own vocabulary (statuses.py). A word nobody has
  explained stops the whole import (`UnknownStatus`), naming the word and its lines.
- Excel-mangled ticket codes stop the whole import (codes.py).
- Eventbrite without `Barcode #`: the printed QR holds order number + attendee number + a 3-digit
  sequence, so the code is built as order + attendee + "001" and the attendee number is kept as
  a second code (see checkin.resolve for reissued tickets). Without attendee numbers either, each
  ticket gets `order:<order>#<n>` so that a scan naming the order can find its people.
- Eventbrite "Info Requested" rows are real tickets whose holder is not named yet: admitted with
  no name, the buyer's name kept as `guest_of` (shown as "Guest of <buyer>" in the reader's
  language) and marked `details_missing` for the desk.
- Duplicates are resolved as the platform means them (duplicates.py): a later Google Forms answer
  from the same address replaces the earlier one (by Timestamp); a Zoom attendee's rows (one per
  session) are one person; several tickets bought with one e-mail stay several people; a
  registration listed twice (same Attendee #, same Luma guest) is one. Such rows go to `merged`.
- One row that stands for several people (Eventbrite Quantity > 1 without per-attendee rows,
  Meetup Guests, Ticket Tailor "Tickets purchased") is imported as ONE person, and a warning says
  how many guests were not expanded: inventing names for unnamed guests would put ghosts on badges.
- Key fallbacks when a platform has no id column: ticket code, else the e-mail (with the name, so
  that two people sharing an address stay two), else the name ("#2" for a second "Wei Chen").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk import formula_guard
from kiosk.errors import ImportRefused
from kiosk.roster import detect, readers
from kiosk.roster import profiles as P
from kiosk.roster.duplicates import Stamps
from kiosk.roster.parse_finish import finish
from kiosk.roster.parse_rows import Columns, stage_rows
from kiosk.roster.records import MAPPABLE_FIELDS, ParsedExport, RawRow, StagedExport
from kiosk.roster.staging import Staging
from kiosk.roster.status_column import status_column_by_title
from kiosk.roster.words import WORDS
from kiosk.store.bulk import paused_gc
from kiosk.wording import Message

log = logging.getLogger(__name__)

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
    export in another language or with other columns still re-syncs. The rows are held in memory
    (each with its `raw` cells): the import itself stages them instead (stage_export).
    """
    raws: dict[int, list[str]] = {}
    with paused_gc(), Staging.private() as staging:
        staged = stage_export(staging, path, platform, mapping, statuses, strict_mapping=strict_mapping, raws=raws)
        index = {name: i for i, name in enumerate(staged.header)}
        rows = []
        for seq, row in staging.roster_rows():
            row.raw = RawRow(index, raws[seq])
            rows.append(row)
    return ParsedExport(**staged.facts(), rows=rows)


def stage_export(staging: Staging, path: str | Path, platform: str = "auto", mapping: dict[str, str] | None = None,
                 statuses: dict[str, str] | None = None, *, strict_mapping: bool = True,
                 raws: dict[int, list[str]] | None = None) -> StagedExport:
    """Read an export file into `staging` (its kept rows: `dropped = 0`), a batch of rows at a time.
    Raises ImportRefused if the file cannot be imported; see parse_export for the arguments."""
    name = str(path)
    wanted = P.platform_profiles(platform)
    mapping = _check_mapping_fields(mapping or {})
    with readers.open_table(path, is_header=P.looks_like_header) as table:
        head = table.head
        if not head:
            raise ImportRefused(WORDS("no_rows", name=name))
        named = [c for c in mapping.values() if c != NO_COLUMN]
        header_at, profile, recognised = P.find_header(head, wanted, named if strict_mapping else None)
        header = clean_header(head[header_at])
        skipped: list[str] = []
        if not strict_mapping:
            keys = [P.normalise_header(h) for h in header]
            for fld, column in list(mapping.items()):
                if column != NO_COLUMN and _find_column(header, keys, column) is None:
                    skipped.append(f"{fld}={column!r}")
                    del mapping[fld]
        if not any(cell.strip() for cell in head[header_at]):
            raise ImportRefused(WORDS("no_header", name=name))
        header_line = table.head_lines[header_at]
        suggestion = detect.suggest_mapping(head, header_at)
        evidence: Message | None = WORDS("evidence_titles") if recognised else None
        confidence = 1.0 if recognised else 0.0
        if not recognised and suggestion.platform and (not wanted or wanted[0].platform == suggestion.platform):
            # Titles in a wording we do not know, values we do: read it as that platform by content.
            profile = P.PLATFORMS[suggestion.platform][0]
            recognised, evidence, confidence = True, suggestion.evidence, suggestion.confidence
        plan = _plan(profile, header, mapping, name, recognised and evidence == WORDS("evidence_titles"),
                     header_line,
                     suggestion, head[header_at + 1:header_at + 1 + detect.SAMPLE_ROWS])
        log.info("%s: %s, header on line %d, read as %s (%s)", name, table.describe(), header_line, profile.label,
                 evidence or "not recognised")   # the log is English
        cols = Columns(plan.idx, header, profile, plan.by_content, dict(plan.mapping))
        stamps = Stamps() if profile.later_answer_wins and cols["timestamp"] >= 0 else None
        with staging.filling():
            tally = stage_rows(table.rows(skip=header_at + 1), cols, name, statuses or {}, staging, stamps, raws)
        notes = list(table.notes)
        own_export = header_at == 0 and formula_guard.is_own_export(head[0])
        not_the_platform: Message | None = None
        if wanted and not recognised and wanted[0] is not P.SPREADSHEET:
            _, detected, matched = P.find_header(head)
            not_the_platform = WORDS("not_the_platform_hint", label=P.label_words(profile),
                                     detected=P.label_words(detected)) if matched \
                else WORDS("not_the_platform", label=P.label_words(profile))
    # The app's own attendance export holds the codes the app has, exactly as they are: a genuine 0E0 or
    # 1E5 imports again. Any other file may have been through Excel: its codes are checked.
    result = finish(staging, tally, cols, name, check_codes=not own_export)
    result.path, result.mapping = name, dict(plan.mapping)
    result.warnings[:0] = notes
    if skipped:
        result.warnings.append(WORDS("remembered_columns_missing", columns=tuple(skipped)))
    result.label = P.label_words(profile)
    result.recognised = recognised and profile is not P.SPREADSHEET
    result.confidence = round(confidence, 2) if result.recognised else 0.0
    result.evidence = evidence if result.recognised else None
    if not_the_platform is not None:
        result.warnings.insert(0, not_the_platform)
    return result


def read_suggestion(path: str | Path) -> detect.Suggestion:
    """The import wizard's first look at a file: likeliest columns per field and the platform."""
    with readers.open_table(path, is_header=P.looks_like_header) as table:
        header_at, _, _ = P.find_header(table.head)
        return detect.suggest_mapping(table.head, header_at)


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



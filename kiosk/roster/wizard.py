"""What the import wizard asks a person, decided without Qt (the window is kiosk/ui/organizer/import_wizard.py).

The wizard uses the same engine as `kiosk import`: `parse.read_suggestion` for the first look and
`resync.import_export` (with `mapping=` and `statuses=`) for the dry runs and the import. This
module only shapes what a person is asked:

    look = look_at(db, path)                 # columns with sample values, the platform, the answers remembered
    outcome = check(db, path, choices)       # a dry run: a report, the status words to answer, or a refusal
    reasons = mapping_reasons(look, outcome) # why the columns should be checked by a person ([] = no need)
    outcome = check(db, path, choices, dry_run=False)     # the import itself (one transaction)

`Choices` holds what the person said: the platform, the source name, the columns (field -> column,
`parse.NO_COLUMN` for "not in this file") and the meanings of status words. Each answer is
remembered per source by the import, so a re-sync of the next export asks nothing.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.errors import ImportRefused
from kiosk.roster import detect
from kiosk.roster.parse import NO_COLUMN
from kiosk.roster.records import MAPPABLE_FIELDS
from kiosk.roster.words import WORDS
from kiosk.store.database import EventDB
from kiosk.wording import Message, verbatim

log = logging.getLogger(__name__)

#: Fields the mapping step offers, in the order a person thinks of them.
WIZARD_FIELDS = ("name", "first_name", "last_name", "email", "code", "organization", "ticket_type", "status",
                 "pronouns", "notes")
#: Sample values shown per column.
SAMPLES = 3
#: A column this much less likely than the one used is still a real doubt.
CLOSE = 0.1
PLATFORM_LABELS = {"eventbrite": "Eventbrite", "tito": "Tito", "pretix": "pretix", "luma": "Luma",
                   "hievents": "Hi.Events", "tickettailor": "Ticket Tailor", "indico": "Indico", "meetup": "Meetup",
                   "googleforms": "Google Forms", "alfio": "alf.io", "zoom": "Zoom", "humanitix": "Humanitix",
                   "sessionize": "Sessionize", "spreadsheet": "spreadsheet"}

assert set(WIZARD_FIELDS) == set(MAPPABLE_FIELDS)


@dataclass
class FileLook:
    """The first look at a file: what it holds and what the app already knows about its source."""

    path: str
    platform: str                       # "" when none was recognised
    label: Message                      # the platform for people ("" when none was recognised)
    confidence: float
    evidence: Message | None            # how it was recognised
    columns: list[str]
    samples: list[list[str]]            # per column, a few distinct values
    rows: int                           # data rows under the header
    header_row: int                     # 1-based
    candidates: dict[str, list[detect.Candidate]]
    source: str                         # the source this file re-syncs by default
    remembered_mapping: dict[str, str] = field(default_factory=dict)
    remembered_statuses: dict[str, str] = field(default_factory=dict)
    known_source: bool = False          # this source was imported before
    forms: bool = False                 # its columns are an organizer's own questions (forms, spreadsheets)

    def best_column(self, name: str) -> str | None:
        found = self.candidates.get(name) or []
        return found[0].column if found else None


@dataclass
class Choices:
    """What the person said: read the file as `platform`, under `source`, with these columns and words."""

    platform: str = "auto"
    source: str | None = None
    mapping: dict[str, str] | None = None
    statuses: dict[str, str] = field(default_factory=dict)


@dataclass
class Outcome:
    """A dry run's (or the import's) answer: exactly one of report, unknown words, refusal."""

    report: object | None = None        # resync.ImportReport
    unknown_words: dict[str, list[int]] = field(default_factory=dict)   # word -> lines
    unknown_column: str = ""
    refusal: Message | None = None      # why the file cannot be imported, without the command line's advice
    columns_problem: bool = False       # refused for want of a name, e-mail or code column: map them
    columns: dict[str, str] = field(default_factory=dict)   # field -> column read, when there is no report

    @property
    def ok(self) -> bool:
        return self.report is not None


def _source_row(db: EventDB, name: str) -> dict | None:
    return db.one("SELECT * FROM sources WHERE name = ?", (name,))


def _remembered(row: dict | None, column: str) -> dict[str, str]:
    if row is None:
        return {}
    try:
        found = json.loads(row.get(column) or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def look_at(db: EventDB, path: str | Path) -> FileLook:
    """Read the file once and say what it looks like (runs on a worker: a big file takes seconds).
    Raises ImportRefused when the file cannot be read at all (its message says why)."""
    from kiosk.roster import profiles as P
    from kiosk.roster import readers

    table = readers.read_table(path, is_header=P.looks_like_header)
    if not table.rows:
        raise ImportRefused(WORDS("no_rows", name=path))
    header_at, profile, recognised = P.find_header(table.rows)
    s = detect.suggest_mapping(table, header_at)
    columns = list(s.columns)
    samples: list[list[str]] = [[] for _ in columns]
    for row in table.rows[header_at + 1:header_at + 1 + detect.SAMPLE_ROWS]:
        for i, cell in enumerate(row[:len(columns)]):
            value = " ".join(cell.split())
            if value and len(samples[i]) < SAMPLES and value[:60] not in samples[i]:
                samples[i].append(value[:60])
    rows = sum(1 for r in table.rows[header_at + 1:] if any(c.strip() for c in r))
    platform = s.platform or ""
    source = platform or "spreadsheet"
    known = _source_row(db, source)
    forms = (not platform) or profile.guess_names or profile is P.SPREADSHEET
    return FileLook(path=str(path), platform=platform, label=s.label if platform else verbatim(""),
                    confidence=s.confidence, evidence=s.evidence, columns=columns, samples=samples, rows=rows,
                    header_row=header_at + 1, candidates={f: list(s.fields.get(f) or []) for f in detect.FIELDS},
                    source=source, remembered_mapping=_remembered(known, "mapping"),
                    remembered_statuses=_remembered(known, "statuses"), known_source=known is not None,
                    forms=forms)


def check(db: EventDB, path: str | Path, choices: Choices, *, dry_run: bool = True) -> Outcome:
    """A dry run (or, with dry_run=False, the import) with the person's choices. Unknown status words
    and refusals come back as data, never as an exception; a bug still raises."""
    from kiosk.roster.resync import import_export
    from kiosk.roster.statuses import UnknownStatus

    try:
        report = import_export(db, path, source=choices.source or None, platform=choices.platform or "auto",
                               mapping=choices.mapping or None, dry_run=dry_run, statuses=dict(choices.statuses))
    except UnknownStatus as unknown:
        return Outcome(unknown_words=dict(unknown.words), unknown_column=unknown.column, columns=dict(unknown.columns))
    except ImportRefused as refused:
        message = refused.message or verbatim(str(refused))
        return Outcome(refusal=without_command_line(message), columns_problem=message.code in _COLUMN_REFUSALS)
    return Outcome(report=report)


#: The engine's refusals (kiosk/roster/parse.py) that a choice of columns can answer.
_COLUMN_REFUSALS = ("roster.no_name_column", "roster.no_usable_columns", "roster.map_missing_column")


def without_command_line(message: Message) -> Message:
    """A refusal without its advice for the command line (`--map ...`): the wizard's mapping step is
    where the person answers."""
    return message.with_params(hint="") if "hint" in message.values else message


def platform_words(platform: str) -> Message:
    """A platform's name for the chooser: the brand as written, a plain spreadsheet in the reader's words."""
    return WORDS("label_spreadsheet") if platform == "spreadsheet" else verbatim(PLATFORM_LABELS.get(platform, platform))


def status_answer(word: str, admitted: bool) -> tuple[str, str]:
    """A person's answer for a status word, as the import takes it: (status key, stored status)."""
    from kiosk.roster.statuses import parse_override

    return parse_override(f"{word}={'admitted' if admitted else 'not-admitted'}")


def used_columns(outcome: Outcome | None) -> dict[str, str]:
    """field -> column the dry run read (empty without a report)."""
    report = outcome.report if outcome is not None else None
    return dict(getattr(report, "columns", {}) or (outcome.columns if outcome is not None else {}))


def initial_mapping(look: FileLook, outcome: Outcome | None) -> dict[str, str]:
    """What the mapping step shows first: the columns remembered for the source, else the columns the
    dry run used, else the convincing candidates. Fields with none are absent."""
    if look.remembered_mapping:
        return {f: c for f, c in look.remembered_mapping.items() if c == NO_COLUMN or c in look.columns}
    used = used_columns(outcome)
    if used:
        return used
    chosen: dict[str, str] = {}
    taken: set[str] = set()
    unknown_in = outcome.unknown_column if outcome is not None else ""
    if unknown_in in look.columns:
        # the dry run stopped on words of this column: it IS the status column, however unsure its values
        # make it look (left out, every row would be admitted without a word being read)
        chosen["status"] = unknown_in
        taken.add(unknown_in)
    for name in WIZARD_FIELDS:
        if name in chosen:
            continue
        cands = look.candidates.get(name) or []
        best = cands[0] if cands and cands[0].score >= detect.CONVINCING else None
        if best is not None and best.column not in taken:
            chosen[name] = best.column
            taken.add(best.column)
    if "name" in chosen and ("first_name" in chosen or "last_name" in chosen):
        chosen.pop("name")
    return chosen


def mapping_reasons(look: FileLook, outcome: Outcome | None) -> list[str]:
    """Why a person should check the columns, as reason codes ([] when the file speaks for itself):
    refused         the file could not be read as it is (no name, e-mail or code column found; any
                    other refusal, an Excel-mangled code say, is not answered by choosing columns);
    not_recognised  no platform was recognised (a plain spreadsheet);
    by_values       the platform was recognised by what the columns hold, not by their titles;
    questions       the columns are an organizer's own questions (a form) and this source was never mapped;
    missing         a name or e-mail column looks likely but was not used;
    unsure          another column is nearly as likely as the one used.
    A platform's export recognised by its titles is read by those titles: its columns are not asked.
    A source whose mapping was remembered asks again only when the file is refused."""
    if outcome is not None and outcome.refusal:
        return ["refused"] if outcome.columns_problem else []
    if look.remembered_mapping:
        return []
    reasons: list[str] = []
    report = outcome.report if outcome is not None else None
    by_titles = look.evidence == WORDS("evidence_titles") and look.confidence >= 1
    if (report is not None and not getattr(report, "recognised", True)) or not look.platform:
        reasons.append("not_recognised")
    elif not by_titles:
        reasons.append("by_values")
    elif look.forms and not look.known_source:
        reasons.append("questions")
    if report is None or (by_titles and not look.forms):
        return reasons
    used = used_columns(outcome)
    taken = set(used.values())
    has_name = any(f in used for f in ("name", "first_name", "last_name"))
    for name in ("name", "email"):
        if name in used or (name == "name" and has_name):
            continue
        cands = [c for c in look.candidates.get(name) or [] if c.column not in taken]
        if cands and cands[0].score >= detect.CONVINCING:
            reasons.append("missing")
            break
    for name, column in used.items():
        cands = look.candidates.get(name) or []
        mine = next((c.score for c in cands if c.column == column), None)
        if mine is None:
            continue
        if any(c.column != column and c.column not in taken and c.score >= max(0.5, mine - CLOSE) for c in cands):
            reasons.append("unsure")
            break
    return reasons

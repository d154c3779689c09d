"""The shape an export row takes once read: one `RosterRow` per admitted-or-not registration.

Readers and platform profiles produce these; the re-sync applies them to the event database.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field, fields

from kiosk.wording import Message, verbatim

#: Fields an organizer may map with `--map FIELD=COLUMN`.
MAPPABLE_FIELDS = (
    "code", "first_name", "last_name", "name", "email", "organization",
    "ticket_type", "status", "pronouns", "notes",
)

#: Fields the re-sync compares and that a desk edit can override.
ATTENDEE_FIELDS = (
    "code", "first_name", "last_name", "full_name", "email", "organization",
    "ticket_type", "status", "pronouns", "notes",
)


class RawRow(Mapping):
    """An export row as {header: cell}, built only when someone looks (imports never store it)."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: list[str]):
        self._index, self._values = index, values

    def __getitem__(self, key: str) -> str:
        i = self._index[key]
        return self._values[i] if i < len(self._values) else ""

    def __iter__(self):
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


@dataclass(slots=True)
class RosterRow:
    """One registration as an export describes it.

    `status` is "active" for an admitted registration, otherwise the reason in lower case
    ("cancelled", "refunded", "waitlisted", ...). `key` identifies the registration within its
    source across re-exports (the ticket code, else attendee id, else email, else name).
    `scan_codes` are further strings a scan may resolve to this person (e.g. a Luma `pk=` value,
    Eventbrite's attendee number, `order:<order>#<n>` for an order whose tickets are not numbered).
    `admission` says why the row is or is not admitted (a Message: the dry-run diff words it);
    `details_missing` marks a ticket whose holder is not named yet (Eventbrite "Info Requested"):
    such a row has no name, `guest_of` holds its buyer's (worded "Guest of <buyer>" where shown).
    Slots, not a __dict__ per row: an import of 500,000 rows holds 500,000 of these.
    """

    key: str
    line: int
    code: str = ""
    first_name: str = ""
    last_name: str = ""
    full_name: str = ""
    email: str = ""
    organization: str = ""
    ticket_type: str = ""
    status: str = "active"
    pronouns: str = ""
    notes: str = ""
    scan_codes: list[str] = field(default_factory=list)
    raw: Mapping[str, str] = field(default_factory=dict)
    admission: Message = verbatim("")
    details_missing: bool = False
    guest_of: str = ""

    def fields(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in ATTENDEE_FIELDS}


@dataclass
class Rejection:
    """A row that was left out (or merged into another), with the line it stood on and why (a
    Message of kiosk/roster/words.py, worded in the reader's language)."""

    line: int
    reason: Message
    column: str = ""

    def to_json(self) -> dict:
        """{"line", "reason" (English), "column", "code" (the reason's stable code)}."""
        return {"line": self.line, "reason": str(self.reason), "column": self.column, "code": self.reason.code}


@dataclass
class ExportFacts:
    """What a reader found out about one file, whether its rows are held (ParsedExport) or staged
    (StagedExport).

    `label` names the platform for people ("pretix order positions"), `recognised` says whether
    the file was recognised at all (by its column titles or its values, `evidence` says which)
    and `confidence` how sure that is (0-1). Labels, evidence and warnings are Messages
    (kiosk/roster/words.py): a window words them in its language, the command line in English.
    `merged` lists rows that repeat a person already read (the platform's meaning of a duplicate:
    a later form answer replacing an earlier one, a Zoom attendee's second session); they are not
    people of their own.
    """

    path: str
    platform: str
    rejected: list[Rejection] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    warnings: list[Message] = field(default_factory=list)
    label: Message = verbatim("")
    recognised: bool = True
    confidence: float = 1.0
    evidence: Message | None = None
    merged: list[Rejection] = field(default_factory=list)

    def facts(self) -> dict:
        """The fields shared by both kinds, copied (to make the other kind from them)."""
        return {f.name: copy.copy(getattr(self, f.name)) for f in fields(ExportFacts)}


@dataclass
class ParsedExport(ExportFacts):
    """What a reader made of one file, its rows held in memory."""

    rows: list[RosterRow] = field(default_factory=list)


@dataclass
class StagedExport(ExportFacts):
    """What a reader made of one file whose rows went into a staging table (staging.py) instead of
    memory, `kept` counting the rows staged as people."""

    header: list[str] = field(default_factory=list)
    kept: int = 0

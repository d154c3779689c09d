"""The shape an export row takes once read: one `RosterRow` per admitted-or-not registration.

Readers and platform profiles produce these; the re-sync applies them to the event database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

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
    `scan_codes` are further strings a scan may resolve to this person (e.g. a Luma `pk=` value).
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

    def fields(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in ATTENDEE_FIELDS}


@dataclass
class Rejection:
    """A row that was left out, with the line it stood on and why."""

    line: int
    reason: str
    column: str = ""


@dataclass
class ParsedExport:
    """What a reader made of one file."""

    path: str
    platform: str
    rows: list[RosterRow]
    rejected: list[Rejection] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

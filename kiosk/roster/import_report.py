"""What an import (or a dry run) did or would do, in a form that stays small at any size.

`ImportReport` lists the new people, the changes, the conflicts with desk edits, the rejected and
merged lines; `summary()` counts them and `to_json()` gives everything (`kiosk import --json`).
The list of new people of a 500,000-row export is `NewPeople`: packed a block of rows per string
with its numbers in arrays (about 60 bytes a person instead of a dict's 600), read as dicts.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from operator import attrgetter

from kiosk.roster.records import ATTENDEE_FIELDS, Rejection, RosterRow
from kiosk.wording import Message, verbatim


@dataclass
class FieldChange:
    code: str
    name: str
    fields: dict[str, tuple[str, str]]     # field -> (old, new)


@dataclass
class Conflict:
    code: str
    name: str
    field: str
    desk_value: str
    export_value: str


NEW_FIELDS = ("line", "code", "name", "status", "admitted", "why")
_BLOCK = 1024


class NewPeople(Sequence):
    """The new people of an import, in file order, each read as a dict of NEW_FIELDS.

    Codes and names are kept a block of rows per string (with their end offsets in an array), the
    line in an array, and (status, admitted, why), which few values share, as an index. A guest not
    named yet is named by a Message ("Guest of <buyer>", in the reader's language), kept aside."""

    fields = NEW_FIELDS

    def __init__(self, rows: Iterable[tuple] = ()):
        self._lines = array("q")
        self._ends = array("L")           # per row: where its code ends, where its name ends (in its block)
        self._kinds = array("L")
        self._kind_list: list[tuple[str, bool, Message]] = []
        self._worded: dict[int, Message] = {}     # row -> its name, for a guest not named yet
        self._kind_at: dict[tuple, int] = {}
        self._blocks: list[str] = []
        self._pending: list[str] = []
        self._used = 0                    # characters in the block being filled
        for row in rows:
            self.add(*row)

    def add(self, line: int, code: str, name: str | Message, status: str, admitted: bool, why: Message) -> None:
        if isinstance(name, Message):
            self._worded[len(self._lines)] = name
            name = ""
        if len(self._lines) % _BLOCK == 0 and len(self._lines):
            self._blocks.append("".join(self._pending))
            self._pending, self._used = [], 0
        kind = (status, bool(admitted), why)
        at = self._kind_at.get(kind)
        if at is None:
            at = self._kind_at[kind] = len(self._kind_list)
            self._kind_list.append(kind)
        self._lines.append(line)
        self._kinds.append(at)
        self._pending += (code, name)
        self._used += len(code)
        self._ends.append(self._used)
        self._used += len(name)
        self._ends.append(self._used)

    def add_rows(self, rows: Iterable[tuple[int, str, str | Message, str, int]], whys: list[Message]) -> None:
        """(line, code, name, status, index of why in `whys`) of each next new person."""
        worded = self._worded
        lines, ends, kinds, pending, kind_at = self._lines, self._ends, self._kinds, self._pending, self._kind_at
        used = self._used
        for line, code, name, status, why in rows:
            if len(lines) % _BLOCK == 0 and lines:
                self._blocks.append("".join(pending))
                pending.clear()
                used = 0
            at = kind_at.get((status, why))
            if at is None:
                at = kind_at[(status, why)] = len(self._kind_list)
                self._kind_list.append((status, status == "active", whys[why]))
            if isinstance(name, Message):
                worded[len(lines)] = name
                name = ""
            lines.append(line)
            kinds.append(at)
            pending += (code, name)
            used += len(code)
            ends.append(used)
            used += len(name)
            ends.append(used)
        self._used = used

    def append(self, item: dict) -> None:
        self.add(*(item[f] for f in NEW_FIELDS))

    def admitted_flags(self) -> list[bool]:
        return [self._kind_list[k][1] for k in self._kinds]

    def __len__(self) -> int:
        return len(self._lines)

    def _row(self, i: int) -> dict:
        block, j = divmod(i, _BLOCK)
        text = self._blocks[block] if block < len(self._blocks) else "".join(self._pending)
        start = self._ends[2 * i - 1] if j else 0
        middle, end = self._ends[2 * i], self._ends[2 * i + 1]
        status, admitted, why = self._kind_list[self._kinds[i]]
        name = self._worded[i] if i in self._worded else text[middle:end]
        return {"line": self._lines[i], "code": text[start:middle], "name": name, "status": status,
                "admitted": admitted, "why": why}

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._row(index)

    def where(self, admitted: bool) -> Picked:
        """The new people who are (or are not) admitted, as a sequence of their dicts."""
        flags = [k for k, kind in enumerate(self._kind_list) if kind[1] == admitted]
        return Picked(self, array("L", (i for i, k in enumerate(self._kinds) if k in flags)))

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    def __repr__(self) -> str:
        return f"NewPeople({len(self)} rows)"


#: Kept for callers of the old name.
CompactRows = NewPeople


class Picked(Sequence):
    """Some items of a sequence, by index, without copying them."""

    def __init__(self, items: Sequence, indexes: Sequence[int]):
        self.items, self.indexes = items, indexes

    def __len__(self) -> int:
        return len(self.indexes)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self.items[i] for i in self.indexes[index]]
        return self.items[self.indexes[index]]

    def __eq__(self, other) -> bool:
        return list(self) == list(other)


@dataclass
class ImportReport:
    file: str
    source: str
    platform: str
    dry_run: bool
    new: NewPeople = field(default_factory=NewPeople)
    updated: list[FieldChange] = field(default_factory=list)
    cancelled: list[dict] = field(default_factory=list)
    unchanged: int = 0
    missing: list[dict] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    duplicate_codes: list[dict] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    backup: str | None = None
    label: Message = verbatim("")
    recognised: bool = True
    confidence: float = 1.0
    evidence: Message | None = None
    columns: dict[str, str] = field(default_factory=dict)
    not_admitted: Sequence[dict] = field(default_factory=list)   # new people who are not admitted (and why)
    merged: list[Rejection] = field(default_factory=list)
    rekeyed: list[dict] = field(default_factory=list)        # same ticket code, new registration id
    codes_issued: int = 0
    statuses: dict[str, str] = field(default_factory=dict)   # the organizer's answers used
    admissions: dict[Message, int] = field(default_factory=dict)  # why a row is (not) admitted -> rows

    def summary(self) -> dict:
        """Counts. `cancelled` counts people already in the roster who are no longer admitted;
        new people who are not admitted are `not_admitted`, never "cancelled"."""
        return {"platform": self.platform, "platform_label": str(self.label), "recognised": self.recognised,
                "confidence": self.confidence, "source": self.source, "file": self.file, "dry_run": self.dry_run,
                "new": len(self.new), "not_admitted": len(self.not_admitted), "updated": len(self.updated),
                "cancelled": len(self.cancelled), "unchanged": self.unchanged, "rejected": len(self.rejected),
                "merged": len(self.merged), "missing": len(self.missing), "conflicts": len(self.conflicts),
                "rekeyed": len(self.rekeyed), "codes_issued": self.codes_issued, "backup": self.backup}

    def to_json(self, details: bool = True) -> dict:
        """The summary and (with `details`) every row, the core's words in English (kiosk --json)."""
        data = self.summary()
        if details:
            data["details"] = {
                "new": list(self.new),
                "updated": [{"code": u.code, "name": u.name, "fields": {k: {"old": o, "new": n} for k, (o, n) in u.fields.items()}}
                            for u in self.updated],
                "cancelled": self.cancelled,
                "not_admitted": list(self.not_admitted),
                "missing": self.missing,
                "rejected": [r.to_json() for r in self.rejected],
                "merged": [r.to_json() for r in self.merged],
                "rekeyed": self.rekeyed,
                "columns": self.columns,
                "evidence": str(self.evidence or ""),
                "admissions": {str(why): n for why, n in self.admissions.items()},
                "conflicts": [asdict(c) for c in self.conflicts],
                "duplicate_codes": self.duplicate_codes,
                "warnings": [str(w) for w in self.warnings],
            }
            data["details"] = _in_english(data["details"])
        return data


def _in_english(value):
    """`value` with every Message in it replaced by its English words (for JSON)."""
    if isinstance(value, Message):
        return str(value)
    if isinstance(value, dict):
        return {k: _in_english(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_in_english(v) for v in value]
    return value


SEP = "\x1f"
#: What the source said, in SQL, for a row of the staging table `s` whose code may be empty
#: (`{code}`: the code it is stored under).
IMPORTED_SQL = " || char(31) || ".join(["{code}", *(f"s.{f}" for f in ATTENDEE_FIELDS[1:])])

_row_values = attrgetter(*ATTENDEE_FIELDS)


def encode_imported(fields: dict[str, str] | RosterRow) -> str:
    """What the source said, compactly: the attendee fields in a fixed order (compared as text)."""
    if isinstance(fields, RosterRow):
        return SEP.join(_row_values(fields))
    return SEP.join(fields[name] or "" for name in ATTENDEE_FIELDS)


def decode_imported(text: str) -> dict[str, str]:
    values = text.split(SEP) if text else []
    return dict(zip(ATTENDEE_FIELDS, values)) if len(values) == len(ATTENDEE_FIELDS) else {}

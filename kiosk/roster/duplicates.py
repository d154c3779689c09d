"""Duplicates as each platform means them, settled over the staged rows of an export.

- A later Google Forms answer from the same address replaces the earlier one (by its Timestamp,
  read with the one format that reads every timestamp of the file; when day-first and month-first
  both fit, nobody can tell and the later line counts as the later answer).
- A Zoom attendee's rows (one per session) are one person.
- A registration listed twice (same Attendee #, same Luma guest) is one.
- A ticket code already used by another registration is refused on the later line.
Such rows are `merged` (a repeat of a person already read) or `rejected`, never people of their own.

The rules read the rows in file order, but only rows that share a key or a code with another row
can meet them: SQL finds those (two GROUP BYs over the staging table) and the rules run over them
alone, exactly as they would over the whole file. A file without duplicates costs two sorts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kiosk.roster.records import Rejection
from kiosk.roster.staging import DUPLICATE, REPLACED, Staging
from kiosk.roster.words import WORDS

TIMESTAMP_FORMATS = ("%Y/%m/%d %I:%M:%S %p", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S",
                     "%m/%d/%Y %H:%M:%S", "%d/%m/%Y %H:%M:%S", "%m/%d/%Y %I:%M:%S %p", "%d/%m/%Y %I:%M:%S %p",
                     "%d.%m.%Y %H:%M:%S", "%Y/%m/%d %H:%M", "%d/%m/%Y %H:%M", "%m/%d/%Y %H:%M")
_TZ_SUFFIX = re.compile(r"\s+(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?$|\s+[A-Z]{2,5}$")
_EXCEL_EPOCH = datetime(1899, 12, 30)


class Stamps:
    """Which way a form's timestamps are written, learnt one value at a time: the formats that read
    every value so far, whether the first two of them ever disagreed, whether all are Excel numbers."""

    def __init__(self):
        self.alive = list(range(len(TIMESTAMP_FORMATS)))
        self.disagree: set[tuple[int, int]] = set()
        self.numbers = True

    def add(self, raw: str) -> None:
        value = _TZ_SUFFIX.sub("", raw.strip())
        if not value:
            return
        read: list[tuple[int, datetime]] = []
        for i in self.alive:
            try:
                read.append((i, datetime.strptime(value, TIMESTAMP_FORMATS[i])))
            except ValueError:
                continue
        if len(read) != len(self.alive):
            self.alive = [i for i, _ in read]
        for a in range(len(read) - 1):
            for b in range(a + 1, len(read)):
                if read[a][1] != read[b][1]:
                    self.disagree.add((read[a][0], read[b][0]))
        if self.numbers:
            self.numbers = _excel_days(value) is not None

    def reader(self):
        """A function from a timestamp cell to a datetime (None where the file cannot tell)."""
        if self.alive:
            if len(self.alive) > 1 and (self.alive[0], self.alive[1]) in self.disagree:
                return lambda raw: None
            fmt = TIMESTAMP_FORMATS[self.alive[0]]

            def by_format(raw: str | None) -> datetime | None:
                value = _TZ_SUFFIX.sub("", (raw or "").strip())
                return datetime.strptime(value, fmt) if value else None
            return by_format
        if self.numbers:
            return lambda raw: _excel_days(_TZ_SUFFIX.sub("", (raw or "").strip()) or "")
        return lambda raw: None


def _excel_days(value: str) -> datetime | None:
    if not value:
        return None
    try:
        return _EXCEL_EPOCH + timedelta(days=float(value))
    except (ValueError, OverflowError):
        return None


@dataclass
class Settled:
    """What the rules made of the repeated rows: each entry with the seq of the row that caused it."""

    merged: list[tuple[int, Rejection]] = field(default_factory=list)
    rejected: list[tuple[int, Rejection]] = field(default_factory=list)
    sessions: int = 0


_INVOLVED = """
WITH keys AS (SELECT key FROM {rows} WHERE substr(key, 1, 5) <> 'name:' GROUP BY key HAVING count(*) > 1),
     codes AS (SELECT code FROM {rows} WHERE code <> '' GROUP BY code HAVING count(*) > 1)
SELECT seq, line, key, code, full_name, stamp FROM {rows}
WHERE key IN (SELECT key FROM keys) OR code IN (SELECT code FROM codes)
ORDER BY seq"""


def settle(staging: Staging, *, later_wins: bool, per_session: bool, keyed: bool, code_column: str,
           stamps: Stamps | None) -> Settled:
    """Apply the rules to the rows that repeat a key or a code, marking the rows left out as dropped.

    `keyed`: the file has a registration id column (a code reused under another name is then not
    "already used": the id says it is another ticket of the same person)."""
    settled = Settled()
    rows = staging.execute(_INVOLVED).fetchall()
    if not rows:
        return settled
    when = stamps.reader() if later_wins and stamps is not None else (lambda raw: None)
    merged, rejected = settled.merged, settled.rejected
    by_key: dict[str, tuple] = {}
    seen_codes: dict[str, tuple[int, str]] = {}
    drop: list[int] = []
    replaced: list[int] = []
    for seq, line, key, code, full, stamp in rows:
        named = key[:5] == "name:"
        if not named:
            earlier = by_key.get(key)
            if earlier is not None:
                e_seq, e_line, e_full, e_code, e_stamp = earlier
                if later_wins:
                    t_new, t_old = when(stamp), when(e_stamp)
                    if t_new is not None and t_old is not None and t_new < t_old:
                        merged.append((seq, Rejection(line, WORDS("earlier_answer", line=e_line))))
                        drop.append(seq)
                        continue
                    merged.append((seq, Rejection(e_line, WORDS("earlier_answer", line=line))))
                    replaced.append(e_seq)
                    del by_key[key]
                    if e_code and seen_codes.get(e_code, (0, ""))[1] == key:
                        del seen_codes[e_code]
                elif e_full != full and key == code and not keyed:
                    rejected.append((seq, Rejection(line, WORDS("code_taken_by", code=code, line=e_line, name=e_full),
                                                    code_column)))
                    drop.append(seq)
                    continue
                else:
                    if per_session:
                        settled.sessions += 1
                    merged.append((seq, Rejection(line, WORDS("same_person_session" if per_session else "same_person",
                                                              line=e_line, key=key.split("|")[0]))))
                    drop.append(seq)
                    continue
        if code:
            previous = seen_codes.get(code)
            if previous is not None and previous[1] != key:
                rejected.append((seq, Rejection(line, WORDS("code_taken", code=code, line=previous[0]), code_column)))
                drop.append(seq)
                continue
            seen_codes[code] = (line, key)
        if not named:
            by_key[key] = (seq, line, full, code, stamp)
    staging.drop(drop, DUPLICATE)
    staging.drop(replaced, REPLACED)
    return settled

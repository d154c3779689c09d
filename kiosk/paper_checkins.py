"""Paper check-ins typed in after an outage: `kiosk checkin --from-file FILE`.

FILE is a CSV (UTF-8, or whatever a spreadsheet saved) with a `code` column, whatever a scanner
would read or the code on the list, and an optional `at` column: when the person came in (ISO
time; without an offset it is the event's local time, e.g. `2026-07-08 09:42`; empty means now).
Each line is checked in with the desk's rules at its own time, in the order the times happened
(so that the earliest of two lines for one person is the one that counts), and recorded as a
"paper" check-in. A line that cannot be read (no code, a time that is not a time, a time in the
future) is reported with its line number and the others still go in. Each check-in is committed
on its own: running the same file twice answers "already" for the lines that went in. A problem
with the event file itself (a full disk, a removed USB stick) stops the file at once, saying which
lines were not checked in, instead of repeating the same refusal for every line left.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from kiosk.checkin import check_in
from kiosk.errors import DatabaseProblem, KnownError, os_reason
from kiosk.eventdays import checkin_time_problem, parse_local_instant
from kiosk.store.database import EventDB
from kiosk.words import WORDS

#: The largest paper check-in file read (a line is about 30 bytes: a million lines fit).
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass
class PaperLine:
    line: int
    code: str
    at: datetime | None


@dataclass
class PaperReport:
    file: str
    station: str
    counts: Counter = field(default_factory=Counter)
    results: list[dict] = field(default_factory=list)
    bad_lines: list[dict] = field(default_factory=list)
    #: {"line", "error", "not_saved": [line numbers]} when the event file stopped the check-ins
    stopped: dict | None = None

    def to_json(self) -> dict:
        return {"file": self.file, "station": self.station, "counts": dict(self.counts),
                "bad_lines": self.bad_lines, "results": self.results, "stopped": self.stopped}

    def text(self) -> str:
        admitted = self.counts.get("ok", 0) + self.counts.get("attention", 0)
        parts = [f"{verdict} {n}" for verdict, n in sorted(self.counts.items())]
        lines = [f"{self.file}: {admitted} checked in from paper at station {self.station}"
                 + (f" ({', '.join(parts)})" if parts else "") + "."]
        refused = [r for r in self.results if r["verdict"] not in ("ok", "attention")]
        for r in refused:
            lines.append(f"  line {r['line']}: {r['code']}: {r['message']}")
        for bad in self.bad_lines:
            lines.append(f"  line {bad['line']}: not read: {bad['error']}")
        if self.stopped:
            left = self.stopped["not_saved"]
            shown = ", ".join(str(n) for n in left[:10]) + (f" and {len(left) - 10:,} more" if len(left) > 10 else "")
            lines.append(f"Stopped at line {self.stopped['line']}: {self.stopped['error']}")
            lines.append(f"  NOT checked in: {len(left):,} line(s) ({shown}). Once that is fixed, run the same "
                         "command again: the lines already in answer \"already\".")
        return "\n".join(lines)


def _decode(data: bytes) -> str:
    for codec in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "utf-8-sig" or text.lstrip("\ufeff")[:1].isprintable():
            return text
    return data.decode("cp1252", errors="replace")


def read_paper_file(path: str | Path, tz_name: str, *, now: datetime | None = None) -> tuple[list[PaperLine], list[dict]]:
    """The lines of a paper check-in CSV, and the ones that cannot be read (with why)."""
    from kiosk.store.filecheck import FileProblem, read_regular_file

    path = Path(path)
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise KnownError(WORDS("paper_no_file", path=path)) from None
    except FileProblem as exc:
        raise KnownError(WORDS("paper_not_a_file", path=path, problem=exc.words)) from None
    except OSError as exc:
        raise KnownError(WORDS("paper_unreadable", path=path, why=os_reason(exc))) from None
    text = _decode(data)
    sample = text[:4096]
    delimiter = max((",", ";", "\t"), key=lambda d: sample.split("\n", 1)[0].count(d))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise KnownError(WORDS("paper_empty", path=path)) from None
    except csv.Error as exc:
        raise KnownError(WORDS("paper_not_csv", path=path, why=str(exc))) from None
    names = [h.strip().lower() for h in header]
    if "code" not in names:
        raise KnownError(WORDS("paper_no_code", path=path, columns=tuple(h for h in header if h) or WORDS("none")))
    i_code = names.index("code")
    i_at = names.index("at") if "at" in names else -1
    now = now or datetime.now(timezone.utc)
    good, bad = [], []
    previous_end = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            bad.append({"line": previous_end + 1, "error": f"not valid CSV ({exc})"})
            break
        line, previous_end = previous_end + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        code = row[i_code].strip() if i_code < len(row) else ""
        if not code:
            bad.append({"line": line, "error": "no code on this line"})
            continue
        at_text = row[i_at].strip() if 0 <= i_at < len(row) else ""
        at = None
        if at_text:
            try:
                at = parse_local_instant(at_text, tz_name)
            except KnownError:
                bad.append({"line": line, "error": f"`at` {at_text[:40]!r} is not a time: write it like 2026-07-08 09:42"})
                continue
            problem = checkin_time_problem(at, now)
            if problem:
                bad.append({"line": line, "error": f"`at` {at_text[:40]} {problem}: write when the person came in, "
                                                   "like 2026-07-08 09:42"})
                continue
        good.append(PaperLine(line, code, at))
    return good, bad


def record_paper_checkins(db: EventDB, path: str | Path, station: str) -> PaperReport:
    """Check in every readable line of a paper check-in CSV at its own time; see the module docstring."""
    lines, bad = read_paper_file(path, db.event()["timezone"])
    report = PaperReport(file=str(path), station=station, bad_lines=bad)
    now = datetime.now(timezone.utc)
    by_line: dict[int, dict] = {}
    ordered = sorted(lines, key=lambda p: (p.at or now, p.line))
    for index, paper in enumerate(ordered):
        try:
            result = check_in(db, paper.code, station=station, at=paper.at or now, method="paper")
        except DatabaseProblem as exc:           # every line left would be refused alike
            report.stopped = {"line": paper.line, "error": str(exc),
                              "not_saved": sorted(p.line for p in ordered[index:])}
            break
        except KnownError as exc:
            report.bad_lines.append({"line": paper.line, "error": str(exc)})
            continue
        report.counts[result.verdict] += 1
        by_line[paper.line] = {"line": paper.line, "code": paper.code, "verdict": result.verdict,
                               "at": result.checked_in_at, "message": result.message(),
                               "attendee": result.to_json()["attendee"]}
    report.results = [by_line[k] for k in sorted(by_line)]
    report.bad_lines.sort(key=lambda b: b["line"])
    return report

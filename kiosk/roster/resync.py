"""Importing ("syncing") a registration export into the event database.

Only the fields the app uses are stored; the rest of each export row (addresses, phone numbers,
answers to custom questions) is read and dropped, so the laptop holds as little personal data as
it can. One import is one transaction: it adds new people, updates changed fields, marks newly
cancelled registrations, and leaves everything else alone. It never deletes anyone and never
touches a check-in. A field corrected at the desk wins over the export and is reported as a
conflict. People who disappeared from a newer export are flagged, not removed. `dry_run` computes
the same report and writes nothing. A backup snapshot is taken before any import that changes data.

Re-sync follows the same rules as the first import: a registration is found again by its key
(the platform's id, stable across languages and column choices), and a ticket code that arrives
under a new registration id updates the attendee who holds it (keeping their check-ins) instead of
failing on the code. The organizer's meanings for status words (`--status WORD=admitted`) are
remembered per source, like the column mapping.
"""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from operator import attrgetter
from pathlib import Path

from kiosk.errors import ImportRefused
from kiosk.roster import attendees
from kiosk.roster.folding import search_text
from kiosk.roster.records import ATTENDEE_FIELDS, ParsedExport, Rejection, RosterRow
from kiosk.roster.words import WORDS
from kiosk.store import backup
from kiosk.store.bulk import paused_gc
from kiosk.store.database import EventDB, utc_now
from kiosk.store.planner import analyze
from kiosk.wording import Message, joined, verbatim

log = logging.getLogger(__name__)


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


class CompactRows(Sequence):
    """A list of small records kept as tuples and shown as dicts when read: the report of an import
    of 500,000 new people holds 500,000 of them, and a dict each would double its memory."""

    def __init__(self, fields: tuple[str, ...], rows: Iterable[tuple] = ()):
        self.fields = fields
        self._rows: list[tuple] = list(rows)

    def add(self, *values) -> None:
        self._rows.append(values)

    def append(self, item: dict) -> None:
        self._rows.append(tuple(item[f] for f in self.fields))

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [dict(zip(self.fields, row)) for row in self._rows[index]]
        return dict(zip(self.fields, self._rows[index]))

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    def __repr__(self) -> str:
        return f"CompactRows({len(self)} rows)"


NEW_FIELDS = ("line", "code", "name", "status", "admitted", "why")


@dataclass
class ImportReport:
    file: str
    source: str
    platform: str
    dry_run: bool
    new: CompactRows = field(default_factory=lambda: CompactRows(NEW_FIELDS))
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
    not_admitted: list[dict] = field(default_factory=list)   # new people who are not admitted (and why)
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
                "not_admitted": self.not_admitted,
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


_row_values = attrgetter(*ATTENDEE_FIELDS)


def encode_imported(fields: dict[str, str] | RosterRow) -> str:
    """What the source said, compactly: the attendee fields in a fixed order (compared as text)."""
    if isinstance(fields, RosterRow):
        return SEP.join(_row_values(fields))
    return SEP.join(fields[name] or "" for name in ATTENDEE_FIELDS)


def decode_imported(text: str) -> dict[str, str]:
    values = text.split(SEP) if text else []
    return dict(zip(ATTENDEE_FIELDS, values)) if len(values) == len(ATTENDEE_FIELDS) else {}


def _name(fields: dict) -> str:
    return attendees.display_name(fields)


def _source_row(db: EventDB, name: str) -> dict | None:
    return db.one("SELECT * FROM sources WHERE name = ?", (name,))


def import_export(db: EventDB, path: str | Path, *, source: str | None = None, platform: str = "auto",
                  mapping: dict[str, str] | None = None, dry_run: bool = False,
                  parsed: ParsedExport | None = None, statuses: dict[str, str] | None = None) -> ImportReport:
    """Read an export and apply it to the roster as one source; see the module docstring.

    `statuses` are the organizer's meanings for status words given now ({status key: status},
    statuses.parse_override); they join those remembered for the source.
    """
    with paused_gc():
        return _import_export(db, Path(path), source, platform, mapping, dry_run, parsed, statuses)


def _import_export(db: EventDB, path: Path, source: str | None, platform: str, mapping: dict[str, str] | None,
                   dry_run: bool, parsed: ParsedExport | None, statuses: dict[str, str] | None) -> ImportReport:
    remembered = _source_row(db, source) if source else None
    given_mapping = mapping is not None
    if mapping is None and remembered is not None:
        saved = json.loads(remembered["mapping"] or "{}")
        mapping = saved or None
        if platform == "auto" and remembered["platform"] and saved:
            platform = remembered["platform"]
    answers = {**_remembered_statuses(remembered), **(statuses or {})}
    if parsed is None:
        parsed = _parse(db, path, platform, mapping, answers, source, strict_mapping=given_mapping)
        if source is None:
            known = _remembered_statuses(_source_row(db, parsed.platform or "spreadsheet"))
            answers = {**known, **(statuses or {})}
    source = source or parsed.platform or "spreadsheet"
    if not parsed.rows:
        reasons = joined([WORDS("line_reason", line=r.line, reason=r.reason) for r in parsed.rejected[:5]])
        raise ImportRefused(WORDS("no_usable_rows_why", path=path, reasons=reasons) if parsed.rejected
                            else WORDS("no_usable_rows", path=path))
    report = ImportReport(file=str(path), source=source, platform=parsed.platform, dry_run=dry_run,
                          rejected=list(parsed.rejected), warnings=list(parsed.warnings),
                          label=parsed.label if str(parsed.label) else verbatim(parsed.platform),
                          recognised=parsed.recognised,
                          confidence=parsed.confidence, evidence=parsed.evidence, columns=dict(parsed.mapping),
                          merged=list(parsed.merged), statuses=answers,
                          admissions=dict(Counter(row.admission for row in parsed.rows).most_common()))
    plan = _plan(db, source, parsed, report)
    if report.codes_issued and not parsed.recognised:
        report.warnings.insert(0, WORDS("no_platform_recognised", count=report.codes_issued))
    has_changes = plan["inserts"] or plan["updates"] or plan["flags"] or _source_row(db, source) is None
    if dry_run or not has_changes:
        if not dry_run:
            _remember_source(db, source, parsed, mapping, path, answers)
        return report
    report.backup = str(backup.snapshot(db.conn, db.path, f"before-import-{source}"))
    _apply(db, source, parsed, mapping, path, plan, answers)
    analyze(db)                         # the roster's new shape, for the planner (milliseconds)
    log.info("imported %s into %s: %s", path, source, report.summary())
    return report


def _remembered_statuses(row: dict | None) -> dict[str, str]:
    if row is None:
        return {}
    try:
        found = json.loads(row.get("statuses") or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _parse(db: EventDB, path: Path, platform: str, mapping: dict[str, str] | None, answers: dict[str, str],
           source: str | None, *, strict_mapping: bool) -> ParsedExport:
    """parse_export, with the answers remembered for the source the file turns out to belong to."""
    from kiosk.roster.parse import parse_export
    from kiosk.roster.statuses import UnknownStatus

    try:
        return parse_export(path, platform=platform, mapping=mapping, statuses=answers,
                            strict_mapping=strict_mapping)
    except UnknownStatus as unknown:
        if source is not None:
            raise
        # No source named: the file's platform names it; that source may know these words already.
        known = _remembered_statuses(_source_row(db, unknown.platform or "spreadsheet"))
        if not known or not set(known) - set(answers):
            raise
        return parse_export(path, platform=platform, mapping=mapping, statuses={**known, **answers},
                            strict_mapping=strict_mapping)


def _plan(db: EventDB, source: str, parsed: ParsedExport, report: ImportReport) -> dict:
    src = _source_row(db, source)
    # Existing rows stay tuples (key -> (id, code, imported, missing)) until one turns out to differ.
    existing: dict[str, tuple] = {}
    src_id = src["id"] if src else -1
    if src is not None:
        existing = {r[0]: r[1:] for r in db.conn.execute(
            "SELECT source_key, id, code, imported, missing_from_source FROM attendees WHERE source_id = ?", (src_id,))}
    # Codes held by attendees of other sources (or walk-ins): a clash is reported, never merged.
    other_codes: dict[str, int] = dict(db.conn.execute(
        "SELECT c.code, c.attendee_id FROM attendee_codes c JOIN attendees a ON a.id = c.attendee_id "
        "WHERE a.source_id IS NOT ?", (src_id,)).fetchall())
    # Codes of this source's attendees: a known ticket code under a new registration id is that person.
    own_codes: dict[str, tuple[int, str]] = {}
    if src is not None:
        own_codes = {r[0]: (r[1], r[2]) for r in db.conn.execute(
            "SELECT c.code, a.id, a.source_key FROM attendee_codes c JOIN attendees a ON a.id = c.attendee_id "
            "WHERE a.source_id = ?", (src_id,))}
    file_keys = {row.key for row in parsed.rows}
    by_address: dict[str, list[str]] = {}
    for key in existing:
        if key.startswith("email:"):
            by_address.setdefault(key.split("|", 1)[0], []).append(key)
    inserts: list[RosterRow] = []
    updates: list[tuple[dict, RosterRow, dict[str, tuple[str, str]], str]] = []
    flags: list[int] = []
    rekeys: dict[int, str] = {}
    seen_keys: set[str] = set()
    seen_codes: dict[str, RosterRow] = {}
    for row in parsed.rows:
        if row.key in seen_keys:
            report.rejected.append(Rejection(row.line, WORDS("same_registration", key=row.key)))
            continue
        seen_keys.add(row.key)
        if row.code and row.code in seen_codes:
            first = seen_codes[row.code]
            report.rejected.append(Rejection(row.line, WORDS("code_taken_by", code=row.code, line=first.line,
                                                             name=_name(first.fields())), "code"))
            continue
        clash = next((c for c in [row.code, *row.scan_codes] if c and c in other_codes), None)
        if clash is not None:
            owner = attendees.get(db, other_codes[clash])
            report.duplicate_codes.append({"code": clash, "line": row.line, "name": _name(row.fields()),
                                           "already": _name(owner), "source": owner.get("source", "")})
            origin = WORDS("code_owner_source", source=owner["source"]) if owner.get("source") else WORDS("walk_in")
            report.rejected.append(Rejection(row.line, WORDS("code_belongs_to", code=clash, name=_name(owner),
                                                             source=origin), "code"))
            continue
        if row.code:
            seen_codes[row.code] = row
        known = existing.get(row.key)
        if known is None and (own_codes or by_address):
            holder = next((own_codes[c] for c in [row.code, *row.scan_codes] if c and c in own_codes), None)
            if holder is None and row.key.startswith("email:"):
                # a hand-made list keys people by e-mail and name: a corrected name is the same person
                same = [k for k in by_address.get(row.key.split("|", 1)[0], ()) if k not in file_keys]
                if len(same) == 1:
                    holder = (existing[same[0]][0], same[0]) if same[0] in existing else None
            if holder is not None and holder[1] not in file_keys and holder[1] not in seen_keys \
                    and holder[1] in existing:
                # The platform gave this ticket a new registration id (issue 16), or a hand-made list
                # corrected a name: the same person.
                known = existing.pop(holder[1])
                existing[row.key] = known
                rekeys[known[0]] = row.key
                seen_keys.add(holder[1])
                report.rekeyed.append({"line": row.line, "code": known[1], "name": _name(row.fields()),
                                       "old_key": holder[1], "new_key": row.key,
                                       "why": WORDS("rekeyed_email") if row.key.startswith("email:")
                                       else WORDS("rekeyed_code")})
        if known is None:
            inserts.append(row)
            name = row.full_name or f"{row.first_name} {row.last_name}".strip() or \
                attendees.guest_words({"guest_of": row.guest_of, "details_missing": row.details_missing}) or row.code
            report.new.add(row.line, row.code, name, row.status, row.status == "active", row.admission)
            if row.status != "active":
                report.not_admitted.append(report.new[-1])
            if not row.code:
                report.codes_issued += 1
            continue
        old_id, old_code, old_imported, old_missing = known
        if not row.code:
            row.code = old_code               # a row without a code keeps the one we issued
        imported_json = encode_imported(row)
        if imported_json == old_imported and not old_missing and old_id not in rekeys:
            report.unchanged += 1
            continue
        fields = row.fields()
        current = db.one("SELECT id, code, first_name, last_name, full_name, email, organization, ticket_type, status, "
                     "pronouns, notes, imported, edited, details_missing, missing_from_source AS missing "
                     "FROM attendees WHERE id = ?", (old_id,))
        assert current is not None
        old: dict = current
        previous_import = decode_imported(old["imported"])
        edited = json.loads(old["edited"] or "{}")
        changes: dict[str, tuple[str, str]] = {}
        for name in ATTENDEE_FIELDS:
            new_value = fields[name]
            if name in edited:
                if new_value != previous_import.get(name, new_value) and new_value != edited[name]:
                    report.conflicts.append(Conflict(old["code"], _name(old), name, edited[name], new_value))
                continue
            if new_value != old[name]:
                changes[name] = (old[name], new_value)
        if changes or imported_json != old["imported"] or old["missing"] or old_id in rekeys:
            updates.append((old, row, changes, imported_json))
        if changes:
            report.updated.append(FieldChange(old["code"], _name(old), changes))
            if "status" in changes and changes["status"][1] != "active" and old["status"] == "active":
                report.cancelled.append({"code": old["code"], "name": _name(old), "status": changes["status"][1],
                                         "new": False, "why": row.admission})
        elif not old["missing"] and old_id not in rekeys:
            report.unchanged += 1
    gone = [held[0] for key, held in existing.items() if key not in seen_keys and not held[3]]
    for person in (attendees.get(db, attendee_id) for attendee_id in gone):
        flags.append(person["id"])
        report.missing.append({"code": person["code"], "name": _name(person)})
    return {"inserts": inserts, "updates": updates, "flags": flags, "rekeys": rekeys}


def _remember_source(db: EventDB, source: str, parsed: ParsedExport, mapping: dict | None, path: Path,
                     answers: dict[str, str]) -> int:
    now = utc_now()
    with db.write() as conn:
        conn.execute(
            "INSERT INTO sources (name, platform, mapping, last_file, last_imported_at, statuses) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(name) DO UPDATE SET platform = excluded.platform, "
            "mapping = CASE WHEN excluded.mapping = '{}' THEN sources.mapping ELSE excluded.mapping END, "
            "statuses = CASE WHEN excluded.statuses = '{}' THEN sources.statuses ELSE excluded.statuses END, "
            "last_file = excluded.last_file, last_imported_at = excluded.last_imported_at",
            (source, parsed.platform, json.dumps(mapping or {}, ensure_ascii=False), str(path), now,
             json.dumps(answers or {}, ensure_ascii=False, sort_keys=True)))
        return db.scalar("SELECT id FROM sources WHERE name = ?", (source,))


def _apply(db: EventDB, source: str, parsed: ParsedExport, mapping: dict | None, path: Path, plan: dict,
           answers: dict[str, str]) -> None:
    now = utc_now()
    with db.write() as conn:
        source_id = _remember_source(db, source, parsed, mapping, path, answers)
        code_rows: list[tuple[str, int]] = []
        # Updates first, so that a code handed from one registration to another is free when inserted;
        # codes that change hands between existing attendees are parked under a unique name first.
        moving = [old["id"] for old, _, changes, _ in plan["updates"] if "code" in changes]
        if moving:
            conn.executemany("UPDATE attendees SET code = '~moving~' || id WHERE id = ?", [(i,) for i in moving])
        for old, row, changes, imported_json in plan["updates"]:
            merged = {name: old[name] for name in ATTENDEE_FIELDS}
            merged.update({name: new for name, (_, new) in changes.items()})
            named_at_desk = bool(set(json.loads(old["edited"] or "{}")) & {"first_name", "last_name", "full_name"})
            details_missing = int(row.details_missing and not named_at_desk)
            new_key = plan["rekeys"].get(old["id"])
            conn.execute(
                "UPDATE attendees SET code = ?, first_name = ?, last_name = ?, full_name = ?, email = ?, organization = ?, "
                "ticket_type = ?, status = ?, pronouns = ?, notes = ?, imported = ?, search_text = ?, "
                "details_missing = ?, guest_of = ?, source_key = coalesce(?, source_key), missing_from_source = 0, "
                "updated_at = ? WHERE id = ?",
                (merged["code"], merged["first_name"], merged["last_name"], merged["full_name"], merged["email"],
                 merged["organization"], merged["ticket_type"], merged["status"] or "active", merged["pronouns"],
                 merged["notes"], imported_json,
                 search_text(merged["first_name"], merged["last_name"], merged["full_name"] or row.guest_of,
                             merged["email"], merged["organization"], merged["code"]),
                 details_missing, row.guest_of, new_key, now, old["id"]))
            for code in dict.fromkeys([merged["code"], *row.scan_codes]):
                if code:
                    code_rows.append((code, old["id"]))
            if "code" in changes and changes["code"][0]:
                conn.execute("DELETE FROM attendee_codes WHERE code = ? AND attendee_id = ?", (changes["code"][0], old["id"]))
        if plan["updates"]:
            conn.executemany("INSERT OR REPLACE INTO attendee_codes (code, attendee_id) VALUES (?, ?)", code_rows)
            code_rows = []
        # New people stream into one executemany (no list of row tuples is built); their codes are
        # copied from the new rows by SQL, and only the extra scan codes (a Luma `pk=`, a Tito URL,
        # an Eventbrite attendee number) are looked up by (source, key).
        inserts: list[RosterRow] = plan["inserts"]
        for row in inserts:
            if not row.code:
                row.code = attendees.new_code(db, "K")
        before = db.scalar("SELECT coalesce(max(id), 0) FROM attendees")
        conn.executemany(
            "INSERT INTO attendees (uid, source_id, source_key, code, first_name, last_name, full_name, email, "
            "organization, ticket_type, status, pronouns, notes, imported, search_text, details_missing, guest_of, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ((os.urandom(16).hex(), source_id, row.key, row.code, row.first_name, row.last_name, row.full_name,
              row.email, row.organization, row.ticket_type, row.status or "active", row.pronouns, row.notes,
              encode_imported(row),
              search_text(row.first_name, row.last_name, row.full_name or row.guest_of, row.email, row.organization,
                          row.code),
              int(row.details_missing), row.guest_of, now, now) for row in inserts))
        if inserts:
            conn.execute("INSERT OR REPLACE INTO attendee_codes (code, attendee_id) "
                         "SELECT code, id FROM attendees WHERE id > ? AND code <> ''", (before,))
            extra = ((code, k, row) for k, row in enumerate(inserts) for code in dict.fromkeys(row.scan_codes)
                     if code and code != row.code)
            if db.scalar("SELECT max(id) FROM attendees") == before + len(inserts):
                # The new rows took the ids after `before`, in order (this transaction holds the
                # write lock): the k-th new person is before + k + 1, no lookup needed.
                conn.executemany("INSERT OR REPLACE INTO attendee_codes (code, attendee_id) VALUES (?, ?)",
                                 ((code, before + k + 1) for code, k, _row in extra))
            else:
                conn.executemany(
                    "INSERT OR REPLACE INTO attendee_codes (code, attendee_id) "
                    "SELECT ?, id FROM attendees WHERE source_id = ? AND source_key = ?",
                    ((code, source_id, row.key) for code, _k, row in extra))
        if plan["flags"]:
            conn.executemany("UPDATE attendees SET missing_from_source = 1, updated_at = ? WHERE id = ?",
                             [(now, i) for i in plan["flags"]])

"""Importing ("syncing") a registration export into the event database.

Only the fields the app uses are stored; the rest of each export row (addresses, phone numbers,
answers to custom questions) is read and dropped, so the laptop holds as little personal data as
it can. One import is one transaction: it adds new people, updates changed fields, marks newly cancelled
registrations, and leaves everything else alone. It never deletes anyone and never touches a
check-in. A field corrected at the desk wins over the export and is reported as a conflict. People
who disappeared from a newer export are flagged, not removed. `dry_run` computes the same report
and writes nothing. A backup snapshot is taken before any import that changes data.
"""

from __future__ import annotations

import json
import logging
import os
from operator import attrgetter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kiosk.errors import ImportRefused
from kiosk.roster import attendees
from kiosk.roster.folding import search_text
from kiosk.roster.records import ATTENDEE_FIELDS, ParsedExport, Rejection, RosterRow
from kiosk.store import backup
from kiosk.store.database import EventDB, utc_now

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


@dataclass
class ImportReport:
    file: str
    source: str
    platform: str
    dry_run: bool
    new: list[dict] = field(default_factory=list)
    updated: list[FieldChange] = field(default_factory=list)
    cancelled: list[dict] = field(default_factory=list)
    unchanged: int = 0
    missing: list[dict] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    duplicate_codes: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    backup: str | None = None

    def summary(self) -> dict:
        return {"platform": self.platform, "source": self.source, "file": self.file, "dry_run": self.dry_run,
                "new": len(self.new), "updated": len(self.updated), "cancelled": len(self.cancelled),
                "unchanged": self.unchanged, "rejected": len(self.rejected), "missing": len(self.missing),
                "conflicts": len(self.conflicts), "backup": self.backup}

    def to_json(self, details: bool = True) -> dict:
        data = self.summary()
        if details:
            data["details"] = {
                "new": self.new,
                "updated": [{"code": u.code, "name": u.name, "fields": {k: {"old": o, "new": n} for k, (o, n) in u.fields.items()}}
                            for u in self.updated],
                "cancelled": self.cancelled,
                "missing": self.missing,
                "rejected": [asdict(r) for r in self.rejected],
                "conflicts": [asdict(c) for c in self.conflicts],
                "duplicate_codes": self.duplicate_codes,
                "warnings": self.warnings,
            }
        return data


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
                  parsed: ParsedExport | None = None) -> ImportReport:
    """Read an export and apply it to the roster as one source; see the module docstring."""
    path = Path(path)
    remembered = None
    if source:
        remembered = _source_row(db, source)
    if mapping is None and remembered is not None:
        saved = json.loads(remembered["mapping"] or "{}")
        mapping = saved or None
        if platform == "auto" and remembered["platform"] and saved:
            platform = remembered["platform"]
    if parsed is None:
        from kiosk.roster.parse import parse_export

        parsed = parse_export(path, platform=platform, mapping=mapping)
    source = source or parsed.platform or "spreadsheet"
    if not parsed.rows:
        reasons = "; ".join(f"line {r.line}: {r.reason}" for r in parsed.rejected[:5])
        raise ImportRefused(f"{path}: no usable rows were found{(' (' + reasons + ')') if reasons else ''}. "
                            "Nothing was imported.")
    report = ImportReport(file=str(path), source=source, platform=parsed.platform, dry_run=dry_run,
                          rejected=list(parsed.rejected), warnings=list(parsed.warnings))
    plan = _plan(db, source, parsed, report)
    has_changes = plan["inserts"] or plan["updates"] or plan["flags"] or _source_row(db, source) is None
    if dry_run or not has_changes:
        if not dry_run:
            _remember_source(db, source, parsed, mapping, path)
        return report
    report.backup = str(backup.snapshot(db.conn, db.path, f"before-import-{source}"))
    _apply(db, source, parsed, mapping, path, plan)
    log.info("imported %s into %s: %s", path, source, report.summary())
    return report


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
    inserts, updates, flags = [], [], []
    seen_keys: set[str] = set()
    seen_codes: dict[str, RosterRow] = {}
    for row in parsed.rows:
        if row.key in seen_keys:
            report.rejected.append(Rejection(row.line, f"the same registration ({row.key}) appears again; the first row was kept"))
            continue
        seen_keys.add(row.key)
        if row.code and row.code in seen_codes:
            first = seen_codes[row.code]
            report.rejected.append(Rejection(row.line, f"code {row.code} is already used on line {first.line} ({_name(first.fields())})", "code"))
            continue
        clash = next((c for c in [row.code, *row.scan_codes] if c and c in other_codes), None) if other_codes else None
        if clash:
            owner = attendees.get(db, other_codes[clash])
            report.duplicate_codes.append({"code": clash, "line": row.line, "name": _name(row.fields()),
                                           "already": _name(owner), "source": owner.get("source", "")})
            report.rejected.append(Rejection(row.line, f"code {clash} already belongs to {_name(owner)} from source "
                                                       f"'{owner.get('source') or 'walk-in'}'", "code"))
            continue
        if row.code:
            seen_codes[row.code] = row
        old: Any = existing.get(row.key)       # the stored (id, code, imported, missing), then its row
        if old is None:
            inserts.append(row)
            name = row.full_name or f"{row.first_name} {row.last_name}".strip() or row.code
            report.new.append({"line": row.line, "code": row.code, "name": name, "status": row.status})
            if row.status != "active":
                report.cancelled.append({"code": row.code, "name": name, "status": row.status, "new": True})
            continue
        old_id, old_code, old_imported, old_missing = old
        if not row.code:
            row.code = old_code               # a row without a code keeps the one we issued
        imported_json = encode_imported(row)
        if imported_json == old_imported and not old_missing:
            report.unchanged += 1
            continue
        fields = row.fields()
        old = db.one("SELECT id, code, first_name, last_name, full_name, email, organization, ticket_type, status, "
                     "pronouns, notes, imported, edited, missing_from_source AS missing FROM attendees WHERE id = ?",
                     (old_id,))
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
        if changes or imported_json != old["imported"] or old["missing"]:
            updates.append((old, row, changes, imported_json))
        if changes:
            report.updated.append(FieldChange(old["code"], _name(old), changes))
            if "status" in changes and changes["status"][1] != "active" and old["status"] == "active":
                report.cancelled.append({"code": old["code"], "name": _name(old), "status": changes["status"][1], "new": False})
        elif not old["missing"]:
            report.unchanged += 1
    gone = [old[0] for key, old in existing.items() if key not in seen_keys and not old[3]]
    for old in (attendees.get(db, attendee_id) for attendee_id in gone):
        flags.append(old["id"])
        report.missing.append({"code": old["code"], "name": _name(old)})
    return {"inserts": inserts, "updates": updates, "flags": flags}


def _remember_source(db: EventDB, source: str, parsed: ParsedExport, mapping: dict | None, path: Path) -> int:
    now = utc_now()
    with db.write() as conn:
        conn.execute(
            "INSERT INTO sources (name, platform, mapping, last_file, last_imported_at) VALUES (?,?,?,?,?) "
            "ON CONFLICT(name) DO UPDATE SET platform = excluded.platform, "
            "mapping = CASE WHEN excluded.mapping = '{}' THEN sources.mapping ELSE excluded.mapping END, "
            "last_file = excluded.last_file, last_imported_at = excluded.last_imported_at",
            (source, parsed.platform, json.dumps(mapping or {}, ensure_ascii=False), str(path), now))
        return db.scalar("SELECT id FROM sources WHERE name = ?", (source,))


def _apply(db: EventDB, source: str, parsed: ParsedExport, mapping: dict | None, path: Path, plan: dict) -> None:
    now = utc_now()
    with db.write() as conn:
        source_id = _remember_source(db, source, parsed, mapping, path)
        new_rows, code_rows = [], []
        uids = os.urandom(16 * len(plan["inserts"])).hex()
        for index, row in enumerate(plan["inserts"]):
            if not row.code:
                row.code = attendees.new_code(db, "K")
            new_rows.append((uids[32 * index:32 * index + 32], source_id, row.key, row.code, row.first_name, row.last_name,
                             row.full_name, row.email, row.organization, row.ticket_type, row.status or "active",
                             row.pronouns, row.notes,
                             encode_imported(row),
                             search_text(row.first_name, row.last_name, row.full_name, row.email, row.organization, row.code),
                             now, now))
        conn.executemany(
            "INSERT INTO attendees (uid, source_id, source_key, code, first_name, last_name, full_name, email, "
            "organization, ticket_type, status, pronouns, notes, imported, search_text, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", new_rows)
        if plan["inserts"]:
            ids = dict(conn.execute("SELECT source_key, id FROM attendees WHERE source_id = ?", (source_id,)).fetchall())
            for row in plan["inserts"]:
                attendee_id = ids[row.key]
                for code in dict.fromkeys([row.code, *row.scan_codes]):
                    if code:
                        code_rows.append((code, attendee_id))
        for old, row, changes, imported_json in plan["updates"]:
            merged = {name: old[name] for name in ATTENDEE_FIELDS}
            merged.update({name: new for name, (_, new) in changes.items()})
            conn.execute(
                "UPDATE attendees SET code = ?, first_name = ?, last_name = ?, full_name = ?, email = ?, organization = ?, "
                "ticket_type = ?, status = ?, pronouns = ?, notes = ?, imported = ?, search_text = ?, "
                "missing_from_source = 0, updated_at = ? WHERE id = ?",
                (merged["code"], merged["first_name"], merged["last_name"], merged["full_name"], merged["email"],
                 merged["organization"], merged["ticket_type"], merged["status"] or "active", merged["pronouns"],
                 merged["notes"], imported_json,
                 search_text(merged["first_name"], merged["last_name"], merged["full_name"], merged["email"],
                             merged["organization"], merged["code"]), now, old["id"]))
            for code in dict.fromkeys([merged["code"], *row.scan_codes]):
                if code:
                    code_rows.append((code, old["id"]))
            if "code" in changes and changes["code"][0]:
                conn.execute("DELETE FROM attendee_codes WHERE code = ? AND attendee_id = ?", (changes["code"][0], old["id"]))
        conn.executemany("INSERT OR REPLACE INTO attendee_codes (code, attendee_id) VALUES (?, ?)", code_rows)
        if plan["flags"]:
            conn.executemany("UPDATE attendees SET missing_from_source = 1, updated_at = ? WHERE id = ?",
                             [(now, i) for i in plan["flags"]])

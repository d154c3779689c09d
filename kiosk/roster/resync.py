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

An export of any length is imported in bounded memory: its rows are staged in a temporary table
a batch at a time (parse.stage_export, staging.py), compared with the roster and written to it in
SQL (resync_plan.py), all of it in one transaction that a refusal anywhere undoes whole. The dry
run reads in a transaction that is rolled back and never takes the write lock.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from kiosk.errors import ImportRefused
from kiosk.roster import attendees
from kiosk.roster.folding import search_text
from kiosk.roster.import_report import (  # noqa: F401  (the report's types are imported from here)
    SEP,
    CompactRows,
    Conflict,
    FieldChange,
    ImportReport,
    NewPeople,
    decode_imported,
    encode_imported,
)
from kiosk.roster.records import ParsedExport, Rejection, StagedExport
from kiosk.roster.resync_plan import apply_plan, plan_import, remember_source
from kiosk.roster.staging import REFUSED, Staging, join_scan_codes
from kiosk.roster.words import WORDS
from kiosk.store import backup
from kiosk.store.bulk import paused_gc
from kiosk.store.database import EventDB, classify_sqlite_error
from kiosk.store.planner import analyze
from kiosk.wording import joined, verbatim

log = logging.getLogger(__name__)


def _source_row(db: EventDB, name: str) -> dict | None:
    return db.one("SELECT * FROM sources WHERE name = ?", (name,))


def import_export(db: EventDB, path: str | Path, *, source: str | None = None, platform: str = "auto",
                  mapping: dict[str, str] | None = None, dry_run: bool = False,
                  parsed: ParsedExport | None = None, statuses: dict[str, str] | None = None) -> ImportReport:
    """Read an export and apply it to the roster as one source; see the module docstring.

    `statuses` are the organizer's meanings for status words given now ({status key: status},
    statuses.parse_override); they join those remembered for the source. `parsed` (rows already
    read, for tests and tools) is imported instead of reading `path`.
    """
    with paused_gc(), Staging.on(db.conn) as staging:
        return _import_export(db, staging, Path(path), source, platform, mapping, dry_run, parsed, statuses)


def _import_export(db: EventDB, staging: Staging, path: Path, source: str | None, platform: str,
                   mapping: dict[str, str] | None, dry_run: bool, parsed: ParsedExport | None,
                   statuses: dict[str, str] | None) -> ImportReport:
    remembered = _source_row(db, source) if source else None
    given_mapping = mapping is not None
    if mapping is None and remembered is not None:
        saved = json.loads(remembered["mapping"] or "{}")
        mapping = saved or None
        if platform == "auto" and remembered["platform"] and saved:
            platform = remembered["platform"]
    answers = {**_remembered_statuses(remembered), **(statuses or {})}
    refused: list[tuple[int, Rejection]] = []
    if parsed is None:
        staged = _stage(db, staging, path, platform, mapping, answers, source, strict_mapping=given_mapping)
        if source is None:
            known = _remembered_statuses(_source_row(db, staged.platform or "spreadsheet"))
            answers = {**known, **(statuses or {})}
    else:
        staged = _stage_parsed(staging, parsed, refused)
    source = source or staged.platform or "spreadsheet"
    if not staged.kept:
        reasons = joined([WORDS("line_reason", line=r.line, reason=r.reason) for r in staged.rejected[:5]])
        raise ImportRefused(WORDS("no_usable_rows_why", path=path, reasons=reasons) if staged.rejected
                            else WORDS("no_usable_rows", path=path))
    report = ImportReport(file=str(path), source=source, platform=staged.platform, dry_run=dry_run,
                          rejected=list(staged.rejected), warnings=list(staged.warnings),
                          label=staged.label if str(staged.label) else verbatim(staged.platform),
                          recognised=staged.recognised,
                          confidence=staged.confidence, evidence=staged.evidence, columns=dict(staged.mapping),
                          merged=list(staged.merged), statuses=answers,
                          admissions={staging.whys[why]: count for why, count in staging.execute(
                              "SELECT admission, count(*) FROM {rows} WHERE dropped = 0 GROUP BY admission "
                              "ORDER BY count(*) DESC, min(seq)")})
    with _transaction(db, write=not dry_run):
        plan = plan_import(db, staging, source, report, refused)
        if report.codes_issued and not staged.recognised:
            report.warnings.insert(0, WORDS("no_platform_recognised", count=report.codes_issued))
        has_changes = plan.new or plan.updates or plan.flags or _source_row(db, source) is None
        if dry_run:
            return report
        if not has_changes:
            remember_source(db, source, staged.platform, mapping, path, answers)
            return report
        # The write lock is held: the snapshot (through a connection of its own) is exactly the roster
        # this import changes.
        report.backup = str(_snapshot(db, f"before-import-{source}"))
        apply_plan(db, staging, source, staged.platform, mapping, path, plan, answers)
    analyze(db)                         # the roster's new shape, for the planner (milliseconds)
    log.info("imported %s into %s: %s", path, source, report.summary())
    return report


@contextlib.contextmanager
def _transaction(db: EventDB, *, write: bool) -> Iterator[None]:
    """The import's one transaction; a dry run's only reads the event (its writes go to the
    temporary staging table) and is always rolled back, so it never waits for or holds the write lock."""
    if write:
        with db.write():
            yield
        return
    conn = db.conn
    try:
        conn.execute("BEGIN")
        try:
            yield
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        problem = classify_sqlite_error(db.path, exc)
        if problem is not None:
            raise problem from exc
        raise


def _snapshot(db: EventDB, reason: str) -> Path:
    reader = sqlite3.connect(f"{db.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return backup.snapshot(reader, db.path, reason)
    finally:
        reader.close()


def _remembered_statuses(row: dict | None) -> dict[str, str]:
    if row is None:
        return {}
    try:
        found = json.loads(row.get("statuses") or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _stage(db: EventDB, staging: Staging, path: Path, platform: str, mapping: dict[str, str] | None,
           answers: dict[str, str], source: str | None, *, strict_mapping: bool) -> StagedExport:
    """stage_export, with the answers remembered for the source the file turns out to belong to."""
    from kiosk.roster.parse import stage_export
    from kiosk.roster.statuses import UnknownStatus

    try:
        return stage_export(staging, path, platform=platform, mapping=mapping, statuses=answers,
                            strict_mapping=strict_mapping)
    except UnknownStatus as unknown:
        if source is not None:
            raise
        # No source named: the file's platform names it; that source may know these words already.
        known = _remembered_statuses(_source_row(db, unknown.platform or "spreadsheet"))
        if not known or not set(known) - set(answers):
            raise
        staging.execute("DELETE FROM {rows}")
        return stage_export(staging, path, platform=platform, mapping=mapping, statuses={**known, **answers},
                            strict_mapping=strict_mapping)


def _stage_parsed(staging: Staging, parsed: ParsedExport, refused: list[tuple[int, Rejection]]) -> StagedExport:
    """Rows read already (a ParsedExport) into the staging table; a key or a code that repeats is
    refused on its later line (into `refused`, with the row's place)."""
    seen_keys: set[str] = set()
    seen_codes: dict[str, tuple[int, str]] = {}
    batch = []
    for seq, row in enumerate(parsed.rows, start=1):
        dropped = 0
        if row.key in seen_keys:
            refused.append((seq, Rejection(row.line, WORDS("same_registration", key=row.key))))
            dropped = REFUSED
        elif row.code and row.code in seen_codes:
            line, name = seen_codes[row.code]
            refused.append((seq, Rejection(row.line, WORDS("code_taken_by", code=row.code, line=line, name=name),
                                           "code")))
            dropped = REFUSED
        seen_keys.add(row.key)
        if row.code and not dropped:
            seen_codes[row.code] = (row.line, attendees.display_name(row.fields()))
        batch.append((seq, row.line, row.key, row.code, row.first_name, row.last_name, row.full_name, row.email,
                      row.organization, row.ticket_type, row.status, row.pronouns, row.notes,
                      join_scan_codes([c for c in row.scan_codes if c]) if row.scan_codes else "",
                      staging.why(row.admission),
                      int(row.details_missing), row.guest_of,
                      search_text(row.first_name, row.last_name, row.full_name or row.guest_of, row.email,
                                  row.organization, row.code),
                      None, None, None, None, None, dropped))
    staging.add(batch, with_dropped=True)
    return StagedExport(**parsed.facts(), kept=staging.kept())

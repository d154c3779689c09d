"""What an import changes in the roster, decided and done over the staged rows (staging.py).

The comparison runs in SQL over the staging table and the roster, inside the import's one
transaction; only the rows that need a look go through Python: a code another source holds
(refused), a registration found again under a new id or a corrected name (re-keyed), a person
whose fields changed (the field-by-field diff against desk corrections). New people go into the
roster with one INSERT ... SELECT, their codes with two more; the report's list of new people is
read from the table in file order. Nothing here holds the rows of the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.roster import attendees
from kiosk.roster.folding import SEARCH_TEXT_SQL, search_text
from kiosk.roster.import_report import IMPORTED_SQL, Conflict, FieldChange, ImportReport, decode_imported
from kiosk.roster.records import ATTENDEE_FIELDS, Rejection
from kiosk.roster.staging import REFUSED, Staging, split_scan_codes
from kiosk.roster.words import WORDS
from kiosk.store.database import EventDB, utc_now

_FIELDS_SQL = ", ".join(f"s.{f}" for f in ATTENDEE_FIELDS)


@dataclass
class Update:
    """A person already in the roster whose registration changed: their fields after the import."""

    attendee_id: int
    merged: dict[str, str]
    imported: str
    codes: list[str]                  # their code and the further codes a scan may carry
    details_missing: int
    guest_of: str                     # a guest not named yet: the buyer's name
    new_key: str | None               # registered again under a new id (or with a corrected name)
    old_code: str | None              # the code they held before, when it changes


@dataclass
class Plan:
    new: int = 0
    updates: list[Update] = field(default_factory=list)
    flags: list[int] = field(default_factory=list)       # no longer in the export


def _codes_of(where: str) -> str:
    """A CTE `codes_of(seq, pos, code)`: each kept staged row's code (pos 0) and further scan codes."""
    return ("WITH RECURSIVE split(seq, pos, code, rest) AS ("
            f"SELECT seq, 0, code, scan_codes FROM {{rows}} WHERE {where} "
            "UNION ALL SELECT seq, pos + 1, "
            "CASE WHEN instr(rest, char(31)) THEN substr(rest, 1, instr(rest, char(31)) - 1) ELSE rest END, "
            "CASE WHEN instr(rest, char(31)) THEN substr(rest, instr(rest, char(31)) + 1) ELSE '' END "
            "FROM split WHERE rest <> ''), codes_of AS (SELECT seq, pos, code FROM split WHERE code <> '') ")


def _name(row) -> str:
    return attendees.display_name(dict(row) if not isinstance(row, dict) else row)


def _staged(staging: Staging, seq: int) -> dict:
    cur = staging.execute("SELECT * FROM {rows} WHERE seq = ?", (seq,))
    return dict(zip([c[0] for c in cur.description], cur.fetchone()))


def plan_import(db: EventDB, staging: Staging, source: str, report: ImportReport,
                refused: list[tuple[int, Rejection]]) -> Plan:
    """Compare the kept staged rows with the roster's `source`, filling `report`; see the module docstring.
    `refused` holds rows refused before (with their place), reported in file order with the ones here."""
    src = db.one("SELECT id FROM sources WHERE name = ?", (source,))
    src_id = src["id"] if src else -1
    has_existing = src is not None and db.scalar("SELECT 1 FROM attendees WHERE source_id = ? LIMIT 1", (src_id,))
    _refuse_codes_of_others(db, staging, src_id, report, refused)
    report.rejected.extend(why for _, why in sorted(refused, key=lambda entry: entry[0]))
    plan = Plan()
    if has_existing:
        staging.conn.execute(f"CREATE INDEX IF NOT EXISTS {staging.schema}.import_rows_key ON import_rows (key)")
        staging.execute("UPDATE {rows} SET attendee_id = (SELECT a.id FROM attendees a WHERE a.source_id = ? "
                        "AND a.source_key = {rows}.key) WHERE dropped = 0", (src_id,))
        _rekey(db, staging, src_id, report)
    report.new.add_rows(_new_people(staging.execute(
        "SELECT line, code, coalesce(nullif(full_name, ''), nullif(trim(first_name || ' ' || last_name), ''), "
        "CASE WHEN details_missing THEN NULL ELSE code END), status, admission, guest_of "
        "FROM {rows} WHERE dropped = 0 AND attendee_id IS NULL ORDER BY seq")), staging.whys)
    report.codes_issued += staging.scalar("SELECT count(*) FROM {rows} WHERE dropped = 0 AND attendee_id IS NULL "
                                          "AND code = ''")
    plan.new = len(report.new)
    report.not_admitted = report.new.where(False)
    if has_existing:
        _compare(db, staging, report, plan)
        for person in db.query(
                "SELECT a.id, a.code, a.full_name, a.first_name, a.last_name FROM attendees a "
                "WHERE a.source_id = ? AND a.missing_from_source = 0 "
                f"AND NOT EXISTS (SELECT 1 FROM {staging.table} s WHERE s.key = a.source_key AND s.dropped IN (0, {REFUSED})) "
                f"AND a.id NOT IN (SELECT attendee_id FROM {staging.table} WHERE rekeyed = 1) ORDER BY a.source_key",
                (src_id,)):
            plan.flags.append(person["id"])
            report.missing.append({"code": person["code"], "name": _name(person)})
    return plan


def _new_people(rows):
    """(line, code, name, status, why) of the new people; a guest not named yet named by words."""
    for line, code, name, status, why, guest_of in rows:
        if name is None:
            name = attendees.guest_words({"guest_of": guest_of, "details_missing": True}) or code
        yield line, code, name, status, why


def _refuse_codes_of_others(db: EventDB, staging: Staging, src_id: int, report: ImportReport,
                            refused: list[tuple[int, Rejection]]) -> None:
    """A code held by an attendee of another source (or a walk-in) is reported, never merged."""
    if not db.scalar("SELECT 1 FROM attendee_codes c JOIN attendees a ON a.id = c.attendee_id "
                     "WHERE a.source_id IS NOT ? LIMIT 1", (src_id,)):
        return
    clashes: dict[int, str] = {}
    for seq, code in staging.execute(
            _codes_of("dropped = 0") + "SELECT seq, code FROM codes_of WHERE code IN (SELECT c.code FROM attendee_codes c "
            "JOIN attendees a ON a.id = c.attendee_id WHERE a.source_id IS NOT ?) ORDER BY seq, pos", (src_id,)):
        clashes.setdefault(seq, code)
    for seq, code in clashes.items():
        row = _staged(staging, seq)
        owner = attendees.get(db, db.scalar("SELECT attendee_id FROM attendee_codes WHERE code = ?", (code,)))
        report.duplicate_codes.append({"code": code, "line": row["line"], "name": _name(row),
                                       "already": _name(owner), "source": owner.get("source", "")})
        origin = WORDS("code_owner_source", source=owner["source"]) if owner.get("source") else WORDS("walk_in")
        refused.append((seq, Rejection(row["line"], WORDS("code_belongs_to", code=code, name=_name(owner),
                                                          source=origin), "code")))
    staging.drop(clashes, REFUSED)


def _in_file(staging: Staging, key: str) -> bool:
    return bool(staging.scalar(f"SELECT 1 FROM {{rows}} WHERE key = ? AND dropped IN (0, {REFUSED}) LIMIT 1", (key,)))


def _rekey(db: EventDB, staging: Staging, src_id: int, report: ImportReport) -> None:
    """A new row that is a person already here: the same ticket code under a new registration id
    (issue 16), or a hand-made list's corrected name beside the same e-mail address."""
    by_code: dict[int, tuple[int, str, str]] = {}
    for seq, attendee_id, key, code in staging.execute(
            _codes_of("dropped = 0 AND attendee_id IS NULL") +
            "SELECT o.seq, a.id, a.source_key, a.code FROM codes_of o JOIN attendee_codes c ON c.code = o.code "
            "JOIN attendees a ON a.id = c.attendee_id WHERE a.source_id = ? ORDER BY o.seq, o.pos", (src_id,)):
        by_code.setdefault(seq, (attendee_id, key, code))
    by_mail = dict(staging.execute("SELECT seq, key FROM {rows} WHERE dropped = 0 AND attendee_id IS NULL "
                                   "AND key LIKE 'email:%'").fetchall())
    claimed: set[str] = set()
    for seq in sorted(set(by_code) | set(by_mail)):
        holder = by_code.get(seq)
        if holder is None and seq in by_mail:
            address = by_mail[seq].split("|", 1)[0]
            same = [(key, attendee_id, code) for key, attendee_id, code in db.conn.execute(
                "SELECT source_key, id, code FROM attendees WHERE source_id = ? AND (source_key = ? "
                "OR (source_key >= ? AND source_key < ?))", (src_id, address, address + "|", address + "}"))
                if key == address or key.startswith(address + "|")]
            same = [entry for entry in same if not _in_file(staging, entry[0])]
            if len(same) == 1:
                holder = (same[0][1], same[0][0], same[0][2])
        if holder is None:
            continue
        attendee_id, old_key, code = holder
        if old_key in claimed or _in_file(staging, old_key):
            continue
        claimed.add(old_key)
        row = _staged(staging, seq)
        staging.execute("UPDATE {rows} SET attendee_id = ?, rekeyed = 1 WHERE seq = ?", (attendee_id, seq))
        report.rekeyed.append({"line": row["line"], "code": code, "name": _name(row), "old_key": old_key,
                               "new_key": row["key"], "why": WORDS("rekeyed_email") if row["key"].startswith("email:")
                               else WORDS("rekeyed_code")})


def _compare(db: EventDB, staging: Staging, report: ImportReport, plan: Plan) -> None:
    """The people found again: unchanged ones are counted in SQL, the others compared field by field."""
    code = "CASE WHEN s.code = '' THEN a.code ELSE s.code END"
    same = f"s.rekeyed = 0 AND a.missing_from_source = 0 AND a.imported = {IMPORTED_SQL.format(code=code)}"
    join = "FROM {rows} s JOIN attendees a ON a.id = s.attendee_id WHERE s.dropped = 0"
    report.unchanged += staging.scalar(f"SELECT count(*) {join} AND {same}")
    cur = staging.execute(
        f"SELECT {code}, {_FIELDS_SQL.replace('s.code, ', '', 1)}, {IMPORTED_SQL.format(code=code)}, s.scan_codes, "
        "s.details_missing, s.guest_of, s.rekeyed, s.key, s.admission, a.id, a.code, a.first_name, a.last_name, a.full_name, "
        "a.email, a.organization, a.ticket_type, a.status, a.pronouns, a.notes, a.imported, a.edited, "
        f"a.missing_from_source {join} AND NOT ({same}) ORDER BY s.seq")
    width = len(ATTENDEE_FIELDS)
    while batch := cur.fetchmany(1000):
        for values in batch:
            fields = dict(zip(ATTENDEE_FIELDS, values[:width]))
            imported, scans, details_missing, guest_of, rekeyed, key, why_at, attendee_id = values[width:width + 8]
            old = dict(zip(("code", *ATTENDEE_FIELDS[1:]), values[width + 8:width + 8 + width]))
            old_imported, old_edited, old_missing = values[width + 8 + width:]
            previous_import = decode_imported(old_imported)
            edited = json.loads(old_edited or "{}")
            changes: dict[str, tuple[str, str]] = {}
            for name in ATTENDEE_FIELDS:
                new_value = fields[name]
                if name in edited:
                    if new_value != previous_import.get(name, new_value) and new_value != edited[name]:
                        report.conflicts.append(Conflict(old["code"], _name(old), name, edited[name], new_value))
                    continue
                if new_value != old[name]:
                    changes[name] = (old[name], new_value)
            if changes or imported != old_imported or old_missing or rekeyed:
                merged = {**old, **{name: new for name, (_, new) in changes.items()}}
                named_at_desk = bool(set(edited) & {"first_name", "last_name", "full_name"})
                plan.updates.append(Update(
                    attendee_id, merged, imported, list(dict.fromkeys([merged["code"], *split_scan_codes(scans)])),
                    int(bool(details_missing) and not named_at_desk), guest_of, key if rekeyed else None,
                    changes["code"][0] if "code" in changes else None))
            if changes:
                report.updated.append(FieldChange(old["code"], _name(old), changes))
                if "status" in changes and changes["status"][1] != "active" and old["status"] == "active":
                    report.cancelled.append({"code": old["code"], "name": _name(old), "status": changes["status"][1],
                                             "new": False, "why": staging.whys[why_at]})
            elif not old_missing and not rekeyed:
                report.unchanged += 1


def remember_source(db: EventDB, source: str, platform: str, mapping: dict | None, path: Path,
                    answers: dict[str, str]) -> int:
    now = utc_now()
    with db.write() as conn:
        conn.execute(
            "INSERT INTO sources (name, platform, mapping, last_file, last_imported_at, statuses) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(name) DO UPDATE SET platform = excluded.platform, "
            "mapping = CASE WHEN excluded.mapping = '{}' THEN sources.mapping ELSE excluded.mapping END, "
            "statuses = CASE WHEN excluded.statuses = '{}' THEN sources.statuses ELSE excluded.statuses END, "
            "last_file = excluded.last_file, last_imported_at = excluded.last_imported_at",
            (source, platform, json.dumps(mapping or {}, ensure_ascii=False), str(path), now,
             json.dumps(answers or {}, ensure_ascii=False, sort_keys=True)))
        return db.scalar("SELECT id FROM sources WHERE name = ?", (source,))


def apply_plan(db: EventDB, staging: Staging, source: str, platform: str, mapping: dict | None, path: Path,
               plan: Plan, answers: dict[str, str]) -> None:
    """Write the plan (inside the import's transaction)."""
    now = utc_now()
    with db.write() as conn:
        source_id = remember_source(db, source, platform, mapping, path, answers)
        # Updates first, so that a code handed from one registration to another is free when inserted;
        # codes that change hands between existing attendees are parked under a unique name first.
        moving = [u.attendee_id for u in plan.updates if u.old_code is not None]
        if moving:
            conn.executemany("UPDATE attendees SET code = '~moving~' || id WHERE id = ?", [(i,) for i in moving])
        code_rows: list[tuple[str, int]] = []
        for u in plan.updates:
            m = u.merged
            conn.execute(
                "UPDATE attendees SET code = ?, first_name = ?, last_name = ?, full_name = ?, email = ?, organization = ?, "
                "ticket_type = ?, status = ?, pronouns = ?, notes = ?, imported = ?, search_text = ?, "
                "details_missing = ?, guest_of = ?, source_key = coalesce(?, source_key), missing_from_source = 0, "
                "updated_at = ? WHERE id = ?",
                (m["code"], m["first_name"], m["last_name"], m["full_name"], m["email"], m["organization"],
                 m["ticket_type"], m["status"] or "active", m["pronouns"], m["notes"], u.imported,
                 search_text(m["first_name"], m["last_name"], m["full_name"] or u.guest_of, m["email"],
                             m["organization"], m["code"]),
                 u.details_missing, u.guest_of, u.new_key, now, u.attendee_id))
            code_rows += [(code, u.attendee_id) for code in u.codes if code]
            if u.old_code:
                conn.execute("DELETE FROM attendee_codes WHERE code = ? AND attendee_id = ?", (u.old_code, u.attendee_id))
        if code_rows:
            conn.executemany("INSERT OR REPLACE INTO attendee_codes (code, attendee_id) VALUES (?, ?)", code_rows)
        if plan.new:
            _insert_new(db, staging, source_id, now)
        if plan.flags:
            conn.executemany("UPDATE attendees SET missing_from_source = 1, updated_at = ? WHERE id = ?",
                             [(now, i) for i in plan.flags])


def _insert_new(db: EventDB, staging: Staging, source_id: int, now: str) -> None:
    """The new people in file order, under the ids after the largest (this transaction holds the
    write lock), with their codes; people without a code get the app's own (tickets.py signs it later)."""
    new = "dropped = 0 AND attendee_id IS NULL"
    for seq, first, last, full, email, org in staging.execute(
            "SELECT seq, first_name, last_name, coalesce(nullif(full_name, ''), guest_of), email, organization "
            f"FROM {{rows}} WHERE {new} AND code = ''"
    ).fetchall():
        code = attendees.new_code(db, "K")
        staging.execute("UPDATE {rows} SET code = ?, search_text = ? WHERE seq = ?",
                        (code, search_text(first, last, full, email, org, code), seq))
    before = db.scalar("SELECT coalesce(max(id), 0) FROM attendees")
    # uids in file order (the time, the row, then 48 random bits): the unique index on uid grows at
    # its end instead of at random places, which costs a large import a tenth of its time.
    staging.execute(
        "INSERT INTO attendees (uid, source_id, source_key, code, first_name, last_name, full_name, email, "
        "organization, ticket_type, status, pronouns, notes, imported, search_text, details_missing, guest_of, "
        "created_at, updated_at) SELECT printf('%012x%08x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), seq) "
        "|| lower(hex(randomblob(6))), ?, key, code, first_name, last_name, full_name, email, organization, "
        "ticket_type, coalesce(nullif(status, ''), 'active'), pronouns, notes, "
        f"{IMPORTED_SQL.format(code='s.code')}, coalesce(search_text, {SEARCH_TEXT_SQL.format(t='s')}), "
        f"details_missing, guest_of, ?, ? FROM {{rows}} AS s WHERE {new} ORDER BY seq", (source_id, now, now))
    db.conn.execute("INSERT OR REPLACE INTO attendee_codes (code, attendee_id) "
                    "SELECT code, id FROM attendees WHERE id > ? AND code <> ''", (before,))
    # Further codes (an Eventbrite attendee number, a Luma URL), each under the person it came with.
    person = "JOIN attendees AS a ON a.source_id = ? AND a.source_key = s.key"
    staging.execute(
        f"INSERT OR REPLACE INTO attendee_codes (code, attendee_id) SELECT s.scan_codes, a.id FROM {{rows}} AS s {person} "
        f"WHERE s.{new.replace(' AND ', ' AND s.')} AND s.scan_codes <> '' AND s.scan_codes <> s.code "
        "AND instr(s.scan_codes, char(31)) = 0 ORDER BY s.seq", (source_id,))
    staging.execute(
        f"WITH RECURSIVE split(seq, id, pos, main, code, rest) AS (SELECT s.seq, a.id, 0, s.code, '', s.scan_codes "
        f"FROM {{rows}} AS s {person} WHERE s.{new.replace(' AND ', ' AND s.')} AND instr(s.scan_codes, char(31)) > 0 "
        "UNION ALL SELECT seq, id, pos + 1, main, "
        "CASE WHEN instr(rest, char(31)) THEN substr(rest, 1, instr(rest, char(31)) - 1) ELSE rest END, "
        "CASE WHEN instr(rest, char(31)) THEN substr(rest, instr(rest, char(31)) + 1) ELSE '' END "
        "FROM split WHERE rest <> '') "
        "INSERT OR REPLACE INTO attendee_codes (code, attendee_id) "
        "SELECT code, id FROM split WHERE pos > 0 AND code <> '' AND code <> main ORDER BY seq, pos", (source_id,))

"""Attendees in the event database: look up by code, read, add a walk-in, correct at the desk.

A desk correction is recorded in `attendee_edits` and remembered in the attendee's `edited` fields,
so that a later re-sync of the registration export does not overwrite it. `details_missing` marks a
ticket whose holder is not named yet (Eventbrite "Info Requested", admitted as "Guest of <buyer>"):
the desk asks for the name, and a correction of the name or e-mail clears the mark.
"""

from __future__ import annotations

import json
import secrets
import uuid
from typing import Any, Iterable

from kiosk.errors import KnownError, NotFound
from kiosk.roster.folding import search_text
from kiosk.roster.names import display_name as display_name  # re-exported: the UI imports them from here
from kiosk.roster.names import first_name_of as first_name_of
from kiosk.roster.names import greeting_name as greeting_name
from kiosk.roster.names import guest_words as guest_words
from kiosk.roster.names import join_name
from kiosk.roster.records import ATTENDEE_FIELDS
from kiosk.roster.words import WORDS
from kiosk.store.database import EventDB, utc_now

PUBLIC_FIELDS = ("id", "code", "first_name", "last_name", "full_name", "email", "organization",
                 "ticket_type", "status", "pronouns", "notes", "walk_in", "details_missing", "guest_of")
EDITABLE = ("first_name", "last_name", "full_name", "email", "organization", "ticket_type", "status",
            "pronouns", "notes")
#: A desk correction of one of these names the guest: it clears `details_missing` (here, and where
#: the correction arrives through the hub).
NAMES_THE_GUEST = ("first_name", "last_name", "full_name", "email")

_SELECT = ("SELECT a.id, a.uid, a.code, a.first_name, a.last_name, a.full_name, a.email, a.organization, "
           "a.ticket_type, a.status, a.pronouns, a.notes, a.walk_in, a.details_missing, a.guest_of, a.source_id, "
           "coalesce(s.name, CASE WHEN a.walk_in THEN 'walk-in' ELSE '' END) AS source "
           "FROM attendees a LEFT JOIN sources s ON s.id = a.source_id ")


def get(db: EventDB, attendee_id: int) -> dict:
    row = db.one(_SELECT + "WHERE a.id = ?", (attendee_id,))
    if row is None:
        raise NotFound(WORDS("no_attendee", id=attendee_id))
    return row


def find_by_code(db: EventDB, code: str) -> dict | None:
    """The attendee a code belongs to (exact, case-sensitive), through every code a scan may carry."""
    row = db.one(_SELECT + "JOIN attendee_codes c ON c.attendee_id = a.id WHERE c.code = ?", (code,))
    return row


def find_code_casefold(db: EventDB, code: str) -> dict | None:
    """A case-insensitive match, used only for codes of platforms that compare without case."""
    return db.one(_SELECT + "JOIN attendee_codes c ON c.attendee_id = a.id WHERE c.code = ? COLLATE NOCASE", (code,))


def all_attendees(db: EventDB) -> list[dict]:
    """Everyone, in name order with accents folded ("Ñúñez" among the N)."""
    from kiosk.roster.folding import name_key

    rows = db.query(_SELECT)
    rows.sort(key=lambda a: (*name_key(a["last_name"], a["first_name"]), a["id"]))
    return rows


def count(db: EventDB, admitted_only: bool = False) -> int:
    sql = "SELECT count(*) FROM attendees" + (" WHERE status = 'active'" if admitted_only else "")
    return db.scalar(sql)


def new_code(db: EventDB, prefix: str = "K") -> str:
    """A fresh code issued by this app: unguessable, unambiguous characters, signed when tickets are issued."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        code = prefix + "-" + "".join(secrets.choice(alphabet) for _ in range(10))
        if not db.scalar("SELECT 1 FROM attendee_codes WHERE code = ?", (code,)):
            return code


def insert(conn, fields: dict[str, Any], *, source_id: int | None = None, source_key: str | None = None,
           walk_in: bool = False, imported: dict | None = None, raw: dict | None = None,
           scan_codes: Iterable[str] = (), now: str | None = None, uid: str | None = None) -> int:
    """Insert one attendee (inside the caller's transaction) with its scan codes; return its id."""
    now = now or utc_now()
    f = {k: (fields.get(k) or "") for k in ATTENDEE_FIELDS}
    f["status"] = f["status"] or "active"
    cur = conn.execute(
        "INSERT INTO attendees (uid, source_id, source_key, code, first_name, last_name, full_name, email, "
        "organization, ticket_type, status, pronouns, notes, walk_in, imported, raw, search_text, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (uid or uuid.uuid4().hex, source_id, source_key, f["code"], f["first_name"], f["last_name"], f["full_name"],
         f["email"], f["organization"], f["ticket_type"], f["status"], f["pronouns"], f["notes"], int(walk_in),
         json.dumps(imported or {}, ensure_ascii=False), json.dumps(raw or {}, ensure_ascii=False),
         search_text(f["first_name"], f["last_name"], f["full_name"], f["email"], f["organization"], f["code"]),
         now, now))
    attendee_id = cur.lastrowid
    for code in dict.fromkeys([f["code"], *scan_codes]):
        if code:
            conn.execute("INSERT OR IGNORE INTO attendee_codes (code, attendee_id) VALUES (?, ?)", (code, attendee_id))
    return attendee_id


#: The longest text the desk may type into a field (a badge prints at most 200 characters of a name).
TYPED_LIMITS = {"notes": 2000, "full_name": 400}
TYPED_LIMIT = 200


def typed(field_name: str, value: str) -> str:
    """What the desk typed into a field, checked (kiosk/typed_text.py): stripped, or KnownError."""
    from kiosk.typed_text import checked

    from kiosk.words import WORDS as CORE_WORDS

    label = CORE_WORDS(f"typed_field_{field_name}") if f"typed_field_{field_name}" in CORE_WORDS else field_name
    return checked(label, value, TYPED_LIMITS.get(field_name, TYPED_LIMIT), lines=field_name == "notes")


def _status_typed(value: str) -> str:
    """A status the desk typed, as the app stores it: `active` for any word that admits (admitted,
    confirmed, oui...), the reason for a word that does not; KnownError for a word it does not know."""
    from kiosk.roster.statuses import ACTIVE, ADMIT_WORDS, read_status, status_key

    word = " ".join((value or "").split())
    if not word or status_key(word) in ADMIT_WORDS:
        return ACTIVE
    meaning = read_status(word[:100])
    if meaning is None or len(word) > 100:
        from kiosk.words import WORDS as CORE_WORDS

        raise KnownError(CORE_WORDS("unknown_status_typed", word=word[:40]))
    return meaning.status


def add_walk_in(db: EventDB, *, first_name: str, last_name: str = "", email: str = "", organization: str = "",
                ticket_type: str = "Walk-in", pronouns: str = "", notes: str = "") -> dict:
    """Create an attendee at the desk with a generated code."""
    fields = {name: typed(name, value) for name, value in (
        ("first_name", first_name), ("last_name", last_name), ("email", email), ("organization", organization),
        ("ticket_type", ticket_type), ("pronouns", pronouns), ("notes", notes))}
    if not (fields["first_name"] or fields["last_name"]):
        raise KnownError(WORDS("walk_in_needs_name"))
    with db.write() as conn:
        code = new_code(db, "W")
        full = join_name(fields["first_name"], fields["last_name"])
        attendee_id = insert(conn, {"code": code, **fields, "full_name": full}, walk_in=True)
    return get(db, attendee_id)


def edit(db: EventDB, attendee_id: int, changes: dict[str, str], *, station: str = "") -> dict:
    """Correct an attendee at the desk; the correction survives later re-syncs and is audited."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise KnownError(WORDS("not_editable", fields=tuple(sorted(unknown)), editable=EDITABLE))
    with db.write() as conn:
        row = db.one("SELECT * FROM attendees WHERE id = ?", (attendee_id,))
        if row is None:
            raise NotFound(WORDS("no_attendee", id=attendee_id))
        edited = json.loads(row["edited"])
        now = utc_now()
        changed = {}
        for field_name, value in changes.items():
            value = _status_typed(value) if field_name == "status" else typed(field_name, value)
            if value == row[field_name]:
                continue
            changed[field_name] = value
            edited[field_name] = value
            conn.execute("INSERT INTO attendee_edits (attendee_id, field, old_value, new_value, station, at) VALUES (?,?,?,?,?,?)",
                         (attendee_id, field_name, row[field_name], value, station, now))
        if changed:
            merged = {**row, **changed}
            if ("first_name" in changed or "last_name" in changed) and "full_name" not in changed:
                old_full = join_name(row["first_name"], row["last_name"])
                if not row["full_name"] or row["full_name"] == old_full or row["details_missing"]:
                    merged["full_name"] = join_name(merged["first_name"], merged["last_name"])
                    changed["full_name"] = merged["full_name"]
                    edited["full_name"] = merged["full_name"]
            sets = ", ".join(f"{k} = ?" for k in changed)
            if set(changed) & set(NAMES_THE_GUEST):
                sets += ", details_missing = 0"          # the desk has named the guest
            conn.execute(f"UPDATE attendees SET {sets}, edited = ?, search_text = ?, updated_at = ? WHERE id = ?",
                         (*changed.values(), json.dumps(edited, ensure_ascii=False),
                          search_text(merged["first_name"], merged["last_name"], merged["full_name"], merged["email"],
                                      merged["organization"], merged["code"]), now, attendee_id))
    return get(db, attendee_id)


def public(a: dict) -> dict:
    """The attendee as the CLI's `--json` shows it."""
    out = {k: a.get(k) for k in PUBLIC_FIELDS}
    out["walk_in"] = bool(out.get("walk_in"))
    out["details_missing"] = bool(out.get("details_missing"))
    out["source"] = a.get("source", "")
    return out


def ticket_types(db: EventDB, limit: int = 50) -> list[str]:
    """The roster's ticket types, in order (what the walk-in form offers)."""
    return [r["ticket_type"] for r in db.query(
        "SELECT DISTINCT ticket_type FROM attendees WHERE ticket_type != '' ORDER BY 1 LIMIT ?", (limit,))]

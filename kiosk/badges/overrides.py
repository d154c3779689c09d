"""What a badge prints instead of the registration: a misspelt name, a preferred name, a new employer.

A badge fix changes the printed first name, last name and organisation of one person, and nothing
else: the roster, the search, the exports and the check-ins keep the registered name, and a re-sync
of the export never touches a fix. Each fix is an append-only fact in `badge_texts` with who made
it, when and at which station; the latest one per attendee is in force, and a field left NULL
prints as registered. The print queue, the pre-printing batch and the badge preview all read the
person through `badge_person` / `for_badges`.

Fixes travel between stations through the hub (kiosk/sync/badge_facts.py), so "the latest" is
by time, not by the order rows reached this file: the latest `at` wins, and between fixes of the
same instant the larger `uid` (every station picks the same one). A fix is stamped with the
current time, or just after the latest fix this station knows of for that person when its clock
says earlier (a clock behind the others' never makes a new fix lose to the one it replaces).

    set_badge_text(db, attendee_id, first_name="Kate", by="Marie", station="desk 2")
    set_badge_text(db, attendee_id, reset=("first_name",), by=..., station=...)   # back to the registered one
    clear_badge_text(db, attendee_id, by=..., station=...)                         # everything as registered
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Iterable

from kiosk.badges.words import WORDS
from kiosk.errors import KnownError, NotFound
from kiosk.roster.names import join_name
from kiosk.store.database import EventDB, utc_now

FIELDS = ("first_name", "last_name", "organization")
MAX_LENGTH = 200


class BadgeTextRefused(KnownError):
    """A badge text that cannot be printed (empty name, control characters, too long)."""


def _registered(db: EventDB, attendee_id: int) -> dict:
    row = db.one("SELECT * FROM attendees WHERE id = ?", (attendee_id,))
    if row is None:
        raise NotFound(WORDS("no_attendee", id=attendee_id))
    return row


def badge_text(db: EventDB, attendee_id: int) -> dict | None:
    """The fix in force ({first_name, last_name, organization: text or None, by, station, at}), or None."""
    row = db.one("SELECT first_name, last_name, organization, by_whom AS by, station, at FROM badge_texts "
                 "WHERE attendee_id = ? ORDER BY at DESC, uid DESC LIMIT 1", (attendee_id,))
    if row is None or all(row[f] is None for f in FIELDS):
        return None
    return row


def history(db: EventDB, attendee_id: int) -> list[dict]:
    """Every badge fix of this person, oldest first (a clearing is a row with every field None)."""
    return db.query("SELECT first_name, last_name, organization, by_whom AS by, station, at FROM badge_texts "
                    "WHERE attendee_id = ? ORDER BY at, uid", (attendee_id,))


def _stamp(db: EventDB, attendee_id: int) -> str:
    """Now, or one millisecond after the latest fix known for this person if that is later."""
    now = utc_now()
    latest = db.scalar("SELECT max(at) FROM badge_texts WHERE attendee_id = ?", (attendee_id,))
    if not latest or latest < now:
        return now
    try:
        moment = datetime.fromisoformat(latest.replace("Z", "+00:00"))
    except ValueError:
        return now
    later = moment.astimezone(timezone.utc) + timedelta(milliseconds=1)
    return later.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _clean(field: str, value: str) -> str:
    from kiosk.typed_text import checked, visible

    label = WORDS(f"field_{field}")
    value = checked(label, " ".join(value.split()), MAX_LENGTH, error=BadgeTextRefused)
    if value and field != "organization" and not visible(value):
        raise BadgeTextRefused(WORDS("shows_nothing", field=label))
    return value


def set_badge_text(db: EventDB, attendee_id: int, *, first_name: str | None = None, last_name: str | None = None,
                   organization: str | None = None, reset: Iterable[str] = (), by: str, station: str) -> dict:
    """Record what this person's badge prints. A field given (even "") replaces the printed text; a
    field left None keeps the fix in force; a field in `reset` prints as registered again. A value
    equal to the registration is stored as "as registered". Returns `badge_person`."""
    by = " ".join((by or "").split())
    if not by:
        raise BadgeTextRefused(WORDS("say_who"))
    unknown = set(reset) - set(FIELDS)
    if unknown:
        raise BadgeTextRefused(WORDS("only_fields", fields=FIELDS, unknown=tuple(sorted(unknown))))
    given = {"first_name": first_name, "last_name": last_name, "organization": organization}
    with db.write() as conn:
        person = _registered(db, attendee_id)
        current = badge_text(db, attendee_id) or {f: None for f in FIELDS}
        new: dict[str, str | None] = {}
        for field in FIELDS:
            value = given[field]
            if field in reset:
                new[field] = None
            elif value is None:
                new[field] = current[field]
            else:
                cleaned = _clean(field, value)
                new[field] = None if cleaned == (person[field] or "") else cleaned
        printed_first = person["first_name"] if new["first_name"] is None else new["first_name"]
        printed_last = person["last_name"] if new["last_name"] is None else new["last_name"]
        if not (printed_first or printed_last or (new["first_name"] is None and new["last_name"] is None
                                                   and person["full_name"])):
            raise BadgeTextRefused(WORDS("needs_name"))
        if new == {f: current[f] for f in FIELDS}:
            return badge_person(db, attendee_id)
        conn.execute("INSERT INTO badge_texts (uid, attendee_id, first_name, last_name, organization, by_whom, station, at) "
                     "VALUES (?,?,?,?,?,?,?,?)", (uuid.uuid4().hex, attendee_id, new["first_name"], new["last_name"],
                                                   new["organization"], by, station, _stamp(db, attendee_id)))
    return badge_person(db, attendee_id)


def clear_badge_text(db: EventDB, attendee_id: int, *, by: str, station: str) -> dict:
    """Print this person's badge as registered again (recorded like a fix)."""
    return set_badge_text(db, attendee_id, reset=FIELDS, by=by, station=station)


def apply_badge_text(person: dict, fix: dict | None) -> dict:
    """The attendee as the badge prints them: the fix's fields in place of the registered ones."""
    if not fix:
        return dict(person)
    printed = dict(person)
    for field in FIELDS:
        if fix.get(field) is not None:
            printed[field] = fix[field]
    if fix.get("first_name") is not None or fix.get("last_name") is not None:
        printed["full_name"] = join_name(printed.get("first_name") or "", printed.get("last_name") or "")
    printed["badge_fixed"] = True
    return printed


def badge_person(db: EventDB, attendee_id: int) -> dict:
    """The attendee row with the badge fix in force applied: what the printer and the preview use.
    `badge_fixed` is True when a fix applies; `registered` holds the registered name parts."""
    person = _registered(db, attendee_id)
    printed = apply_badge_text(person, badge_text(db, attendee_id))
    printed.setdefault("badge_fixed", False)
    printed["registered"] = {f: person[f] for f in (*FIELDS, "full_name")}
    return printed


def for_badges(db: EventDB, people: list[dict]) -> list[dict]:
    """The same people, each with their badge fix applied (one query per 900 people)."""
    ids = [p["id"] for p in people]
    fixes: dict[int, dict] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        marks = ",".join("?" * len(chunk))
        for row in db.query(
                "SELECT b.attendee_id, b.first_name, b.last_name, b.organization FROM badge_texts b "
                f"WHERE b.attendee_id IN ({marks}) AND b.id = (SELECT l.id FROM badge_texts l "
                "WHERE l.attendee_id = b.attendee_id ORDER BY l.at DESC, l.uid DESC LIMIT 1)", chunk):
            fixes[row["attendee_id"]] = row
    return [apply_badge_text(p, fixes.get(p["id"])) for p in people]

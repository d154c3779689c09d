"""Two versions of one attendee -> one: what every station and the hub agree on.

An attendee row is versioned by (`updated_at`, `station_id`): the later version wins as a whole
(last writer wins, the station id breaks ties). Corrections made at a desk (`edited`) are not
lost to a later import elsewhere: a field corrected in the losing version and not in the winning
one is carried over, with its corrected value (a name carried over clears the winner's "details
missing" mark, as the correction did where it was made). A field corrected in both keeps the winner's.
The merge is symmetric, so every station reaches the same row whatever order versions arrive in.
"""

from __future__ import annotations

import json

from kiosk.roster.attendees import EDITABLE, NAMES_THE_GUEST

#: The columns of an attendee as the hub stores them (besides uid).
FIELDS = ("source", "source_key", "code", "codes", "first_name", "last_name", "full_name", "email",
          "organization", "ticket_type", "status", "pronouns", "notes", "walk_in", "imported", "edited",
          "missing_from_source", "details_missing", "guest_of", "created_at", "updated_at", "station_id")

#: What must be equal for two versions to be the same content (versions aside).
CONTENT = tuple(f for f in FIELDS if f not in ("updated_at", "station_id", "created_at"))


def version(row: dict) -> tuple:
    return (row["updated_at"], row["station_id"], json.dumps({k: row[k] for k in CONTENT}, sort_keys=True, default=str))


def same_content(a: dict, b: dict) -> bool:
    for k in CONTENT:
        va, vb = a[k], b[k]
        if va != vb and _norm(va) != _norm(vb):
            return False
    return True


def _norm(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def merge(a: dict, b: dict) -> dict:
    """The agreed version of two versions of one attendee (see the module docstring)."""
    winner, loser = (a, b) if version(a) >= version(b) else (b, a)
    merged = dict(winner)
    edited = json.loads(winner["edited"] or "{}")
    loser_edited = json.loads(loser["edited"] or "{}")
    for field, value in loser_edited.items():
        if field in EDITABLE and field not in edited:
            edited[field] = value
            merged[field] = value
            if field in NAMES_THE_GUEST:
                merged["details_missing"] = False      # the desk named the guest in the other version
    merged["edited"] = json.dumps(edited, ensure_ascii=False, sort_keys=True)
    merged["created_at"] = min(a["created_at"], b["created_at"])
    codes = list(dict.fromkeys([merged["code"], *json.loads(winner["codes"] or "[]")]))
    merged["codes"] = json.dumps(codes, ensure_ascii=False)
    return merged

"""Codes this app issues: signed ticket codes for attendees whose export gave none that scans.

The importer gives such rows a placeholder code `K-XXXXXXXXXX`. `assign_codes` replaces it with a
signed code `T-<10 random>-<6 MAC>`: the MAC is HMAC-SHA256 of the random part under the event's
secret, so a forged or mistyped code is refused at the door without looking anything up, and a
code from another event never matches. Codes use the alphabet `ABCDEFGHJKLMNPQRSTUVWXYZ23456789`
(upper case, no 0/O/1/I): what a keyboard-wedge scanner types with Caps Lock on is compared
without case. The old code stays mapped to the attendee, so an earlier printout still scans.
`verify_code` needs only the standard library: the check-in path imports it. The ticket files
(PDF, PNG, mail merge) are written by kiosk/reports/tickets.py.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from kiosk.errors import KnownError
from kiosk.roster.folding import name_order_sql, search_text
from kiosk.roster.words import WORDS
from kiosk.store.database import utc_now

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
PREFIX = "T-"
RANDOM_LEN = 10      # 50 bits: unguessable
MAC_LEN = 6          # 30 bits: a forgery or a typo passes one time in a billion
PLACEHOLDER_PREFIX = "K-"
_SHAPE = re.compile(rf"^T-([{ALPHABET}]{{{RANDOM_LEN}}})-([{ALPHABET}]{{{MAC_LEN}}})$")


def _mac(secret: str, body: str) -> str:
    digest = hmac.new(secret.encode("utf-8"), f"kiosk-ticket:{body}".encode("ascii"), hashlib.sha256).digest()
    value = int.from_bytes(digest[:8], "big")
    out = []
    for _ in range(MAC_LEN):
        value, index = divmod(value, len(ALPHABET))
        out.append(ALPHABET[index])
    return "".join(out)


def sign_code(secret: str, random_part: str | None = None) -> str:
    """A new signed ticket code for this event's secret."""
    if not secret:
        raise ValueError("the event has no secret")
    body = random_part or "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LEN))
    return f"{PREFIX}{body}-{_mac(secret, body)}"


def looks_issued(code: str) -> bool:
    """Whether a code has the shape of a ticket this app issued (any case): then its MAC must hold."""
    return bool(_SHAPE.match(code.strip().upper()))


def verify_code(secret: str, code: str) -> bool:
    """True only for a code signed with this event's secret (case-insensitive, surrounding space ignored)."""
    if not secret or not isinstance(code, str):
        return False
    match = _SHAPE.match(code.strip().upper())
    if not match:
        return False
    return hmac.compare_digest(_mac(secret, match.group(1)), match.group(2))


def needs_ticket(code: str) -> bool:
    """An attendee needs a ticket when the importer invented their code or it cannot be scanned."""
    code = code or ""
    if code.startswith(PLACEHOLDER_PREFIX) or not code.strip():
        return True
    return not code.isprintable() or any(ch.isspace() for ch in code) or len(code) > 512


def assign_codes(db, *, station: str = "tickets") -> list[dict]:
    """Give every admitted attendee who needs one a signed code (one transaction); return them all.

    Returns the admitted attendees holding a valid signed code afterwards (newly issued or from an
    earlier run), each with `new` telling which. The old code stays in `attendee_codes`, and the
    change is recorded in `attendee_edits` (a re-sync keeps the issued code: rows without a code
    keep the one the app gave them).
    """
    secret = db.event()["secret"]
    if not secret:
        if db.has_event():
            raise KnownError(WORDS("no_signing_secret"))
        raise KnownError(WORDS("no_event"))
    now = utc_now()
    issued: list[dict] = []
    with db.write() as conn:
        rows = db.query("SELECT id, code, first_name, last_name, full_name, email, organization, ticket_type "
                        "FROM attendees WHERE status = 'active' AND walk_in = 0 "
                        "ORDER BY " + name_order_sql(db.conn))
        for row in rows:
            if verify_code(secret, row["code"]):
                issued.append({**row, "new": False})
                continue
            if not needs_ticket(row["code"]):
                continue
            while True:
                code = sign_code(secret)
                if not conn.execute("SELECT 1 FROM attendee_codes WHERE code = ?", (code,)).fetchone():
                    break
            conn.execute("UPDATE attendees SET code = ?, search_text = ?, updated_at = ? WHERE id = ?",
                         (code, search_text(row["first_name"], row["last_name"], row["full_name"], row["email"],
                                            row["organization"], code), now, row["id"]))
            conn.execute("INSERT OR IGNORE INTO attendee_codes (code, attendee_id) VALUES (?, ?)", (code, row["id"]))
            if row["code"]:
                conn.execute("INSERT OR IGNORE INTO attendee_codes (code, attendee_id) VALUES (?, ?)",
                             (row["code"], row["id"]))
            conn.execute("INSERT INTO attendee_edits (attendee_id, field, old_value, new_value, station, at) "
                         "VALUES (?, 'code', ?, ?, ?, ?)", (row["id"], row["code"], code, station, now))
            issued.append({**row, "old_code": row["code"], "code": code, "new": True})
    return issued

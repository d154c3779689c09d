"""The check-in rules: payload -> attendee -> verdict, committed before the verdict is returned.

Verdicts:
  ok         first entry today
  attention  admitted, but flagged for staff (the attendee has a note)
  already    already checked in today (says when and at which station)
  unknown    no such ticket
  not_ticket the scan is no ticket at all (a Wi-Fi code, a web page)
  cancelled  the registration is not admitted (cancelled, refunded, declined, ...)
  not_today  the ticket type admits other days only, or the event is not on today
  choose     the scan names an order of several people (an Eventbrite report without attendee
             numbers): nobody is checked in; `candidates` lists them and the desk picks one

One check-in per attendee per event day (days counted in the event's time zone). The decision and
the insert happen in one BEGIN IMMEDIATE transaction, so two windows or processes checking in the
same ticket at once produce exactly one `ok`. Every attempt is recorded in `scan_attempts`.
An undo is an annulment: a new fact that points at the check-in, never a deletion.
"""

from __future__ import annotations

import uuid
import weakref
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.clock import LANGUAGES, format_day, format_days, format_instant, in_both, valid_on
from kiosk.errors import KnownError, NotFound
from kiosk.eventdays import allowed_days, check_checkin_time, event_day, iso_utc, parse_instant
from kiosk.roster import attendees
from kiosk.roster.issued_codes import looks_issued, verify_code
from kiosk.roster.statuses import status_words
from kiosk.scan.payload import read_payload
from kiosk.scan.raw_text import MAX_PAYLOAD_CHARS, lookup_safe, recordable
from kiosk.store import settings
from kiosk.store.database import EventDB
from kiosk.wording import Message
from kiosk.words import WORDS

ADMITTING = ("ok", "attention")
VERDICTS = ("ok", "attention", "already", "unknown", "not_ticket", "cancelled", "not_today", "choose")


@dataclass
class CheckinResult:
    verdict: str
    station: str
    payload: str = ""
    attendee: dict | None = None
    checked_in_at: str | None = None       # this check-in (ok/attention) or the earlier one (already)
    previous_station: str | None = None    # for `already`: where the first check-in happened
    event_day: str = ""
    checkin_uid: str | None = None
    reason: str = ""                       # for cancelled / not_today / choose: why (English)
    reason_words: Message | None = None    # the same, for a window to word in its language
    allowed_days: list[str] = field(default_factory=list)
    candidates: list[dict] = field(default_factory=list)   # for choose: the people the scan may be
    timezone: str = "UTC"                  # the event's, for showing times (kiosk/clock.py)

    @property
    def admitted(self) -> bool:
        return self.verdict in ADMITTING

    def to_json(self) -> dict:
        return {
            "verdict": self.verdict,
            "attendee": attendees.public(self.attendee) if self.attendee else None,
            "checked_in_at": self.checked_in_at,
            "station": self.previous_station if self.verdict == "already" else self.station,
            "event_day": self.event_day,
            "payload": self.payload,
            "reason": self.reason,
            "reason_words": self.reason_words.in_languages() if self.reason_words is not None else None,
            "allowed_days": self.allowed_days,
            "candidates": [attendees.public(c) for c in self.candidates],
            # Words a window shows as they are, in its language (kiosk/clock.py): the days a
            # ticket for other days is valid on, and when the (earlier) check-in happened.
            "allowed_days_words": {lang: format_days(self.allowed_days, lang) for lang in LANGUAGES},
            "valid_on": {lang: valid_on(self.allowed_days, lang) for lang in LANGUAGES}
            if self.verdict == "not_today" else None,
            "checked_in_at_words": in_both(self.checked_in_at, self.timezone, "auto", today=self.event_day)
            if self.checked_in_at else None,
        }

    def valid_on(self, lang: str = "en") -> str:
        """For `not_today`: "valid on Saturday 29 November" / "valable le samedi 29 novembre"."""
        return valid_on(self.allowed_days, lang)

    def message(self) -> str:
        """One line for a volunteer (the UI translates its own version from the verdict)."""
        name = attendees.display_name(self.attendee) if self.attendee else ""
        ticket = f" ({self.attendee['ticket_type']})" if self.attendee and self.attendee.get("ticket_type") else ""
        if self.verdict == "ok":
            return f"OK: {name}{ticket} checked in."
        if self.verdict == "attention":
            return f"ATTENTION: {name}{ticket} checked in. Note: {(self.attendee or {}).get('notes', '')}"
        if self.verdict == "already":
            when = format_instant(self.checked_in_at, self.timezone, "auto", today=self.event_day)
            return f"ALREADY: {name}{ticket} was checked in at {when} at {self.previous_station}."
        if self.verdict == "cancelled":
            return f"NOT ADMITTED: {name}{ticket}: registration {self.reason}."
        if self.verdict == "not_today":
            return f"NOT TODAY: {name}{ticket} is {self.valid_on('en')}, not {format_day(self.event_day)}."
        if self.verdict == "not_ticket":
            return "NOT A TICKET: this code is not a ticket for this event."
        if self.verdict == "choose":
            people = "; ".join(f"{c['id']}: {attendees.display_name(c)}"
                               + (f" ({c['ticket_type']})" if c.get("ticket_type") else "")
                               + ("" if c.get("status") == "active" else f" [{c.get('status')}]")
                               for c in self.candidates)
            return f"CHOOSE: {self.reason}; nobody was checked in. Ask which person this is: {people}."
        return f"UNKNOWN: no ticket matches {self.payload.strip()[:60]!r}."


#: The standing check-in, written once: a check-in that no annulment points at (a view, see
#: kiosk/store/schema.py migration 6), and the first standing check-in of each attendee on each
#: day (earliest `at`, then smallest uid), which is the one that counts and is shown (a table the
#: schema's triggers keep as check-ins and annulments arrive; no code writes it).
STANDING = "standing_checkins"
FIRST = "first_checkins"


def active_checkin(db: EventDB, attendee_id: int, day: str) -> dict | None:
    """The first standing check-in of an attendee on an event day (one index seek at any size)."""
    return db.one(f"SELECT * FROM {STANDING} WHERE attendee_id = ? AND event_day = ? ORDER BY at, uid LIMIT 1",
                  (attendee_id, day))


@dataclass
class Resolution:
    """What a payload stands for: one person, or several to choose from, and whether it can be a ticket."""

    person: dict | None
    ticket_like: bool
    candidates: list[dict] = field(default_factory=list)
    reason: str = ""
    reason_words: Message | None = None


def resolve(db: EventDB, payload: str) -> tuple[dict | None, bool]:
    """The attendee a payload stands for, and whether the payload can be a ticket at all."""
    found = resolve_all(db, payload)
    return found.person, found.ticket_like


def resolve_all(db: EventDB, payload: str) -> Resolution:
    """The attendee a payload stands for, or the people of the order it names.

    Order of lookups: the exact code (every code a scan may carry, attendee_codes), then the same
    code in another case for platforms whose codes are one case, then Eventbrite's rules (below).

    Eventbrite prints order number + attendee number + a 3-digit sequence. The sequence is 001 for
    a ticket never reissued; reissuing (a name change, a transfer, a resend after a problem) gives a
    higher one, and the older copy stops being valid. So, for an Eventbrite attendee:
    - the newest sequence known wins: known = the codes the export gave (Barcode #, or the
      order + attendee + 001 the kiosk built) and the codes presented at check-ins;
    - a scan whose sequence is LOWER than the newest known is refused ("replaced by a reissued
      ticket"), even if the export once listed it: whoever holds the old copy is not the holder;
    - a scan whose sequence is HIGHER than any known (the export is older than the reissue) is the
      valid ticket: it admits, and from its check-in on the lower sequences are refused.
    A report with order numbers but no attendee numbers stores `order:<order>#<n>` per ticket: a scan
    whose leading digits name such an order is its only ticket, or, for several, a choice for the
    desk (nobody is checked in until a person is chosen).
    """
    parsed = read_payload(payload)
    # A lone surrogate matches nobody (and cannot reach SQLite); order keys are no scannable code.
    parsed.codes = [code for code in parsed.codes if lookup_safe(code) and not code.startswith(ORDER_PREFIX)]
    if any(looks_issued(code) for code in parsed.codes):
        # Codes this app signed (`kiosk tickets`): a wrong MAC is a forgery or a typo, refused unread.
        # A station syncing through its own hub login has no secret: the roster lookup decides there.
        secret = db.scalar("SELECT secret FROM event WHERE id = 1") or ""
        if secret:
            parsed.codes = [code for code in parsed.codes if not looks_issued(code) or verify_code(secret, code)]
    for code in parsed.codes:
        found = attendees.find_by_code(db, code)
        if found:
            return Resolution(_newest_copy(db, found, code), True)
    # Platforms whose codes are one case (pretix secrets, Hi.Events ids) survive a scanner in caps.
    for code in parsed.codes:
        found = attendees.find_code_casefold(db, code)
        if found and (found["code"].isupper() or found["code"].islower() or found["code"].isdigit()):
            return Resolution(found, True)
    for code in parsed.codes:
        if code.isdigit() and code.isascii() and SEQUENCED_MIN <= len(code) <= SEQUENCED_MAX:
            found = _reissued(db, code)
            if found:
                return Resolution(found, True)
            people = _order_people(db, code)
            if len(people) == 1:
                return Resolution(people[0], True)
            if people:
                order = people[0]["_order"]
                words = WORDS("order_holds", order=order, count=len(people))
                return Resolution(None, True, people, str(words), words)
    return Resolution(None, bool(parsed.ticket_like))


ORDER_PREFIX = "order:"
SEQUENCED_MIN = 14          # order + attendee + 3-digit sequence; shorter digit codes have no sequence
SEQUENCED_MAX = 32


def _sequence_peers(db: EventDB, code: str) -> list[tuple[str, int]]:
    """(code, attendee id) of Eventbrite codes that differ from `code` only in the 3-digit sequence."""
    low, high = code[:-3] + "000", code[:-3] + "999"
    return [(c, a) for c, a in db.conn.execute(
        "SELECT c.code, c.attendee_id FROM attendee_codes c JOIN attendees a ON a.id = c.attendee_id "
        "JOIN sources s ON s.id = a.source_id WHERE c.code BETWEEN ? AND ? AND length(c.code) = ? "
        "AND s.platform = 'eventbrite'", (low, high, len(code))) if c.isdigit()]


def _newest_sequence(db: EventDB, attendee_id: int, prefix: str, length: int) -> int:
    """The highest sequence known for this attendee's ticket: from the export and from the door."""
    known = [int(c[-3:]) for c, a in _sequence_peers(db, prefix + "000") if a == attendee_id]
    presented = db.conn.execute("SELECT payload FROM checkins WHERE attendee_id = ?", (attendee_id,)).fetchall()
    for (text,) in presented:
        text = (text or "").strip()
        if len(text) == length and text.isdigit() and text.startswith(prefix):
            known.append(int(text[-3:]))
    return max(known, default=-1)


def _refused_copy(person: dict, newest: int) -> dict:
    refused = dict(person)
    words = WORDS("reissued", sequence=f"{newest:03d}")
    refused["status"], refused["_status_words"] = str(words), words
    return refused


def _newest_copy(db: EventDB, person: dict, code: str) -> dict:
    """The person, or a refusal when a newer copy of this Eventbrite ticket is known."""
    if not (code.isdigit() and code.isascii() and len(code) >= SEQUENCED_MIN):
        return person
    peers = _sequence_peers(db, code)
    if not any(a == person["id"] for _, a in peers):
        return person
    newest = _newest_sequence(db, person["id"], code[:-3], len(code))
    return _refused_copy(person, newest) if newest > int(code[-3:]) else person


def _reissued(db: EventDB, code: str) -> dict | None:
    """A sequence the export does not list, of exactly one Eventbrite attendee's ticket."""
    owners = {a for _, a in _sequence_peers(db, code)}
    if len(owners) != 1:
        return None
    person = attendees.get(db, owners.pop())
    newest = _newest_sequence(db, person["id"], code[:-3], len(code))
    return _refused_copy(person, newest) if newest > int(code[-3:]) else person


def _order_people(db: EventDB, code: str) -> list[dict]:
    """The attendees of the order a scan's leading digits name (tickets stored as order:<order>#<n>)."""
    ids: dict[int, str] = {}
    for length in range(8, min(len(code) - 3, 14)):        # Eventbrite order numbers have 8-13 digits
        order = code[:length]
        for attendee_id, in db.conn.execute(
                "SELECT attendee_id FROM attendee_codes WHERE code >= ? AND code < ?",
                (f"{ORDER_PREFIX}{order}#", f"{ORDER_PREFIX}{order}$")).fetchall():
            ids.setdefault(attendee_id, order)
    people = []
    for attendee_id, order in ids.items():
        person = attendees.get(db, attendee_id)
        person["_order"] = order
        people.append(person)
    people.sort(key=lambda p: (p["status"] != "active", attendees.display_name(p).casefold(), p["id"]))
    return people


def _record_attempt(conn, *, at: str, station: str, payload: str, verdict: str,
                    attendee_id: int | None, checkin_uid: str | None) -> None:
    conn.execute(
        "INSERT INTO scan_attempts (uid, at, station, payload, verdict, attendee_id, checkin_uid) VALUES (?,?,?,?,?,?,?)",
        (uuid.uuid4().hex, at, station, payload, verdict, attendee_id, checkin_uid))


def check_in(db: EventDB, payload: str | None = None, *, attendee_id: int | None = None,
             station: str = "desk", at: str | datetime | None = None, method: str | None = None) -> CheckinResult:
    """Check in a scanned payload or a chosen attendee; durable before it returns."""
    if payload is None and attendee_id is None:
        raise KnownError(WORDS("nothing_to_check_in"))
    moment = at if isinstance(at, datetime) else parse_instant(at)
    if at is not None:
        check_checkin_time(moment, future=False)     # a time no event has (year 0001, 9999) is never stored
    at_text = iso_utc(moment)
    event = db.event()
    day = event_day(moment, event["timezone"])
    overlong = payload is not None and len(payload) > MAX_PAYLOAD_CHARS
    recorded_payload = recordable(payload)        # whatever its bytes and length, the attempt is recorded
    method = method or ("scan" if payload is not None else "search")
    ticket_rules = settings.get(db, "ticket_type_days")

    with db.write() as conn:
        found = Resolution(None, True)
        if attendee_id is not None:
            try:
                person = attendees.get(db, attendee_id)
            except NotFound:
                person = None
            ticket_like = True
            if person and not recorded_payload:
                recorded_payload = person["code"]
        else:
            assert payload is not None    # checked above: a payload or an attendee
            found = Resolution(None, False) if overlong else resolve_all(db, payload)
            person, ticket_like = found.person, found.ticket_like
        result = CheckinResult(verdict="unknown", station=station, payload=recorded_payload, attendee=person,
                               event_day=day, timezone=event["timezone"])
        if person is None and found.candidates:
            result.verdict, result.candidates, result.reason = "choose", found.candidates, found.reason
            result.reason_words = found.reason_words
        elif person is None:
            result.verdict = "unknown" if ticket_like else "not_ticket"
        elif person["status"] != "active":
            result.verdict = "cancelled"
            result.reason = person["status"]
            result.reason_words = person.get("_status_words") or status_words(person["status"])
        else:
            days = allowed_days(person["ticket_type"], event["days"], ticket_rules)
            if event["days"] and day not in event["days"]:
                result.verdict, result.allowed_days = "not_today", list(days if days is not None else event["days"])
                result.reason_words = WORDS("no_event_today")
                result.reason = str(result.reason_words)
            elif days is not None and day not in days:
                result.verdict, result.allowed_days = "not_today", days
                result.reason_words = WORDS("valid_other_days", ticket_type=person["ticket_type"])
                result.reason = str(result.reason_words)
            else:
                earlier = active_checkin(db, person["id"], day)
                if earlier:
                    result.verdict = "already"
                    result.checked_in_at = earlier["at"]
                    result.previous_station = earlier["station"]
                    result.checkin_uid = earlier["uid"]
                else:
                    result.checkin_uid = uuid.uuid4().hex
                    conn.execute(
                        "INSERT INTO checkins (uid, attendee_id, event_day, at, station, method, payload) VALUES (?,?,?,?,?,?,?)",
                        (result.checkin_uid, person["id"], day, at_text, station, method, recorded_payload))
                    result.checked_in_at = at_text
                    result.verdict = "attention" if person["notes"].strip() else "ok"
        _record_attempt(conn, at=at_text, station=station, payload=recorded_payload, verdict=result.verdict,
                        attendee_id=person["id"] if person else None,
                        checkin_uid=result.checkin_uid if result.verdict in ADMITTING else None)
    return result


#: Reasons the desk's undo dialog offers (a person may type another).
UNDO_REASONS = {
    "en": ("scanned the wrong ticket", "chose the wrong person", "a test scan", "came back later"),
    "fr": ("mauvais billet scanné", "mauvaise personne choisie", "scan d’essai", "reviendra plus tard"),
}


def is_real_reason(reason: str) -> bool:
    """A reason a person can read later: at least three characters, two of them letters ("x",
    "..." or "--" are not)."""
    text = (reason or "").strip()
    return len(text) >= 3 and sum(ch.isalpha() for ch in text) >= 2


def undo(db: EventDB, code_or_id: str | int, reason: str, *, station: str = "desk", day: str | None = None) -> dict:
    """Annul the attendee's check-in on its latest day (or the given day) with a reason.

    Stations that were apart may each hold a check-in for the same day (a duplicate after sync);
    an undo annuls every standing one of that day, so the person is really no longer checked in.
    """
    reason = " ".join((reason or "").split())
    if not is_real_reason(reason):
        raise KnownError(WORDS("undo_needs_reason"))
    person: dict | None
    if isinstance(code_or_id, int):
        person = attendees.get(db, code_or_id)
    else:
        person, _ = resolve(db, code_or_id)
        if person is None:
            raise NotFound(WORDS("no_code", code=code_or_id))
    with db.write() as conn:
        sql = f"SELECT * FROM {STANDING} WHERE attendee_id = ?"
        params: list = [person["id"]]
        if day:
            sql += " AND event_day = ?"
            params.append(day)
        latest = db.one(sql + " ORDER BY event_day DESC, at DESC LIMIT 1", params)
        if latest is None:
            raise NotFound(WORDS("nothing_to_undo", name=attendees.display_name(person)))
        standing = db.query(f"SELECT * FROM {STANDING} WHERE attendee_id = ? AND event_day = ? ORDER BY at, uid",
                            (person["id"], latest["event_day"]))
        now = iso_utc(parse_instant(None))
        for checkin_row in standing:
            conn.execute("INSERT INTO checkin_annulments (uid, checkin_uid, reason, station, at) VALUES (?,?,?,?,?)",
                         (uuid.uuid4().hex, checkin_row["uid"], reason, station, now))
    return {"attendee": attendees.public(person), "annulled_checkin_at": standing[0]["at"],
            "event_day": latest["event_day"], "reason": reason, "station": station, "annulled": len(standing),
            "annulled_uids": [row["uid"] for row in standing],
            "counts": counts(db, latest["event_day"])}


def checked_in_ids(db: EventDB, day: str) -> set[int]:
    """Attendees with a standing check-in on `day` (the whole day's set: for listings, not per scan)."""
    return {r[0] for r in db.conn.execute(f"SELECT DISTINCT attendee_id FROM {STANDING} WHERE event_day = ?", (day,))}


_admitted: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def admitted_count(db: EventDB) -> int:
    """Admitted attendees, counted again only when the roster changed (a walk-in, an import, a
    correction), never because of a check-in."""
    from kiosk.roster.search import roster_stamp

    stamp = roster_stamp(db)
    known = _admitted.get(db)
    if known is None or known[0] != stamp:
        known = _admitted[db] = (stamp, attendees.count(db, admitted_only=True))
    return known[1]


def counts(db: EventDB, day: str) -> dict:
    """Checked in on `day` / expected (admitted attendees): one-row reads. The day's count is kept
    by triggers as check-ins and annulments arrive (kiosk/store/schema.py migration 6)."""
    checked_in = db.scalar("SELECT checked_in FROM checkin_day_counts WHERE event_day = ?", (day,)) or 0
    return {"checked_in": checked_in, "expected": admitted_count(db), "day": day}


def recent_attempts(db: EventDB, limit: int = 20, station: str | None = None) -> list[dict]:
    """The latest scan attempts, newest first, with the attendee's name. `annulled` is true when the
    check-in an attempt made was undone since (the desk strikes it out and forgets its preview)."""
    sql = ("SELECT s.at, s.station, s.payload, s.verdict, s.attendee_id, a.full_name, a.first_name, a.last_name, a.code, "
           "s.checkin_uid, (s.checkin_uid IS NOT NULL AND EXISTS (SELECT 1 FROM checkin_annulments n "
           "WHERE n.checkin_uid = s.checkin_uid)) AS annulled "
           "FROM scan_attempts s LEFT JOIN attendees a ON a.id = s.attendee_id ")
    params: list = []
    if station:
        sql += "WHERE s.station = ? "
        params.append(station)
    rows = db.query(sql + "ORDER BY s.id DESC LIMIT ?", (*params, limit))
    for row in rows:
        row["annulled"] = bool(row["annulled"])
    return rows

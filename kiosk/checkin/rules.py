"""The check-in rules: a scanned payload or a chosen attendee -> a verdict, committed (with its
scan attempt) before the verdict is returned.

One check-in per attendee per event day (days counted in the event's time zone). The decision and
the insert happen in one BEGIN IMMEDIATE transaction, so two windows or processes checking in the
same ticket at once produce exactly one `ok`. Every attempt is recorded in `scan_attempts`.
The verdicts are listed in kiosk/checkin/result.py.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from kiosk.checkin.attempts import record_attempt
from kiosk.checkin.result import ADMITTING, CheckinResult
from kiosk.checkin.standing import active_checkin
from kiosk.checkin.ticket_lookup import Resolution, resolve_all
from kiosk.errors import KnownError, NotFound
from kiosk.eventdays import allowed_days, check_checkin_time, event_day, iso_utc, parse_instant
from kiosk.roster import attendees
from kiosk.roster.statuses import status_words
from kiosk.scan.raw_text import MAX_PAYLOAD_CHARS, recordable
from kiosk.store import settings
from kiosk.store.database import EventDB
from kiosk.words import WORDS


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
        record_attempt(conn, at=at_text, station=station, payload=recorded_payload, verdict=result.verdict,
                       attendee_id=person["id"] if person else None,
                       checkin_uid=result.checkin_uid if result.verdict in ADMITTING else None)
    return result

"""What a check-in answers: the verdict, the person, and how a volunteer or a window reads it.

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
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.clock import LANGUAGES, format_day, format_days, format_instant, in_both, valid_on
from kiosk.roster import attendees
from kiosk.wording import Message

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

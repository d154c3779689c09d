"""Checking people in: payload -> attendee -> verdict, committed before the verdict is returned;
undo; who is in and the day's counts.

One check-in per attendee per event day (days counted in the event's time zone); check-ins, their
annulments and scan attempts are append-only facts. The parts, one job each:
  result.py              the verdicts and what a check-in answers (`CheckinResult`)
  ticket_lookup.py       which attendee a payload stands for (`resolve`, `resolve_all`)
  eventbrite_tickets.py  Eventbrite's reissued copies and order-only codes
  rules.py               the check-in itself: the verdict rules in one transaction (`check_in`)
  attempts.py            every scan attempt recorded; the desk's latest ones (`recent_attempts`)
  annulments.py          undo with a reason (`undo`, `UNDO_REASONS`, `is_real_reason`)
  standing.py            the standing check-in written once (`STANDING`, `FIRST`), who is in on a
                         day, the day's counts (`counts`)

The command line, the windows and the tests call the names below from `kiosk.checkin`.
"""

from kiosk.checkin.annulments import UNDO_REASONS, is_real_reason, undo
from kiosk.checkin.attempts import recent_attempts
from kiosk.checkin.result import CheckinResult
from kiosk.checkin.rules import check_in
from kiosk.checkin.standing import active_checkin, checked_in_ids, counts
from kiosk.checkin.ticket_lookup import resolve, resolve_all

__all__ = ["CheckinResult", "UNDO_REASONS", "active_checkin", "check_in", "checked_in_ids", "counts",
           "is_real_reason", "recent_attempts", "resolve", "resolve_all", "undo"]

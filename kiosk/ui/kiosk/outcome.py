"""What the kiosk may show of a check-in: a screen and, when admitted, a first name. Nothing else.

The kiosk stands at a door where anyone can read it. A check-in result carries the whole attendee
row; `kiosk_screen` keeps only what the person at the kiosk may see: "welcome" with their first
name (ok, attention: a staff note is never shown here), "already" without a name (the ticket may
have been copied), and "desk" for unknown / not a ticket / cancelled / not today, again without a
name or any detail. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.roster.attendees import first_name_of

WELCOME, ALREADY, DESK, PROBLEM = "welcome", "already", "desk", "problem"

SCREEN_OF_VERDICT = {"ok": WELCOME, "attention": WELCOME, "already": ALREADY, "unknown": DESK,
                     "not_ticket": DESK, "cancelled": DESK, "not_today": DESK}


@dataclass(frozen=True)
class KioskScreen:
    screen: str                 # welcome, already, desk, problem
    verdict: str                # the rules' verdict (for the sound), or "problem"
    first_name: str = ""        # only for welcome
    attendee_id: int | None = None   # only for welcome: to match the badge-queued signal; never shown


def kiosk_screen(result) -> KioskScreen:
    """The kiosk's view of a `kiosk.checkin.CheckinResult`."""
    screen = SCREEN_OF_VERDICT.get(result.verdict, DESK)
    if screen == WELCOME and result.attendee:
        return KioskScreen(WELCOME, result.verdict, first_name_of(result.attendee).strip(), result.attendee.get("id"))
    return KioskScreen(screen, result.verdict)


def problem_screen() -> KioskScreen:
    return KioskScreen(PROBLEM, "problem")

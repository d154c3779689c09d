"""What the kiosk may show of a check-in: a screen and, when admitted, a first name. Nothing else.

The kiosk stands at a door where anyone can read it. A check-in result carries the whole attendee
row; `kiosk_screen` keeps only what the person at the kiosk may see: "welcome" with their first
name (ok, attention: a staff note is never shown here; a ticket holder not named yet is greeted as
the buyer's guest, by the buyer's first name only), "already" without a name (the ticket may
have been copied), "not today" with the days the ticket is for (the person can come back then) but
no name, and "desk" for unknown / not a ticket / cancelled / a ticket for several people, again
without a name or any detail. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.roster.names import greeting_name

WELCOME, ALREADY, NOT_TODAY, DESK, PROBLEM = "welcome", "already", "not_today", "desk", "problem"

SCREEN_OF_VERDICT = {"ok": WELCOME, "attention": WELCOME, "already": ALREADY, "unknown": DESK,
                     "not_ticket": DESK, "cancelled": DESK, "not_today": NOT_TODAY, "choose": DESK}


@dataclass(frozen=True)
class KioskScreen:
    screen: str                 # welcome, already, not_today, desk, problem
    verdict: str                # the rules' verdict (for the sound), or "problem"
    first_name: str = ""        # only for welcome
    attendee_id: int | None = None   # only for welcome: to match the badge-queued signal; never shown
    days: tuple[str, ...] = ()  # only for not_today: the event days the ticket is valid on (ISO dates)


def kiosk_screen(result, lang: str = "en") -> KioskScreen:
    """The kiosk's view of a `kiosk.checkin.CheckinResult`, its words in the kiosk's language `lang`
    (a holder not named yet is greeted as "Guest of <the buyer's first name>")."""
    screen = SCREEN_OF_VERDICT.get(result.verdict, DESK)
    if screen == WELCOME and result.attendee:
        return KioskScreen(WELCOME, result.verdict, greeting_name(result.attendee, lang).strip(),
                           result.attendee.get("id"))
    if screen == NOT_TODAY:
        return KioskScreen(NOT_TODAY, result.verdict, days=tuple(result.allowed_days))
    return KioskScreen(screen, result.verdict)


def problem_screen() -> KioskScreen:
    return KioskScreen(PROBLEM, "problem")

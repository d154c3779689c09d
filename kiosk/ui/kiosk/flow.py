"""The kiosk's pages and the rules for moving between them: a plain class, no Qt, tested on its own.

Pages: setup (the organizer sets the PIN before the kiosk starts: kiosk mode never runs without
one), idle (scan your ticket), result (welcome / already / not today / see the desk / problem),
forgot (find my ticket), pin (the organizer PIN), organizer (the kiosk's settings and the way out).
The window (kiosk/ui/kiosk/window.py) asks the flow where to go and applies what `Enter` says:
which timers run. The keyboard scanner is always listened to, so a burst never types into a field
(on the organizer's pages its scans are dropped). The rules:

- a scan is taken on every page except the organizer's (setup, pin, organizer);
- Escape goes back to the start from any page once the kiosk runs, never out of the kiosk;
- the PIN is asked for from any page but the organizer's;
- forgot goes back to the start after `FORGOT_IDLE_MS` without a key or a touch (the person walked
  away: the form is emptied), pin and organizer after a minute (the PIN page waits while a
  slow-down or lock-out runs);
- a result goes back to the start after `kiosk_return_seconds`;
- the kiosk is left only from the organizer page, i.e. after the right PIN (or from the setup
  page, before it ever started).
"""

from __future__ import annotations

from dataclasses import dataclass

SETUP, IDLE, RESULT, PIN, FORGOT, ORGANIZER = "setup", "idle", "result", "pin", "forgot", "organizer"
PAGES = (SETUP, IDLE, RESULT, PIN, FORGOT, ORGANIZER)
ORGANIZER_PAGES = (SETUP, PIN, ORGANIZER)
TIMED_OUT = (PIN, FORGOT, ORGANIZER)
#: How long a page waits without a key or a touch before it goes back to the start (ms).
IDLE_MS = {FORGOT: 30_000, PIN: 60_000, ORGANIZER: 60_000}


@dataclass(frozen=True)
class Enter:
    """What showing a page means for the window."""

    page: str
    inactivity: bool      # back to the start after `IDLE_MS[page]` without a key or a touch
    returns: bool         # back to the start after the result's few seconds
    wedge: bool           # scans are taken (the scanner is always listened to, so it never types)


class KioskFlow:
    """Which page is showing, and where each event leads."""

    def __init__(self) -> None:
        self.page = IDLE

    def go(self, page: str) -> Enter:
        if page not in PAGES:
            raise ValueError(f"no kiosk page {page!r}")
        self.page = page
        return Enter(page, inactivity=page in TIMED_OUT, returns=page == RESULT, wedge=page not in ORGANIZER_PAGES)

    def takes_scans(self) -> bool:
        return self.page not in ORGANIZER_PAGES

    def may_ask_for_pin(self) -> bool:
        return self.page not in ORGANIZER_PAGES

    def on_escape(self) -> str | None:
        """Where Escape leads: the start, or nowhere when already there (or not started yet)."""
        return IDLE if self.page not in (IDLE, SETUP) else None

    def on_inactive(self, pin_waiting: bool) -> str | None:
        """After a minute without a key or a touch: the start, or None to wait another minute."""
        if self.page in TIMED_OUT and not (self.page == PIN and pin_waiting):
            return IDLE
        return None

    def may_leave(self) -> bool:
        return self.page in (ORGANIZER, SETUP)

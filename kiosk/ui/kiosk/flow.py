"""The kiosk's pages and the rules for moving between them: a plain class, no Qt, tested on its own.

Pages: idle (scan your ticket), result (welcome / already / see the desk / problem), forgot (find
my ticket), pin (the organizer PIN), organizer (the kiosk's settings and the way out). The window
(kiosk/ui/kiosk/window.py) asks the flow where to go and applies what `Enter` says: which timers
run and whether the keyboard scanner is listened to. The rules:

- a scan is taken on every page except the organizer's two (pin, organizer);
- Escape goes back to the start from any page, never out of the kiosk;
- the PIN is asked for from any page but the organizer's two;
- pin, forgot and organizer go back to the start after a minute without a key or a touch (the PIN
  page waits while a slow-down or lock-out runs);
- a result goes back to the start after `kiosk_return_seconds`;
- the kiosk is left only from the organizer page, i.e. after the right PIN.
"""

from __future__ import annotations

from dataclasses import dataclass

IDLE, RESULT, PIN, FORGOT, ORGANIZER = "idle", "result", "pin", "forgot", "organizer"
PAGES = (IDLE, RESULT, PIN, FORGOT, ORGANIZER)
ORGANIZER_PAGES = (PIN, ORGANIZER)
TIMED_OUT = (PIN, FORGOT, ORGANIZER)


@dataclass(frozen=True)
class Enter:
    """What showing a page means for the window."""

    page: str
    inactivity: bool      # back to the start after a minute without a key or a touch
    returns: bool         # back to the start after the result's few seconds
    wedge: bool           # the keyboard scanner is listened to


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
        """Where Escape leads: the start, or nowhere when already there."""
        return IDLE if self.page != IDLE else None

    def on_inactive(self, pin_waiting: bool) -> str | None:
        """After a minute without a key or a touch: the start, or None to wait another minute."""
        if self.page in TIMED_OUT and not (self.page == PIN and pin_waiting):
            return IDLE
        return None

    def may_leave(self) -> bool:
        return self.page == ORGANIZER

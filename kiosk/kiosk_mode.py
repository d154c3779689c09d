"""The rule for starting the self-scan kiosk: never without an organizer PIN.

Without a PIN anyone at the kiosk could leave it (Alt+F4 showed a "Continue" button into the
settings). So the app's --kiosk entry, the desk's "Kiosk mode" and any future command call
`check_can_start(db)` first: it raises `KioskNeedsPin`, which says how to set one, in English and
French; the app offers the organizer to set the PIN there and then (`kiosk.pin`, the `kiosk_pin`
setting), and starts the kiosk once it is set. `status(db)` is what the settings window shows.
"""

from __future__ import annotations

from kiosk import pin
from kiosk.errors import KnownError
from kiosk.store.database import EventDB
from kiosk.words import WORDS


class KioskNeedsPin(KnownError):
    """Kiosk mode asked for on an event with no organizer PIN."""

    def __init__(self, db_path: str = ""):
        self.db_path = db_path
        super().__init__(WORDS("kiosk_needs_pin", where=f" --db {db_path}" if db_path else ""))


def check_can_start(db: EventDB) -> None:
    """Raise `KioskNeedsPin` unless an organizer PIN is set for this event."""
    if not pin.pin_is_set(db):
        raise KioskNeedsPin(str(db.path))


def status(db: EventDB) -> dict:
    """{"pin_set", "can_start", "locked", "wait_seconds", "tries_left"} for the settings and `kiosk kiosk-pin status`."""
    check = pin.status(db)
    return {"pin_set": check.outcome != pin.NO_PIN, "can_start": check.outcome != pin.NO_PIN,
            "locked": check.outcome == pin.LOCKED, "wait_seconds": round(check.wait_seconds, 1),
            "tries_left": check.tries_left}

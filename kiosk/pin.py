"""The organizer PIN that guards the kiosk: checking it, slowing down guesses, locking out.

The PIN itself is stored by `kiosk settings set kiosk_pin NNNN` as a salted scrypt hash
(kiosk/settings_keys.py). This module decides whether a typed PIN unlocks the kiosk:
- each wrong PIN makes the next try wait longer (1 s, 2 s, 4 s, ...);
- `MAX_FAILURES` wrong PINs in a row lock the PIN out for `LOCKOUT_SECONDS`;
- the count lives in the event database (setting `kiosk_pin_attempts`), so quitting or
  restarting the app does not reset it; a right PIN does.
No Qt here: kiosk/ui/pin_dialog.py shows it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from kiosk.settings_keys import verify_secret
from kiosk.store.database import EventDB

log = logging.getLogger(__name__)

PIN_KEY = "kiosk_pin"
ATTEMPTS_KEY = "kiosk_pin_attempts"
MAX_FAILURES = 5
LOCKOUT_SECONDS = 300
FIRST_DELAY_SECONDS = 1.0

# Outcomes of `check_pin`
UNLOCKED = "unlocked"      # the right PIN
WRONG = "wrong"            # a wrong PIN; `wait_seconds` before the next try
LOCKED = "locked"          # too many wrong PINs; nothing is checked until `wait_seconds` have passed
WAIT = "wait"              # a try came before the slow-down delay had passed; not checked, not counted
NO_PIN = "no_pin"          # no PIN is set for this event: the kiosk is not protected
READY = "ready"            # (from `status`) a PIN may be tried now


@dataclass(frozen=True)
class PinCheck:
    outcome: str
    wait_seconds: float = 0.0     # how long until the next try is accepted
    tries_left: int = MAX_FAILURES

    @property
    def unlocked(self) -> bool:
        return self.outcome in (UNLOCKED, NO_PIN)


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(timezone.utc)


def _parse(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try after `failures` wrong PINs in a row (before the lock-out)."""
    if failures <= 0:
        return 0.0
    return FIRST_DELAY_SECONDS * 2 ** (failures - 1)


def pin_is_set(db: EventDB) -> bool:
    return bool(db.get_setting(PIN_KEY))


def _state(db: EventDB) -> dict:
    state = db.get_setting(ATTEMPTS_KEY) or {}
    return state if isinstance(state, dict) else {}


def status(db: EventDB, now: datetime | None = None) -> PinCheck:
    """Whether a PIN may be tried now, without trying one: for the dialog to show a lock-out at once."""
    moment = _now(now)
    if not pin_is_set(db):
        return PinCheck(NO_PIN)
    state = _state(db)
    failures = int(state.get("failures", 0))
    tries_left = max(MAX_FAILURES - failures, 0)
    locked_until = _parse(state.get("locked_until"))
    if locked_until and moment < locked_until:
        return PinCheck(LOCKED, (locked_until - moment).total_seconds(), 0)
    next_try = _parse(state.get("next_try"))
    if next_try and moment < next_try:
        return PinCheck(WAIT, (next_try - moment).total_seconds(), tries_left)
    if locked_until:  # the lock-out is over: a fresh round of tries
        tries_left = MAX_FAILURES
    return PinCheck(READY, 0.0, tries_left)


def check_pin(db: EventDB, pin: str, now: datetime | None = None) -> PinCheck:
    """Try a PIN; records a wrong one (durably) and clears the count on the right one."""
    moment = _now(now)
    stored = db.get_setting(PIN_KEY)
    if not stored:
        return PinCheck(NO_PIN)
    with db.write():
        state = _state(db)
        failures = int(state.get("failures", 0))
        locked_until = _parse(state.get("locked_until"))
        if locked_until and moment < locked_until:
            return PinCheck(LOCKED, (locked_until - moment).total_seconds(), 0)
        if locked_until:  # a lock-out that has passed starts a fresh round
            failures = 0
        next_try = _parse(state.get("next_try"))
        if next_try and moment < next_try and not locked_until:
            return PinCheck(WAIT, (next_try - moment).total_seconds(), MAX_FAILURES - failures)
        if verify_secret(str(pin), stored):
            db.set_setting(ATTEMPTS_KEY, {"failures": 0})
            log.info("kiosk unlocked with the organizer PIN")
            return PinCheck(UNLOCKED)
        failures += 1
        log.warning("wrong kiosk PIN (%d in a row)", failures)
        if failures >= MAX_FAILURES:
            until = moment + timedelta(seconds=LOCKOUT_SECONDS)
            db.set_setting(ATTEMPTS_KEY, {"failures": failures, "locked_until": _iso(until),
                                          "last_failure": _iso(moment)})
            return PinCheck(LOCKED, float(LOCKOUT_SECONDS), 0)
        wait = delay_after(failures)
        db.set_setting(ATTEMPTS_KEY, {"failures": failures, "next_try": _iso(moment + timedelta(seconds=wait)),
                                      "last_failure": _iso(moment)})
        return PinCheck(WRONG, wait, MAX_FAILURES - failures)

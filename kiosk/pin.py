"""The organizer PIN that guards the kiosk: storing it hashed, checking it, slowing down guesses.

The PIN is the setting `kiosk_pin` (`kiosk settings set kiosk_pin NNNN`), stored as a salted scrypt
hash (`hash_secret`, called by the settings registry), never in the clear. This module decides
whether a typed PIN unlocks the kiosk:
- each wrong PIN makes the next try wait longer (1 s, 2 s, 4 s, ...);
- `MAX_FAILURES` wrong PINs in a row lock the PIN out for `LOCKOUT_SECONDS`;
- the count is runtime state (kiosk/store/state.py, `kiosk_pin_attempts`): quitting or restarting
  the app does not reset it, no settings edit and no hub can; a right PIN does.
No Qt here: kiosk/ui/pin_dialog.py shows it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from kiosk.store import settings, state
from kiosk.store.database import EventDB

log = logging.getLogger(__name__)

PIN_KEY = "kiosk_pin"
ATTEMPTS_KEY = state.PIN_ATTEMPTS
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


def hash_secret(value: str, *, salt: bytes | None = None) -> str:
    """A salted scrypt hash of `value`, as stored: scrypt$N$r$p$salt$digest (base64)."""
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(value.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return "scrypt$16384$8$1$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def _parts(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return None
        numbers = int(n), int(r), int(p)
        salt, digest = base64.b64decode(salt_b64, validate=True), base64.b64decode(digest_b64, validate=True)
    except (ValueError, binascii.Error):
        return None
    if not (2 <= numbers[0] <= 2**20 and 1 <= numbers[1] <= 64 and 1 <= numbers[2] <= 16
            and 8 <= len(salt) <= 64 and 16 <= len(digest) <= 64):
        return None
    return (*numbers, salt, digest)


def is_secret_hash(stored: str) -> bool:
    """Whether `stored` is a hash `hash_secret` could have written (what a hub may carry for the PIN)."""
    return _parts(stored) is not None


def verify_secret(value: str, stored: str) -> bool:
    parts = _parts(stored)
    if parts is None:
        return False
    n, r, p, salt, expected = parts
    try:
        digest = hashlib.scrypt(value.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=len(expected),
                                maxmem=256 * 1024 * 1024)
    except ValueError:  # parameters scrypt refuses (memory)
        return False
    return hmac.compare_digest(digest, expected)


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(timezone.utc)


def _parse(text: object) -> datetime | None:
    if not text or not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _count(attempts: dict) -> int:
    failures = attempts.get("failures", 0)
    return failures if isinstance(failures, int) and failures >= 0 else MAX_FAILURES


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def delay_after(failures: int) -> float:
    """Seconds to wait before the next try after `failures` wrong PINs in a row (before the lock-out)."""
    if failures <= 0:
        return 0.0
    return FIRST_DELAY_SECONDS * 2 ** (failures - 1)


def pin_is_set(db: EventDB) -> bool:
    return bool(settings.get(db, PIN_KEY))


def _attempts(db: EventDB) -> dict:
    found = state.get(db, ATTEMPTS_KEY, {})
    return found if isinstance(found, dict) else {}


def status(db: EventDB, now: datetime | None = None) -> PinCheck:
    """Whether a PIN may be tried now, without trying one: for the dialog to show a lock-out at once."""
    moment = _now(now)
    if not pin_is_set(db):
        return PinCheck(NO_PIN)
    attempts = _attempts(db)
    failures = _count(attempts)
    tries_left = max(MAX_FAILURES - failures, 0)
    locked_until = _parse(attempts.get("locked_until"))
    if locked_until and moment < locked_until:
        return PinCheck(LOCKED, (locked_until - moment).total_seconds(), 0)
    next_try = _parse(attempts.get("next_try"))
    if next_try and moment < next_try:
        return PinCheck(WAIT, (next_try - moment).total_seconds(), tries_left)
    if locked_until:  # the lock-out is over: a fresh round of tries
        tries_left = MAX_FAILURES
    return PinCheck(READY, 0.0, tries_left)


def check_pin(db: EventDB, pin: str, now: datetime | None = None) -> PinCheck:
    """Try a PIN; records a wrong one (durably) and clears the count on the right one."""
    moment = _now(now)
    stored = settings.get(db, PIN_KEY)
    if not stored:
        return PinCheck(NO_PIN)
    with db.write():
        attempts = _attempts(db)
        failures = _count(attempts)
        locked_until = _parse(attempts.get("locked_until"))
        if locked_until and moment < locked_until:
            return PinCheck(LOCKED, (locked_until - moment).total_seconds(), 0)
        if locked_until:  # a lock-out that has passed starts a fresh round
            failures = 0
        next_try = _parse(attempts.get("next_try"))
        if next_try and moment < next_try and not locked_until:
            return PinCheck(WAIT, (next_try - moment).total_seconds(), MAX_FAILURES - failures)
        if verify_secret(str(pin), stored):
            state.put(db, ATTEMPTS_KEY, {"failures": 0})
            log.info("kiosk unlocked with the organizer PIN")
            return PinCheck(UNLOCKED)
        failures += 1
        log.warning("wrong kiosk PIN (%d in a row)", failures)
        if failures >= MAX_FAILURES:
            until = moment + timedelta(seconds=LOCKOUT_SECONDS)
            state.put(db, ATTEMPTS_KEY, {"failures": failures, "locked_until": _iso(until),
                                          "last_failure": _iso(moment)})
            return PinCheck(LOCKED, float(LOCKOUT_SECONDS), 0)
        wait = delay_after(failures)
        state.put(db, ATTEMPTS_KEY, {"failures": failures, "next_try": _iso(moment + timedelta(seconds=wait)),
                                      "last_failure": _iso(moment)})
        return PinCheck(WRONG, wait, MAX_FAILURES - failures)

"""The organizer PIN: right, wrong with a growing delay, lock-out, and a restart keeps the count."""

from datetime import datetime, timedelta, timezone

from kiosk import pin
from kiosk.store import settings
from kiosk.store import open_event_db

T0 = datetime(2026, 7, 8, 9, 0, tzinfo=timezone.utc)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_no_pin_set_means_unprotected(event_db):
    assert pin.check_pin(event_db, "1234", now=T0).outcome == pin.NO_PIN
    assert pin.status(event_db, now=T0).outcome == pin.NO_PIN


def test_right_pin_unlocks_and_is_stored_hashed(event_db):
    settings.set_value(event_db, "kiosk_pin", "482916")
    assert "482916" not in str(settings.get(event_db, "kiosk_pin"))
    result = pin.check_pin(event_db, "482916", now=T0)
    assert result.outcome == pin.UNLOCKED and result.unlocked


def test_wrong_pins_slow_down_then_lock_out(event_db):
    settings.set_value(event_db, "kiosk_pin", "482916")
    t = 0.0
    waits = []
    for expected_left in (4, 3, 2, 1):
        result = pin.check_pin(event_db, "000000", now=at(t))
        assert result.outcome == pin.WRONG and result.tries_left == expected_left
        waits.append(result.wait_seconds)
        # trying again before the delay has passed is not even checked, not even the right PIN
        early = pin.check_pin(event_db, "482916", now=at(t + result.wait_seconds / 2))
        assert early.outcome == pin.WAIT and not early.unlocked
        t += result.wait_seconds + 0.01
    assert waits == sorted(waits) and waits[0] < waits[-1]
    locked = pin.check_pin(event_db, "111111", now=at(t))
    assert locked.outcome == pin.LOCKED and locked.wait_seconds == pin.LOCKOUT_SECONDS
    # during the lock-out even the right PIN is refused
    assert pin.check_pin(event_db, "482916", now=at(t + 60)).outcome == pin.LOCKED
    assert pin.status(event_db, now=at(t + 60)).outcome == pin.LOCKED
    # afterwards the right PIN works and clears the count
    after = at(t + pin.LOCKOUT_SECONDS + 1)
    assert pin.status(event_db, now=after).outcome == pin.READY
    assert pin.check_pin(event_db, "482916", now=after).outcome == pin.UNLOCKED
    assert pin.check_pin(event_db, "000000", now=after).tries_left == pin.MAX_FAILURES - 1


def test_restart_does_not_reset_the_lock_out(db_path, event_db):
    settings.set_value(event_db, "kiosk_pin", "482916")
    t = 0.0
    for _ in range(pin.MAX_FAILURES):
        result = pin.check_pin(event_db, "999999", now=at(t))
        if result.outcome == pin.WRONG:
            t += result.wait_seconds + 0.01
    assert result.outcome == pin.LOCKED
    event_db.close()
    with open_event_db(db_path) as again:
        assert pin.check_pin(again, "482916", now=at(t + 10)).outcome == pin.LOCKED

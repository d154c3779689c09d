"""What the desk and the kiosk show after a verdict: the days a ticket is for, in words; undone
check-ins marked in the recent scans; the counter after an undo; times in the event's zone."""

from __future__ import annotations

from kiosk.checkin import check_in, recent_attempts, undo


def test_not_valid_today_says_which_day_the_ticket_is_for_in_english_and_french(event_db, roster, cli):
    result = check_in(event_db, "EB-0004", at="2026-07-08T14:00:00Z")   # "Day 2 only", scanned on day 1
    assert result.verdict == "not_today"
    assert result.valid_on("en") == "valid on Thursday 9 July"
    assert result.valid_on("fr") == "valable le jeudi 9 juillet"
    data = result.to_json()
    assert data["allowed_days_words"] == {"en": "Thursday 9 July", "fr": "jeudi 9 juillet"}
    assert data["valid_on"]["fr"] == "valable le jeudi 9 juillet"
    assert "valid on Thursday 9 July, not Wednesday 8 July" in result.message()
    out = cli("checkin", "EB-0004", "--at", "2026-07-08T10:00", "--db", event_db.path)
    assert out.code == 1 and "valid on Thursday 9 July" in out.stdout


def test_already_says_when_in_the_event_zone(event_db, roster):
    check_in(event_db, "EB-0001", at="2026-07-08T13:41:00Z", station="door A")
    again = check_in(event_db, "EB-0001", at="2026-07-08T15:00:00Z")
    assert "checked in at 09:41 at door A" in again.message()
    assert again.to_json()["checked_in_at_words"] == {"en": "09:41", "fr": "9 h 41"}


def test_an_undone_check_in_is_marked_in_the_recent_scans_and_the_counter_drops(event_db, roster):
    check_in(event_db, "EB-0001", at="2026-07-08T13:41:00Z", station="desk")
    check_in(event_db, "EB-0005", at="2026-07-08T13:42:00Z", station="desk")
    info = undo(event_db, "EB-0001", "scanned the wrong ticket", station="desk", day="2026-07-08")
    assert info["counts"]["checked_in"] == 1 and len(info["annulled_uids"]) == 1
    recent = recent_attempts(event_db, 10, "desk")
    by_code = {r["code"]: r for r in recent}
    assert by_code["EB-0001"]["annulled"] is True and by_code["EB-0001"]["checkin_uid"] == info["annulled_uids"][0]
    assert by_code["EB-0005"]["annulled"] is False


def test_undo_needs_a_real_reason(event_db, roster):
    import pytest

    from kiosk.checkin import UNDO_REASONS
    from kiosk.errors import KnownError

    check_in(event_db, "EB-0001", at="2026-07-08T13:41:00Z")
    for lazy in ("", "x", "...", " - "):
        with pytest.raises(KnownError, match="in a few words"):
            undo(event_db, "EB-0001", lazy, day="2026-07-08")
    assert undo(event_db, "EB-0001", UNDO_REASONS["fr"][0], day="2026-07-08")["reason"] == "mauvais billet scanné"

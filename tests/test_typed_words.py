"""What the desk types and the core refuses (kiosk/typed_text.py) is said in the reader's language:
a field too long or holding control characters, a badge name that shows nothing, a check-in time
no event has."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from kiosk.errors import KnownError
from kiosk.roster import attendees


def test_a_walk_in_s_name_with_an_escape_sequence_is_refused_in_both_languages(event_db):
    with pytest.raises(KnownError) as refused:
        attendees.add_walk_in(event_db, first_name="Ana\x1b]0;owned\x07")
    assert refused.value.text("en").startswith("The first name holds control characters")
    assert refused.value.text("fr").startswith("Le champ «\u00a0prénom\u00a0» contient des caractères de contrôle")


def test_a_field_too_long_says_how_long_in_french_figures(event_db):
    with pytest.raises(KnownError) as refused:
        attendees.add_walk_in(event_db, first_name="Ana", notes="x" * 2345)
    assert "2,345 characters long; at most 2,000" in refused.value.text("en")
    assert "fait 2\u202f345 caractères ; 2\u202f000 au plus" in refused.value.text("fr").replace("\u202f;", " ;")


def test_a_badge_name_of_invisible_characters_and_a_time_before_2000(event_db):
    from kiosk.badges.overrides import _clean
    from kiosk.eventdays import check_checkin_time

    with pytest.raises(KnownError) as refused:
        _clean("first_name", "\u200b\u200b")
    assert "n’affiche rien" in refused.value.text("fr") and "shows nothing" in str(refused.value)
    with pytest.raises(KnownError) as refused:
        check_checkin_time(datetime(1900, 1, 1, tzinfo=timezone.utc), "1900-01-01T09:00")
    assert "est antérieure à l’an 2000" in refused.value.text("fr")
    assert "is before the year 2000" in str(refused.value)

"""Badge text fixes and reprint overrides typed in a hurry or in mischief: escape sequences (the
one-byte CSI U+009B drives a terminal as ESC [ does), a right-to-left override that turns the rest
of the badge around, a zero-width space for a name, 100,000 characters. What is refused is refused
at the desk, where it can be typed again, and never accepted here only to be refused by every
other station (the limit on reprints would then differ between doors). What is accepted prints."""

from __future__ import annotations

import pytest

from kiosk.badges import overrides
from kiosk.badges.overrides import BadgeTextRefused
from kiosk.errors import KnownError
from kiosk.printing.queue import Override
from kiosk.sync import badge_facts
from tests.conftest import add

HOSTILE = ["Kate\u202eevil", "\u009b2J", "\x1b[31mRed", "A\u2066B", "x" * 100_000]


@pytest.fixture
def kate(event_db):
    return add(event_db, code="B-1", first_name="Katherine", last_name="Lee", organization="Acme")


@pytest.mark.parametrize("value", HOSTILE)
def test_a_badge_fix_that_no_badge_or_screen_can_show_is_refused(event_db, kate, value):
    for field in ("first_name", "last_name", "organization"):
        with pytest.raises(BadgeTextRefused, match="type it again"):
            overrides.set_badge_text(event_db, kate, **{field: value}, by="Marie", station="desk")
    assert overrides.history(event_db, kate) == []


@pytest.mark.parametrize("value", ["\u200b", "\u0301\u0301", "\u200d"])
def test_a_badge_name_of_invisible_characters_is_no_name(event_db, kate, value):
    with pytest.raises(BadgeTextRefused, match="shows nothing"):
        overrides.set_badge_text(event_db, kate, first_name=value, by="Marie", station="desk")


@pytest.mark.parametrize("value", ["Zoë", "محمد", "שרה", "山田", "Nguyễn Thị", "O'Brien-Smith", "José\u200dX"])
def test_names_in_every_script_are_kept(event_db, kate, value):
    printed = overrides.set_badge_text(event_db, kate, first_name=value, by="Marie", station="desk")
    assert printed["first_name"] == value


def test_a_fix_accepted_here_is_accepted_by_every_other_station(event_db, kate):
    overrides.set_badge_text(event_db, kate, first_name="Kate", organization="Acme\u00a0Inc", by="Marie", station="desk")
    row = dict(event_db.one("SELECT * FROM badge_texts"))
    assert badge_facts._badge_text({**row, "by_whom": row["by_whom"]}, kate) is not None


@pytest.mark.parametrize("reason,by", [("lost\x1b[2J", "Marie"), ("badge lost", "\u009b"), ("x" * 5000, "Marie"),
                                       ("badge lost", "M" * 500), ("lost \u202egnp.exe", "Marie")])
def test_a_reprint_override_other_stations_would_refuse_is_refused_here(reason, by):
    with pytest.raises(KnownError, match="type it again"):
        Override(reason, by).checked()
    kept = Override("badge lost in the rain", "Marie").checked()
    assert badge_facts._text(kept.reason, 500) and badge_facts._text(kept.by, 120)


def test_kiosk_badge_fix_says_what_is_wrong_without_echoing_it(event_db, kate, cli):
    result = cli("badge-fix", "B-1", "--first-name", "\u009b" + "x" * 100_000, "--db", event_db.path)
    assert result.code == 2 and len(result.stderr) < 400 and "\u009b" not in result.stderr, result

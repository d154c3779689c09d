"""The keyboard-wedge detector: scanner bursts found, a person's typing left alone, AZERTY undone."""

from __future__ import annotations

import pytest

from kiosk.scan.wedge import (BACKSPACE, ENTER, OTHER, TAB, WedgeDetector, WedgeSettings, is_azerty_digits,
                              unazerty)


def type_keys(detector: WedgeDetector, keys, gap: float, start: float = 10.0, end_gap: float | None = None):
    """Feed `keys` `gap` seconds apart; returns (bursts, time of the last key)."""
    bursts = []
    t = start
    keys = list(keys)
    for i, key in enumerate(keys):
        if i:
            t += end_gap if (end_gap is not None and i == len(keys) - 1) else gap
        burst = detector.feed(key, t)
        if burst:
            bursts.append(burst)
    return bursts, t


def test_a_fast_burst_ending_in_enter_is_a_scan():
    bursts, _ = type_keys(WedgeDetector(), [*"KIOSK-DEMO-0001", ENTER], gap=0.008)
    assert [b.payload for b in bursts] == ["KIOSK-DEMO-0001"]
    assert bursts[0].typed == "KIOSK-DEMO-0001"
    assert bursts[0].terminator == ENTER
    assert bursts[0].chars_per_s > 100


def test_a_burst_ending_in_tab_is_a_scan():
    bursts, _ = type_keys(WedgeDetector(), [*"ABC123", TAB], gap=0.02)
    assert [b.payload for b in bursts] == ["ABC123"]


def test_a_person_typing_a_name_and_enter_is_not_a_scan():
    bursts, _ = type_keys(WedgeDetector(), [*"okafor", ENTER], gap=0.15)
    assert bursts == []


def test_a_fast_typist_with_some_quick_pairs_is_not_a_scan():
    detector = WedgeDetector()
    gaps = [0.12, 0.03, 0.11, 0.025, 0.14, 0.09, 0.04, 0.13]  # rolled key pairs, but pauses between
    t = 0.0
    for key, gap in zip("chen wei", gaps):
        t += gap
        assert detector.feed(key, t) is None
    assert detector.feed(ENTER, t + 0.1) is None


def test_a_burst_too_short_is_a_person():
    bursts, _ = type_keys(WedgeDetector(WedgeSettings(min_length=4)), ["a", "b", "c", ENTER], gap=0.01)
    assert bursts == []


def test_enter_long_after_a_fast_burst_is_a_person_pressing_enter():
    bursts, _ = type_keys(WedgeDetector(), [*"KIOSK-1", ENTER], gap=0.01, end_gap=0.6)
    assert bursts == []


def test_a_pause_in_the_middle_starts_a_new_run():
    detector = WedgeDetector()
    t = 0.0
    for key in "slow":
        t += 0.3
        detector.feed(key, t)
    t += 0.3
    for key in "FAST-CODE-9":
        t += 0.01
        detector.feed(key, t)
    burst = detector.feed(ENTER, t + 0.01)
    assert burst.payload == "FAST-CODE-9"  # the person's "slow" before it is not part of the scan


def test_backspace_or_a_shortcut_inside_a_run_means_a_person():
    for interrupting in (BACKSPACE, OTHER):
        bursts, _ = type_keys(WedgeDetector(), [*"KIO", interrupting, *"SK", ENTER], gap=0.01)
        assert bursts == []


def test_two_scans_in_a_row_are_two_bursts():
    detector = WedgeDetector()
    first, t = type_keys(detector, [*"KIOSK-DEMO-0001", ENTER], gap=0.01)
    second, _ = type_keys(detector, [*"KIOSK-DEMO-0002", ENTER], gap=0.01, start=t + 0.4)
    assert [b.payload for b in first + second] == ["KIOSK-DEMO-0001", "KIOSK-DEMO-0002"]


def test_configured_prefix_and_suffix_are_stripped():
    detector = WedgeDetector(WedgeSettings(prefix="]Q1", suffix="#"))
    bursts, _ = type_keys(detector, [*"]Q1KIOSK-DEMO-0001#", ENTER], gap=0.01)
    assert [b.payload for b in bursts] == ["KIOSK-DEMO-0001"]
    bursts, _ = type_keys(detector, [*"KIOSK-DEMO-0002", ENTER], gap=0.01, start=50)
    assert [b.payload for b in bursts] == ["KIOSK-DEMO-0002"]  # a scan without them still counts


def test_a_burst_that_is_only_the_prefix_is_not_a_scan():
    bursts, _ = type_keys(WedgeDetector(WedgeSettings(prefix="STX:", min_length=2)), [*"STX:", ENTER], gap=0.01)
    assert bursts == []


def test_timing_thresholds_are_settings():
    slow_scanner = WedgeDetector(WedgeSettings(max_gap_s=0.09))
    bursts, _ = type_keys(slow_scanner, [*"KIOSK-DEMO-0001", ENTER], gap=0.07)
    assert len(bursts) == 1
    bursts, _ = type_keys(WedgeDetector(), [*"KIOSK-DEMO-0001", ENTER], gap=0.07)
    assert bursts == []


def test_clock_going_backwards_is_not_a_burst():
    detector = WedgeDetector()
    detector.feed("A", 10.0)
    detector.feed("B", 9.0)  # e.g. timestamps from two sources: never a fast gap
    assert detector.run == "B"


# -- AZERTY ------------------------------------------------------------------------------------

def test_unazerty_undoes_the_digit_row():
    assert unazerty("&é\"'(-è_çà") == "1234567890"


def test_unazerty_undoes_letters_and_punctuation_of_a_ticket_code():
    # KIOSK-DEMO-0001 from a US-layout scanner on a French AZERTY computer
    assert unazerty("KIOSK)DE?O)ààà&") == "KIOSK-DEMO-0001"
    assert unazerty("httpM!!qw,") == "http://azm"


def test_unazerty_leaves_unaffected_characters_alone():
    assert unazerty("BCDEFGHIJKL") == "BCDEFGHIJKL"


def test_is_azerty_digits():
    assert is_azerty_digits("&é\"'(-è_çà")
    assert not is_azerty_digits("12&é")
    assert not is_azerty_digits("")


def scan(detector, text):
    bursts, _ = type_keys(detector, [*text, ENTER], gap=0.01)
    return bursts[0].payload if bursts else None


def test_azerty_off_keeps_the_text_as_typed():
    assert scan(WedgeDetector(WedgeSettings(azerty="off")), "&é\"'(-è_çà") == "&é\"'(-è_çà"


def test_azerty_digits_fixes_only_an_all_digit_row_payload():
    detector = WedgeDetector(WedgeSettings(azerty="digits"))
    assert scan(detector, "&é\"'(-è_çà") == "1234567890"
    assert scan(detector, "ABC&é\"'") == "ABC&é\"'"  # ambiguous: left as typed


def test_azerty_known_picks_the_form_the_roster_knows():
    roster = {"KIOSK-DEMO-0001", "AZ&é"}
    detector = WedgeDetector(WedgeSettings(azerty="known"), is_known=roster.__contains__)
    assert scan(detector, "KIOSK)DE?O)ààà&") == "KIOSK-DEMO-0001"
    assert scan(detector, "AZ&é") == "AZ&é"  # already a known code as typed
    assert scan(detector, "UNKNOWN)&") == "UNKNOWN)&"  # neither known: as typed


def test_azerty_known_survives_a_failing_lookup():
    def broken(code):
        raise RuntimeError("database locked")

    detector = WedgeDetector(WedgeSettings(azerty="known"), is_known=broken)
    assert scan(detector, "KIOSK)DE?O)ààà&") == "KIOSK)DE?O)ààà&"


def test_azerty_always_translates():
    assert scan(WedgeDetector(WedgeSettings(azerty="always")), "KIOSK)DE?O)ààà&") == "KIOSK-DEMO-0001"


def test_bad_settings_are_refused():
    with pytest.raises(ValueError):
        WedgeSettings(azerty="qwertz")
    with pytest.raises(ValueError):
        WedgeSettings(max_gap_s=0)


def test_settings_from_the_event_database_values():
    stored = {"wedge_prefix": "]Q1", "wedge_suffix": "", "wedge_azerty": True, "wedge_max_gap_ms": 80}
    settings = WedgeSettings.from_settings(stored.get)
    assert (settings.prefix, settings.azerty, settings.max_gap_s, settings.min_length) == ("]Q1", "known", 0.08, 4)
    assert WedgeSettings.from_settings({}.get) == WedgeSettings()
    broken = {"wedge_azerty": "sometimes", "wedge_min_length": "many", "wedge_max_gap_ms": -5}
    assert WedgeSettings.from_settings(broken.get) == WedgeSettings()


def test_azerty_known_without_a_roster_fixes_only_all_digit_payloads():
    detector = WedgeDetector(WedgeSettings(azerty="known"))
    assert scan(detector, "&é\"'(") == "12345"
    assert scan(detector, "KIOSK)DE?O)ààà&") == "KIOSK)DE?O)ààà&"

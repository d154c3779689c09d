"""Scanner or person: realistic keystroke traces through the core's decision (kiosk/scan/keyrun.py).

Scanners: 2-8 ms a key with jitter, keys bunched (delivered together) and a late key under load.
People: 40-200 ms a key, a fast typist's 25-40 ms bursts inside words, e-mails typed quickly, and
the same keys delivered late and bunched by a busy X server. A person is never taken for a ticket;
a scanner always is.
"""

from __future__ import annotations

import random

import pytest

from kiosk.scan.keyrun import (EITHER, HUMAN, MACHINE, SCAN, TYPED, KeyRun, KeyRunRecorder, RosterLookup,
                               classify_run, first_look, looks_like_code, scan_start, timing_of)
from kiosk.scan.wedge import BACKSPACE, ENTER, WedgeSettings

TICKETS = {"KIOSK-DEMO-0046", "EB-0001", "ti_pX9tJEguENQbdPOdhq66Vtw", "A-KJHGFDS",
           "tpmsxb8sp8t2e3ehfz3jcz7r5c8u6wjb", "kwame2026", "https://ti.to/tickets/ti_pX9tJEguENQbdPOdhq66Vtw"}
PEOPLE = ["kwame mensah kwame@example.org ghana health", "jose nunez jose.nunez@example.org centre francophone",
          "camille roy camille@example.fr", "daniel chen dchen@example.com", "jean-luc picard jl@example.org"]


class FakeLookup:
    def __init__(self, tickets=TICKETS, people=PEOPLE):
        self.tickets, self.people = set(tickets), people
        self.asked: list[str] = []

    def is_ticket(self, payload: str) -> bool:
        self.asked.append(payload)
        return payload in self.tickets

    def names_someone(self, text: str) -> bool:
        words = text.lower().split()
        return bool(words) and any(all(w in p for w in words) for p in self.people)


# -- trace makers ------------------------------------------------------------------------------------

def scanner(text: str, rng: random.Random, *, bunch: float = 0.0, stall: bool = False, t0: float = 100.0):
    """A scanner: 2-8 ms a key; `bunch` of the keys arrive with the previous one; one late key."""
    times, t = [], t0
    stall_at = rng.randrange(3, len(text) - 3) if stall and len(text) > 8 else -1
    for i, _ in enumerate(text):
        if i:
            gap = rng.uniform(0.002, 0.008)
            if rng.random() < bunch:
                gap = 0.0
            if i == stall_at:
                gap = rng.uniform(0.12, 0.30)
            t += gap
        times.append(t)
    end = t + rng.uniform(0.002, 0.010)
    return KeyRun(text, tuple(times), end=end)


def human(text: str, rng: random.Random, low: float, high: float, *, bunch: bool = False, t0: float = 100.0):
    """A person at `low`-`high` s a key; with `bunch`, a busy X delivers 2-4 keys at once, late."""
    pressed, t = [], t0
    for i, _ in enumerate(text):
        if i:
            t += rng.uniform(low, high)
        pressed.append(t)
    end = t + rng.uniform(max(low, 0.06), max(high, 0.12))
    if not bunch:
        return KeyRun(text, tuple(pressed), end=end)
    delivered, i = [], 0
    while i < len(pressed):
        group = rng.randint(2, 4)
        arrive = pressed[min(i + group, len(pressed)) - 1] + rng.uniform(0.0, 0.02)
        delivered += [arrive] * len(pressed[i:i + group])
        i += group
    return KeyRun(text, tuple(delivered), end=max(end, delivered[-1] + 0.001))


def fast_typist(text: str, rng: random.Random, *, bunch: bool = False):
    """25-40 ms inside a word (a practised typist's rolled burst), 80-160 ms at word boundaries."""
    times, t = [], 100.0
    for i, ch in enumerate(text):
        if i:
            t += rng.uniform(0.08, 0.16) if (ch in " @." or text[i - 1] in " @.") else rng.uniform(0.025, 0.040)
        times.append(t)
    if bunch:
        times = [times[i - i % 3 + min(2, len(times) - 1 - (i - i % 3))] for i in range(len(times))]
    return KeyRun(text, tuple(times), end=times[-1] + rng.uniform(0.06, 0.15))


SETTINGS = WedgeSettings()
SEEDS = range(25)
CODES = sorted(TICKETS)
NAMES = ["kwame", "Kwame Mensah", "jose nunez", "José Ñúñez", "camille", "Daniel Chen", "jean-luc", "Jean-Luc Picard",
         "okafor", "Wei Chen", "marie-claire", "the", "and then", "hello world"]
EMAILS = ["kwame@example.org", "jose.nunez@example.org", "someone.new@gmail.com", "a.b-c@uni-montreal.ca"]


# -- scanners are scans ----------------------------------------------------------------------------------

@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_scanner_burst_of_a_known_ticket_is_a_scan(code, seed):
    rng = random.Random(seed)
    for run in (scanner(code, rng), scanner(code, rng, bunch=0.4), scanner(code, rng, bunch=0.2, stall=True)):
        decision = classify_run(run, SETTINGS, FakeLookup())
        assert decision.kind == SCAN, (run, decision)
        assert decision.payload == code
        assert decision.start == 0


@pytest.mark.parametrize("payload", ["EB-9999", "ZZ-00042", "WIFI:S:venue;T:WPA;P:secret;;", "https://example.org/t/88",
                                     "tpmsxb8sp8t2e3ehfz3jcz7r5c8u6wjX"])
@pytest.mark.parametrize("seed", range(10))
def test_a_scanner_burst_of_an_unknown_code_is_still_a_scan_so_the_desk_can_say_unknown(payload, seed):
    rng = random.Random(seed)
    decision = classify_run(scanner(payload, rng, bunch=0.3, stall=seed % 2 == 0), SETTINGS, FakeLookup())
    assert (decision.kind, decision.payload, decision.reason) == (SCAN, payload, "code_shape")


def test_a_scanner_burst_after_a_persons_typing_takes_only_the_burst():
    rng = random.Random(3)
    person = human("sl", rng, 0.2, 0.3)
    burst = scanner("KIOSK-DEMO-0046", rng, t0=person.times[-1] + 0.5)
    run = KeyRun(person.text + burst.text, person.times + burst.times, end=burst.end)
    decision = classify_run(run, SETTINGS, FakeLookup())
    assert (decision.kind, decision.payload, decision.start) == (SCAN, "KIOSK-DEMO-0046", 2)


# -- people are never tickets ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", NAMES + EMAILS + CODES)
@pytest.mark.parametrize("speed", [(0.040, 0.060), (0.060, 0.080), (0.080, 0.200)])
@pytest.mark.parametrize("seed", range(10))
def test_a_person_typing_at_40_ms_or_slower_is_never_a_ticket(text, speed, seed):
    rng = random.Random(seed)
    for run in (human(text, rng, *speed), human(text, rng, *speed, bunch=True)):
        decision = classify_run(run, SETTINGS, FakeLookup())
        if decision.kind == SCAN:
            # Only a ticket code that a busy X delivered as one block can look like a scan, and
            # then it is the code the person typed: never a name, never an e-mail.
            assert text in TICKETS and decision.payload == text, (run, decision)
        if text not in TICKETS:
            assert decision.kind == TYPED, (run, decision)
    unbunched = classify_run(human(text, rng, *speed), SETTINGS, FakeLookup())
    assert unbunched.kind == TYPED, unbunched


@pytest.mark.parametrize("text", NAMES + EMAILS)
@pytest.mark.parametrize("seed", SEEDS)
def test_a_fast_typists_bursts_of_words_names_and_emails_are_typed(text, seed):
    rng = random.Random(seed)
    for run in (fast_typist(text, rng), fast_typist(text, rng, bunch=True)):
        decision = classify_run(run, SETTINGS, FakeLookup())
        assert decision.kind == TYPED, (run, decision)


@pytest.mark.parametrize("text", NAMES + EMAILS)
@pytest.mark.parametrize("seed", range(10))
def test_names_and_emails_delivered_as_one_block_are_still_typed(text, seed):
    """The worst case: X delivered a person's whole word at once (gaps of 0), as fast as a scanner."""
    rng = random.Random(seed)
    run = scanner(text, rng, bunch=0.9) if len(text) > 3 else human(text, rng, 0.05, 0.06)
    decision = classify_run(run, SETTINGS, FakeLookup())
    assert decision.kind == TYPED, (run, decision)
    assert decision.reason in ("email", "name", "unsure", "too_short")


def test_a_name_typed_at_60_to_80_ms_then_enter_is_a_search_not_unknown_ticket():
    """Issue 13: "kwame" at a brisk 60-80 ms, then Enter, was taken for a ticket code."""
    rng = random.Random(1)
    for _ in range(50):
        decision = classify_run(human("kwame", rng, 0.06, 0.08, bunch=True), SETTINGS, FakeLookup())
        assert (decision.kind, decision.payload) == (TYPED, "")


def test_enter_pressed_long_after_a_fast_run_is_a_person():
    run = scanner("KIOSK-DEMO-0046", random.Random(0))
    late = KeyRun(run.text, run.times, end=run.times[-1] + 0.6)
    assert classify_run(late, SETTINGS, FakeLookup()).reason == "late_enter"


# -- the configured prefix and suffix -----------------------------------------------------------------------

def test_with_a_prefix_configured_a_run_without_it_is_typed_and_one_with_it_is_a_scan():
    settings = WedgeSettings(prefix="~", suffix="#")
    rng = random.Random(2)
    scan = classify_run(scanner("~EB-9999#", rng), settings, FakeLookup())
    assert (scan.kind, scan.payload, scan.reason) == (SCAN, "EB-9999", "prefix")
    assert classify_run(scanner("KIOSK-DEMO-0046", rng), settings, FakeLookup()).reason == "no_prefix"
    # a person typing the prefix slowly is still a person
    assert classify_run(human("~EB-9999#", rng, 0.1, 0.2), settings, FakeLookup()).kind == TYPED
    # the scan begins at its prefix, even after a person's keys and a late key
    person = human("ab", rng, 0.2, 0.3)
    burst = scanner("~KIOSK-DEMO-0046#", rng, t0=person.times[-1] + 0.4, stall=True)
    run = KeyRun(person.text + burst.text, person.times + burst.times, end=burst.end)
    decision = classify_run(run, settings, FakeLookup())
    assert (decision.kind, decision.payload, decision.start) == (SCAN, "KIOSK-DEMO-0046", 2)


def test_azerty_digits_are_undone_for_a_scan():
    settings = WedgeSettings(azerty="digits")
    decision = classify_run(scanner("&é\"'(-è_çà", random.Random(4)), settings, FakeLookup(tickets={"1234567890"}))
    assert (decision.kind, decision.payload) == (SCAN, "1234567890")


# -- the cheap first look and the pieces ----------------------------------------------------------------------

def test_first_look_settles_what_the_roster_cannot_change_and_asks_for_the_rest():
    rng = random.Random(5)
    assert first_look(human("okafor", rng, 0.1, 0.2), SETTINGS).kind == TYPED
    assert first_look(KeyRun("abc", (1.0, 1.001, 1.002), end=1.003), SETTINGS).reason == "too_short"
    assert first_look(scanner("KIOSK-DEMO-0046", rng), SETTINGS) is None       # ask the roster
    assert first_look(scanner("~X-1#", rng), WedgeSettings(prefix="~", suffix="#")).is_scan


def test_timing_classes():
    assert timing_of([0.004] * 12) == MACHINE
    assert timing_of([0.004] * 11 + [0.25]) == MACHINE        # one late key
    assert timing_of([0.030] * 8) == HUMAN
    assert timing_of([0.020] * 8) == EITHER
    assert timing_of([]) == HUMAN


def test_scan_start_stops_at_a_persons_pause_but_not_at_a_late_key_inside_a_burst():
    times = [0.0, 0.3, 0.6] + [0.9 + 0.005 * i for i in range(6)] + [1.2 + 0.005 * i for i in range(6)]
    run = KeyRun("abc" + "X" * 12, tuple(times), end=times[-1] + 0.005)
    assert scan_start(run, SETTINGS) == 3


@pytest.mark.parametrize("text,code", [("EB-0001", True), ("ti_abc123", True), ("A-KJHGFDS", True),
                                       ("https://x.y/z", True), ("Jean-Luc", False), ("kwame", False),
                                       ("Mary Ann Smith", False), ("O'Brien", False), ("tpmsxbasdfghjklqwertyu", True)])
def test_the_shape_of_a_code(text, code):
    assert looks_like_code(text) is code


def test_the_recorder_hands_over_a_run_at_enter_and_drops_it_on_an_edit_key():
    recorder = KeyRunRecorder()
    for i, ch in enumerate("EB-0001"):
        assert recorder.feed(ch, 1 + i * 0.004) is None
    run = recorder.feed(ENTER, 1.03)
    assert run is not None and run.text == "EB-0001" and run.end == 1.03 and recorder.length == 0
    for ch in "kwa":
        recorder.feed(ch, 2.0)
    recorder.feed(BACKSPACE, 2.1)
    assert recorder.length == 0 and recorder.feed(ENTER, 2.2) is None


# -- against a real roster ------------------------------------------------------------------------------------

@pytest.fixture
def roster_db(event_db):
    from kiosk.roster import attendees

    with event_db.write() as conn:
        attendees.insert(conn, {"code": "EB-0001", "first_name": "José", "last_name": "Ñúñez", "full_name": "José Ñúñez",
                                "email": "jose@example.org", "organization": "Centre francophone"})
        attendees.insert(conn, {"code": "KWAMEX1", "first_name": "Kwame", "last_name": "Mensah",
                                "full_name": "Kwame Mensah"})
    return event_db


def test_the_roster_lookup_knows_tickets_and_names_but_not_codes_as_names(roster_db):
    lookup = RosterLookup(roster_db)
    assert lookup.is_ticket("EB-0001") and not lookup.is_ticket("EB-0002")
    assert lookup.names_someone("jose nunez") and lookup.names_someone("KWAME") and lookup.names_someone("jose@example.org")
    assert not lookup.names_someone("eb-0001") and not lookup.names_someone("nobody")
    rng = random.Random(9)
    assert classify_run(scanner("kwame", rng, bunch=0.9), SETTINGS, lookup).reason == "name"
    decision = classify_run(scanner("EB-0001", rng), SETTINGS, lookup)
    assert (decision.kind, decision.reason) == (SCAN, "ticket")


def test_a_burst_cut_short_by_a_very_late_key_near_its_end_is_still_the_ticket():
    """Seen in a real window under load: a person's "le", then a scanner burst whose fourth-from-last
    key X delivered 400 ms late. The fast tail alone ("005") was too short; the roster knows the
    longest tail that is a ticket, and only the burst's keys are taken (the "le" stays typed)."""
    s = WedgeSettings()
    times = [0.0, 0.12, 0.15]
    for gap in (0.005, 0.005, 0.005, 0.4, 0.005, 0.005):
        times.append(times[-1] + gap)
    run = KeyRun("leEB-1005", tuple(times), end=times[-1] + 0.005)
    assert first_look(run, s) is None                       # not settled without the roster
    lookup = FakeLookup(tickets={"EB-1005", "1005"})        # the longest tail wins over a shorter code
    decision = classify_run(run, s, lookup)
    assert (decision.kind, decision.payload, decision.start) == (SCAN, "EB-1005", 2)
    assert classify_run(run, s, FakeLookup(tickets=set())).kind == TYPED      # nothing known: the search


def test_a_person_s_pace_is_never_searched_for_a_ticket_tail():
    s = WedgeSettings()
    run = human("eb-1005", random.Random(3), 0.05, 0.12)
    lookup = FakeLookup(tickets={"eb-1005", "1005"})
    assert classify_run(run, s, lookup).kind == TYPED and lookup.asked == []

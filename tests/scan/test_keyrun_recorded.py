"""Keystroke traces recorded from a real X server (Xvfb, xdotool; tests/scan/record_key_traces.py),
idle and with every core kept busy: scanner bursts (xdotool --delay 4) and people typing names and
e-mails (--delay 40 to 150, which xdotool spreads over key down and key up: 20 to 80 ms between
presses). Replayed through the decision with the X timestamps (what the window uses) and with the
arrival times (what a busy GUI thread sees): every scan is a scan, every person is typed, with or
without a roster to ask."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.scan.keyrun import SCAN, TYPED, KeyRun, classify_run
from kiosk.scan.wedge import WedgeSettings
from tests.scan.test_keyrun import FakeLookup

TRACES = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "keyruns" / "xvfb-traces.json").read_text())


def run_of(trace: dict, clock: str) -> KeyRun:
    index = 1 if clock == "x" else 2
    scale = 1000.0 if clock == "x" else 1.0
    chars = [k for k in trace["keys"] if k[0] and k[0] != "\n"]      # Shift and friends carry no text
    enter = next(k for k in trace["keys"] if k[0] == "\n")
    return KeyRun("".join(k[0] for k in chars), tuple(k[index] / scale for k in chars), end=enter[index] / scale)


def label(trace: dict) -> str:
    return f"{trace['kind']}-{trace['typed'][:16]}-{trace['delay_ms']}ms-{'busy' if trace['busy'] else 'idle'}"


@pytest.mark.parametrize("trace", TRACES, ids=[label(t) for t in TRACES])
@pytest.mark.parametrize("clock", ["x", "arrival"])
@pytest.mark.parametrize("roster", ["known", "empty"])
def test_recorded_traces(trace, clock, roster):
    run = run_of(trace, clock)
    assert run.text == trace["typed"]
    lookup = FakeLookup() if roster == "known" else FakeLookup(tickets=(), people=())
    decision = classify_run(run, WedgeSettings(), lookup)
    if trace["kind"] == "scanner":
        assert (decision.kind, decision.payload) == (SCAN, trace["typed"]), decision
    else:
        assert decision.kind == TYPED, decision


def test_the_recording_holds_both_machines_states_and_every_speed():
    assert {t["busy"] for t in TRACES} == {True, False}
    assert {t["delay_ms"] for t in TRACES if t["kind"] == "person"} == {40, 60, 80, 150}

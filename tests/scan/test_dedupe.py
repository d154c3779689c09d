"""A ticket held in front of the camera checks in once; the next ticket is taken at once."""

from __future__ import annotations

import threading

import pytest

from kiosk.scan.dedupe import RecentScans


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_same_ticket_seen_again_within_the_window_is_processed_once():
    clock = FakeClock()
    recent = RecentScans(window_s=3.0, clock=clock)
    assert recent.accept("KIOSK-DEMO-0001") is True
    clock.now += 1.0
    assert recent.accept("KIOSK-DEMO-0001") is False
    clock.now += 2.9
    assert recent.accept("KIOSK-DEMO-0001") is False


def test_a_ticket_held_up_for_a_long_time_is_processed_once():
    clock = FakeClock()
    recent = RecentScans(window_s=3.0, clock=clock)
    accepted = 0
    for _ in range(300):  # ten seconds at 30 frames a second
        accepted += recent.accept("KIOSK-DEMO-0001")
        clock.now += 1 / 30
    assert accepted == 1


def test_the_same_ticket_shown_again_after_the_window_counts_again():
    clock = FakeClock()
    recent = RecentScans(window_s=3.0, clock=clock)
    assert recent.accept("KIOSK-DEMO-0001")
    clock.now += 3.5
    assert recent.accept("KIOSK-DEMO-0001")


def test_a_different_ticket_is_processed_at_once():
    clock = FakeClock()
    recent = RecentScans(window_s=3.0, clock=clock)
    assert recent.accept("KIOSK-DEMO-0001")
    clock.now += 0.1
    assert recent.accept("KIOSK-DEMO-0002")
    assert recent.filter(["KIOSK-DEMO-0001", "KIOSK-DEMO-0003", "KIOSK-DEMO-0003"]) == ["KIOSK-DEMO-0003"]


def test_forget_lets_a_retry_through():
    recent = RecentScans(window_s=3.0, clock=FakeClock())
    recent.accept("A")
    recent.forget("A")
    assert recent.accept("A")
    recent.forget()
    assert recent.accept("A")


def test_memory_does_not_grow_with_old_scans():
    clock = FakeClock()
    recent = RecentScans(window_s=3.0, clock=clock)
    for i in range(1000):
        recent.accept(f"code-{i}")
        clock.now += 1.0
    assert len(recent._last_seen) <= 4


def test_threads_racing_on_the_same_payload_process_it_once():
    recent = RecentScans(window_s=60.0)
    results = []
    barrier = threading.Barrier(8)

    def worker():
        barrier.wait()
        results.append(recent.accept("KIOSK-DEMO-0001"))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(True) == 1


def test_a_negative_window_is_refused():
    with pytest.raises(ValueError):
        RecentScans(window_s=-1)

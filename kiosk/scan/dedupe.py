"""Do not process the same scan twice: a ticket held in front of the camera is seen 30 times a second.

`RecentScans.accept(payload)` says whether a payload should be processed now. The same payload is
refused while it keeps being seen: it must have been out of sight for `window_s` seconds before it
counts again (so a ticket held up for ten seconds checks in once). A different payload is accepted at
once, so the next person in line never waits for the previous one's window.
"""

from __future__ import annotations

import threading
import time
from typing import Callable


class RecentScans:
    """Remembers when each payload was last seen; thread-safe."""

    def __init__(self, window_s: float = 3.0, clock: Callable[[], float] = time.monotonic):
        if window_s < 0:
            raise ValueError("window_s must be >= 0")
        self.window_s = window_s
        self._clock = clock
        self._last_seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def accept(self, payload: str) -> bool:
        """True when `payload` should be processed now; every call counts as a sighting."""
        now = self._clock()
        with self._lock:
            self._forget_older_than(now - self.window_s)
            fresh = payload not in self._last_seen
            self._last_seen[payload] = now
            return fresh

    def filter(self, payloads: list[str]) -> list[str]:
        """The payloads of one frame that should be processed now, in order."""
        return [p for p in payloads if self.accept(p)]

    def forget(self, payload: str | None = None) -> None:
        """Let `payload` (or every payload) be processed again at once, e.g. after the operator retries."""
        with self._lock:
            if payload is None:
                self._last_seen.clear()
            else:
                self._last_seen.pop(payload, None)

    def _forget_older_than(self, limit: float) -> None:
        stale = [p for p, seen in self._last_seen.items() if seen <= limit]
        for payload in stale:
            del self._last_seen[payload]

"""Bulk work (an import, a first sync, a report over 500,000 rows) without the cyclic collector.

Such work allocates millions of objects that stay alive until it ends: the cyclic garbage collector
would walk them again and again for nothing (about half the time of a large import). `paused_gc()`
turns automatic collection off for the duration and back on afterwards, only if it was on (the
desk app keeps it off and collects on its GUI thread, kiosk/ui/gc_guard.py).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()

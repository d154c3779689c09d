"""Python 3.13's warning about an SQLite connection nobody closed, on the Pythons before it.

From 3.13 on, a `sqlite3.Connection` garbage-collected while still open emits a `ResourceWarning`
("unclosed database"), as an unclosed file does; the suite turns that warning into a failure. On
3.11 and 3.12 such a connection is closed silently, so a leak (a window or a worker that never
closes its connection, on a kiosk that runs for three days) would pass here and fail on a newer
Python. `install()` makes every connection opened with `sqlite3.connect` (the app's and
sqlite-utils') warn in the same way; with `PYTHONTRACEMALLOC=20` the warning says where it was opened.
"""

from __future__ import annotations

import sqlite3
import sys
import tracemalloc
import warnings


class _WarnsWhenLeaked(sqlite3.Connection):
    """A connection that says so when it is collected without having been closed."""

    __slots__ = ("_open",)   # no __dict__: tracemalloc finds where an object with one was made only from 3.12

    def __init__(self, *args, **kwargs) -> None:
        self._open = False
        super().__init__(*args, **kwargs)   # a file SQLite cannot open raises here: nothing to close
        self._open = True

    def close(self) -> None:
        super().close()
        self._open = False

    def __del__(self) -> None:
        if getattr(self, "_open", False):
            # A connection is in a reference cycle (its statement cache), so this runs at a garbage
            # collection, maybe in a later test: say where it was opened (when tracemalloc traces).
            opened = tracemalloc.get_object_traceback(self)
            where = (":\n" + "\n".join(opened.format(limit=10, most_recent_first=True)) if opened
                     else " (PYTHONTRACEMALLOC=20 shows where)")
            warnings.warn(f"unclosed database {self!r}, opened{where}", ResourceWarning, stacklevel=1, source=self)


def install() -> None:
    if sys.version_info >= (3, 13) or getattr(sqlite3.connect, "warns_when_leaked", False):
        return
    connect = sqlite3.connect

    def connect_warning_when_leaked(*args, **kwargs):
        kwargs.setdefault("factory", _WarnsWhenLeaked)
        return connect(*args, **kwargs)

    connect_warning_when_leaked.warns_when_leaked = True  # type: ignore[attr-defined]
    sqlite3.connect = connect_warning_when_leaked

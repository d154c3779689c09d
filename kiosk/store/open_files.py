"""The event files this process has open, counted by file identity, so that a file already open
here is never read again outside SQLite.

POSIX locks belong to a process: closing ANY descriptor of a file drops every lock this process
holds on it, SQLite's included. Another program (`kiosk` in a terminal, a second window) closing
its own connection then believes nobody else has the file open and deletes the write-ahead log
from under ours. So a file already open here is never opened again outside SQLite (its header was
checked when it was first opened).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from kiosk.store.opening_checks import check_existing

# (device, inode) -> connections of this process to that file
_open_files: dict[tuple[int, int], int] = {}
_open_files_lock = threading.Lock()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def open_in_this_process(path: Path) -> bool:
    """Whether an event database connection of this process has the file at `path` open."""
    key = _identity(path)
    with _open_files_lock:
        return key is not None and _open_files.get(key, 0) > 0


def hold(path: Path, *, check: bool) -> tuple[int, int] | None:
    """Count one more connection to the file at `path` BEFORE it is opened. The first one checks the
    file (reading its header) while no connection of this process holds a lock on it; later ones
    never read it again. Atomic: workers opening the file at once (a window starting) cannot read it
    while another one has connected but not yet registered (migrating, say)."""
    with _open_files_lock:
        key = _identity(path)
        if check and (key is None or _open_files.get(key, 0) == 0):
            check_existing(path)
        if key is not None:
            _open_files[key] = _open_files.get(key, 0) + 1
    return key


def let_go(key: tuple[int, int] | None) -> None:
    if key is None:
        return
    with _open_files_lock:
        left = _open_files.get(key, 1) - 1
        if left > 0:
            _open_files[key] = left
        else:
            _open_files.pop(key, None)

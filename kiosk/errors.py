"""Errors the core raises for a person to read: each says what happened and what to do.

`KnownError` covers the venue's reality (a broken export, a locked or damaged database, a printer
that is off); the CLI prints its message and exits non-zero, the UI shows it in a banner.
Anything else is a bug and keeps its traceback.
"""

import re


class KnownError(Exception):
    """A problem of the environment or the input, with a message that says what to do."""

    exit_code = 2


class ImportRefused(KnownError):
    """An export file cannot be imported; nothing was written."""


class DatabaseProblem(KnownError):
    """The event database is locked, read-only, full or damaged."""


class DamagedEventFile(DatabaseProblem):
    """The event file is damaged, empty or cut short: the app offers to restore its newest good backup.
    `path` is the file, `problem` what is wrong with it in words ("is empty (0 bytes): ...")."""

    def __init__(self, message: str, *, path: object = None, problem: str = ""):
        super().__init__(message)
        self.path, self.problem = path, problem


class NotFound(KnownError):
    """No such attendee, code or setting."""


#: errno values that are the environment's doing (disk full, no permission, missing folder...).
_OS_HINTS = {
    28: "The disk is full: free some space, or choose a folder on another disk (a USB stick), and try again.",
    122: "The disk quota is used up: free some space, or choose a folder on another disk, and try again.",
    13: "You may not use it: choose a folder of your own (e.g. Documents or the Desktop), or fix its permissions.",
    1: "You may not use it: choose a folder of your own (e.g. Documents or the Desktop), or fix its permissions.",
    30: "It is on a read-only disk: choose a folder on a disk you can write to.",
    2: "Check the path: the file or its folder does not exist.",
    20: "Check the path: part of it is a file, not a folder.",
    21: "It is a folder: give a file name inside it.",
    5: "The disk reported a read or write error: copy your files to another disk and try again.",
    36: "The file name is too long: choose a shorter one.",
    24: "Too many files are open: close other programs and try again.",
}


def from_os_error(exc: OSError) -> KnownError | None:
    """A message for an operating-system error a person can act on (full disk, no permission, bad
    path); None for anything else, which is then treated as a bug."""
    hint = _OS_HINTS.get(getattr(exc, "errno", None) or -1)
    if hint is None:
        return None
    target = exc.filename if exc.filename is not None else "a file"
    return KnownError(f"Cannot use {target}: {exc.strerror or exc}. {hint}")


_LONG_RUN = re.compile(r"\S{161,}")


def shortened(message: str, longest: int = 160, total: int = 2000) -> str:
    """A message fit for a screen: a run of more than `longest` characters without a space (a
    300 MB cell, a mistyped argument) is cut with its length said, and the whole kept short."""
    text = _LONG_RUN.sub(lambda m: f"{m.group()[:60]}... ({len(m.group()):,} characters)", str(message))
    return text if len(text) <= total else text[:total] + "..."

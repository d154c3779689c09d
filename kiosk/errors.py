"""Errors the core raises for a person to read: each says what happened and what to do.

`KnownError` covers the venue's reality (a broken export, a locked or damaged database, a printer
that is off); the CLI prints its message and exits non-zero, the UI shows it in a banner.
Anything else is a bug and keeps its traceback.
"""


class KnownError(Exception):
    """A problem of the environment or the input, with a message that says what to do."""

    exit_code = 2


class ImportRefused(KnownError):
    """An export file cannot be imported; nothing was written."""


class DatabaseProblem(KnownError):
    """The event database is locked, read-only, full or damaged."""


class NotFound(KnownError):
    """No such attendee, code or setting."""

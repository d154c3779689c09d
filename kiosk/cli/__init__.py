"""The `kiosk` command line: thin, calls the core, prints text or `--json`.

Each command lives in its own module `kiosk/cli/cmd_<name>.py` with two functions:

    def add_parser(subparsers, common) -> None   # subparsers.add_parser(NAME, parents=[common], ...)
                                                 # and parser.set_defaults(run=run)
    def run(args, out) -> int                    # exit status; out.emit(data, text) prints

Modules are discovered here, so adding a command is adding a module. Every command accepts
`--db PATH` and `--json`. A `KnownError` (the environment or the input is at fault) prints its
message on stderr and exits 2; anything else is a bug: its traceback goes to the log file
(kiosk/logs.py) and stderr gets one line naming that file, exit status 70. `kiosk --version`
prints the version and the log file's path.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import pkgutil
import sqlite3
import sys
from pathlib import Path
from typing import Any, Callable

from kiosk.errors import KnownError

#: The exit status of a bug (EX_SOFTWARE in sysexits.h).
EXIT_BUG = 70


class Output:
    """Prints a command's result as JSON (`--json`) or as text for a person."""

    def __init__(self, as_json: bool, stream=None):
        self.as_json = as_json
        self.stream = stream or sys.stdout

    def emit(self, data: Any, text: str | Callable[[], str] | None = None) -> None:
        from kiosk.typed_text import for_terminal

        # Names from an export may hold escape sequences: never sent to a terminal as they are.
        if self.as_json:
            self.stream.write(for_terminal(json.dumps(data, ensure_ascii=False, indent=2, default=str), json=True) + "\n")
        else:
            if callable(text):
                text = text()
            if text is None:
                text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
            self.stream.write(for_terminal(text.rstrip("\n")) + "\n")
        self.stream.flush()


def common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", help="the event database file (default: the per-user data folder, or $KIOSK_DB)")
    common.add_argument("--json", action="store_true", help="print machine-readable JSON")
    return common


class _Parser(argparse.ArgumentParser):
    """argparse, whose usage errors never repeat a huge argument whole."""

    def error(self, message: str):
        from kiosk.errors import shortened

        super().error(shortened(message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kiosk", description="Event check-in kiosk: roster, check-in, badges, exports.")
    parser.add_argument("--verbose", "-v", action="store_true", help="log what happens")
    parser.add_argument("--version", action="store_true", help="print the version and the log file's path")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = common_options()
    import kiosk.cli as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            module = importlib.import_module(f"kiosk.cli.{info.name}")
            module.add_parser(sub, common)
    return parser


def open_db(args, *, create: bool = False):
    """Open the database the command names (`--db`), refusing to invent one unless `create`; an
    event file opened goes to the top of the recent events (kiosk/recent_events.py).

    The file is verified first (quick_check): a command never writes into a damaged file, and
    says which backup to restore instead."""
    from kiosk.store import open_event_db

    db = open_event_db(args.db, create=create, verify=True)
    if db.has_event():
        from kiosk import recent_events

        recent_events.remember(db.path, db.event()["name"])
    return db


def explain_failure(exc: BaseException) -> KnownError | None:
    """A message for what the environment or the input caused, beyond KnownError and SQLite
    (a full disk, no permission, out of memory, text that is no valid UTF-8); None for a bug."""
    from kiosk.errors import from_os_error

    if isinstance(exc, OSError):
        return from_os_error(exc)
    if isinstance(exc, MemoryError):
        return KnownError("The computer ran out of memory. Close other programs and try again; if it happens "
                          "again with the same file, the file is too large for this computer.")
    if isinstance(exc, ValueError) and "embedded null byte" in str(exc):
        return KnownError("A file name or text given contains a NUL character, which no file name can hold. "
                          "Type it again.")
    if isinstance(exc, UnicodeEncodeError) and "surrogates not allowed" in str(exc):
        return KnownError("Some of the text given is not valid UTF-8 (bytes from another encoding or a "
                          "damaged scan). Type it again, or save the file as UTF-8.")
    return None


def _log_unraisable(unraisable) -> None:
    logging.getLogger("kiosk.cli").info("ignored during cleanup: %r (%s)", unraisable.exc_value, unraisable.object)


def version_text() -> str:
    from kiosk import __version__
    from kiosk.logs import log_file

    return f"kiosk {__version__}\nlog file: {log_file()}"


def _database_path(args) -> Path:
    from kiosk.store.database import default_db_path

    return Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()


def _fail(out: Output, message: str, *, bug: bool = False) -> None:
    from kiosk.errors import shortened

    from kiosk.typed_text import for_terminal

    message = shortened(message)        # never a 300 MB cell or argument echoed back
    if out.as_json:
        sys.stderr.write(for_terminal(json.dumps({"error": message, **({"bug": True} if bug else {})},
                                                 ensure_ascii=False), json=True) + "\n")
    else:
        sys.stderr.write(f"kiosk: {for_terminal(message)}\n")


def main(argv: list[str] | None = None) -> int:
    from kiosk.logs import report_bug, setup_logging

    # A closed standard output or error (a service started with >&-) is no reason to stop: what
    # would have been printed is dropped, the work (a station's check-ins) goes on.
    import os

    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(console_level=logging.INFO if args.verbose else logging.WARNING)
    if args.version:
        print(version_text())
        return 0
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    out = Output(getattr(args, "json", False))
    sys.unraisablehook = _log_unraisable        # a library's late cleanup error goes to the log, not the screen
    try:
        return int(args.run(args, out) or 0)
    except KnownError as exc:
        _fail(out, str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except sqlite3.Error as exc:  # one that no layer below turned into a DatabaseProblem
        from kiosk.store.database import classify_sqlite_error

        problem = classify_sqlite_error(_database_path(args), exc)
        if problem is None:
            _fail(out, report_bug(exc, f"running `kiosk {args.command}`"), bug=True)
            return EXIT_BUG
        _fail(out, str(problem))
        return problem.exit_code
    except Exception as exc:  # noqa: BLE001 - a bug: report_bug logs the traceback, the person gets one line
        known = explain_failure(exc)
        if known is not None:
            _fail(out, str(known))
            return known.exit_code
        _fail(out, report_bug(exc, f"running `kiosk {args.command}`"), bug=True)
        return EXIT_BUG

"""`kiosk kiosk-pin set|status|unset`: the organizer PIN that kiosk mode needs (stored hashed).

`set` asks for the PIN twice without showing it (or reads `--pin`, or one line on standard input
with `--stdin`, for scripts); `status` says whether one is set and whether wrong tries locked it."""

from __future__ import annotations

import getpass
import sys

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("kiosk-pin", parents=[common], help="set, check or remove the organizer PIN that kiosk mode needs")
    p.add_argument("action", choices=("set", "status", "unset"))
    p.add_argument("--pin", help="the new PIN (4 to 12 digits); without it you are asked, unseen")
    p.add_argument("--stdin", action="store_true", help="read the new PIN from one line of standard input")
    p.set_defaults(run=run)


def _new_pin(args) -> str:
    from kiosk.errors import KnownError

    if args.pin is not None:
        return args.pin
    if args.stdin:
        return sys.stdin.readline().strip()
    if not sys.stdin.isatty():
        raise KnownError("Give the PIN with --pin NNNN or --stdin: there is no terminal to ask in.")
    first = getpass.getpass("New organizer PIN (4 to 12 digits): ")
    if getpass.getpass("The same PIN again: ") != first:
        raise KnownError("The two PINs differ; nothing was changed. Try again.")
    return first


def run(args, out) -> int:
    from kiosk import kiosk_mode
    from kiosk.store import settings

    db = open_db(args)
    with db:
        if args.action == "set":
            settings.set_value(db, "kiosk_pin", _new_pin(args))
            out.emit(kiosk_mode.status(db), "Organizer PIN set: kiosk mode can start, and only this PIN leaves it.")
            return 0
        if args.action == "unset":
            removed = settings.unset(db, "kiosk_pin")
            out.emit(kiosk_mode.status(db), "Organizer PIN removed: kiosk mode will not start until one is set again."
                     if removed else "No organizer PIN was set.")
            return 0
        info = kiosk_mode.status(db)
    if not info["pin_set"]:
        text = "No organizer PIN is set: kiosk mode will not start. Set one with `kiosk kiosk-pin set`."
    elif info["locked"]:
        text = f"An organizer PIN is set; too many wrong tries locked it for {info['wait_seconds']:g} s more."
    else:
        text = f"An organizer PIN is set; kiosk mode can start ({info['tries_left']} tries before a lock-out)."
    out.emit(info, text)
    return 0

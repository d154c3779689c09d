"""`kiosk badge-fix CODE --first-name Kate`: what a person's badge prints, without changing the
registration (a misspelt name, a preferred name); `--reset FIELD`, `--clear`, or no change to show
it. Recorded with who (`--by`, default your login name), when and the station."""

from __future__ import annotations

import getpass

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("badge-fix", parents=[common],
                       help="fix the name or organisation printed on a badge, keeping the registration as it is")
    p.add_argument("code", help="the attendee's code (or a scanned payload)")
    p.add_argument("--first-name", help="the first name the badge prints")
    p.add_argument("--last-name", help="the last name the badge prints")
    p.add_argument("--organization", help="the organisation the badge prints ('' for none)")
    p.add_argument("--reset", action="append", default=[], choices=("first_name", "last_name", "organization"),
                   help="print this field as registered again (repeatable)")
    p.add_argument("--clear", action="store_true", help="print the badge as registered again")
    p.add_argument("--by", help="who makes the fix (default: your login name)")
    p.add_argument("--station", default=None, help="this station's name (default: the station_name setting)")
    p.set_defaults(run=run)


def _text(person: dict, fix_history: list[dict], tz: str) -> str:
    from kiosk.clock import format_instant
    from kiosk.roster.names import join_name

    reg = person["registered"]
    registered = reg["full_name"] or join_name(reg["first_name"], reg["last_name"])
    printed = join_name(person["first_name"] or "", person["last_name"] or "") or person["full_name"]
    lines = [f"Registered: {registered}" + (f", {reg['organization']}" if reg["organization"] else ""),
             f"Badge:      {printed}" + (f", {person['organization']}" if person["organization"] else "")
             + ("" if person["badge_fixed"] else "  (as registered)")]
    if fix_history:
        last = fix_history[-1]
        lines.append(f"Last change by {last['by']} at {last['station']}, {format_instant(last['at'], tz, 'short_day_time')}.")
    return "\n".join(lines)


def run(args, out) -> int:
    from kiosk.badges import overrides
    from kiosk.cli.cmd_print import find_person
    from kiosk.store import settings

    db = open_db(args)
    with db:
        person = find_person(db, args.code)
        station = args.station or settings.get(db, "station_name")
        by = args.by or getpass.getuser()
        changing = args.clear or args.reset or any(v is not None for v in (args.first_name, args.last_name, args.organization))
        if args.clear:
            printed = overrides.clear_badge_text(db, person["id"], by=by, station=station)
        elif changing:
            printed = overrides.set_badge_text(db, person["id"], first_name=args.first_name, last_name=args.last_name,
                                               organization=args.organization, reset=args.reset, by=by, station=station)
        else:
            printed = overrides.badge_person(db, person["id"])
        fixes = overrides.history(db, person["id"])
        tz = db.event()["timezone"]
    data = {"code": person["code"], "badge": {f: printed[f] for f in ("first_name", "last_name", "full_name", "organization")},
            "registered": printed["registered"], "fixed": printed["badge_fixed"], "history": fixes}
    out.emit(data, _text(printed, fixes, tz))
    return 0

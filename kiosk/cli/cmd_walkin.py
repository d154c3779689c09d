"""`kiosk walkin --first-name A --last-name B`: add a walk-in and check them in; a likely duplicate
of a registered attendee is refused (exit 1) with who matched, unless `--new`; `--check` only
lists who they may be. `kiosk correct CODE --first-name ...`: the desk's correction (F2)."""

from __future__ import annotations

from kiosk.cli import open_db

FIELDS = ("first_name", "last_name", "email", "organization", "ticket_type", "pronouns", "notes")


def add_parser(sub, common) -> None:
    p = sub.add_parser("walkin", parents=[common], help="add a walk-in (and check them in), after checking they are not registered")
    p.add_argument("--first-name", default="", help="first name (or the whole name)")
    p.add_argument("--last-name", default="")
    p.add_argument("--email", default="")
    p.add_argument("--organization", default="")
    p.add_argument("--ticket-type", default="Walk-in")
    p.add_argument("--pronouns", default="")
    p.add_argument("--notes", default="")
    p.add_argument("--new", action="store_true", help="add them although a registered attendee looks like them")
    p.add_argument("--check", action="store_true", help="only list the registered attendees they may be")
    p.add_argument("--no-checkin", action="store_true", help="add them without checking them in")
    p.add_argument("--station", default=None, help="this station's name (default: the station_name setting)")
    p.set_defaults(run=run)
    c = sub.add_parser("correct", parents=[common], help="correct an attendee's details (kept across re-imports, audited)")
    c.add_argument("code", help="the attendee's code (or a scanned payload)")
    for field in FIELDS + ("status",):
        c.add_argument(f"--{field.replace('_', '-')}", default=None)
    c.add_argument("--station", default=None)
    c.set_defaults(run=run_correct)


def _match_lines(matches) -> list[str]:
    lines = []
    for m in matches:
        a = m.attendee
        status = "" if a["status"] == "active" else f" [{a['status']}]"
        lines.append(f"  {m.question('en')}  {a['code']}  ({m.why.replace('_', ' ')}){status}")
    return lines


def run(args, out) -> int:
    from kiosk.store import settings
    from kiosk.walkins import LikelyDuplicate, add_walk_in, lookalikes_for

    from kiosk.roster.names import split_name

    if args.first_name and not args.last_name and " " in args.first_name.strip():
        args.first_name, args.last_name = split_name(args.first_name)     # a whole name typed in one field
    db = open_db(args)
    with db:
        if args.check:
            matches = lookalikes_for(db, first_name=args.first_name, last_name=args.last_name, email=args.email)
            out.emit({"matches": [m.as_dict() for m in matches]},
                     "\n".join(["They may be:", *_match_lines(matches)]) if matches else "No registered attendee looks like them.")
            return 0
        station = args.station or settings.get(db, "station_name")
        try:
            done = add_walk_in(db, first_name=args.first_name, last_name=args.last_name, email=args.email,
                               organization=args.organization, ticket_type=args.ticket_type, pronouns=args.pronouns,
                               notes=args.notes, station=station, confirm_new=args.new, check_in=not args.no_checkin)
        except LikelyDuplicate as exc:
            out.emit({"created": False, "matches": [m.as_dict() for m in exc.matches], "message": str(exc)},
                     "\n".join(["Not added: this may be someone already registered:", *_match_lines(exc.matches),
                                "Check them in instead (`kiosk checkin CODE`), or add --new if this is another person."]))
            return 1
    from kiosk.roster.attendees import display_name, public

    person, result = done["attendee"], done["checkin"]
    data = {"created": True, "attendee": public(person), "checkin": result.to_json() if result else None}
    text = f"Walk-in added: {display_name(person)} ({person['code']})."
    if result is not None:
        text += " " + result.message()
    out.emit(data, text)
    return 0


def run_correct(args, out) -> int:
    from kiosk.cli.cmd_print import find_person
    from kiosk.errors import KnownError
    from kiosk.roster import attendees
    from kiosk.store import settings

    changes = {f: getattr(args, f) for f in FIELDS + ("status",) if getattr(args, f) is not None}
    if not changes:
        raise KnownError("Say what to correct, e.g. --first-name Kate or --email kate@example.org.")
    db = open_db(args)
    with db:
        person = find_person(db, args.code)
        station = args.station or settings.get(db, "station_name")
        after = attendees.edit(db, person["id"], changes, station=station)
    changed = [f for f in changes if (person.get(f) or "") != (after.get(f) or "")]
    out.emit({"attendee": attendees.public(after), "changed": changed},
             f"Corrected {attendees.display_name(after)} ({after['code']}): {', '.join(changed) or 'nothing changed'}.")
    return 0

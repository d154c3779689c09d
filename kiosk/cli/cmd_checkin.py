"""`kiosk checkin PAYLOAD`, `kiosk checkin --from-file FILE` and `kiosk undo CODE`: the check-in
rules from the command line (paper check-ins: kiosk/paper_checkins.py)."""

from __future__ import annotations

from kiosk.cli import open_db
from kiosk.errors import KnownError
from kiosk.roster.names import display_name


def add_parser(sub, common) -> None:
    p = sub.add_parser("checkin", parents=[common], help="check in a scanned payload or code, or a file of paper check-ins")
    p.add_argument("payload", nargs="?", help="what the scanner read: a code, a ticket URL, ...")
    p.add_argument("--from-file", metavar="FILE", default=None,
                   help="paper check-ins typed in after an outage: a CSV with a `code` column and an optional "
                        "`at` column (ISO time, event-local without an offset; empty = now)")
    p.add_argument("--station", default=None, help="this station's name (default: the station_name setting)")
    p.add_argument("--at", default=None, help="when it happened (ISO time; without an offset, the event's local time) for check-ins taken on paper")
    p.add_argument("--attendee", type=int, default=None, metavar="ID",
                   help="the person this ticket is, when the scan names an order of several people "
                        "(the `choose` verdict lists their ids)")
    p.set_defaults(run=run)
    u = sub.add_parser("undo", parents=[common], help="undo (annul) an attendee's latest check-in, with a reason")
    u.add_argument("code", help="the attendee's code (or a scanned payload)")
    u.add_argument("--reason", required=True, help="why, e.g. 'scanned the wrong ticket'")
    u.add_argument("--station", default=None)
    u.add_argument("--day", default=None, help="the event day whose check-in to undo (default: the latest)")
    u.set_defaults(run=run_undo)


def _station(db, args) -> str:
    from kiosk.store import settings

    return args.station or settings.get(db, "station_name")


def run(args, out) -> int:
    from kiosk.checkin import check_in, resolve_all
    from kiosk.eventdays import check_checkin_time, parse_local_instant

    if args.from_file:
        if args.payload or args.at:
            raise KnownError("Give either a payload or --from-file FILE, not both (the file says each line's time).")
        return run_file(args, out)
    if not args.payload:
        raise KnownError("Say what to check in: `kiosk checkin CODE`, or `kiosk checkin --from-file FILE` for paper check-ins.")
    db = open_db(args)
    with db:
        at = check_checkin_time(parse_local_instant(args.at, db.event()["timezone"]), args.at) if args.at else None
        if args.attendee is not None:
            found = resolve_all(db, args.payload)
            allowed = {c["id"] for c in found.candidates} | ({found.person["id"]} if found.person else set())
            if args.attendee not in allowed:
                choices = ", ".join(str(i) for i in sorted(allowed)) or "none"
                raise KnownError(f"Attendee {args.attendee} is not one of the people this ticket may be "
                                 f"(ids: {choices}). Run `kiosk checkin PAYLOAD` without --attendee to see them.")
        result = check_in(db, args.payload, attendee_id=args.attendee, station=_station(db, args), at=at,
                          method="paper" if args.at else "scan")
    out.emit(result.to_json(), lambda: _text(result, args.payload))
    return 0 if result.admitted else 1


def _text(result, payload: str) -> str:
    if result.verdict != "choose":
        return result.message()
    lines = [f"CHOOSE: {result.reason}; nobody was checked in. Ask which person this is, then run",
             f"  kiosk checkin {payload!r} --attendee ID"]
    for c in result.candidates:
        name = display_name(c)
        extra = f" ({c['ticket_type']})" if c.get("ticket_type") else ""
        state = "" if c.get("status") == "active" else f"  [not admitted: {c.get('status')}]"
        lines.append(f"  {c['id']:>6}  {name}{extra}{state}")
    return "\n".join(lines)


def run_file(args, out) -> int:
    """Paper check-ins: exit 0 when every line was read and recorded (whatever its verdict), 1 when
    some line could not be read, 2 when the event file stopped them (a full disk)."""
    from kiosk.paper_checkins import record_paper_checkins

    db = open_db(args)
    with db:
        report = record_paper_checkins(db, args.from_file, _station(db, args))
    out.emit(report.to_json(), report.text)
    return 2 if report.stopped else 1 if report.bad_lines else 0


def run_undo(args, out) -> int:
    from kiosk.checkin import undo

    from kiosk.clock import format_instant

    db = open_db(args)
    with db:
        info = undo(db, args.code, args.reason, station=_station(db, args), day=args.day)
        tz = db.event()["timezone"]
    name = display_name(info["attendee"])
    when = format_instant(info["annulled_checkin_at"], tz, "short_day_time")
    out.emit(info, f"Undone: {name}'s check-in of {when} ({info['reason']}). "
                   f"Checked in that day: {info['counts']['checked_in']} of {info['counts']['expected']}.")
    return 0

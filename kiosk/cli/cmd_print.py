"""`kiosk print CODE` queues a person's badge (the first, or a reprint within the limit, or past it
with `--override REASON --by NAME`); `--now` prints it; `--list` shows the queue; `--status CODE`
what was printed; `--test` a made-up badge and `--alignment` the stock's outline sheet, now."""

from __future__ import annotations

import getpass
from typing import Any

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("print", parents=[common], help="queue (and with --now print) an attendee's badge; --list shows the queue")
    p.add_argument("code", nargs="?", help="the attendee's code (or a scanned payload)")
    p.add_argument("--reprint", action="store_true", help="print again although a badge was printed (counts against max_reprints)")
    p.add_argument("--override", metavar="REASON", help="with --reprint: allow a reprint past max_reprints, for this reason (recorded)")
    p.add_argument("--by", metavar="NAME", help="who allows the override (default: your login name)")
    p.add_argument("--now", action="store_true", help="work the queue once now, so the badge is handed to the printer before returning")
    p.add_argument("--list", action="store_true", help="show the print queue, newest first")
    p.add_argument("--status", action="store_true", help="show the person's badges: printed, waiting, reprints left, overrides")
    p.add_argument("--retry", action="store_true", help="make every failed job due again (after fixing the printer)")
    p.add_argument("--test", action="store_true", help="print a made-up test badge on this station's printer now")
    p.add_argument("--alignment", action="store_true", help="print the badge stock's alignment sheet on this station's printer now")
    p.add_argument("--stock", help="with --alignment: the stock (default: the badge_stock setting)")
    p.add_argument("--station", default=None, help="this station's name (default: the station_name setting)")
    p.set_defaults(run=run)


def find_person(db, code: str) -> dict:
    """The attendee a code (or a scanned payload) names, or NotFound saying how to list codes."""
    from kiosk.errors import KnownError, NotFound
    from kiosk.roster import attendees

    person = attendees.find_by_code(db, code)
    if person is None:
        try:
            from kiosk.checkin import resolve

            person, _ = resolve(db, code)
        except KnownError:  # resolve may refuse what is no ticket at all
            person = None
    if person is None:
        raise NotFound(f"No attendee with code {code!r}. Check the code (`kiosk roster --json` lists them).")
    return person


def _job_line(j: dict, tz: str) -> str:
    from kiosk.clock import format_instant

    name = j.get("full_name") or " ".join(p for p in (j.get("first_name"), j.get("last_name")) if p)
    error = f"  ({j['last_error']})" if j.get("last_error") else ""
    when = format_instant(j.get("updated_at"), tz, "short_day_time")
    return f"#{j['id']:<5} {j['status']:<8} {j['reason']:<8} try {j['attempts']}  {when}  {j['code']}  {name}{error}"


def _status_text(person: dict, status: dict, tz: str) -> str:
    from kiosk.clock import format_instant
    from kiosk.roster.attendees import display_name

    elsewhere = f" ({status['printed_elsewhere']} at other stations)" if status["printed_elsewhere"] else ""
    lines = [f"{display_name(person)} ({person['code']}): {status['printed']} badge(s) printed{elsewhere}, "
             f"{status['waiting']} waiting; {status['reprints_used']} reprint(s) of {status['max_reprints']} allowed"]
    if status["last_printed_at"]:
        lines.append(f"  last printed {format_instant(status['last_printed_at'], tz, 'short_day_time')}"
                     + (f" at {status['last_printed_station']}" if status["last_printed_station"] else ""))
    for o in status["overrides"]:
        lines.append(f"  reprint past the limit allowed by {o['by']} at {o['station']}, "
                     f"{format_instant(o['at'], tz, 'short_day_time')}: {o['reason']}")
    nxt = {"first": "Next: the first badge.", "waiting": "Next: nothing; a badge is waiting in the queue.",
           "reprint": "Next: a reprint" + (" (past the limit: needs --override REASON)." if status["needs_override"] else ".")}
    lines.append("  " + nxt[status["next"]])
    return "\n".join(lines)


def _trial(args, out, db) -> int:
    from kiosk.printing import trial

    result = trial.print_test_badge(db) if args.test else trial.print_alignment_sheet(db, stock_ref=args.stock)
    what = "Test badge" if args.test else f"Alignment sheet for {result['stock']}"
    hint = "" if args.test else " Print it at 100 % (no fit to page) and hold it against a sheet of labels."
    out.emit(result, f"{what} sent to {result['printer']}: {result['reference']}.{hint}")
    return 0


def run(args, out) -> int:
    from kiosk.errors import KnownError
    from kiosk.printing import queue
    from kiosk.store import settings

    db = open_db(args)
    with db:
        tz = db.event()["timezone"]
        if args.test or args.alignment:
            return _trial(args, out, db)
        if args.retry:
            n = queue.retry_all_failed(db)
            if not args.now and not args.code:
                out.emit({"retried": n}, f"{n} failed job{'s' if n != 1 else ''} will be tried again.")
                return 0
        if args.list or (not args.code and not args.now):
            jobs = queue.list_jobs(db)
            data: dict[str, Any] = {"counts": queue.counts(db), "jobs": jobs}
            out.emit(data, lambda: "\n".join(
                [", ".join(f"{k} {v}" for k, v in data["counts"].items())] + [_job_line(j, tz) for j in jobs]))
            return 0
        job_id = None
        if args.code:
            person = find_person(db, args.code)
            if args.status:
                status = queue.badge_status(db, person["id"])
                out.emit(status, _status_text(person, status, tz))
                return 0
            station = args.station or settings.get(db, "station_name")
            before = queue.badge_status(db, person["id"])
            if before["next"] == "reprint" and not args.reprint:
                raise KnownError(f"{person['full_name'] or person['code']} already has a badge ({before['printed']} printed). "
                                 "Add --reprint to print another.")
            override = None
            if args.override is not None:
                override = queue.Override(args.override, args.by or getpass.getuser())
            job_id = queue.request_badge(db, person["id"], station=station, override=override)["job_id"]
        results = queue.work_all(db) if args.now else []
        data = {"job": job_id, "results": [r.as_dict() for r in results], "counts": queue.counts(db)}
        mine = next((r for r in results if r.job_id == job_id), None)

        def text() -> str:
            lines = []
            if job_id is not None and not args.now:
                lines.append(f"Badge queued as job #{job_id}; the desk's print worker (or `kiosk print --now`) prints it.")
            for r in results:
                lines.append(f"#{r.job_id} {r.code}: {'handed to the printer as ' + r.reference if r.status == 'done' else 'not printed: ' + r.error}")
            if args.now and not results:
                lines.append("Nothing was due in the queue.")
            return "\n".join(lines)

        out.emit(data, text)
        if args.now and job_id is not None and (mine is None or mine.status != "done"):
            return 1
    return 0

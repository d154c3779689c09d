"""`kiosk print CODE` queues a badge on the event's printer; `--now` prints it; `--list` shows the queue."""

from __future__ import annotations

from typing import Any

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("print", parents=[common], help="queue (and with --now print) an attendee's badge; --list shows the queue")
    p.add_argument("code", nargs="?", help="the attendee's code (or a scanned payload)")
    p.add_argument("--reprint", action="store_true", help="print again although a badge was printed (counts against max_reprints)")
    p.add_argument("--now", action="store_true", help="work the queue once now, so the badge is handed to the printer before returning")
    p.add_argument("--list", action="store_true", help="show the print queue, newest first")
    p.add_argument("--retry", action="store_true", help="make every failed job due again (after fixing the printer)")
    p.add_argument("--station", default=None, help="this station's name (default: the station_name setting)")
    p.set_defaults(run=run)


def _find(db, code: str) -> dict:
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


def _job_line(j: dict) -> str:
    name = j.get("full_name") or " ".join(p for p in (j.get("first_name"), j.get("last_name")) if p)
    error = f"  ({j['last_error']})" if j.get("last_error") else ""
    return f"#{j['id']:<5} {j['status']:<8} {j['reason']:<8} try {j['attempts']}  {j['code']}  {name}{error}"


def run(args, out) -> int:
    from kiosk.errors import KnownError
    from kiosk.printing import queue
    from kiosk.store import settings

    db = open_db(args)
    with db:
        if args.retry:
            n = queue.retry_all_failed(db)
            if not args.now and not args.code:
                out.emit({"retried": n}, f"{n} failed job{'s' if n != 1 else ''} will be tried again.")
                return 0
        if args.list or (not args.code and not args.now):
            jobs = queue.list_jobs(db)
            data: dict[str, Any] = {"counts": queue.counts(db), "jobs": jobs}
            out.emit(data, lambda: "\n".join(
                [", ".join(f"{k} {v}" for k, v in data["counts"].items())] + [_job_line(j) for j in jobs]))
            return 0
        job_id = None
        if args.code:
            person = _find(db, args.code)
            station = args.station or settings.get(db, "station_name")
            printed = queue.badges_printed(db, person["id"])
            if printed and not args.reprint:
                raise KnownError(f"{person['full_name'] or person['code']} already has a badge ({printed} printed). "
                                 "Add --reprint to print another.")
            job_id = queue.enqueue(db, person["id"], "reprint" if printed else "manual", station)
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

"""`kiosk sync`: one sync round with the hub (push this station's changes, pull everyone else's),
or `--watch` to keep syncing; `--status` says where the station stands; `--duplicates` lists
tickets checked in at two stations while they were apart.

The hub comes from `--hub`, else $KIOSK_SYNC_HUB, else the event setting `sync_hub`
(`--save` stores the given one there). Its password is never printed.
"""

from __future__ import annotations

import logging
import threading

from kiosk.cli import open_db

log = logging.getLogger(__name__)


def add_parser(sub, common) -> None:
    p = sub.add_parser("sync", parents=[common], help="sync with the other stations through a PostgreSQL hub")
    p.add_argument("--hub", metavar="URL",
                   help="postgresql://USER:PASSWORD@HOST:5432/DB (add ?sslmode=require for TLS); "
                        "default: $KIOSK_SYNC_HUB or the setting sync_hub")
    p.add_argument("--save", action="store_true",
                   help="remember --hub in this event's settings (sync_hub); its password goes to a pgpass file "
                        "readable only by you, never into the event file")
    p.add_argument("--watch", action="store_true", help="keep syncing until Ctrl+C")
    p.add_argument("--interval", type=float, default=5.0, metavar="SECONDS",
                   help="with --watch: seconds between rounds when nothing happens (default 5)")
    p.add_argument("--status", action="store_true", help="say whether this station is synced, without syncing")
    p.add_argument("--duplicates", action="store_true", help="list check-ins made twice for one person and day")
    p.set_defaults(run=run)


def run(args, out) -> int:
    from kiosk.errors import KnownError
    from kiosk.store import settings
    from kiosk.sync import duplicate_checkins, sync_round, sync_state, watch
    from kiosk.sync.url import SETTING, mask_url, resolve_hub

    # A new station syncs into a new, empty file: allow creating it.
    db = open_db(args, create=not (args.status or args.duplicates))
    with db:
        if args.status:
            status = sync_state(db)
            out.emit(status.to_json(), status.text + (f"\nLast problem: {status.last_error}" if status.last_error and not status.online else ""))
            return 0
        if args.duplicates:
            from kiosk.clock import format_instant

            rows = duplicate_checkins(db)
            tz = db.event()["timezone"]
            out.emit(rows, "\n".join(f"{r['event_day']} {r['code']} {r['full_name']}: again at "
                                     f"{format_instant(r['at'], tz)} ({r['station']}), first at "
                                     f"{format_instant(r['first_at'], tz)} ({r['first_station']})" for r in rows)
                     or "No duplicate check-ins.")
            return 0
        hub = resolve_hub(db, args.hub)
        if args.save:
            if not args.hub:
                raise KnownError("--save stores the address given with --hub; give one.")
            settings.set_value(db, SETTING, hub)        # its password goes to the owner-only pgpass file
        if not args.watch:
            report = sync_round(db, hub)
            status = sync_state(db, configured=True)
            out.emit({**report.to_json(), "state": status.to_json()}, report.text() + f"\nState: {status.text}")
            return 0
        if not 0 < args.interval <= 3600:          # not NaN, not infinite, not negative
            raise KnownError("--interval must be a number of seconds between 0 and 3600, e.g. 5.")
        stop = threading.Event()
        if not out.as_json:
            out.emit(None, f"Syncing with {mask_url(hub)} every {args.interval:g} s (and whenever something changes). "
                           "Press Ctrl+C to stop.")

        def on_round(report) -> None:
            got = report.received
            if any(report.sent.values()) or got.get("checkins") or got.get("attendees", {}).get("added") \
                    or got.get("attendees", {}).get("updated"):
                out.emit(report.to_json(), report.text())

        def on_error(exc) -> None:
            out.emit({"error": str(exc), "state": sync_state(db, configured=True).to_json()},
                     f"{exc}\nState: {sync_state(db, configured=True).text}")

        try:
            watch(db, hub, interval=args.interval, stop=stop, on_round=on_round, on_error=on_error)
        except KeyboardInterrupt:
            stop.set()
        return 0

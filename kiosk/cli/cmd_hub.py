"""`kiosk hub init|add-station|remove-station|stations`: the organizer sets up the sync hub so that
stations are not trusted (see kiosk/sync/roles.py).

    kiosk hub init --hub ADMIN_URL                   schema, the stations' role and its grants
    kiosk hub add-station "Door 1" --hub ADMIN_URL   a login for that station: prints its sync URL
    kiosk hub remove-station "Door 1" --hub ADMIN_URL   revoke it (a lost laptop)
    kiosk hub stations --hub ADMIN_URL               the stations and when they were last seen

ADMIN_URL is the organizer's own hub address (the login that owns the hub database); without
--hub, $KIOSK_SYNC_HUB or the event's saved `sync_hub` is used.
"""

from __future__ import annotations

import os

from kiosk.errors import KnownError


def add_parser(sub, common) -> None:
    p = sub.add_parser("hub", parents=[common], help="set up the sync hub: its roles and one login per station",
                       description="Set up the PostgreSQL sync hub so that each station syncs with a login of its "
                                   "own that may only read the roster and append its own check-ins.")
    p.add_argument("action", choices=["init", "add-station", "remove-station", "stations"])
    p.add_argument("name", nargs="?", help="the station's name (add-station, remove-station)")
    p.add_argument("--hub", metavar="ADMIN_URL",
                   help="the organizer's hub address, postgresql://ADMIN:PASSWORD@HOST:5432/DB "
                        "(default: $KIOSK_SYNC_HUB or the saved sync_hub)")
    p.set_defaults(run=run)


def _admin_url(args) -> str:
    from kiosk.sync.url import ENV_VAR, SETTING

    hub = args.hub or os.environ.get(ENV_VAR)
    if not hub and (args.db or os.environ.get("KIOSK_DB")):
        from kiosk.store.database import default_db_path

        path = args.db or default_db_path()
        if os.path.isfile(path):
            from kiosk.cli import open_db

            from kiosk.store import settings

            with open_db(args) as db:
                hub = settings.get(db, SETTING)
    if not hub or not hub.strip():
        raise KnownError("Give the organizer's hub address: `kiosk hub ACTION --hub postgresql://ADMIN@HOST/DB`.")
    if not hub.startswith(("postgresql://", "postgres://")) and "=" not in hub:
        from kiosk.sync.url import mask_url

        raise KnownError(f"{mask_url(hub)[:80]!r} is not a PostgreSQL address: write it as "
                         "postgresql://ADMIN:PASSWORD@HOST:5432/DATABASE.")
    return hub.strip()


def run(args, out) -> int:
    from kiosk.sync import roles

    hub = _admin_url(args)
    if args.action in ("add-station", "remove-station") and not args.name:
        raise KnownError(f"Name the station: `kiosk hub {args.action} \"Door 1\" --hub ADMIN_URL`.")
    if args.action == "init":
        info = roles.init_hub(hub)
        out.emit(info, f"The hub {info['hub']} is ready (schema {info['schema']}). Add a login for each station with "
                       "`kiosk hub add-station NAME --hub ADMIN_URL`.")
    elif args.action == "add-station":
        info = roles.add_station(hub, args.name)
        out.emit({"url": info["url"], "name": info["name"], "login": info["login"]},
                 f"Station '{info['name']}' may now sync with this address (shown once; keep it private):\n"
                 f"{info['url']}\n"
                 f"On that station: kiosk sync --hub \"{info['url']}\" --save")
    elif args.action == "remove-station":
        info = roles.remove_station(hub, args.name)
        out.emit(info, f"Station '{info['name']}' can no longer sync (login {info['login']} revoked"
                       + (f", {info['sessions_ended']} session(s) ended" if info["sessions_ended"] else "") + "). "
                       "What it sent before stays on the hub.")
    else:
        rows = roles.stations(hub)
        out.emit(rows, "\n".join(f"{r['name']}  ({r['login']})  last seen {r['last_seen'] or 'never'}"
                                 + ("  REVOKED" if r["revoked"] else "") for r in rows) or "No station logins yet.")
    return 0

"""`kiosk settings get|set|list`: settings that belong to the event (they travel with its file)."""

from __future__ import annotations

import json

from kiosk.cli import open_db
from kiosk.errors import NotFound
from kiosk.settings_keys import SECRET_KEYS, set_event_setting


def add_parser(sub, common) -> None:
    p = sub.add_parser("settings", parents=[common], help="read or change the event's settings")
    p.add_argument("action", choices=["get", "set", "list", "unset"])
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?", help="a value; JSON (numbers, true/false, lists, objects) is understood")
    p.set_defaults(run=run)


def _parse_value(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return text


def _shown(key: str, value):
    """A setting as it may be printed: secrets as (set), the hub address without its password."""
    if key in SECRET_KEYS:
        return "(set)"
    if key == "sync_hub" and isinstance(value, str):
        from kiosk.sync.url import mask_url

        return mask_url(value)
    return value


def run(args, out) -> int:
    db = open_db(args)
    with db:
        if args.action == "list":
            values = {k: _shown(k, v) for k, v in db.settings().items()}
            out.emit(values, "\n".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in values.items()) or "No settings yet.")
            return 0
        if not args.key:
            raise NotFound("Name the setting, e.g. `kiosk settings get print_on_checkin`.")
        if args.action == "get":
            sentinel = object()
            value = db.get_setting(args.key, sentinel)
            if value is sentinel:
                raise NotFound(f"The setting {args.key!r} is not set.")
            value = _shown(args.key, value)
            out.emit({args.key: value}, json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value)
            return 0
        if args.action == "unset":
            with db.write() as conn:
                conn.execute("DELETE FROM settings WHERE key = ?", (args.key,))
            out.emit({args.key: None}, f"{args.key} unset")
            return 0
        if args.value is None:
            raise NotFound(f"Give a value: `kiosk settings set {args.key} VALUE`.")
        stored = set_event_setting(db, args.key, _parse_value(args.value) if args.key not in SECRET_KEYS else args.value)
        shown = _shown(args.key, stored)
        out.emit({args.key: shown},
                 f"{args.key} = {'(set)' if args.key in SECRET_KEYS else json.dumps(shown, ensure_ascii=False)}")
    return 0

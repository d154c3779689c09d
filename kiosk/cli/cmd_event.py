"""`kiosk event show|set|recent`: the event's name, days and time zone, changed later; the state of
the file (no roster yet, demo...); the event files opened lately."""

from __future__ import annotations

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("event", parents=[common], help="show or change the event (name, days, time zone); recent event files")
    p.add_argument("action", choices=("show", "set", "recent"))
    p.add_argument("--name", help="with set: the event's new name")
    p.add_argument("--days", help="with set: the event days, comma-separated ISO dates ('' for every day)")
    p.add_argument("--timezone", help="with set: the event's time zone, e.g. America/Toronto")
    p.add_argument("--force", action="store_true", help="with set: drop a day although check-ins were recorded on it")
    p.set_defaults(run=run)


def _event_text(info: dict, hint: str = "") -> str:
    days = info["days_words"]["en"] or "every day"
    lines = [f"{info['name']}" + ("  (demo)" if info.get("demo") else ""),
             f"Days: {days}", f"Time zone: {info['timezone']}",
             f"Attendees: {info['attendees']}; check-ins: {info['checkins']}"]
    if info.get("problem"):
        lines.append(f"Problem: {info['problem']}")
    if hint:
        lines.append(hint)
    return "\n".join(lines)


def run(args, out) -> int:
    from kiosk import events

    if args.action == "recent":
        from kiosk import recent_events

        found = recent_events.recent()
        out.emit(found, lambda: "\n".join(f"{e['opened_at']}  {e['name'] or '?':<40} {e['path']}"
                                          + ("" if e["exists"] else "  (missing)") for e in found)
                 or "No event file was opened yet.")
        return 0
    if args.action == "show":
        from kiosk.store.database import default_db_path

        state = events.file_state(args.db or default_db_path())
        if state["state"] == events.MISSING:
            from kiosk.errors import DatabaseProblem

            raise DatabaseProblem(f"There is no event file at {state['path']}. Create the event with "
                                  f"`kiosk init --name NAME --db {state['path']}`, or try `kiosk demo`.")
        if state["event"] is not None:
            open_db(args).close()     # on the recent list
        data = {**(state["event"] or {}), "state": state["state"], "hint": state["hint_en"], "hint_fr": state["hint_fr"]}
        out.emit(data, lambda: _event_text(state["event"], state["hint_en"]) if state["event"] else state["hint_en"])
        return 0
    if args.name is None and args.days is None and args.timezone is None:
        from kiosk.errors import KnownError

        raise KnownError("Say what to change: --name, --days and/or --timezone.")
    db = open_db(args)
    with db:
        change = events.update_event(db, name=args.name, timezone=args.timezone, force=args.force,
                                     days=events.parse_days(args.days) if args.days is not None else None)
    data = {**change.info, "warnings": change.warnings}
    out.emit(data, lambda: "\n".join([_event_text(change.info), *(f"Note: {w}" for w in change.warnings)]))
    return 0

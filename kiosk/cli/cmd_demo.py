"""`kiosk demo`: load the bundled demo event (about 60 attendees of a three-day training)."""

from __future__ import annotations


def add_parser(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common], help="load the bundled demo event into the database")
    p.add_argument("--start", default=None, help="first day of the three-day demo event (default: today)")
    p.set_defaults(run=run)


def run(args, out) -> int:
    from kiosk.demo import load_demo
    from kiosk.store.database import default_db_path

    info = load_demo(args.db or default_db_path(), start=args.start)
    out.emit(info, f"Demo event loaded into {info['db']}: {info['new']} new, {info['updated']} updated, "
                   f"{info['unchanged']} unchanged; days {', '.join(info['days'])}.")
    return 0

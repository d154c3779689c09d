"""`kiosk demo`: load the bundled demo event (about 60 attendees of a three-day training) into a
file of its own (default: the demo's file in the per-user data folder, never the real event's)."""

from __future__ import annotations


def add_parser(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common], help="load the bundled demo event into its own file (--db, or the demo's file)")
    p.add_argument("--start", default=None, help="first day of the three-day demo event (default: today)")
    p.set_defaults(run=run)


def run(args, out) -> int:
    from kiosk.demo import demo_db_path, load_demo

    info = load_demo(args.db or demo_db_path(), start=args.start)
    out.emit(info, f"Demo event loaded into {info['db']}: {info['new']} new, {info['updated']} updated, "
                   f"{info['unchanged']} unchanged; days {', '.join(info['days'])}.")
    return 0

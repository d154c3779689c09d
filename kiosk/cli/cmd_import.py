"""`kiosk import FILE`: import or re-sync a registration export into the roster."""

from __future__ import annotations

from kiosk.cli import open_db
from kiosk.errors import KnownError
from kiosk.roster.records import MAPPABLE_FIELDS


def add_parser(sub, common) -> None:
    p = sub.add_parser("import", parents=[common], help="import or re-sync a registration export (CSV, TSV, XLSX)")
    p.add_argument("file", help="the export file")
    p.add_argument("--source", help="a name for this roster source (default: the platform's name); re-sync uses the same name")
    p.add_argument("--platform", default="auto", help="auto (default), eventbrite, tito, pretix, luma, hievents, tickettailor, indico, meetup, googleforms, spreadsheet")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help=f"map a column to a field ({', '.join(MAPPABLE_FIELDS)}); remembered for the source")
    p.add_argument("--dry-run", action="store_true", help="show what would change and write nothing")
    p.set_defaults(run=run)


def parse_mapping(items: list[str]) -> dict[str, str] | None:
    mapping = {}
    for item in items:
        if "=" not in item:
            raise KnownError(f"--map {item!r}: write it as FIELD=COLUMN, e.g. --map code=\"Ticket No\".")
        field, column = item.split("=", 1)
        field = field.strip().lower()
        if field not in MAPPABLE_FIELDS:
            raise KnownError(f"--map {item!r}: unknown field {field!r}. Fields: {', '.join(MAPPABLE_FIELDS)}.")
        mapping[field] = column.strip()
    return mapping or None


def format_report(report) -> str:
    s = report.summary()
    lines = [f"{'Dry run: nothing written. ' if report.dry_run else ''}{report.file} ({s['platform']}) -> source '{s['source']}'",
             f"  new {s['new']}, updated {s['updated']}, cancelled {s['cancelled']}, unchanged {s['unchanged']}, "
             f"rejected {s['rejected']}, missing from export {s['missing']}, conflicts {s['conflicts']}"]
    for row in report.new[:20]:
        lines.append(f"  + {row['code']}  {row['name']}" + (f"  [{row['status']}]" if row["status"] != "active" else ""))
    if len(report.new) > 20:
        lines.append(f"  + ... and {len(report.new) - 20} more")
    for change in report.updated[:20]:
        detail = "; ".join(f"{k}: {o!r} -> {n!r}" for k, (o, n) in change.fields.items())
        lines.append(f"  ~ {change.code}  {change.name}: {detail}")
    for c in report.cancelled:
        if not c.get("new"):
            lines.append(f"  x {c['code']}  {c['name']} is now {c['status']}")
    for m in report.missing[:20]:
        lines.append(f"  ? {m['code']}  {m['name']} is no longer in the export (kept)")
    for c in report.conflicts:
        lines.append(f"  ! {c.code}  {c.name}: {c.field} was corrected at the desk to {c.desk_value!r}; "
                     f"the export says {c.export_value!r} (the desk value is kept)")
    for r in report.rejected[:50]:
        lines.append(f"  - line {r.line}{(' column ' + r.column) if r.column else ''}: {r.reason}")
    for w in report.warnings:
        lines.append(f"  note: {w}")
    if report.backup:
        lines.append(f"  backup taken before import: {report.backup}")
    return "\n".join(lines)


def run(args, out) -> int:
    from kiosk.roster.resync import import_export

    mapping = parse_mapping(args.map)
    db = open_db(args, create=False)
    with db:
        report = import_export(db, args.file, source=args.source, platform=args.platform, mapping=mapping,
                               dry_run=args.dry_run)
    out.emit(report.to_json(details=True), lambda: format_report(report))
    return 0

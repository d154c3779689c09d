"""`kiosk import FILE`: import or re-sync a registration export into the roster.

The text output says which platform the file was recognised as (or, loudly, that none was and the
kiosk had to issue its own codes), which columns were used, why each new person is or is not
admitted, and every change; `--dry-run` shows the same and writes nothing. A status word the kiosk
does not know stops the import; `--status "WORD=admitted|not-admitted"` answers it, remembered for
the source.
"""

from __future__ import annotations

from kiosk.cli import open_db
from kiosk.errors import KnownError
from kiosk.roster.records import MAPPABLE_FIELDS

SHOWN = 20          # rows listed per kind of change (all of them are in --json)
SHOWN_DRY_RUN = 200


def add_parser(sub, common) -> None:
    p = sub.add_parser("import", parents=[common], help="import or re-sync a registration export (CSV, TSV, XLSX)")
    p.add_argument("file", help="the export file")
    p.add_argument("--source", help="a name for this roster source (default: the platform's name); re-sync uses the same name")
    p.add_argument("--platform", default="auto",
                   help="auto (default), eventbrite, tito, pretix, luma, hievents, tickettailor, indico, meetup, "
                        "googleforms, alfio, zoom, humanitix, sessionize, spreadsheet")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help=f"map a column to a field ({', '.join(MAPPABLE_FIELDS)}); FIELD=- when the file has no such "
                        "column (nothing is read into it); remembered for the source")
    p.add_argument("--status", action="append", default=[], metavar="WORD=MEANING",
                   help="say what a status word means: admitted or not-admitted (or a short reason such as "
                        "waitlisted), e.g. --status \"Warteliste=not-admitted\"; remembered for the source")
    p.add_argument("--dry-run", action="store_true", help="show what would change and why, and write nothing")
    p.add_argument("--suggest", action="store_true",
                   help="only show the platform found and the likeliest columns for each field, with sample "
                        "values (what the import wizard offers); nothing is imported")
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


def parse_statuses(items: list[str]) -> dict[str, str]:
    from kiosk.roster.statuses import parse_override

    answers: dict[str, str] = {}
    for item in items:
        try:
            key, status = parse_override(item)
        except ValueError as exc:
            raise KnownError(str(exc)) from None
        answers[key] = status
    return answers


def _who(entry: dict) -> str:
    return f"{entry['code'] or '(code issued on import)'}  {entry['name']}"


def format_report(report) -> str:
    s = report.summary()
    shown = SHOWN_DRY_RUN if report.dry_run else SHOWN
    lines = [f"{'Dry run: nothing written. ' if report.dry_run else ''}{report.file} -> source '{s['source']}'"]
    if report.recognised:
        how = f"by its {report.evidence}" if report.evidence else "recognised"
        lines.append(f"Platform: {report.label} ({how}"
                     + (f", {round(report.confidence * 100)}% sure" if report.confidence < 1 else "") + ")")
    else:
        lines.append("Platform: NOT RECOGNISED - read as a plain spreadsheet")
    warnings = list(report.warnings)
    if warnings and warnings[0].key == "no_platform_recognised":
        lines.append(f"WARNING: {warnings.pop(0)}")
    if report.columns:
        lines.append("Columns: " + ", ".join(f"{k}={v!r}" for k, v in report.columns.items()))
    admitted = s["new"] - s["not_admitted"]
    lines.append(f"  new {s['new']} (admitted {admitted}, not admitted {s['not_admitted']}), updated {s['updated']}, "
                 f"no longer admitted {s['cancelled']}, unchanged {s['unchanged']}, rejected {s['rejected']}, "
                 f"merged {s['merged']}, missing from export {s['missing']}, conflicts {s['conflicts']}"
                 + (f", new registration id {s['rekeyed']}" if s["rekeyed"] else ""))
    if report.admissions:
        lines.append("  why people are or are not admitted:")
        for why, count in list(report.admissions.items())[:12]:
            lines.append(f"    {count:>5} x {why}")
    for row in report.new[:shown]:
        mark = "+" if row.get("admitted", True) else "+ [NOT ADMITTED]"
        lines.append(f"  {mark} {_who(row)}" + (f"  - {row['why']}" if row.get("why") else ""))
    if len(report.new) > shown:
        lines.append(f"  + ... and {len(report.new) - shown} more (all of them with --json)")
    for change in report.updated[:shown]:
        detail = "; ".join(f"{k}: {o!r} -> {n!r}" for k, (o, n) in change.fields.items())
        lines.append(f"  ~ {change.code}  {change.name}: {detail}")
    for c in report.cancelled:
        if not c.get("new"):
            lines.append(f"  x {c['code']}  {c['name']} is now {c['status']}" + (f" - {c['why']}" if c.get("why") else ""))
    for r in report.rekeyed:
        if r.get("why") is not None and r["why"].key == "rekeyed_email":
            lines.append(f"  > line {r['line']}: {r['code']}  {r['name']}: the same e-mail address with a corrected "
                         "name: updated, check-ins kept")
        else:
            lines.append(f"  > line {r['line']}: {r['code']}  {r['name']}: registration id {r['old_key']} is now "
                         f"{r['new_key']} (same ticket code): updated, check-ins kept")
    for m in report.missing[:shown]:
        lines.append(f"  ? {m['code']}  {m['name']} is no longer in the export (kept)")
    for c in report.conflicts:
        lines.append(f"  ! {c.code}  {c.name}: {c.field} was corrected at the desk to {c.desk_value!r}; "
                     f"the export says {c.export_value!r} (the desk value is kept)")
    for r in report.merged[:shown]:
        lines.append(f"  = line {r.line}: {r.reason}")
    for r in report.rejected[:50]:
        lines.append(f"  - line {r.line}{(' column ' + r.column) if r.column else ''}: {r.reason}")
    for w in warnings:
        lines.append(f"  note: {w}")
    if report.backup:
        lines.append(f"  backup taken before import: {report.backup}")
    return "\n".join(lines)


def format_suggestion(s) -> str:
    if s.platform:
        lines = [f"Platform: {s.label} ({round(s.confidence * 100)}% sure: {s.evidence})"]
    else:
        lines = ["Platform: none recognised (read as a plain spreadsheet)"]
    lines.append(f"Header on row {s.header_row + 1}. Likeliest columns per field:")
    for name, candidates in s.fields.items():
        if not candidates:
            lines.append(f"  {name:<12} -")
            continue
        best = s.best(name)
        for n, c in enumerate(candidates):
            label = name if n == 0 else ""
            mark = "*" if best is not None and c.index == best.index else " "
            samples = ", ".join(c.samples[:3])
            lines.append(f"  {label:<12}{mark} {c.column!r:<34} {round(c.score * 100):>3}%  e.g. {samples}"
                         + (f"  ({c.reason})" if c.reason else ""))
    lines.append("* = convincing enough to be used without asking; otherwise say it with --map FIELD=COLUMN.")
    return "\n".join(lines)


def run(args, out) -> int:
    from kiosk.roster.resync import import_export

    if args.suggest:
        from kiosk.roster.parse import read_suggestion

        suggestion = read_suggestion(args.file)
        out.emit(suggestion.to_json(), lambda: format_suggestion(suggestion))
        return 0
    mapping = parse_mapping(args.map)
    answers = parse_statuses(args.status)
    db = open_db(args, create=False)
    with db:
        report = import_export(db, args.file, source=args.source, platform=args.platform, mapping=mapping,
                               dry_run=args.dry_run, statuses=answers)
    out.emit(report.to_json(details=True), lambda: format_report(report))
    return 0

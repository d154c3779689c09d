"""`kiosk badges --out FILE.pdf`: a PDF of badges for the admitted attendees, or a test sheet."""

from __future__ import annotations

from kiosk.cli import open_db


def add_parser(sub, common) -> None:
    p = sub.add_parser("badges", parents=[common], help="render badges (or an alignment test sheet) to a PDF")
    p.add_argument("--out", help="the PDF to write")
    p.add_argument("--stock", help="badge stock id or a stock JSON file (default: the badge_stock setting)")
    p.add_argument("--template", help="template name or JSON file (default: the badge_template setting)")
    p.add_argument("--ticket-type", action="append", default=[], metavar="T",
                   help="only attendees with this ticket type (repeatable; case-insensitive)")
    p.add_argument("--code", action="append", default=[], help="only this attendee code (repeatable)")
    p.add_argument("--start-position", type=int, default=1, metavar="N",
                   help="first position on the first sheet, to finish a half-used sheet (default 1)")
    p.add_argument("--test-sheet", action="store_true", help="an outline of every badge on the stock, to check alignment")
    p.add_argument("--list-stocks", action="store_true", help="list the known badge stocks and exit")
    p.set_defaults(run=run)


def _list_stocks(out) -> int:
    from kiosk.badges.stocks import catalogue

    rows = [s.describe() for s in catalogue().values()]
    out.emit(rows, lambda: "\n".join(
        f"{r['id']:<20} {r['badges_per_page']:>2}/page  {r['badge_mm'][0]:>6} x {r['badge_mm'][1]:<6} mm  {r['name']}" for r in rows))
    return 0


def run(args, out) -> int:
    from kiosk.errors import KnownError

    if args.list_stocks:
        return _list_stocks(out)
    if not args.out:
        raise KnownError("Say where to write the PDF: --out badges.pdf")
    from kiosk.badges.alignment_sheet import render_test_sheet

    if args.test_sheet and args.stock:
        report = render_test_sheet(args.stock, args.out)
        out.emit(report.as_dict(), f"Test sheet for {args.stock}: {args.out} ({report.badges} outlines). "
                                   "Print it at 100 % (no fit to page) and hold it against a label sheet.")
        return 0
    from kiosk.store import settings

    db = open_db(args)
    with db:
        stock = args.stock or settings.get(db, "badge_stock")
        if args.test_sheet:
            report = render_test_sheet(stock, args.out)
            out.emit(report.as_dict(), f"Test sheet for {stock}: {args.out}. Print it at 100 % (no fit to page).")
            return 0
        from kiosk.badges.batch import badges_for_preprinting

        report, stock = badges_for_preprinting(db, args.out, stock=stock, template=args.template,
                                               ticket_types=args.ticket_type, codes=args.code,
                                               start_position=args.start_position)
    data = report.as_dict()
    data["stock"] = str(stock)

    def text() -> str:
        lines = [f"{report.badges} badge{'s' if report.badges != 1 else ''} on {report.pages} page{'s' if report.pages != 1 else ''} "
                 f"({stock}): {args.out}"]
        for issue in report.issues:
            lines.append(f"  note {issue.code or '-'} {issue.field}: {issue.message}")
        return "\n".join(lines)

    out.emit(data, text)
    return 0

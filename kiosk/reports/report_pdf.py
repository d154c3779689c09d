"""The PDF attendance report (`kiosk report`), written for a board member who never saw the app.

It opens with the event's name and dates and a few headline figures, then one section per
question, each with a plain-language heading and a sentence that says what the table or chart
shows: how many came each day, by ticket type, when they arrived (a bar chart per day, per
quarter hour, its hours in the event's time zone), walk-ins, badges and reprints, and what each
check-in station did. It is written in the event's language (the setting `report_language`:
English or French, kiosk/reports/report_words.py), whatever the language of the app. A sentence
says something true and useful or nothing: walk-in ticket types (100% by construction) are listed,
never compared; reprints are the badges beyond each person's first. Everything else comes from
`kiosk.reports.stats`, so the report still works after `kiosk purge --keep-stats`; how it looks
(styles, tables, the chart) is kiosk/reports/report_layout.py.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from kiosk.reports import stats as S
from kiosk.reports.report_layout import MUTED, Doc, arrivals_chart, column_widths, headline
from kiosk.reports.report_words import Words
from kiosk.store.database import EventDB

log = logging.getLogger(__name__)

VERDICTS = ("ok", "attention", "already", "unknown", "not_ticket", "cancelled", "not_today", "choose")
#: A ticket type is compared with the others from this many registrations (a type of two says nothing).
COMPARED_FROM = 5
#: Turnouts closer than this are "about the same".
SAME_TURNOUT = 0.03


def report_language(db: EventDB) -> str:
    from kiosk.store import settings

    return str(settings.get(db, "report_language") or "en")


def walk_in_types(db: EventDB) -> set[str]:
    """Ticket types held only by walk-ins: added at the desk as they came, so their turnout is 100% by
    construction; the report lists them without comparing them."""
    return {r["ticket_type"] for r in db.query(
        "SELECT ticket_type FROM attendees WHERE status = 'active' GROUP BY ticket_type HAVING count(*) = sum(walk_in)")}


def people_with_badges(db: EventDB) -> int:
    """How many people got at least one badge printed: the other badges printed are reprints (one person
    with 8 badges is 7 reprints, whatever each print job was called)."""
    return db.scalar("SELECT count(DISTINCT attendee_id) FROM print_jobs WHERE status = 'done'") or 0



def _plus(hhmm: str, minutes: int) -> str:
    h, m = map(int, hhmm.split(":"))
    t = h * 60 + m + minutes
    return f"{t // 60 % 24:02d}:{t % 60:02d}"


def arrival_sentence(series: dict, minutes: int, w: Words) -> str:
    counts, buckets = series["counts"], series["buckets"]
    total = sum(counts)
    peak = max(range(len(counts)), key=counts.__getitem__)
    running, half_at = 0, buckets[-1]
    for bucket, n in zip(buckets, counts):
        running += n
        if running * 2 >= total:
            half_at = bucket
            break
    return w("arrivals_day", start=w.time(buckets[0]), end=w.time(_plus(buckets[-1], minutes)),
             people=w.n(total, "person"), peak_start=w.time(buckets[peak]),
             peak_end=w.time(_plus(buckets[peak], minutes)), peak=w.n(counts[peak], "arrival"),
             half=w.time(_plus(half_at, minutes)))


def ticket_type_sentences(types: list[dict], walk_ins: set[str], w: Words) -> list[str]:
    """What is worth saying about turnout per ticket type: who all came, the lowest, walk-ins apart;
    nothing when there is nothing to compare."""
    said = [w("types_count", types=w.n(len(types), "ticket type"))]
    compared = [t for t in types if t["ticket_type"] not in walk_ins and t["registered"] >= COMPARED_FROM]
    if len(compared) >= 2:
        rates = [t["rate"] for t in compared]
        if max(rates) - min(rates) < SAME_TURNOUT:
            said.append(w("same_turnout", rate=w.pct(sum(rates) / len(rates))))
        else:
            everyone = [t["ticket_type"] or w("no_type") for t in compared if t["came"] >= t["registered"]]
            if everyone:
                said.append(w("all_came", names=w.join(everyone, "or")))
            low = min(compared, key=lambda t: (t["rate"], -t["registered"]))
            said.append(w("lowest", name=low["ticket_type"] or w("no_type"), came=w.number(low["came"]),
                          registered=w.number(low["registered"]), rate=w.pct(low["rate"])))
    shown = sorted(t["ticket_type"] for t in types if t["ticket_type"] in walk_ins)
    if shown:
        said.append(w("walk_in_types", names=", ".join(shown)))
    return said


def badge_sentence(b: dict, people: int, w: Words) -> str:
    """Badges printed for how many people, and the reprints: every badge beyond a person's first."""
    text = w("badges_printed", badges=w.n(b["printed"], "badge"), people=w.n(people, "person"))
    reprints = max(0, b["printed"] - people)
    if reprints:
        text += w("badges_reprinted", reprints=w.n(reprints, "reprint"), again=w.n(b["people_reprinted"], "person"))
    elif b["printed"]:
        text += w("badges_one_each")
    if b["failed"]:
        text += w("badges_failed", jobs=w.n(b["failed"], "print job"), verb=w.verb(b["failed"]))
    if b["waiting"]:
        text += w("badges_waiting", badges=w.n(b["waiting"], "badge"))
    return text


def build_story(db: EventDB, width: float, doc: Doc, w: Words | None = None) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    w = w or Words(report_language(db))
    s = S.collect(db)
    ev = s["event"]
    zone = ev["timezone"]
    story: list = []
    # Title block
    story.append(doc.p(escape(ev["name"] or "Event"), doc.title))
    dates = w.dates(ev["days"])
    story.append(doc.p(escape(w("report") + (f" · {dates}" if dates else "")), doc.subtitle))
    generated = S.to_local(s["generated_at"], zone)
    story.append(doc.p(escape(w("prepared", date=w.date(generated), time=w.time(f"{generated:%H:%M}"), zone=zone)),
                       doc.small))
    from kiosk.reports.purge import was_purged

    purged = was_purged(db)
    if purged:
        story.append(doc.p(escape(w("purged", date=w.date(S.to_local(purged["at"], zone)))), doc.small))
    story.append(Spacer(1, 10))

    registered, came = s["registered"], s["came_at_least_once"]
    days = s["days"]
    figures = [(w.number(registered), w("registered")), (w.number(came), w("came")),
               (w.pct(s["rate_at_least_once"]), w("turnout")), (w.number(s["walk_ins"]["added"]), w("walk-ins"))]
    story.append(headline(doc, figures, width))
    story.append(Spacer(1, 8))
    summary = w("summary", people=w.n(registered, "person"), came=w.number(came), rate=w.pct(s["rate_at_least_once"]),
                over=w("over_days", days=w.n(len(days), "day")) if days else "")
    if s["not_admitted"]:
        summary += w("not_admitted", more=w.n(s["not_admitted"], "registration"), verb=w.verb(s["not_admitted"]),
                     pronoun=w.verb(s["not_admitted"], past=False))
    story.append(doc.p(escape(summary)))
    story.append(doc.p(escape(w("counting")), doc.small))

    # Per day
    story.append(doc.p(escape(w("h_days")), doc.h2))
    if any(d["checked_in"] for d in days):
        best = max(days, key=lambda d: d["checked_in"])
        story.append(doc.p(escape(w("busiest_day", day=w.day(best["day"]), came=w.number(best["checked_in"]),
                                    expected=w.number(best["expected"]), rate=w.pct(best["rate"])))))
        story.append(doc.table([w("col_day"), w("col_expected"), w("col_checked_in"), w("col_turnout"), w("col_walk_ins")],
                               [[w.day(d["day"]), w.number(d["expected"]), w.number(d["checked_in"]), w.pct(d["rate"]),
                                 w.number(d["walk_ins"])] for d in days], [width * 0.36] + [width * 0.16] * 4))
        story.append(doc.p(escape(w("days_note")), doc.small))
    else:
        story.append(doc.p(escape(w("nobody_yet"))))

    # Ticket types
    story.append(doc.p(escape(w("h_types")), doc.h2))
    types = s["by_ticket_type"]
    if types:
        walk_ins = walk_in_types(db)
        story.append(doc.p(escape(" ".join(ticket_type_sentences(types, walk_ins, w)))))
        # "Wed 8 Jul" wraps as "Wed 8" over "Jul" when the columns are narrow, never a word a line
        header = [w("col_type"), w("col_registered"), *[w.day(d["day"], "short_day").replace(" ", "\u00a0", 1)
                                                          for d in days], w("col_came"), w("col_turnout")]
        rows = [[escape(w("added_at_desk", name=t["ticket_type"]) if t["ticket_type"] in walk_ins
                        else (t["ticket_type"] or w("no_type"))), w.number(t["registered"]),
                 *[w.number(t["per_day"].get(d["day"], 0)) for d in days], w.number(t["came"]), w.pct(t["rate"])]
                for t in types]
        story.append(doc.table(header, rows, column_widths(doc, header, rows, width)))
    else:
        story.append(doc.p(escape(w("empty_roster"))))

    # Arrivals
    heading = [doc.p(escape(w("h_arrivals")), doc.h2)]
    series_list = [a for a in s["arrivals"] if a["counts"]]
    if series_list:
        heading.append(doc.p(escape(w("arrivals_intro", zone=zone))))
        for i, series in enumerate(series_list):
            block = [doc.p(escape(w.day(series["day"])), doc.h3),
                     doc.p(escape(arrival_sentence(series, S.BUCKET_MINUTES, w))),
                     arrivals_chart(doc, series, width, w, zone)]
            story.append(KeepTogether((heading if i == 0 else []) + block))
    else:
        story.extend(heading + [doc.p(escape(w("no_arrivals")))])

    # Walk-ins
    story.append(doc.p(escape(w("h_walk_ins")), doc.h2))
    walk = s["walk_ins"]
    if walk["added"]:
        story.append(doc.p(escape(w("walk_ins_added", people=w.n(walk["added"], "person"), verb=w.verb(walk["added"]),
                                    came=w.number(walk["checked_in"])))))
    else:
        story.append(doc.p(escape(w("no_walk_ins"))))

    # Badges
    story.append(doc.p(escape(w("h_badges")), doc.h2))
    b = s["badges"]
    if b["printed"] or b["failed"] or b["waiting"]:
        story.append(doc.p(escape(badge_sentence(b, people_with_badges(db), w))))
    else:
        story.append(doc.p(escape(w("no_badges"))))

    # Stations
    story.append(doc.p(escape(w("h_stations")), doc.h2))
    stations = s["by_station"]
    if stations:
        top = stations[0]
        total = sum(st["checkins"] for st in stations)
        share = top["checkins"] / total if total else 0
        if len(stations) == 1:
            story.append(doc.p(escape(w("one_station", top=top["station"], arrivals=w.number(top["checkins"])))))
        else:
            story.append(doc.p(escape(w("stations_text", stations=w.n(len(stations), "station"), top=top["station"],
                                        arrivals=w.number(top["checkins"]), share=w.pct(share)))))
        story.append(doc.table([w("col_station"), w("col_arrivals"), w("col_scans")],
                               [[escape(st["station"]), w.number(st["checkins"]), w.number(st["scans"])]
                                for st in stations], [width * 0.5, width * 0.25, width * 0.25]))
    else:
        story.append(doc.p(escape(w("no_station"))))

    # Scans that did not admit
    refused = {k: v for k, v in s["scans"].items() if k not in ("ok", "attention")}
    if refused:
        story.append(doc.p(escape(w("h_refused")), doc.h2))
        total = sum(s["scans"].values())
        story.append(doc.p(escape(w("refused_text", total=w.n(total, "scan"), refused=w.number(sum(refused.values()))))))
        story.append(doc.table([w("col_found"), w("col_scans")],
                               [[w(f"verdict_{k}") if k in VERDICTS else k, w.number(v)]
                                for k, v in sorted(refused.items(), key=lambda kv: -kv[1])],
                               [width * 0.7, width * 0.3]))
    if s["annulled_checkins"]:
        story.append(doc.p(escape(w("annulled", checkins=w.n(s["annulled_checkins"], "check-in"))), doc.small))
    return story


def write_report(db: EventDB, path: str | os.PathLike) -> dict:
    """Write the attendance report PDF; returns {"path", "pages"}."""
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from kiosk.output_files import check_target

    path = check_target(path, "report.pdf")
    path.parent.mkdir(parents=True, exist_ok=True)
    event = db.event()
    size = LETTER if event["timezone"].startswith("America/") else A4
    doc = Doc()
    words = Words(report_language(db))
    margin = 18 * mm
    template = SimpleDocTemplate(str(path) + ".part", pagesize=size, leftMargin=margin, rightMargin=margin,
                                 topMargin=margin, bottomMargin=margin + 4 * mm,
                                 title=words("footer", event=event["name"]), author=event["name"],
                                 subject=words("report"), lang=words.lang)
    width = size[0] - 2 * margin
    name = event["name"]

    def footer(canvas, document):
        canvas.saveState()
        canvas.setFont(doc.regular, 8)
        canvas.setFillColor(doc.color(MUTED))
        canvas.drawString(margin, margin - 2 * mm, words("footer", event=name))
        canvas.drawRightString(size[0] - margin, margin - 2 * mm, words("page", n=document.page))
        canvas.restoreState()

    story = build_story(db, width, doc, words)
    try:
        template.build(story, onFirstPage=footer, onLaterPages=footer)
        os.replace(str(path) + ".part", path)
    except PermissionError as exc:
        from kiosk.errors import KnownError
        from kiosk.reports.words import WORDS

        Path(str(path) + ".part").unlink(missing_ok=True)
        raise KnownError(WORDS("report_in_use", path=path)) from exc
    except BaseException:
        Path(str(path) + ".part").unlink(missing_ok=True)
        raise
    log.info("wrote report %s (%d pages)", path, template.page)
    return {"path": str(path), "pages": template.page, "generated_at": datetime.now().isoformat(timespec="seconds")}

"""The hot queries never scan a big table, whatever the planner's statistics say.

Each hot path (a scan's check-in with every verdict, the counter, the station's recent scans, a
keystroke of the desk's search, an undo) runs with SQLite's statement trace on, and every
statement it ran is explained (EXPLAIN QUERY PLAN): no SCAN of attendees, codes, check-ins,
annulments, scan attempts or print jobs may appear, only index SEARCHes. Three states of the
planner's statistics are tried: none at all, statistics taken before anyone checked in, and
statistics of a full day. The triggers' own lookups (first check-ins, the counter) are explained the same way.
"""

from __future__ import annotations

import re

import pytest

from kiosk import checkin
from kiosk.printing import queue as print_queue
from kiosk.roster.search import desk_search, index_for
from kiosk.store import open_event_db
from kiosk.store.planner import analyze
from tests.benchmarks.population import code_of, populate

BIG_TABLES = {"attendees", "attendee_codes", "checkins", "checkin_annulments", "scan_attempts", "print_jobs",
              "first_checkins", "standing_checkins"}
N = 3000
#: An index search on a big table must pin one of these: a person, a fact, a code, a station.
SELECTIVE = re.compile(r"[( ](rowid|id|uid|attendee_id|code|checkin_uid|station|source_key|key)[=><]")


def plan(db, sql: str) -> list[str]:
    return [row[3] for row in db.conn.execute("EXPLAIN QUERY PLAN " + sql)]


def aliases(sql: str) -> dict[str, str]:
    """alias -> table or view, from a statement's FROM and JOIN clauses (the views use unique aliases)."""
    found = {}
    for table, alias in re.findall(r"(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?", sql, re.IGNORECASE):
        found[table] = table
        if alias and alias.upper() not in ("WHERE", "ON", "JOIN", "LEFT", "GROUP", "ORDER", "LIMIT", "USING"):
            found[alias] = table
    return found


VIEW_ALIASES = {"checkin": "checkins", "annulment": "checkin_annulments"}


def scans_of_big_tables(db, sql: str) -> list[str]:
    names = {**VIEW_ALIASES, **aliases(sql)}
    bad = []
    for detail in plan(db, sql):
        found = re.match(r"(SCAN|SEARCH) (\w+)", detail)
        if not found or found.group(2) == "CONSTANT":
            continue
        table = names.get(found.group(2), found.group(2))
        if table not in BIG_TABLES:
            continue
        if found.group(1) == "SCAN":
            bad.append(detail)
        elif detail == f"SEARCH {found.group(2)}":
            continue                 # min()/max() of the rowid: one seek to the end of the b-tree
        elif not SELECTIVE.search(detail):
            bad.append(detail)       # e.g. (event_day=?): an index range over a whole day is a scan too
    return bad


def traced(db, fn) -> list[str]:
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        fn()
    finally:
        db.conn.set_trace_callback(None)
    return [s for s in statements if re.match(r"\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b", s, re.IGNORECASE)]


TRIGGER_LOOKUPS = [
    # first_checkins_annulment: is the annulled check-in someone's first? then who is first now
    "SELECT 1 FROM checkins AS annulled JOIN first_checkins AS first ON first.attendee_id = annulled.attendee_id "
    "AND first.event_day = annulled.event_day WHERE annulled.uid = 'x' AND first.uid = annulled.uid",
    "DELETE FROM first_checkins WHERE attendee_id = (SELECT attendee_id FROM checkins WHERE uid = 'x') "
    "AND event_day = (SELECT event_day FROM checkins WHERE uid = 'x')",
    "SELECT standing.attendee_id FROM checkins AS annulled JOIN standing_checkins AS standing "
    "ON standing.attendee_id = annulled.attendee_id AND standing.event_day = annulled.event_day "
    "WHERE annulled.uid = 'x' ORDER BY standing.at, standing.uid LIMIT 1",
    # checkin_day_counts_out
    "UPDATE checkin_day_counts SET checked_in = checked_in - 1 WHERE event_day = '{day}'",
]


@pytest.fixture(params=["no statistics", "statistics before the doors open", "statistics of a full day"])
def day_db(request, tmp_path):
    db = open_event_db(tmp_path / "event.sqlite")
    if request.param == "statistics before the doors open":
        info = populate(db, N, checked_in=0.0)
        analyze(db)
        with db.write() as conn:             # the day then fills up, and nobody analyzes again
            conn.execute("INSERT INTO checkins (uid, attendee_id, event_day, at, station, method) "
                         "SELECT lower(hex(randomblob(16))), id, ?, '2026-01-01T09:00:00.000Z', 'door', 'scan' "
                         "FROM attendees WHERE id % 5 <> 0", (info["day"],))
        info["not_checked_in"] = [r[0] for r in db.conn.execute(
            "SELECT id FROM attendees WHERE id % 5 = 0 AND status = 'active'")]
    else:
        info = populate(db, N)
        if request.param == "no statistics":
            with db.write() as conn:
                conn.execute("DELETE FROM sqlite_stat1")
            db.close()
            db = open_event_db(tmp_path / "event.sqlite")
        else:
            analyze(db)
    yield db, info
    db.close()


def test_a_scan_never_scans_a_big_table(day_db):
    db, info = day_db
    fresh = code_of(info["not_checked_in"][0] - 1)
    day = info["day"]
    runs = {
        "ok": lambda: checkin.check_in(db, fresh, station="door-9"),
        "already": lambda: checkin.check_in(db, fresh, station="door-9"),
        "unknown": lambda: checkin.check_in(db, "T-NOBODY-HERE", station="door-9"),
        "any case": lambda: checkin.check_in(db, fresh.lower(), station="door-9"),
        "not a ticket": lambda: checkin.check_in(db, "WIFI:S:hall;T:WPA;P:secret;;", station="door-9"),
        "counter": lambda: checkin.counts(db, day),
        "recent scans of a new station": lambda: checkin.recent_attempts(db, 30, "a station with no scans"),
        "print counts": lambda: print_queue.counts(db),
        "undo": lambda: checkin.undo(db, fresh, "wrong ticket", station="door-9"),
    }
    checkin.counts(db, day)     # the expected count is taken once; only a change of the roster recounts it
    problems = {}
    for name, run in runs.items():
        for sql in traced(db, run):
            bad = scans_of_big_tables(db, sql)
            if bad:
                problems[f"{name}: {sql[:160]}"] = bad
    for sql in TRIGGER_LOOKUPS:
        bad = scans_of_big_tables(db, sql.format(day=day))
        if bad:
            problems[f"trigger: {sql[:160]}"] = bad
    assert not problems, problems


def test_a_keystroke_never_scans_a_big_table(day_db):
    db, info = day_db
    index_for(db).refresh()                     # building the index reads everyone, once
    problems = {}
    for text in ("", "j", "jose ka", "person12", "t-000004", "zz"):
        for sql in traced(db, lambda: desk_search(db, None, text, 200, info["day"])):
            bad = scans_of_big_tables(db, sql)
            if bad:
                problems[f"{text!r}: {sql[:160]}"] = bad
    assert not problems, problems


def test_a_keystroke_when_nothing_changed_reads_no_table(day_db):
    db, info = day_db
    index = index_for(db)
    index.refresh()
    statements = traced(db, lambda: index.search("jose ka"))
    assert statements == []


def test_a_first_sync_looks_each_attendee_up_by_an_index(day_db):
    from kiosk.sync.local_rows import _LOCAL_SELECT

    db, _info = day_db
    problems = {}
    for sql in (_LOCAL_SELECT + "WHERE a.uid IN ('x', 'y')",
                _LOCAL_SELECT + "WHERE a.source_id = 1 AND a.source_key IN ('A1', 'A2')",
                "SELECT attendee_id, code FROM attendee_codes WHERE attendee_id IN (1, 2) ORDER BY rowid",
                "SELECT uid, id FROM attendees WHERE uid IN ('x', 'y')",
                "SELECT uid FROM checkins WHERE uid IN ('x', 'y')"):
        bad = scans_of_big_tables(db, sql)
        if bad:
            problems[sql[:160]] = bad
    assert not problems, problems

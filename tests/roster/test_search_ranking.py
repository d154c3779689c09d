"""The search's ranking, checked against a plain reference: for any roster and any query, the ids
come back exactly as a brute-force scan ranks them (name starts with the first word, then every
word starts a word, then every word inside; name order within each rank; capped at the limit)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.roster.folding import fold
from kiosk.roster.search import RosterSearch, desk_search
from kiosk.store import open_event_db
from tests.conftest import add

SYLLABLES = ["an", "na", "jo", "se", "é", "lu", "ka", "ñu", "o", "ann"]
word = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=3).map("".join)


def reference(db, query: str, limit: int) -> list[int]:
    rows = db.conn.execute("SELECT id, search_text, last_name, first_name FROM attendees").fetchall()
    rows.sort(key=lambda r: (fold(r[2]), fold(r[3]), r[0]))
    words = fold(query).split()
    if not words:
        return [r[0] for r in rows][:limit]
    entries = [(r[0], " " + r[1]) for r in rows]
    starts = [" " + w for w in words]
    first = [i for i, e in entries if e.startswith(starts[0]) and all(s in e for s in starts)]
    second = [i for i, e in entries if all(s in e for s in starts) and i not in first]
    third = [i for i, e in entries if all(w in e for w in words) and not all(s in e for s in starts)]
    return (first + second + third)[:limit]


@settings(max_examples=40, deadline=None)
@given(people=st.lists(st.tuples(word, word, word), min_size=0, max_size=40),
       queries=st.lists(st.lists(word, min_size=0, max_size=3).map(" ".join), min_size=1, max_size=6),
       limit=st.integers(1, 12))
def test_ranking_matches_a_brute_force_reference(tmp_path_factory, people, queries, limit):
    path = tmp_path_factory.mktemp("rank") / "event.sqlite"
    with open_event_db(path) as db:
        db.set_event("Ranking", [], "UTC")
        for k, (first, last, org) in enumerate(people):
            add(db, code=f"C{k}", first_name=first.capitalize(), last_name=last.capitalize(), organization=org)
        search = RosterSearch(db)
        for query in queries:
            assert search.search(query, limit) == reference(db, query, limit), query


def test_desk_search_says_who_is_in_today_and_when_the_list_is_capped(event_db, roster):
    from kiosk import checkin

    checkin.check_in(event_db, "EB-0001", at="2026-07-08T13:00:00Z")
    rows, matches = desk_search(event_db, None, "", limit=2, day="2026-07-08")
    assert len(rows) == 2 and matches == 3            # one more than the limit: "and more"
    rows, matches = desk_search(event_db, None, "jose", day="2026-07-08")
    assert matches == 1 and rows[0]["checked_in_at"] == "2026-07-08T13:00:00.000Z"
    rows, _ = desk_search(event_db, None, "jose", day="2026-07-09")
    assert rows[0]["checked_in_at"] is None
    checkin.undo(event_db, "EB-0001", "wrong person")
    assert desk_search(event_db, None, "jose", day="2026-07-08")[0][0]["checked_in_at"] is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aZé ÑœJ-'\t.ß", max_size=12), min_size=6, max_size=6))
def test_search_text_fast_path_folds_as_fold_does(fields):
    from kiosk.roster.folding import search_text

    first, last, full, email, organization, code = fields
    parts = [fold(first), fold(last)]
    folded_full = fold(full)
    if folded_full and folded_full != f"{parts[0]} {parts[1]}".strip():
        parts.append(folded_full)
    expected = " ".join(p for p in (*parts, email.lower(), fold(organization), code.lower()) if p)
    assert search_text(first, last, full, email, organization, code) == expected


@settings(max_examples=40, deadline=None)
@given(people=st.lists(st.tuples(word, word, word), min_size=0, max_size=30),
       typed=st.lists(word, min_size=1, max_size=3).map(" ".join), limit=st.integers(1, 12))
def test_typing_forward_gives_what_a_fresh_search_gives(tmp_path_factory, people, typed, limit):
    path = tmp_path_factory.mktemp("forward") / "event.sqlite"
    with open_event_db(path) as db:
        db.set_event("Forward", [], "UTC")
        for k, (first, last, org) in enumerate(people):
            add(db, code=f"C{k}", first_name=first.capitalize(), last_name=last.capitalize(), organization=org)
        search = RosterSearch(db)
        for n in range(1, len(typed) + 1):           # one key at a time, as a person types
            assert search.search(typed[:n], limit) == reference(db, typed[:n], limit), typed[:n]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aZé ÑœΣß\u0301\u00a8\u00a0\ufb01İ\t", max_size=10), min_size=2, max_size=2))
def test_a_full_name_made_of_the_parts_adds_nothing_to_the_search_text(names):
    """search_text skips folding a full name that is "first last": what folding it would have given."""
    from kiosk.roster.folding import search_text

    first, last = (name.strip() for name in names)
    parts = [fold(first), fold(last)]
    folded_full = fold(f"{first} {last}")
    if folded_full and folded_full != f"{parts[0]} {parts[1]}".strip():
        parts.append(folded_full)
    expected = " ".join(p for p in (*parts, "", fold("Org é"), "c1") if p)
    assert search_text(first, last, f"{first} {last}", "", "Org é", "C1") == expected

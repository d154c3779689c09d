"""Search as you type over the roster, at the same speed for 1,000 or 500,000 attendees.

Every typed word must match somewhere in the name, email, organization or code, ignoring case and
accents ("jose nun" finds "José Ñúñez"). Matches where every word starts a word come first, and
among those the ones whose first word starts the name; within a rank, people are in name order.

The index is the folded texts of everyone, in name order, as ONE UTF-8 byte string
(b"\\n <text>\\n <text>...", about 80 bytes a person) with the offset and id of each entry in
arrays, plus the entries in text order for prefixes. A keystroke is a few `bytes.find` passes in
C that stop as soon as enough people are found, never a Python loop over the roster. The index
is built by SQLite (both sort orders, the GIL released while it sorts) and reloaded only when the
roster changes: `roster_stamp(db)` reads a version that triggers keep (migration 6,
kiosk/store/migrations/m06_flat_at_scale.py), and only when `PRAGMA data_version` or this
connection's own changes say that anything at all was written, so a keystroke costs no query when
nothing changed.

`desk_search(db, index, text, limit)` is the desk's search: matching rows with today's check-in.
"""

from __future__ import annotations

import re
import weakref
from array import array
from bisect import bisect_left, bisect_right
from itertools import accumulate

from kiosk.checkin.standing import STANDING
from kiosk.roster.folding import fold, name_order_sql
from kiosk.store.database import EventDB

#: A prefix block larger than this is walked in name order instead of being sorted.
_SORT_BLOCK_AT_MOST = 4000
_HIGH = b"\xff"                      # never in UTF-8: an upper bound for a prefix
_JOIN_SLICE = 8192
_EMAIL_OR_CODE = re.compile(rb"[@0-9]")       # a word no close spelling is looked for among


def roster_stamp(db: EventDB) -> tuple[int, int]:
    """A value that changes whenever an attendee is added (the largest id grows), removed, or changes
    a searchable field or status (triggers bump the version): two one-row reads."""
    return db.conn.execute("SELECT (SELECT version FROM roster_stamp WHERE id = 1), "
                           "(SELECT coalesce(max(id), 0) FROM attendees)").fetchone()


class RosterSearch:
    """An in-memory search index over one event database's attendees (see the module docstring)."""

    def __init__(self, db: EventDB):
        self.db = db
        self._written: tuple[int, int] | None = None    # (data_version, total_changes) when last checked
        self._version: tuple[int, int] | None = None    # the roster_stamp the index was built from
        self._text = b""
        self._starts = array("q", [0])                  # entry i is _text[_starts[i] + 1:_starts[i + 1]]
        self._ids = array("q")
        self._by_text = array("q")                      # entry numbers sorted by their text
        self._everyone_matching: tuple[str, list[int]] | None = None   # (query, all its matches) when few
        self._words: list[str] | None = None             # the roster's words, for close spellings

    # -- freshness -------------------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        """Reload the index if the roster changed since it was built (no query when nothing was written)."""
        conn = self.db.conn
        written = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        if not force and self._version is not None and written == self._written:
            return
        version = roster_stamp(self.db)
        if force or version != self._version:
            self._build()
            self._version = version
            written = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)  # the build's own
        self._written = written

    def _build(self) -> None:
        conn = self.db.conn
        # Both orders are sorted by SQLite, which releases the GIL while it sorts (the desk's
        # window stays responsive while 500,000 people load); name order folds accents ("Ñúñez"
        # among the N) through fold() called back per person. One read transaction: one snapshot.
        order = name_order_sql(conn)
        own_transaction = not conn.in_transaction
        if own_transaction:
            conn.execute("BEGIN")
        try:
            ids, parts = array("q"), []
            for attendee_id, text in conn.execute(
                    "SELECT id, search_text FROM attendees ORDER BY " + order):
                ids.append(attendee_id)
                parts.append("\n " + (text if "\n" not in text else text.replace("\n", " ")))
            rank_of = {attendee_id: rank for rank, attendee_id in enumerate(ids)}
            by_text = array("q", (rank_of[attendee_id] for (attendee_id,) in
                                  conn.execute("SELECT id FROM attendees ORDER BY search_text, id")))
        finally:
            if own_transaction:
                conn.execute("COMMIT")
        del rank_of
        lengths = (len(p) if p.isascii() else len(p.encode("utf-8")) for p in parts)
        self._starts = array("q", accumulate(lengths, initial=0))
        # Joined and encoded a slice at a time: one join of 500,000 strings would hold the GIL (and
        # freeze the desk's window) for as long as it takes.
        self._text = b"".join("".join(parts[k:k + _JOIN_SLICE]).encode("utf-8")
                              for k in range(0, len(parts), _JOIN_SLICE))
        self._ids = ids
        self._by_text = by_text
        self._everyone_matching = None
        self._words = None

    def __len__(self) -> int:
        self.refresh()
        return len(self._ids)

    # -- searching -------------------------------------------------------------------------------
    def _entry(self, i: int) -> bytes:
        return self._text[self._starts[i] + 1:self._starts[i + 1]]

    entry = _entry

    def id_of(self, i: int) -> int:
        return self._ids[i]

    def contains(self, word: str) -> bool:
        """Whether anybody's text holds `word` (a folded word)."""
        self.refresh()
        return self._text.find(word.encode("utf-8")) >= 0

    def entries_matching(self, pattern: re.Pattern[bytes], limit: int) -> list[int]:
        """Entry numbers whose text `pattern` finds, in name order, at most `limit` (one pass in C)."""
        self.refresh()
        out: list[int] = []
        for found in pattern.finditer(self._text):
            i = bisect_right(self._starts, found.start()) - 1
            if not out or out[-1] != i:
                out.append(i)
                if len(out) >= limit:
                    break
        return out

    def words(self) -> list[str]:
        """The distinct words of the roster's names and organisations (no emails, no codes), kept
        until the roster changes: what close spellings are looked for among (kiosk/roster/close_search.py)."""
        self.refresh()
        if self._words is None:
            self._words = [w.decode("utf-8") for w in set(self._text.split()) if not _EMAIL_OR_CODE.search(w)]
        return self._words

    def search(self, text: str, limit: int | None = 200) -> list[int]:
        """Attendee ids matching `text`, best first; an empty query lists everyone by name."""
        self.refresh()
        words = fold(text).split()
        if not words:
            return list(self._ids[:limit] if limit else self._ids)
        limit = limit or len(self._ids)
        query = " ".join(words)
        encoded = [w.encode("utf-8") for w in words]
        unique = list(dict.fromkeys(encoded))
        starts = [b" " + w for w in unique]

        def all_start(entry: bytes) -> bool:
            return all(s in entry for s in starts)

        def all_inside(entry: bytes) -> bool:
            return all(w in entry for w in unique)

        first = b" " + encoded[0]
        known = self._everyone_matching
        if known is not None and query.startswith(known[0]):
            # Typing forward: whoever matches the longer text matched the shorter one, and all of
            # those are known (a rare text): rank them, no pass over the roster.
            entries = [(i, self._entry(i)) for i in known[1]]
            best = [i for i, e in entries if e.startswith(first) and all_start(e)]
            word_starts = [i for i, e in entries if all_start(e) and not e.startswith(first)]
            inside = [i for i, e in entries if all_inside(e) and not all_start(e)]
        else:
            best = self._name_starts(first, all_start, limit)
            found = set(best)
            need = limit - len(best)
            word_starts = inside = []
            if need > 0:
                probe = max(unique, key=len)
                word_starts = self._walk(b" " + probe, all_start, found, need)
                found.update(word_starts)
                need -= len(word_starts)
                if need > 0:
                    inside = self._walk(probe, lambda e: all_inside(e) and not all_start(e), found, need)
        ranked = [*best, *word_starts, *inside]
        # Fewer than the limit: no pass stopped early, these are everyone who matches `query`.
        self._everyone_matching = (query, sorted(ranked)) if len(ranked) < limit else None
        return [self._ids[i] for i in ranked[:limit]]

    def _name_starts(self, first: bytes, accept, limit: int) -> list[int]:
        """Entries whose text begins with `first` and that `accept`, in name order, at most `limit`."""
        key = self._entry
        lo = bisect_left(self._by_text, first, key=key)
        hi = bisect_left(self._by_text, first + _HIGH, lo, key=key)
        if hi - lo <= _SORT_BLOCK_AT_MOST:
            out = []
            for i in sorted(self._by_text[lo:hi]):
                if accept(key(i)):
                    out.append(i)
                    if len(out) >= limit:
                        break
            return out
        return self._walk(b"\n" + first, accept, set(), limit)

    def _walk(self, needle: bytes, accept, skip: set[int], limit: int) -> list[int]:
        """Entries containing `needle` that `accept`, in name order, at most `limit` (stops early)."""
        text, starts, find = self._text, self._starts, self._text.find
        out: list[int] = []
        pos = find(needle)
        while pos >= 0:
            i = bisect_right(starts, pos) - 1
            if i not in skip and accept(text[starts[i] + 1:starts[i + 1]]):
                out.append(i)
                if len(out) >= limit:
                    break
            pos = find(needle, starts[i + 1])
        return out


#: The desk's index (kiosk/ui/desk/search.py builds one per search worker): the same index, whose
#: freshness check is the roster stamp, so a check-in never reloads it.
DeskSearch = RosterSearch

_INDEXES: weakref.WeakKeyDictionary[EventDB, RosterSearch] = weakref.WeakKeyDictionary()


def index_for(db: EventDB) -> RosterSearch:
    """The search index of this open database (one per connection, kept while it is open)."""
    index = _INDEXES.get(db)
    if index is None:
        index = _INDEXES[db] = RosterSearch(db)
    return index


def rows_checked_in_today(db: EventDB, ids: list[int], day: str | None = None) -> list[dict]:
    """The attendee rows of `ids` in that order, each with "checked_in_at": their first standing
    check-in on `day` (default: today in the event's time zone), or None. Two indexed queries,
    whatever the roster's or the day's size."""
    from kiosk.eventdays import today
    from kiosk.roster import attendees

    if not ids:
        return []
    day = day or today(db.event()["timezone"])
    marks = ",".join("?" * len(ids))
    by_id = {r["id"]: r for r in db.query(attendees._SELECT + f"WHERE a.id IN ({marks})", ids)}
    for row in by_id.values():
        row["checked_in_at"] = None
    for attendee_id, at in db.conn.execute(
            f"SELECT attendee_id, min(at) FROM {STANDING} WHERE attendee_id IN ({marks}) AND event_day = ? "
            "GROUP BY attendee_id", [*ids, day]):
        if attendee_id in by_id:
            by_id[attendee_id]["checked_in_at"] = at
    return [by_id[i] for i in ids if i in by_id]


def desk_search(db: EventDB, index: RosterSearch | None, text: str, limit: int = 200,
                day: str | None = None) -> tuple[list[dict], int]:
    """The desk's search as you type: (rows, matches). `rows` are at most `limit` attendees, best
    first, each with "checked_in_at" on `day` (default today); `matches` counts at most one more
    than `limit` (more than `limit` means "and more": the list is capped). `index` is the caller's
    (a worker keeps one); None uses the one kept for this connection."""
    ids = (index or index_for(db)).search(text, limit=limit + 1)
    return rows_checked_in_today(db, ids[:limit], day), len(ids)


def desk_close_search(db: EventDB, index: RosterSearch | None, text: str, limit: int = 200,
                      day: str | None = None) -> list[dict]:
    """When `desk_search` finds nobody: the people spelt close to what was typed (kiosk/roster/close_search.py)."""
    from kiosk.roster.close_search import close_search

    return rows_checked_in_today(db, close_search(index or index_for(db), text, limit), day)


def search_attendees(db: EventDB, text: str, limit: int | None = 200, *, close: bool = False) -> list[dict]:
    """One-shot search returning attendee rows (the CLI's `kiosk roster --search`); with `close`, the
    people spelt close to `text` instead (kiosk/roster/close_search.py)."""
    from kiosk.roster import attendees
    from kiosk.roster.close_search import close_search

    index = RosterSearch(db)
    ids = close_search(index, text, limit or 200) if close else index.search(text, limit)
    by_id = {}
    for chunk_start in range(0, len(ids), 900):
        chunk = ids[chunk_start:chunk_start + 900]
        marks = ",".join("?" * len(chunk))
        for row in db.query(attendees._SELECT + f"WHERE a.id IN ({marks})", chunk):
            by_id[row["id"]] = row
    return [by_id[i] for i in ids if i in by_id]

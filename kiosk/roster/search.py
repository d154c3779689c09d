"""Search as you type over the roster.

Every typed word must match somewhere in the name, email, organization or code, ignoring case and
accents ("jose nun" finds "José Ñúñez"). Matches where every word starts a word come first, and
among those the ones whose first word starts the name; within a rank, people are in name order.

The folded texts are held in memory, sorted by name, and reloaded only when the database has
changed. A keystroke filters word by word; typing forward filters the previous matches instead of
the whole roster, so the common case gets faster as the query grows.
"""

from __future__ import annotations

from bisect import bisect_left

from kiosk.roster.folding import fold
from kiosk.store.database import EventDB


class RosterSearch:
    """An in-memory search index over one event database's attendees."""

    def __init__(self, db: EventDB):
        self.db = db
        self._entries: list[tuple[str, int, int]] = []    # (" " + folded text, id, name rank), in name order
        self._by_text: list[tuple[str, int, int]] = []    # the same, sorted by text: names by first word
        self._texts: list[str] = []
        self._version: tuple[int, int] | None = None
        self._last_query: str | None = None
        self._last_hits: list[tuple[str, int, int]] = []

    def _current_version(self) -> tuple[int, int]:
        return (self.db.scalar("PRAGMA data_version"), self.db.conn.total_changes)

    def refresh(self, force: bool = False) -> None:
        version = self._current_version()
        if not force and version == self._version:
            return
        rows = self.db.conn.execute("SELECT search_text, id, last_name, first_name FROM attendees").fetchall()
        rows.sort(key=lambda r: (fold(r[2]), fold(r[3]), r[1]))     # "Ñúñez" sorts with N, not after Z
        self._entries = [(" " + row[0], row[1], rank) for rank, row in enumerate(rows)]
        self._by_text = sorted(self._entries)
        self._texts = [e[0] for e in self._by_text]
        self._version = version
        self._last_query, self._last_hits = None, []

    def __len__(self) -> int:
        self.refresh()
        return len(self._entries)

    def search(self, text: str, limit: int | None = 200) -> list[int]:
        """Attendee ids matching `text`, best first; an empty query lists everyone by name."""
        self.refresh()
        query = fold(text)
        words = query.split()
        if not words:
            entries = self._entries[:limit] if limit else self._entries
            return [e[1] for e in entries]
        pool = self._entries
        if self._last_query and query.startswith(self._last_query):
            pool = self._last_hits
        hits = pool
        for w in sorted(set(words), key=len, reverse=True):
            hits = [e for e in hits if w in e[0]]
        self._last_query, self._last_hits = query, hits
        if not hits:
            return []
        starts = [" " + w for w in words]
        first, others = starts[0], starts[1:]
        # Best: the name begins with the first word (a contiguous block of the text-sorted index)
        # and every other word starts a word.
        lo = bisect_left(self._texts, first)
        hi = bisect_left(self._texts, first + "\U0010ffff", lo)
        best = [e for e in self._by_text[lo:hi] if all(s in e[0] for s in others) and all(w in e[0] for w in words)]
        best.sort(key=lambda e: e[2])
        ranked = [e[1] for e in best]
        if limit and len(ranked) >= limit:
            return ranked[:limit]
        best_ids = set(ranked)
        need = (limit - len(ranked)) if limit else len(hits)
        word_starts: list[int] = []
        inside: list[int] = []
        for e in hits:
            if e[1] in best_ids:
                continue
            t = e[0]
            if all(s in t for s in starts):
                word_starts.append(e[1])
                if len(word_starts) >= need:
                    break
            elif len(inside) < need:
                inside.append(e[1])
        ranked += word_starts + inside
        return ranked[:limit] if limit else ranked


def search_attendees(db: EventDB, text: str, limit: int | None = 200) -> list[dict]:
    """One-shot search returning attendee rows (the CLI's `kiosk roster --search`)."""
    from kiosk.roster import attendees

    ids = RosterSearch(db).search(text, limit)
    by_id = {}
    for chunk_start in range(0, len(ids), 900):
        chunk = ids[chunk_start:chunk_start + 900]
        marks = ",".join("?" * len(chunk))
        for row in db.query(attendees._SELECT + f"WHERE a.id IN ({marks})", chunk):
            by_id[row["id"]] = row
    return [by_id[i] for i in ids if i in by_id]


class DeskSearch(RosterSearch):
    """The desk's index: reloaded only when the attendees changed (count, newest id or latest
    update), not on every check-in."""

    def _current_version(self):
        row = self.db.conn.execute("SELECT count(*), max(id), max(updated_at) FROM attendees").fetchone()
        return tuple(row)


def desk_search(db: EventDB, index: RosterSearch, text: str, limit: int = 200) -> tuple[list[dict], int]:
    """The desk's search as you type: at most `limit` attendee rows, best first, each with
    `checked_in_at` (their first standing check-in today, if any), and how many matched (one more
    than `limit` is asked for, to know there are more)."""
    ids = index.search(text, limit=limit + 1)
    return rows_checked_in_today(db, ids[:limit]), len(ids)


def rows_checked_in_today(db: EventDB, ids: list[int]) -> list[dict]:
    """The attendees `ids`, in that order, with `checked_in_at` for those checked in today."""
    from kiosk.eventdays import today
    from kiosk.roster import attendees

    if not ids:
        return []
    day = today(db.event()["timezone"])
    marks = ",".join("?" * len(ids))
    by_id = {r["id"]: r for r in db.query(attendees._SELECT + f"WHERE a.id IN ({marks})", ids)}
    for r in db.query(
            "SELECT c.attendee_id, min(c.at) AS at, c.station FROM checkins c "
            "LEFT JOIN checkin_annulments n ON n.checkin_uid = c.uid "
            f"WHERE c.event_day = ? AND n.id IS NULL AND c.attendee_id IN ({marks}) GROUP BY c.attendee_id",
            [day, *ids]):
        if r["attendee_id"] in by_id:
            by_id[r["attendee_id"]]["checked_in_at"] = r["at"]
    return [by_id[i] for i in ids if i in by_id]

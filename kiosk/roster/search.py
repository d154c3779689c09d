"""Search as you type over the roster.

Every typed word must match somewhere in the name, email, organization or code, ignoring case and
accents ("jose nun" finds "José Ñúñez"). Matches where every word starts a word come first, and
among those the ones whose first word starts the name; within a rank, people are in name order.

The folded texts are held in memory, sorted by name, and reloaded only when the database has
changed. A keystroke filters word by word; typing forward filters the previous matches instead of
the whole roster, so the common case gets faster as the query grows.
"""

from __future__ import annotations

from kiosk.roster.folding import fold
from kiosk.store.database import EventDB


class RosterSearch:
    """An in-memory search index over one event database's attendees."""

    def __init__(self, db: EventDB):
        self.db = db
        self._entries: list[tuple[str, int]] = []      # (" " + folded text, id), in name order
        self._version: tuple[int, int] | None = None
        self._last_query: str | None = None
        self._last_hits: list[tuple[str, int]] = []

    def _current_version(self) -> tuple[int, int]:
        return (self.db.scalar("PRAGMA data_version"), self.db.conn.total_changes)

    def refresh(self, force: bool = False) -> None:
        version = self._current_version()
        if not force and version == self._version:
            return
        rows = self.db.conn.execute(
            "SELECT search_text, id FROM attendees ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id").fetchall()
        self._entries = [(" " + text, attendee_id) for text, attendee_id in rows]
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
        # Rank without sorting: the entries are already in name order.
        first = " " + words[0]
        at_starts = hits
        for w in words:
            at_starts = [e for e in at_starts if " " + w in e[0]]
        best = [e[1] for e in at_starts if e[0].startswith(first)]
        if limit and len(best) >= limit:
            return best[:limit]
        best_set = set(best)
        ranked = best + [e[1] for e in at_starts if e[1] not in best_set]
        if not limit or len(ranked) < limit:
            start_set = {e[1] for e in at_starts}
            ranked += [e[1] for e in hits if e[1] not in start_set]
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

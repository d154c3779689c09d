"""Search as you type over the roster.

Every typed word must match somewhere in the name, email, organization or code, ignoring case and
accents ("jose nun" finds "José Ñúñez"). Matches where every word starts a word come first, and
among those the ones whose first word starts the name. The folded texts are held in memory and
reloaded only when the database has changed, so a keystroke costs a scan of a Python list.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.roster.folding import fold
from kiosk.store.database import EventDB


@dataclass
class _Entry:
    id: int
    text: str      # " " + folded search text, so " word" finds word starts
    sort_key: str


class RosterSearch:
    """An in-memory search index over one event database's attendees."""

    def __init__(self, db: EventDB):
        self.db = db
        self._entries: list[_Entry] = []
        self._version: tuple[int, int] | None = None

    def _current_version(self) -> tuple[int, int]:
        return (self.db.scalar("PRAGMA data_version"), self.db.conn.total_changes)

    def refresh(self, force: bool = False) -> None:
        version = self._current_version()
        if not force and version == self._version:
            return
        rows = self.db.conn.execute(
            "SELECT id, search_text, last_name, first_name FROM attendees").fetchall()
        self._entries = [_Entry(r[0], " " + r[1], fold(f"{r[2]} {r[3]}")) for r in rows]
        self._version = version

    def search(self, text: str, limit: int | None = 200) -> list[int]:
        """Attendee ids matching `text`, best first; an empty query lists everyone by name."""
        self.refresh()
        words = fold(text).split()
        if not words:
            ordered = sorted(self._entries, key=lambda e: e.sort_key)
            return [e.id for e in (ordered[:limit] if limit else ordered)]
        hits: list[tuple[int, str, int]] = []
        starts = [" " + w for w in words]
        first = starts[0]
        for e in self._entries:
            t = e.text
            for w in words:
                if w not in t:
                    break
            else:
                if all(s in t for s in starts):
                    rank = 0 if t.startswith(first) else 1
                else:
                    rank = 2
                hits.append((rank, e.sort_key, e.id))
        hits.sort()
        if limit:
            hits = hits[:limit]
        return [h[2] for h in hits]


def search_attendees(db: EventDB, text: str, limit: int | None = 200) -> list[dict]:
    """One-shot search returning attendee rows (the CLI's `kiosk roster --search`)."""
    from kiosk.roster import attendees

    ids = RosterSearch(db).search(text, limit)
    if not ids:
        return []
    by_id = {}
    for chunk_start in range(0, len(ids), 900):
        chunk = ids[chunk_start:chunk_start + 900]
        marks = ",".join("?" * len(chunk))
        for row in db.query(attendees._SELECT + f"WHERE a.id IN ({marks})", chunk):
            by_id[row["id"]] = row
    return [by_id[i] for i in ids if i in by_id]

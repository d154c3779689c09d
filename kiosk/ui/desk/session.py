"""What this desk did since it opened: its check-ins (what Ctrl+Z undoes) and the writes on their way.

`DeskSession` is plain Python, tested without widgets. The window tells it what it asked the
check-in worker (`begin`) and what came back (`answered`, `undone`, `edited`); it keeps:
- `admitted`: this desk's check-ins that still stand, newest last: Ctrl+Z undoes the last one, an
  undo (from here or the print queue) takes it out, a correction updates the name in it;
- `pending`: writes asked for and not answered yet, so "SAVING…" shows only while one is on its
  way and never stays after an answer, a failure included;
- `from_search`: the person chosen in the search whose check-in is on its way, so the search box is
  cleared only when that person is in.
"""

from __future__ import annotations

from typing import Any


class DeskSession:
    def __init__(self) -> None:
        self.admitted: list[Any] = []       # kiosk.checkin.CheckinResult, newest last
        self.pending = 0
        self.pending_label = ""
        self.last_result: Any = None
        self.from_search: int | None = None

    # -- writes on their way -------------------------------------------------------------------
    def begin(self, label: str, *, from_search: int | None = None) -> None:
        self.pending += 1
        self.pending_label = label
        if from_search is not None:
            self.from_search = from_search

    def end(self) -> None:
        self.pending = max(0, self.pending - 1)

    def saving(self) -> bool:
        return self.pending > 0

    # -- answers ---------------------------------------------------------------------------------
    def answered(self, result: Any) -> bool:
        """A check-in's verdict arrived. True when it was the person chosen in the search, now in."""
        self.end()
        self.last_result = result
        chosen = self.from_search
        self.from_search = None
        if not result.admitted:
            return False
        self.admitted.append(result)
        return chosen is not None and result.attendee is not None and chosen == result.attendee["id"]

    def failed(self) -> None:
        self.end()
        self.from_search = None

    def last_admitted(self) -> Any:
        return self.admitted[-1] if self.admitted else None

    def undone(self, attendee_id: int) -> None:
        self.admitted = [r for r in self.admitted if r.attendee["id"] != attendee_id]

    def edited(self, person: dict) -> None:
        """A correction was saved: every result of this person shows the new name."""
        for result in self.admitted:
            if result.attendee["id"] == person["id"]:
                result.attendee = person
        last = self.last_result
        if last is not None and last.attendee and last.attendee["id"] == person["id"]:
            last.attendee = person

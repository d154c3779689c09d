"""Who the desk's actions act on, and the line that says so.

The volunteer sees one person chosen: the row highlighted in the list, or else the person the verdict
banner shows. Print (Ctrl+P, the toolbar), correct (F2) and undo (Ctrl+Z) all act on that person,
with the same rules whichever way they are asked. `ChosenPerson` tracks who it is and, on a
`LatestWorker` (never the GUI thread), reads what the line under the list says about them: checked
in today or not, the badge (none yet, waiting, printed and how many reprints are left, the limit
reached), and whether their details are still missing (a guest of an order: F2 completes them).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QLabel, QTableView

from kiosk.ui.i18n import name_of as display_name
from kiosk.ui import i18n
from kiosk.ui.desk.roster_model import ATTENDEE_ROLE
from kiosk.ui.desk.verdict_banner import VerdictBanner
from kiosk.ui.threads import LatestWorker


def chosen_status(db, attendee_id: int, day: str) -> dict:
    """What the desk shows about the chosen person (runs on the worker)."""
    from kiosk.checkin import active_checkin
    from kiosk.printing.queue import badge_status
    from kiosk.roster import attendees

    return {"attendee": attendees.get(db, attendee_id), "badge": badge_status(db, attendee_id),
            "checkin": active_checkin(db, attendee_id, day)}


class ChosenPerson(QObject):
    """The person the desk's actions act on; see the module docstring."""

    changed = Signal()

    def __init__(self, db_path: str | Path, table: QTableView, banner: VerdictBanner, line: QLabel,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.table, self.banner, self.line = table, banner, line
        self.timezone = "UTC"
        self.day = ""
        self.status: dict | None = None         # chosen_status of the person chosen now, once read
        self._for: int | None = None
        self.worker = LatestWorker("chosen-status", chosen_status, db_path=db_path, parent=self,
                                   what=QT_TRANSLATE_NOOP("Tasks", "reading the chosen person's badge"))
        self.worker.answered.connect(self._on_status)
        self.worker.failed.connect(lambda _serial, message: self.line.setText(message))
        self.worker.start()
        self.update()

    def stop(self) -> None:
        self.worker.stop()

    # -- who -----------------------------------------------------------------------------------
    def highlighted(self) -> dict | None:
        index = self.table.currentIndex()
        return self.table.model().data(index, ATTENDEE_ROLE) if index.isValid() else None

    def person(self) -> dict | None:
        """The highlighted row, else the person on the banner, else nobody."""
        return self.highlighted() or self.banner.attendee

    def update(self) -> None:
        """The selection or the banner changed: say who is chosen, and read their state."""
        person = self.person()
        if person is None:
            self._for, self.status = None, None
            self.line.setText(self.tr("Nobody chosen: scan a ticket, or search and choose with ↓ ↑."))
            self.changed.emit()
            return
        if person.get("id") != self._for:
            self.status = None
        self._for = person.get("id")
        self.line.setText(self._words(person, self.status))
        self.worker.request(person["id"], self.day)
        self.changed.emit()

    def refresh(self) -> None:
        """Something changed about the chosen person (a badge, an undo, a correction): read again."""
        if self._for is not None:
            self.worker.request(self._for, self.day)

    def _on_status(self, _serial: int, status: dict) -> None:
        if status["attendee"]["id"] != self._for:
            return
        self.status = status
        self.line.setText(self._words(status["attendee"], status))
        self.changed.emit()

    # -- words ---------------------------------------------------------------------------------
    def _words(self, person: dict, status: dict | None) -> str:
        from kiosk.clock import format_instant

        parts = [i18n.arg(self.tr("Chosen: %1"), display_name(person) + (f" ({short_code(person['code'])})"
                                                                        if person.get("code") else ""))]
        if person.get("details_missing"):
            parts.append(self.tr("details missing: press F2 to complete them"))
        if status is not None:
            checkin = status.get("checkin")
            if checkin:
                at = format_instant(checkin["at"], self.timezone, "time", i18n.current_language())
                parts.append(i18n.arg(self.tr("in today at %1 (%2)"), at, checkin["station"]))
            elif person.get("status", "active") == "active":
                parts.append(self.tr("not checked in today"))
            parts.append(self.badge_words(status["badge"]))
        return "  ·  ".join(parts)

    def badge_words(self, badge: dict) -> str:
        if badge["next"] == "first":
            return self.tr("no badge printed yet")
        if badge["next"] == "waiting":
            return self.tr("badge FAILED, will be retried (see the print queue)") if badge.get("failed") \
                else self.tr("badge waiting to print")
        if badge["needs_override"]:
            from kiosk.printing.queue import reprints_said

            return i18n.said(reprints_said(badge))
        return self.tr("badge printed; %n reprint(s) left", "", int(badge["reprints_left"]))


def short_code(code: str, longest: int = 16) -> str:
    """A long code shortened in its middle ("5dge7s…wj75re"): its ends are what a person compares."""
    if len(code) <= longest:
        return code
    half = (longest - 1) // 2
    return f"{code[:half]}…{code[-half:]}"

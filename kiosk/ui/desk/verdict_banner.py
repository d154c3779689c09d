"""The big verdict banner: colour, icon AND words, the person's name, ticket type and notes.

Readable from a metre away: a 40-point headline, the name at 30 points, high-contrast colour pairs
from kiosk/ui/verdicts.py. `already` says when (event-local time) and at which station; `not_today`
says which days the ticket is for; a `problem` (the check-in could not be saved) says so plainly.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from kiosk.roster.attendees import display_name
from kiosk.ui.desk.timefmt import local_time
from kiosk.ui.i18n import said
from kiosk.ui.verdicts import look, verdict_advice

ICON_SIZE = 120


def _font(points: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(points)
    f.setBold(bold)
    return f


def _day_label(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%a %d %b")
    except ValueError:
        return iso


class VerdictBanner(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.setMinimumHeight(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.verdict = "idle"
        self.attendee: dict | None = None
        self._background = QColor("#eceff1")

        self.icon = QLabel()
        self.icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.title = QLabel()
        self.title.setFont(_font(32, True))
        self.name = QLabel()
        self.name.setFont(_font(28, True))
        self.ticket = QLabel()
        self.ticket.setFont(_font(18))
        self.note = QLabel()
        self.note.setFont(_font(18, True))
        self.detail = QLabel()
        self.detail.setFont(_font(17))
        self.advice = QLabel()
        self.advice.setFont(_font(14))
        for label in (self.title, self.name, self.ticket, self.note, self.detail, self.advice):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            # a Hebrew or Arabic name keeps its own direction but lines up with the rest of the banner
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

        text = QVBoxLayout()
        text.setSpacing(6)
        for label in (self.title, self.name, self.ticket, self.note, self.detail):
            text.addWidget(label)
        text.addStretch(1)
        text.addWidget(self.advice)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 20, 24, 18)
        row.setSpacing(24)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.show_idle()

    # -- states ------------------------------------------------------------------------------------
    def show_idle(self, hint: str = "") -> None:
        self._paint("idle", name="", ticket="", note="", detail=hint, advice=verdict_advice("idle"))

    def show_pending(self, what: str) -> None:
        """A slow disk: say the check-in is being saved (it is not done until the verdict shows)."""
        self._paint("idle", title=self.tr("SAVING…"), name=what, ticket="", note="",
                    detail=self.tr("Waiting for the database. Nothing is lost; keep the person here."), advice="")

    def show_problem(self, message: str, what: str = "") -> None:
        self._paint("problem", name=what, ticket="", note="", detail=message, advice=verdict_advice("problem"))

    def show_message(self, verdict_look: str, title: str, name: str, detail: str) -> None:
        """A desk event that is not a check-in (an undo, a correction) in the banner's style."""
        self._paint(verdict_look, title=title, name=name, ticket="", note="", detail=detail, advice="")

    def show_result(self, result, timezone: str = "UTC") -> None:
        """Show a kiosk.checkin.CheckinResult."""
        a = result.attendee or {}
        name = display_name(a) if a else ""
        ticket = " · ".join(p for p in (a.get("ticket_type", ""), a.get("organization", "")) if p)
        note = ""
        if a.get("notes") and result.verdict in ("attention", "ok", "already"):
            note = self.tr("Note: %1").replace("%1", a["notes"])
        v = result.verdict
        if v in ("ok", "attention"):
            detail = self.tr("Checked in at %1 at %2.").replace("%1", local_time(result.checked_in_at, timezone)) \
                .replace("%2", result.station)
        elif v == "already":
            detail = self.tr("First checked in today at %1 at %2.").replace(
                "%1", local_time(result.checked_in_at, timezone)).replace("%2", result.previous_station or "?")
        elif v == "cancelled":
            detail = self.tr("Registration status: %1.").replace("%1", said(getattr(result, "reason_words", None))
                                                                  or result.reason)
        elif v == "not_today":
            days = ", ".join(_day_label(d) for d in result.allowed_days) or self.tr("no day of this event")
            detail = self.tr("Valid on: %1. Today is %2.").replace("%1", days).replace("%2", _day_label(result.event_day))
        elif v == "choose":
            people = " · ".join(f"{c.get('id')}: {display_name(c)}" for c in getattr(result, "candidates", []))
            detail = self.tr("People on this order: %1").replace("%1", people)
        elif v in ("unknown", "not_ticket"):
            shown = result.payload.strip()
            shown = shown if len(shown) <= 48 else shown[:45] + "…"
            detail = self.tr("The code read was: %1").replace("%1", shown)
        else:
            detail = ""
        self.attendee = a or None
        self._paint(v, name=name, ticket=ticket, note=note, detail=detail, advice=verdict_advice(v))

    # -- drawing -------------------------------------------------------------------------------------
    def _paint(self, verdict: str, *, name: str, ticket: str, note: str, detail: str, advice: str,
               title: str | None = None) -> None:
        lk = look(verdict)
        self.verdict = verdict
        if verdict in ("idle", "problem"):
            self.attendee = None if verdict == "problem" else self.attendee
        # a palette, not a style sheet: re-polishing every label costs the GUI thread milliseconds
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(lk.foreground))
        self.setPalette(palette)
        self._background = QColor(lk.background)
        self.update()
        self.icon.setPixmap(lk.icon(ICON_SIZE))
        self.title.setText(title if title is not None else lk.title)
        for label, value in ((self.name, name), (self.ticket, ticket), (self.note, note), (self.detail, detail),
                             (self.advice, advice)):
            label.setText(value)
            label.setVisible(bool(value))
        self.setAccessibleName(" ".join(t for t in (self.title.text(), name, note, detail) if t))

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._background)
        p.drawRoundedRect(self.rect(), 10, 10)
        p.end()

    def text(self) -> str:
        """Everything the banner says, as one string (what a person reads)."""
        labels = (self.title, self.name, self.ticket, self.note, self.detail, self.advice)
        return "\n".join(label.text() for label in labels if label.isVisibleTo(self) and label.text())

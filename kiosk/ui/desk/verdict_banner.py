"""The big verdict banner: colour, icon AND words, the person's name, ticket type and notes.

Readable from a metre and a half: the headline and the name in large type that shrinks to stay on one
line (a French headline never wraps), high-contrast colour pairs from kiosk/ui/verdicts.py. Every time
is the event's (kiosk/clock.py): `already` says when and at which station; `not_today` says which
days the ticket is for; `choose` says nobody is in until the person is chosen; a guest whose details
are missing is said so, with F2 to complete them; a `problem` (the check-in could not be saved) says
so plainly. `set_compact(True)` (a 768-pixel-high screen) uses smaller type and a smaller icon.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from kiosk.clock import format_day, format_days, format_instant
from kiosk.ui.i18n import name_of as display_name
from kiosk.ui import i18n
from kiosk.ui.i18n import said
from kiosk.ui.verdicts import look, verdict_advice

ICON_SIZE = 120
#: Point sizes (regular, compact) of the title, the name, the ticket, the note, the detail, the advice.
SIZES = {"title": (32, 24), "name": (28, 22), "ticket": (18, 14), "note": (18, 14), "detail": (17, 13),
         "advice": (14, 12)}


def _font(points: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(points)
    f.setBold(bold)
    return f


class FittedLabel(QLabel):
    """One line of large type that gets smaller (down to `minimum` points) rather than wrap or widen."""

    def __init__(self, points: int, minimum: int, bold: bool = True):
        super().__init__()
        self.points, self.minimum, self.bold = points, minimum, bold
        self.setFont(_font(points, bold))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_points(self, points: int, minimum: int) -> None:
        self.points, self.minimum = points, minimum
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        points = self.points
        while points > self.minimum and room > 50 and QFontMetrics(_font(points, self.bold)).horizontalAdvance(
                self.text()) > room:
            points -= 1
        if self.font().pointSize() != points:
            self.setFont(_font(points, self.bold))
        self.setWordWrap(points == self.minimum)     # the last resort, for a name longer than the banner


class VerdictBanner(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.setMinimumHeight(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.verdict = "idle"
        self.attendee: dict | None = None
        self._background = QColor("#eceff1")

        self.compact = False
        self.icon_size = ICON_SIZE
        self.icon = QLabel()
        self.icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.title = FittedLabel(SIZES["title"][0], 18)
        self.name = FittedLabel(SIZES["name"][0], 16)
        self.ticket = QLabel()
        self.ticket.setFont(_font(SIZES["ticket"][0]))
        self.note = QLabel()
        self.note.setFont(_font(SIZES["note"][0], True))
        self.detail = QLabel()
        self.detail.setFont(_font(SIZES["detail"][0]))
        self.advice = QLabel()
        self.advice.setFont(_font(SIZES["advice"][0]))
        for label in (self.title, self.name, self.ticket, self.note, self.detail, self.advice):
            if not isinstance(label, FittedLabel):
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
        self.text_column = text
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(24, 20, 24, 18)
        row.setSpacing(24)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.show_idle()

    def set_compact(self, compact: bool) -> None:
        """Smaller type for a small screen (1366x768): everything still fits without scrolling."""
        if compact == self.compact:
            return
        self.compact = compact
        which = 1 if compact else 0
        self.title.set_points(SIZES["title"][which], 16)
        self.name.set_points(SIZES["name"][which], 14)
        for label, key, bold in ((self.ticket, "ticket", False), (self.note, "note", True),
                                 (self.detail, "detail", False), (self.advice, "advice", False)):
            label.setFont(_font(SIZES[key][which], bold))
        self.icon_size = 84 if compact else ICON_SIZE
        self.icon.setFixedSize(self.icon_size, self.icon_size)
        self.icon.setPixmap(look(self.verdict).icon(self.icon_size))
        self.row.setContentsMargins(*((16, 10, 16, 10) if compact else (24, 20, 24, 18)))
        self.row.setSpacing(16 if compact else 24)
        self.text_column.setSpacing(2 if compact else 6)
        self.setMinimumHeight(200 if compact else 300)

    # -- states ------------------------------------------------------------------------------------
    def show_idle(self, hint: str = "") -> None:
        self._paint("idle", name="", ticket="", note="", detail=hint, advice=verdict_advice("idle"))

    def show_pending(self, what: str) -> None:
        """A slow disk: say the check-in is being saved (it is not done until the verdict shows)."""
        self._paint("idle", title=self.tr("SAVING…"), name=what, ticket="", note="",
                    detail=self.tr("Waiting for the database. Nothing is lost; keep the person here."), advice="")

    def show_problem(self, message: str, what: str = "") -> None:
        self._paint("problem", name=what, ticket="", note="", detail=message, advice=verdict_advice("problem"))

    def show_message(self, verdict_look: str, title: str, name: str, detail: str, *,
                     attendee: dict | None = None) -> None:
        """A desk event that is not a check-in (an undo, a correction) in the banner's style; the
        person it is about stays chosen."""
        self.attendee = attendee
        self._paint(verdict_look, title=title, name=name, ticket="", note="", detail=detail, advice="")

    def show_result(self, result, timezone: str = "UTC") -> None:
        """Show a kiosk.checkin.CheckinResult."""
        lang = i18n.current_language()
        a = result.attendee or {}
        name = display_name(a) if a else ""
        ticket = " · ".join(p for p in (a.get("ticket_type", ""), a.get("organization", "")) if p)
        notes = []
        if a.get("details_missing") and result.verdict in ("attention", "ok", "already"):
            notes.append(self.tr("Details missing: ask their name and e-mail, then press F2 to complete them."))
        if a.get("notes") and result.verdict in ("attention", "ok", "already"):
            notes.append(self.tr("Note: %1").replace("%1", a["notes"]))
        note = "\n".join(notes)
        v = result.verdict
        if v in ("ok", "attention"):
            detail = self.tr("Checked in at %1 at %2.").replace(
                "%1", format_instant(result.checked_in_at, timezone, "time", lang)).replace("%2", result.station)
        elif v == "already":
            detail = self.tr("First checked in today at %1 at %2.").replace(
                "%1", format_instant(result.checked_in_at, timezone, "time", lang)).replace(
                "%2", result.previous_station or "?")
        elif v == "cancelled":
            detail = self.tr("Registration status: %1.").replace("%1", said(getattr(result, "reason_words", None))
                                                                  or result.reason)
        elif v == "not_today":
            days = format_days(result.allowed_days, lang, "day") or self.tr("no day of this event")
            detail = i18n.arg(self.tr("Valid on: %1. Today is %2."), days, format_day(result.event_day, lang, "day"))
        elif v == "choose":
            count = len(getattr(result, "candidates", []) or [])
            detail = self.tr("%n people on this ticket's order: choose the person in the list.", "", count)
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
        self.icon.setPixmap(lk.icon(self.icon_size))
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

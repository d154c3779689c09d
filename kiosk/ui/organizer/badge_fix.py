"""Fix badge text: what one person's badge prints (a misspelt or preferred name, a new employer),
without changing their registration.

The form shows the registered first name, last name and organisation beside the text the badge
prints, a live preview of the badge, and every earlier fix (who, where, when). Saving records a
fix with `kiosk.badges.overrides.set_badge_text` (append-only, with who made it and at which
station); "Print as registered" records that the badge goes back to the registration. The roster,
the search and the exports keep the registered name; a re-sync never touches a fix. The same from
the command line: `kiosk badge-fix`. Reads and writes run on tasks.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QToolButton, QVBoxLayout, QWidget)

from kiosk.ui.text_styles import MUTED, PROBLEM
from kiosk.ui import dialogs, i18n
from kiosk.ui.desk.badge_panel import BadgePanel
from kiosk.ui.threads import run_task

log = logging.getLogger(__name__)

FIELDS = ("first_name", "last_name", "organization")
PREVIEW_AFTER_MS = 250


def load_fix(db, attendee_id: int) -> dict:
    """The person as registered and as the badge prints them, earlier fixes, and what the preview needs."""
    from kiosk.badges.overrides import badge_person, history
    from kiosk.badges.render import event_context
    from kiosk.printing.settings import PrintSettings
    from kiosk.store import settings

    person = badge_person(db, attendee_id)
    printing = PrintSettings.from_db(db)
    return {"person": person, "history": history(db, attendee_id), "stock": printing.badge_stock,
            "template": printing.template_for(person.get("ticket_type") or ""), "event": event_context(db),
            "timezone": db.event().get("timezone") or "UTC", "station": settings.get(db, "station_name")}


def save_fix(db, attendee_id: int, values: dict, by: str, station: str, reset: tuple[str, ...]) -> dict:
    from kiosk.badges.overrides import set_badge_text

    return set_badge_text(db, attendee_id, **values, reset=reset, by=by, station=station)


def clear_fix(db, attendee_id: int, by: str, station: str) -> dict:
    from kiosk.badges.overrides import clear_badge_text

    return clear_badge_text(db, attendee_id, by=by, station=station)


class BadgeFixDialog(QDialog):
    """See the module docstring; `saved(person)` once a fix is recorded."""

    saved = Signal(dict)

    def __init__(self, db_path: str | Path, attendee_id: int, *, parent: QWidget | None = None,
                 prefs: QSettings | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.attendee_id = attendee_id
        self.prefs = prefs
        self.loaded: dict | None = None
        self.setWindowTitle(self.tr("Fix badge text"))
        self.setObjectName("badgeFix")
        self.setMinimumWidth(900)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)         # the person's name, as registered
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        explain = QLabel(self.tr("Only the badge changes. The registration, the search and the exports keep the "
                                 "registered name, and a new import of the registrations does not undo this fix."))
        explain.setWordWrap(True)
        explain.setStyleSheet(MUTED)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.addWidget(self._bold(self.tr("Registered")), 0, 1)
        grid.addWidget(self._bold(self.tr("Printed on the badge")), 0, 2)
        self.registered: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.resets: dict[str, QToolButton] = {}
        labels = {"first_name": self.tr("&First name:"), "last_name": self.tr("&Last name:"),
                  "organization": self.tr("&Organisation:")}
        for row, name in enumerate(FIELDS, start=1):
            label = QLabel(labels[name])
            registered = QLabel()
            registered.setTextFormat(Qt.TextFormat.PlainText)
            registered.setStyleSheet(MUTED)
            registered.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            registered.setWordWrap(True)
            registered.setMinimumWidth(170)
            registered.setMaximumWidth(240)
            edit = QLineEdit()
            edit.setMaxLength(200)
            edit.setMinimumWidth(240)
            label.setBuddy(edit)
            reset = QToolButton()
            reset.setText(self.tr("As registered"))
            reset.setToolTip(self.tr("Print this as registered"))
            reset.clicked.connect(lambda _c=False, n=name: self._as_registered(n))
            edit.textChanged.connect(self._changed)
            grid.addWidget(label, row, 0)
            grid.addWidget(registered, row, 1)
            grid.addWidget(edit, row, 2)
            grid.addWidget(reset, row, 3)
            self.registered[name], self.edits[name], self.resets[name] = registered, edit, reset
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("your name (recorded with the fix)"))
        by_label = QLabel(self.tr("Fixed &by:"))
        by_label.setBuddy(self.by)
        grid.addWidget(by_label, len(FIELDS) + 1, 0)
        grid.addWidget(self.by, len(FIELDS) + 1, 2)
        remembered = prefs.value("organizer/badge_fix_by") if prefs is not None else None
        if remembered:
            self.by.setText(str(remembered))

        self.preview = BadgePanel()
        self.preview.setMinimumSize(280, 200)
        self.history = QListWidget()
        self.history.setObjectName("badgeFixHistory")
        self.history.setMaximumHeight(110)
        self.history_label = self._bold(self.tr("Earlier fixes"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Save badge text"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.clear_button = self.buttons.addButton(self.tr("Print &all as registered"),
                                                   QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self.clear)

        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(explain)
        left.addLayout(grid)
        left.addWidget(self.history_label)
        left.addWidget(self.history)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        dialogs.enter_presses(self.save_button)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_AFTER_MS)
        self._timer.timeout.connect(self._render)
        self.finished.connect(lambda _r: self.preview.stop())
        self._busy(True, self.tr("Reading…"))
        run_task(load_fix, attendee_id, db_path=self.db_path, owner=self, on_done=self._loaded, on_error=self._failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "reading the badge text"))

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold;")
        return label

    # -- filling ---------------------------------------------------------------------------------------
    def _loaded(self, loaded: dict) -> None:
        self.loaded = loaded
        person = loaded["person"]
        registered = person["registered"]
        name = " ".join(p for p in (registered.get("first_name"), registered.get("last_name")) if p) \
            or registered.get("full_name") or person.get("code")
        self.heading.setText(self.tr("Badge of %1 (%2)").replace("%1", name).replace("%2", person.get("code") or ""))
        for field in FIELDS:
            self.registered[field].setText(registered.get(field) or self.tr("(empty)"))
            self.edits[field].setText(person.get(field) or "")
        self._fill_history(loaded["history"], loaded["timezone"])
        self._busy(False)
        if not self.by.text():
            self.by.setFocus()
        else:
            self.edits["first_name"].setFocus()
            self.edits["first_name"].selectAll()
        self._changed()

    def _fill_history(self, entries: list[dict], timezone: str) -> None:
        from kiosk.clock import format_instant

        lang = i18n.current_language()
        self.history.clear()
        names = {"first_name": self.tr("first name"), "last_name": self.tr("last name"),
                 "organization": self.tr("organisation")}
        for entry in reversed(entries):
            fixed = [f"{names[f]} “{entry[f]}”" for f in FIELDS if entry.get(f) is not None]
            what = ", ".join(fixed) if fixed else self.tr("back to the registration")
            self.history.addItem(self.tr("%1 — %2 at %3: %4").replace("%1", format_instant(entry["at"], timezone,
                                                                                             "short_day_time", lang))
                                 .replace("%2", entry.get("by") or "?").replace("%3", entry.get("station") or "?")
                                 .replace("%4", what))
        self.history_label.setVisible(bool(entries))
        self.history.setVisible(bool(entries))

    def values(self) -> dict[str, str]:
        return {f: " ".join(self.edits[f].text().split()) for f in FIELDS}

    def _as_registered(self, field: str) -> None:
        if self.loaded is not None:
            self.edits[field].setText(self.loaded["person"]["registered"].get(field) or "")

    def _changed(self, *_args) -> None:
        if self.loaded is None:
            return
        registered = self.loaded["person"]["registered"]
        for field in FIELDS:
            differs = self.values()[field] != (registered.get(field) or "")
            self.edits[field].setStyleSheet("background: #fff8e1;" if differs else "")
            self.resets[field].setEnabled(differs)
        self._timer.start()

    def _render(self) -> None:
        if self.loaded is None:
            return
        person = dict(self.loaded["person"])
        person.update(self.values())
        person["full_name"] = " ".join(p for p in (person["first_name"], person["last_name"]) if p)
        self.preview.show_badge(person, self.loaded["stock"], self.loaded["template"], self.loaded["event"])

    # -- saving ----------------------------------------------------------------------------------------
    def _who(self) -> str | None:
        by = " ".join(self.by.text().split())
        if not by:
            self._say(self.tr("Say who fixes the badge (your name): the fix is recorded with it."), problem=True)
            self.by.setFocus()
            return None
        if self.prefs is not None:
            self.prefs.setValue("organizer/badge_fix_by", by)
        return by

    def save(self) -> None:
        by = self._who()
        if by is None or self.loaded is None:
            return
        registered = self.loaded["person"]["registered"]
        values = self.values()
        reset = tuple(f for f in FIELDS if values[f] == (registered.get(f) or ""))
        changed = {f: v for f, v in values.items() if f not in reset}
        self._busy(True, self.tr("Saving…"))
        run_task(save_fix, self.attendee_id, changed, by, self.loaded["station"], reset, db_path=self.db_path,
                 owner=self, on_done=self._saved, on_error=self._failed,
                 what=QT_TRANSLATE_NOOP("Tasks", "saving the badge text"))

    def clear(self) -> None:
        by = self._who()
        if by is None or self.loaded is None:
            return
        self._busy(True, self.tr("Saving…"))
        run_task(clear_fix, self.attendee_id, by, self.loaded["station"], db_path=self.db_path, owner=self,
                 on_done=self._saved, on_error=self._failed, what=QT_TRANSLATE_NOOP("Tasks", "saving the badge text"))

    def _saved(self, person: dict) -> None:
        self._busy(False)
        self.saved.emit(person)
        self.accept()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self._say(message, problem=True)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.save_button.setEnabled(not busy)
        self.clear_button.setEnabled(not busy)
        self._say(text)

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(PROBLEM if problem else MUTED)

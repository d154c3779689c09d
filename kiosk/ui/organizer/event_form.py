"""The event's name, days and time zone: one form to create an event and to change it later.

`EventForm(path=..., create=True)` creates the event in the file at `path` (a new file, or one that
holds no event yet) with `kiosk.events.create_event`; `EventForm(path=...)` loads the event and
saves changes with `kiosk.events.update_event`. Dropping a day that holds check-ins is asked first
("Drop it anyway?") and only then forced; what the change means for check-ins already recorded is
said afterwards (`EventChange.warnings`). The time zone defaults to this computer's. Days are a first
day and a number of days; a day in between can be left out (a training on Monday and Wednesday).
Everything is read and written on tasks (kiosk/ui/threads.py).
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QCompleter, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from kiosk.ui.text_styles import MUTED, PROBLEM
from kiosk.ui import dialogs, i18n
from kiosk.ui.organizer.folders import documents_folder, file_dialog
from kiosk.ui.threads import run_task
from kiosk.ui.wheel_guard import guard_wheel

log = logging.getLogger(__name__)

EVENT_FILTER = "Event files (*.sqlite *.db);;All files (*)"
MAX_DAYS = 31
EVENTS_FOLDER = "Check-in events"


def all_timezones() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))) + ["UTC"]


def zone_choices() -> tuple[list[str], str]:
    """Every time zone and this computer's (on a task: reading the zone database takes a moment, and the
    form must take the keys typed into it at once)."""
    from kiosk.events import local_timezone

    return all_timezones(), local_timezone()


def suggested_event_path(name: str) -> Path:
    """Documents/Check-in events/<name>.sqlite, numbered when that file exists already."""
    slug = re.sub(r"[^\w\-]+", "-", name.strip(), flags=re.UNICODE).strip("-") or "event"
    folder = documents_folder() / EVENTS_FOLDER
    target = folder / f"{slug}.sqlite"
    n = 2
    while target.exists():
        target = folder / f"{slug}-{n}.sqlite"
        n += 1
    return target


def load_event(db) -> dict:
    from kiosk.events import event_info, local_timezone

    return {**event_info(db), "local_timezone": local_timezone()}


def create(path: str, name: str, days: list[str], timezone: str) -> dict:
    from kiosk.events import create_event

    Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return create_event(path, name=name, days=days, timezone=timezone)


def change(db, name: str, days: list[str], timezone: str, force: bool) -> dict:
    """Save the changes; {"held": {day: check-ins}} instead when days with check-ins would be dropped."""
    from kiosk.events import DaysHoldCheckins, update_event

    try:
        result = update_event(db, name=name, days=days, timezone=timezone, force=force)
    except DaysHoldCheckins as refused:
        return {"held": refused.held}
    return {"info": result.info, "warnings": {"en": result.warnings, "fr": result.info.get("warnings_fr", [])}}


class EventForm(QDialog):
    """Create an event, or change its name, days and time zone; `saved(info)` once it is written."""

    saved = Signal(dict)

    def __init__(self, path: str | Path | None = None, *, create: bool = False, parent: QWidget | None = None,
                 name: str = ""):
        super().__init__(parent)
        guard_wheel()         # the wheel scrolls the page, never changes a box under the pointer
        self.creating = create
        self.path = Path(path).expanduser() if path else None
        self.path_chosen = path is not None
        self.info: dict | None = None
        self.setWindowTitle(self.tr("New event") if create else self.tr("Event details"))
        self.setMinimumWidth(560)

        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("e.g. Community Leadership Training 2026"))
        self.name.setMaxLength(200)
        self.first_day = QDateEdit(QDate.currentDate())
        self.first_day.setCalendarPopup(True)
        self.first_day.setDisplayFormat("yyyy-MM-dd")
        self.first_day.installEventFilter(self)      # Tab leaves the date (Qt moves between its parts)
        self.day_count = QSpinBox(minimum=1, maximum=MAX_DAYS)
        self.days = QListWidget()
        self.days.setObjectName("eventDays")
        self.days.setToolTip(self.tr("Untick a day the event does not meet."))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.setMinimumContentsLength(24)
        line = self.timezone.lineEdit()
        if line is not None:
            line.returnPressed.connect(self.save)     # Enter in the zone saves too (the combo keeps its Enter)
        self.timezone.installEventFilter(self)        # a click in the zone selects it: typing replaces "UTC"
        self.timezone_note = QLabel()
        self.timezone_note.setWordWrap(True)
        self.timezone_note.setMinimumWidth(360)
        self.timezone_note.setMinimumHeight(self.timezone_note.fontMetrics().lineSpacing() * 3)
        self.local_zone = ""
        self.timezone_note.setStyleSheet(MUTED)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.installEventFilter(self)     # a long path wraps, never cut in half by the form's row
        self.file_button = QPushButton(self.tr("Change…"))
        self.file_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.file_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Event &name:"), self.name)
        form.addRow(self.tr("&First day:"), self.first_day)
        form.addRow(self.tr("N&umber of days:"), self.day_count)
        form.addRow(self.tr("Days it meets:"), self.days)
        form.addRow(self.tr("&Time zone:"), self.timezone)
        form.addRow("", self.timezone_note)
        if create:
            form.addRow(self.tr("Saved in:"), file_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Create the event") if create else self.tr("Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if create:
            intro = QLabel(self.tr("An event is one file on this computer: its roster, check-ins and settings. "
                                   "You can change all of this later (File > Event details)."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        dialogs.enter_presses(self.save_button)      # Enter creates (or saves) the event, never Cancel

        self.timezone.currentTextChanged.connect(self._zone_note)
        self.first_day.dateChanged.connect(self._fill_days)
        self.day_count.valueChanged.connect(self._fill_days)
        self.name.textChanged.connect(self._name_changed)
        self._fill_days()
        run_task(zone_choices, owner=self, on_done=self._zones, what=QT_TRANSLATE_NOOP("Tasks", "reading the time zones"))
        if create:
            self._show_path()
            self.name.setFocus()
        else:
            self._busy(True, self.tr("Reading the event…"))
            run_task(load_event, db_path=self.path, owner=self, on_done=self._loaded, on_error=self._failed,
                     what=QT_TRANSLATE_NOOP("Tasks", "reading the event"))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        """Tab and Shift+Tab leave the date field like any other field: year, month and day are edited with
        the arrow keys or typed; a keyboard never stays trapped between them."""
        if obj is self.first_day and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                                              Qt.Key.Key_Backtab):
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            return True
        if obj is self.file_label and event.type() == QEvent.Type.Resize:
            wanted = self.file_label.heightForWidth(self.file_label.width())
            if wanted > 0 and wanted != self.file_label.minimumHeight():
                self.file_label.setMinimumHeight(wanted)
        line = self.timezone.lineEdit()
        if obj is self.timezone and event.type() == QEvent.Type.FocusIn and line is not None:
            QTimer.singleShot(0, line.selectAll)          # after the click has placed the cursor
        return super().eventFilter(obj, event)

    # -- filling ---------------------------------------------------------------------------------------
    def _zones(self, answer: tuple[list[str], str]) -> None:
        zones, local = answer
        typed = self.timezone.currentText().strip()
        self.timezone.blockSignals(True)
        self.timezone.clear()
        self.timezone.addItems(zones)
        self.timezone.blockSignals(False)
        completer = QCompleter(self.timezone.model(), self.timezone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.timezone.setCompleter(completer)
        self.local_zone = local
        self._set_timezone(typed or (self.info or {}).get("timezone") or local, local=False)

    def _set_timezone(self, name: str, *, local: bool = False) -> None:
        if local:
            self.local_zone = name
        self.timezone.setCurrentText(name)
        self._zone_note()

    def _zone_note(self, *_args) -> None:
        chosen = self.timezone.currentText().strip()
        if chosen and chosen == self.local_zone:
            text = self.tr("This computer's time zone is %1. Times on screens and reports are shown in the event's "
                           "time zone.")
        else:
            text = self.tr("Times on screens and reports are shown in this time zone.")
        self.timezone_note.setText(text.replace("%1", chosen))

    def _loaded(self, info: dict) -> None:
        self.info = info
        self.local_zone = self.local_zone or info.get("local_timezone") or ""
        self._busy(False)
        self.name.setText(info["name"])
        days = sorted(info["days"])
        if days:
            first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
            self.first_day.setDate(QDate(first.year, first.month, first.day))
            self.day_count.setValue(min(MAX_DAYS, (last - first).days + 1))
            self._fill_days(keep=set(days))
        self._set_timezone(info["timezone"], local=False)

    def _fill_days(self, *_args, keep: set[str] | None = None) -> None:
        ticked = keep if keep is not None else {d for d, on in self._day_states().items() if on}
        known = set(self._day_states())
        self.days.clear()
        qdate = self.first_day.date()
        start = date(qdate.year(), qdate.month(), qdate.day())
        lang = i18n.current_language()
        from kiosk.clock import format_day

        rows = self.day_count.value()
        self.days.setFixedHeight(min(170, 8 + rows * max(self.days.sizeHintForRow(0), 22)))
        for offset in range(rows):
            day = (start + timedelta(days=offset)).isoformat()
            item = QListWidgetItem(format_day(day, lang))
            item.setData(Qt.ItemDataRole.UserRole, day)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = day in ticked or (keep is None and day not in known)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.days.addItem(item)

    def _day_states(self) -> dict[str, bool]:
        return {self.days.item(i).data(Qt.ItemDataRole.UserRole):
                self.days.item(i).checkState() == Qt.CheckState.Checked for i in range(self.days.count())}

    def chosen_days(self) -> list[str]:
        return sorted(d for d, on in self._day_states().items() if on)

    def _name_changed(self, text: str) -> None:
        if self.creating and not self.path_chosen:
            self.path = suggested_event_path(text or "event")
            self._show_path()

    def _show_path(self) -> None:
        if self.path is None:
            self.path = suggested_event_path(self.name.text() or "event")
        self.file_label.setText(str(self.path))

    def choose_file(self):
        picker = file_dialog(self, self.tr("Where to save the event"), self.tr(EVENT_FILTER), kind="events",
                             save=True, suggested=(self.path.name if self.path else "event.sqlite"))

        def chosen():
            files = picker.selectedFiles()
            if files:
                self.path = Path(files[0])
                self.path_chosen = True
                self._show_path()

        return dialogs.open_dialog(picker, on_accept=chosen)

    # -- saving ----------------------------------------------------------------------------------------
    def save(self, *, force: bool = False) -> None:
        name, days, zone = self.name.text().strip(), self.chosen_days(), self.timezone.currentText().strip()
        if not name:
            self._say(self.tr("Give the event a name: it is printed on badges and reports."), problem=True)
            self.name.setFocus()
            return
        if not days:
            self._say(self.tr("Tick at least one day."), problem=True)
            return
        self._busy(True, self.tr("Saving…"))
        if self.creating:
            run_task(create, str(self.path), name, days, zone, owner=self, on_done=self._created,
                     on_error=self._failed, what=QT_TRANSLATE_NOOP("Tasks", "creating the event"))
        else:
            run_task(change, name, days, zone, force, db_path=self.path, owner=self, on_done=self._changed,
                     on_error=self._failed, what=QT_TRANSLATE_NOOP("Tasks", "saving the event"))

    def _created(self, info: dict) -> None:
        self._busy(False)
        self.info = info
        self.saved.emit(info)
        self.accept()

    def _changed(self, answer: dict) -> None:
        self._busy(False)
        if "held" in answer:
            from kiosk.clock import format_day

            lang = i18n.current_language()
            listing = ", ".join(self.tr("%1 (%2 check-ins)").replace("%1", format_day(d, lang)).replace("%2", i18n.count(n))
                                for d, n in sorted(answer["held"].items()))
            dialogs.confirm(self, self.tr("Drop days with check-ins?"),
                            self.tr("Check-ins were recorded on %1. If you drop that day, its check-ins stay "
                                    "recorded but count on no event day. Drop it anyway?").replace("%1", listing),
                            on_yes=lambda: self.save(force=True))
            return
        self.info = answer["info"]
        warnings = answer["warnings"].get(i18n.current_language()) or answer["warnings"].get("en") or []
        self.saved.emit(answer["info"])
        self.accept()
        if warnings:
            dialogs.message(self.parentWidget(), self.tr("Event saved"), "\n".join(warnings))

    def _failed(self, message: str) -> None:
        self._busy(False)
        self._say(message, problem=True)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.save_button.setEnabled(not busy)
        if text or not busy:
            self._say(text)

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(PROBLEM if problem else MUTED)

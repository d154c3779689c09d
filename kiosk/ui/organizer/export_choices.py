"""What the organizer chooses before an export or a PDF of badges, as on the command line.

- Export attendance / check-in log / no-shows asks which event day first (`kiosk export --day`):
  "All days" (the default) or one of the event's days (none set: the days with check-ins).
- Badges for pre-printing asks for the ticket types to print (`kiosk badges --ticket-type`, none
  ticked prints every admitted attendee) and the first label on the first sheet
  (`--start-position`, 1 to the labels per sheet of the event's stock), to finish a part-used sheet.

The jobs are the same core functions as the command line's (kiosk/reports/export.py `export`,
kiosk/badges/batch.py `badges_for_preprinting`), run on a task by the Organizer menu
(kiosk/ui/desk/organizer_menu.py). What the badge dialog lists is read on a task too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from kiosk.ui import i18n
from kiosk.ui.threads import run_task


def export_table(db, path: str, kind: str, day: str | None = None) -> dict:
    """`kiosk export --out PATH --kind KIND [--day DAY]`."""
    from kiosk.reports.export import export

    return export(db, path, fmt=None, kind=kind, day=day or None)


def badges_for_preprinting(db, path: str, ticket_types: tuple[str, ...] | list[str] = (),
                           start_position: int = 1) -> dict:
    """Badges of the admitted attendees (of `ticket_types`, or everyone) on the event's stock, the first
    at `start_position` (as `kiosk badges --out PATH --ticket-type T --start-position N`)."""
    from kiosk.badges.batch import badges_for_preprinting as render

    report, stock = render(db, path, ticket_types=list(ticket_types), start_position=start_position)
    data = report.as_dict()
    data.update(path=str(path), stock=str(stock))
    return data


def event_days(db) -> list[str]:
    """The days an export may be limited to: the event's days, or (none set) the days with check-ins."""
    from kiosk.reports.stats import event_days as days

    return days(db)


def badge_choices(db) -> dict:
    """What the badge dialog offers: the admitted attendees' ticket types with their counts, and the
    event's stock with its labels per sheet."""
    from kiosk.badges.stocks import get_stock
    from kiosk.store import settings

    rows = db.query("SELECT ticket_type, count(*) AS n FROM attendees WHERE status = 'active' "
                    "AND trim(ticket_type) != '' GROUP BY lower(ticket_type) ORDER BY lower(ticket_type)")
    stock = get_stock(settings.get(db, "badge_stock"))
    return {"ticket_types": [(r["ticket_type"], int(r["n"])) for r in rows],
            "stock": stock.name or stock.id, "per_page": stock.per_page}


class ExportDayDialog(QDialog):
    """Which day an export holds: all the event's days (the default) or one of them."""

    def __init__(self, title: str, db_path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("exportDayDialog")
        self.day: str | None = None
        self.days = QComboBox()
        self.days.addItem(self.tr("All days"), "")
        label = QLabel(self.tr("&Day:"))
        label.setBuddy(self.days)
        form = QFormLayout()
        form.addRow(label, self.days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose the file…"))
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        explained = QLabel(self.tr("Every day of the event, or the check-ins of one day only."))
        explained.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explained)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.days.setFocus()
        self.task = run_task(event_days, db_path=db_path, owner=self, on_done=self.fill, on_error=explained.setText,
                             what=QT_TRANSLATE_NOOP("Tasks", "reading the event's days"))

    def fill(self, days: list[str]) -> None:
        from kiosk.clock import format_day

        for day in days:
            self.days.addItem(f"{format_day(day, i18n.current_language())} ({day})", day)

    def choose(self, day: str | None) -> None:
        """Select `day` (None: all days)."""
        self.days.setCurrentIndex(max(0, self.days.findData(day or "")))

    def _ok(self) -> None:
        self.day = self.days.currentData() or None
        self.accept()


class BadgeChoicesDialog(QDialog):
    """Whose badges (ticket types; none ticked: everyone) and the first label on the first sheet."""

    def __init__(self, db_path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badges for pre-printing"))
        self.setObjectName("badgeChoicesDialog")
        self.types = QListWidget()
        self.types.setMinimumHeight(120)
        self.types.setMaximumHeight(260)        # fits 1366x768 with any number of ticket types
        self.note = QLabel(self.tr("Reading the ticket types…"))
        self.note.setWordWrap(True)
        self.start = QSpinBox()
        self.start.setRange(1, 1)
        self.sheet = QLabel()
        self.sheet.setWordWrap(True)
        types_label = QLabel(self.tr("&Ticket types (none ticked: every admitted attendee):"))
        types_label.setWordWrap(True)
        types_label.setBuddy(self.types)
        start_label = QLabel(self.tr("&Start at label:"))
        start_label.setBuddy(self.start)
        form = QFormLayout()
        form.addRow(start_label, self.start)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Choose the file…"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(types_label)
        layout.addWidget(self.types)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.sheet)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.task = run_task(badge_choices, db_path=db_path, owner=self, on_done=self.fill,
                             on_error=self.note.setText, what=QT_TRANSLATE_NOOP("Tasks", "reading the ticket types"))

    def fill(self, choices: dict) -> None:
        for name, n in choices["ticket_types"]:
            item = QListWidgetItem(self.tr("%1 (%2)").replace("%1", name).replace("%2", i18n.count(n)))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.types.addItem(item)
        if self.types.count():
            self.types.setCurrentRow(0)
        self.note.setText(self.tr("Space ticks or unticks the chosen type.") if self.types.count()
                          else self.tr("Nobody has a ticket type: every admitted attendee gets a badge."))
        per_page = int(choices["per_page"])
        self.start.setRange(1, per_page)
        self.start.setEnabled(per_page > 1)
        if per_page > 1:
            self.sheet.setText(self.tr("%1 labels per sheet (%2). To finish a part-used sheet, start at its first "
                                       "free label, counted left to right, top to bottom.")
                               .replace("%1", i18n.count(per_page)).replace("%2", choices["stock"]))
        else:
            self.sheet.setText(self.tr("One badge per page (%1): each badge is printed on its own.")
                               .replace("%1", choices["stock"]))
        self.ok.setEnabled(True)
        self.types.setFocus()

    def ticket_types(self) -> list[str]:
        items = (self.types.item(i) for i in range(self.types.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def tick(self, *names: str) -> None:
        """Tick these ticket types (as a person does with Space)."""
        for i in range(self.types.count()):
            item = self.types.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in names:
                item.setCheckState(Qt.CheckState.Checked)

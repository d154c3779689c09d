"""The search results as a table model: a capped list handed over by the search worker.

The model never queries the database: `set_rows` swaps in the worker's rows (at most a few hundred)
and the view is shown them 100 at a time through `canFetchMore` / `fetchMore`, so a broad query at
50,000 attendees costs the GUI thread one reset of a short list.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kiosk.ui.i18n import name_of as display_name
from kiosk.clock import format_instant
from kiosk.ui import i18n
from kiosk.ui.plain_text import tooltip

PAGE = 100
ATTENDEE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ATTENDEE_ROLE = Qt.ItemDataRole.UserRole + 2


class RosterModel(QAbstractTableModel):
    NAME, ORGANIZATION, TICKET, CODE, TODAY = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self._shown = 0
        self.total = 0
        self.timezone = "UTC"

    # -- content -----------------------------------------------------------------------------------
    def set_rows(self, rows: list[dict], total: int | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._shown = min(PAGE, len(rows))
        self.total = len(rows) if total is None else total
        self.endResetModel()

    def attendee(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < self._shown else None

    def row_of(self, attendee_id: int) -> int:
        for i in range(self._shown):
            if self._rows[i]["id"] == attendee_id:
                return i
        return -1

    @property
    def capped(self) -> bool:
        return self.total > len(self._rows)

    # -- Qt model interface ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Organization"), self.tr("Ticket type"), self.tr("Code"),
                    self.tr("Today"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self._shown):
            return None
        a = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return display_name(a)
            if col == self.ORGANIZATION:
                return a.get("organization", "")
            if col == self.TICKET:
                return a.get("ticket_type", "")
            if col == self.CODE:
                return a.get("code", "")
            if col == self.TODAY:
                if a.get("status", "active") != "active":
                    return self.tr("✖ not admitted")
                if a.get("checked_in_at"):
                    return self.tr("✔ in at %1").replace("%1", format_instant(a["checked_in_at"], self.timezone, "time",
                                                                              i18n.current_language()))
                if a.get("details_missing"):
                    return self.tr("details missing")
                return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [display_name(a), a.get("email", ""), a.get("notes", "")]
            if a.get("status", "active") != "active":
                parts.append(self.tr("not admitted (%1)").replace("%1", a["status"]))
            return tooltip("\n".join(p for p in parts if p))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.TODAY:
            if a.get("status", "active") != "active":
                return QColor("#880e4f")
            if a.get("checked_in_at"):
                return QColor("#1b5e20")
            return QColor("#bf360c")
        if role == Qt.ItemDataRole.FontRole and col == self.NAME:
            f = QFont()
            f.setBold(True)
            return f
        if role == ATTENDEE_ID_ROLE:
            return a["id"]
        if role == ATTENDEE_ROLE:
            return a
        return None

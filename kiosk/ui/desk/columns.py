"""The desk list's columns: each as wide as what it holds, and who gives way when room is short.

`ColumnFitter(table)` sizes the columns whenever the rows or the width change (see its docstring);
`MiddleElided` shortens a cell in its middle (the code column).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QTableView

from kiosk.ui.desk.roster_model import RosterModel


class MiddleElided(QStyledItemDelegate):
    """A cell shortened in its middle: a 32-character ticket secret keeps its first and last letters,
    what a volunteer compares with the code on a phone; "Formation 3 jours – Tarif OBNL" and
    "Formateur·rice – Tarif OBNL" stay told apart ("Formation 3…Tarif OBNL", "Formateur·…Tarif OBNL")."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ColumnFitter(QObject):
    """Sizes the list's columns to their content whenever the rows or the width change: the code,
    today's state, the ticket type and the organisation as wide as their longest value (within
    bounds), the name the rest. When room is short the code gives way first (shortened in its
    middle: a 32-character pretix secret would take a third of the list), then the organisation,
    then the ticket type (shortened in its middle too); today's state, a verdict, never does."""

    PAD = 22
    #: (column, widest allowed, narrowest allowed)
    BOUNDS = ((RosterModel.ORGANIZATION, 280, 100), (RosterModel.TICKET, 300, 120), (RosterModel.TODAY, 220, 90),
              (RosterModel.CODE, 360, 120))
    NAME_MIN = 190
    #: Who gives way when room is short, in turn.
    GIVE_WAY = ((RosterModel.CODE,), (RosterModel.ORGANIZATION,), (RosterModel.TICKET,))

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        model = table.model()
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        table.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def widest(self, column: int) -> int:
        model = self.table.model()
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = header.fontMetrics().horizontalAdvance(title) + 12
        for row in range(min(model.rowCount(), 200)):
            text = model.data(model.index(row, column))
            if text:
                width = max(width, metrics.horizontalAdvance(str(text)))
        return width + self.PAD

    def fit(self) -> None:
        room = self.table.viewport().width()
        if room <= 0:
            return
        widths = {column: max(low, min(high, self.widest(column))) for column, high, low in self.BOUNDS}
        lows = {column: low for column, _high, low in self.BOUNDS}
        excess = sum(widths.values()) + self.NAME_MIN - room
        for group in self.GIVE_WAY:
            while excess > 0:                   # the widest of the group gives way first, a little at a time
                column = max(group, key=lambda c: widths[c] - lows[c])
                give = min(excess, widths[column] - lows[column], 8)
                if give <= 0:
                    break
                widths[column] -= give
                excess -= give
        header = self.table.horizontalHeader()
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

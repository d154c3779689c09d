"""The import wizard's preview: what an import would change, as a table a person can filter.

`PreviewModel` shows an `ImportReport` (kiosk/roster/resync.py) without copying it: each kind of
change (new, updated, no longer admitted, not in the file, conflicts with desk edits, rejected lines,
merged duplicates, same person under a new registration id) is a segment of the report's own lists,
and a row is read from its segment only when the view paints it. Rows reach the view a thousand at
a time (`canFetchMore`/`fetchMore`, as Qt's fetchmore example), so a file of 100,000 people opens at
once and scrolls without freezing. Filtering by kind is instant; filtering by text runs on a task.
An updated row highlights the fields that change ("e-mail: old → new") with `ChangesDelegate`.
"""

from __future__ import annotations

import bisect
from html import escape
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.ui.i18n import said
from kiosk.wording import render

#: The kinds of rows, in the order they are listed (what needs a look first).
KINDS = ("rejected", "conflict", "cancelled", "updated", "new", "new_out", "rekeyed", "missing", "merged")
TINTS = {"rejected": "#fdecea", "conflict": "#fff3e0", "cancelled": "#fce4ec", "updated": "#fffde7",
         "new": "#e8f5e9", "new_out": "#f3e5f5", "rekeyed": "#e3f2fd", "missing": "#eceff1", "merged": "#f5f5f5"}
BATCH = 1000
CHANGES_ROLE = Qt.ItemDataRole.UserRole + 1


def segments_of(report) -> dict[str, Sequence]:
    """The report's lists by kind (new people split into admitted and not)."""
    new = report.new
    admitted_flags = [(_admitted(row)) for row in new] if len(new) else []
    return {"rejected": report.rejected, "conflict": report.conflicts, "cancelled": report.cancelled,
            "updated": report.updated, "new": _Filtered(new, [i for i, ok in enumerate(admitted_flags) if ok]),
            "new_out": _Filtered(new, [i for i, ok in enumerate(admitted_flags) if not ok]),
            "rekeyed": report.rekeyed, "missing": report.missing, "merged": report.merged}


def _admitted(row: dict) -> bool:
    return bool(row.get("admitted", row.get("status", "active") == "active"))


class _Filtered(Sequence):
    """Some items of a sequence, by index, without copying them."""

    def __init__(self, items: Sequence, indexes: list[int]):
        self.items, self.indexes = items, indexes

    def __len__(self) -> int:
        return len(self.indexes)

    def __getitem__(self, i):
        return self.items[self.indexes[i]]


def row_text(kind: str, item: Any, lang: str = "en") -> str:
    """The words a text filter searches in (name, code, line, reason), the core's reasons in `lang`."""
    if isinstance(item, dict):
        return " ".join(render(v, lang) for v in item.values()).casefold()
    return " ".join(render(getattr(item, a, ""), lang) for a in ("code", "name", "line", "reason", "field",
                                                                  "desk_value", "export_value")).casefold()


def filter_rows(segments: dict[str, Sequence], kinds: tuple[str, ...], text: str,
                lang: str = "en") -> dict[str, Sequence]:
    """Only the rows of `kinds` whose words (in `lang`) contain every word of `text` (runs on a task)."""
    words = text.casefold().split()
    out: dict[str, Sequence] = {}
    for kind in kinds:
        seq = segments[kind]
        if not words:
            out[kind] = seq
            continue
        out[kind] = _Filtered(seq, [i for i in range(len(seq))
                                    if all(w in row_text(kind, seq[i], lang) for w in words)])
    return out


class PreviewModel(QAbstractTableModel):
    WHAT, LINE, CODE, NAME, DETAILS = range(5)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.words: dict[str, Any] = {}          # translated words, set by the page
        self.segments: dict[str, Sequence] = {}
        self.shown: list[tuple[str, Sequence]] = []
        self._starts: list[int] = []
        self.total = 0
        self.loaded = 0

    def set_rows(self, shown: dict[str, Sequence]) -> None:
        self.beginResetModel()
        self.shown = [(k, shown[k]) for k in KINDS if k in shown and len(shown[k])]
        self._starts = []
        total = 0
        for _kind, seq in self.shown:
            self._starts.append(total)
            total += len(seq)
        self.total = total
        self.loaded = min(total, BATCH)
        self.endResetModel()

    # -- lazy loading ------------------------------------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.loaded < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self.loaded >= self.total:
            return
        more = min(BATCH, self.total - self.loaded)
        self.beginInsertRows(QModelIndex(), self.loaded, self.loaded + more - 1)
        self.loaded += more
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.loaded

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def item(self, row: int) -> tuple[str, Any]:
        at = bisect.bisect_right(self._starts, row) - 1
        kind, seq = self.shown[at]
        return kind, seq[row - self._starts[at]]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.words.get("headers", ("", "", "", "", ""))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.loaded:
            return None
        kind, item = self.item(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(TINTS[kind])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1f2a37")
        if role == CHANGES_ROLE and column == self.DETAILS and kind in ("updated", "conflict"):
            return self._changes(kind, item)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.WHAT:
            return self.words.get("kinds", {}).get(kind, kind)
        if column == self.LINE:
            line = item.get("line") if isinstance(item, dict) else getattr(item, "line", None)
            return str(line) if line else ""
        if column == self.CODE:
            code = (item.get("code") if isinstance(item, dict) else getattr(item, "code", "")) or ""
            return code or (self.words.get("issued", "") if kind in ("new", "new_out") else "")
        if column == self.NAME:      # a guest not named yet is "Guest of <buyer>" in the window's language
            return said(item.get("name") if isinstance(item, dict) else getattr(item, "name", ""))
        return self._details(kind, item)

    def _details(self, kind: str, item: Any) -> str:
        w = self.words
        if kind in ("new", "new_out"):
            why = item.get("why")
            if why is not None and said(why):
                return said(why)          # the core's reason: "not admitted: 'storniert' means cancelled (...)"
            if kind == "new":
                return w["admitted"]
            return w["not_admitted"].replace("%1", w["status"](str(item.get("status") or "")))
        if kind == "updated":
            return "; ".join(f"{w['field'](f)}: {self._value(f, o)} → {self._value(f, n)}" for f, (o, n) in item.fields.items())
        if kind == "conflict":
            return w["conflict"].replace("%1", w["field"](item.field)).replace("%2", item.desk_value) \
                .replace("%3", item.export_value)
        if kind == "cancelled":
            return w["cancelled"].replace("%1", w["status"](str(item.get("status") or "")))
        if kind == "missing":
            return w["missing"]
        if kind == "rekeyed":
            return w["rekeyed"]
        column = getattr(item, "column", "")
        return said(item.reason) + (f" ({w['column'].replace('%1', column)})" if column else "")

    def _value(self, field: str, value: str) -> str:
        if not value:
            return "—"
        return self.words["status"](value) if field == "status" else value

    def _changes(self, kind: str, item: Any) -> str:
        """The details as rich text: the field in bold, the old value struck out, the new one highlighted."""
        w = self.words
        if kind == "conflict":
            return (f"<b>{escape(w['field'](item.field))}</b>: {escape(w['desk'])} "
                    f"<span style='background:#c8e6c9'>{escape(item.desk_value)}</span>; {escape(w['file'])} "
                    f"<s>{escape(item.export_value)}</s>")
        return "; ".join(f"<b>{escape(w['field'](f))}</b>: <s>{escape(self._value(f, o))}</s> → "
                         f"<span style='background:#ffe082'>{escape(self._value(f, n))}</span>"
                         for f, (o, n) in item.fields.items())


class ChangesDelegate(QStyledItemDelegate):
    """Paints an updated row's changes as rich text (see `PreviewModel._changes`); other cells as usual."""

    def _document(self, option: QStyleOptionViewItem, html: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(html)
        return doc

    def paint(self, painter, option, index) -> None:
        html = index.data(CHANGES_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, html)
        painter.save()
        rect = option.rect.adjusted(3, 0, -3, 0)
        painter.translate(rect.left(), rect.top() + max(0, (rect.height() - doc.size().height()) / 2))
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor("#1f2a37"))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        html = index.data(CHANGES_ROLE)
        if not html:
            return super().sizeHint(option, index)
        doc = self._document(option, html)
        return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()))

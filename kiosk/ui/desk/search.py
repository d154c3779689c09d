"""The desk's search as you type: the worker, and the controller between the box, the list and it.

`SearchWorker` is a `LatestWorker` (kiosk/ui/threads.py) owning a `DeskSearch` index over its own
read connection (kiosk/roster/search.py `desk_search`: every typed word matches, best first, at most
`LIMIT` rows, each marked when checked in today). At 50,000 attendees a broad query costs tens to
hundreds of milliseconds of Python: here it only delays the list, never a scan or a keystroke. Only
the newest query is answered; a query that fails (a bug) says so under the list and the next
keystroke searches again.

`SearchController` searches a key at once (and a burst of keys once), asks the worker, puts the answer in the model, keeps the
chosen row chosen (or chooses the best match when something is typed), writes the line under the
list, and knows whether the list shows the answer to what is typed now (`is_current`), so Enter
never acts on the rows of an older query: `when_current(callback)` runs the callback once it does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from kiosk.ui import i18n
from kiosk.ui.desk.roster_model import ATTENDEE_ROLE, RosterModel
from kiosk.ui.threads import LatestWorker

LIMIT = 200
DEBOUNCE_MS = 40
REFRESH_AFTER_WRITE_MS = 400       # the list's "Today" column catches up once a burst of scans is over
_SHORTCUT_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_ARROWS = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)


class SearchWorker(LatestWorker):
    def __init__(self, db_path: str | Path, parent: QObject | None = None):
        super().__init__("search-worker", db_path=db_path, what=QT_TRANSLATE_NOOP("Tasks", "searching the roster"),
                         parent=parent)
        self.index: Any = None

    def search(self, text: str) -> int:
        """Ask for a search (any thread); returns its serial number. Replaces a waiting one."""
        return self.request(text)

    def setup(self) -> None:
        from kiosk.roster.search import DeskSearch

        super().setup()
        self.index = DeskSearch(self.db)

    def handle(self, text: str) -> tuple[str, list[dict], int, bool]:
        """(text, rows, matches, close): `close` when nobody matched as typed and the rows are the
        people spelt close to it (kiosk/roster/close_search.py)."""
        from kiosk.roster.search import desk_close_search, desk_search

        rows, total = desk_search(self.db, self.index, text, LIMIT)
        if total == 0 and text.strip():
            close = desk_close_search(self.db, self.index, text, LIMIT)
            if close:
                return text, close, len(close), True
        return text, rows, total, False


class SearchController(QObject):
    """Between the search box, the result list and the search worker; see the module docstring."""

    answered = Signal()            # the list shows the answer to the current text

    def __init__(self, db_path: str | Path, box: QLineEdit, table: QTableView, model: RosterModel, matches: QLabel,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.box, self.table, self.model, self.matches = box, table, model, matches
        self.worker = SearchWorker(db_path, parent=self)
        self.worker.answered.connect(self._on_answer)
        self.worker.failed.connect(self._on_failed)
        self._asked = 0
        self._answered = -1
        self._waiting: list[Callable[[], None]] = []
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self._interval_over)
        self._asked_text: str | None = None
        self.after_write = QTimer(self, singleShot=True, interval=REFRESH_AFTER_WRITE_MS)
        self.after_write.timeout.connect(self.refresh)
        box.textChanged.connect(self._typed)
        box.installEventFilter(self)

    def start(self) -> None:
        self.worker.start()
        self.search_now()

    def stop(self) -> None:
        self.debounce.stop()
        self.after_write.stop()
        self._waiting.clear()
        self.worker.stop()

    # -- asking ----------------------------------------------------------------------------------
    def search_now(self) -> None:
        self.debounce.stop()
        self._asked_text = self.box.text()
        self._asked = self.worker.search(self._asked_text)

    def _typed(self, _text: str) -> None:
        """A key is searched at once (issue 15: keystroke to table within 50 ms at 500,000 people);
        the keys that follow it within DEBOUNCE_MS (a scanner's burst, a fast typist) are gathered
        and searched together when that interval ends: at most one search per interval."""
        if self.debounce.isActive():
            return
        self.search_now()
        self.debounce.start()

    def _interval_over(self) -> None:
        if self.box.text() != self._asked_text:
            self.search_now()

    def refresh(self) -> None:
        """Search the same text again (the roster or today's check-ins changed); while keys are being
        gathered, their search at the interval's end does it."""
        if self.debounce.isActive():
            self._asked_text = None
        else:
            self.search_now()

    def refresh_soon(self) -> None:
        """After a write: once the burst of scans is over."""
        self.after_write.start()

    def is_current(self) -> bool:
        return self.box.text() == self._asked_text and self._answered == self._asked

    def when_current(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the list shows the answer to what is typed now (at once if it does)."""
        if self.is_current():
            callback()
            return
        self._waiting.append(callback)
        if self.box.text() != self._asked_text:
            self.search_now()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The box's keys: the arrows choose in the list (the focus stays in the box), Escape empties
        the box, and the box's own editing keys give way to the window's shortcuts (on Linux a line
        edit takes Ctrl+E, end of line, Ctrl+D, delete, and Ctrl+Z for itself: Export attendance,
        the dashboard and "undo last check-in" would do nothing from the box that always has the focus)."""
        if obj is self.box and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride:
                return self._is_window_shortcut(event)
            elif event.type() == QEvent.Type.KeyPress:
                if event.key() in _ARROWS:
                    self.move_selection(Qt.Key(event.key()))
                    return True
                if event.key() == Qt.Key.Key_Escape and self.box.text():
                    self.box.clear()
                    return True
        return super().eventFilter(obj, event)

    def _is_window_shortcut(self, event: QKeyEvent) -> bool:
        """Whether an enabled action of the box's window answers these keys (plain typing never does)."""
        if not event.modifiers() & _SHORTCUT_MODIFIERS and not Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F35:
            return False
        typed = QKeySequence(event.keyCombination())
        for act in self.box.window().findChildren(QAction):
            if act.isEnabled() and act.shortcutContext() != Qt.ShortcutContext.WidgetShortcut and any(
                    typed.matches(seq) == QKeySequence.SequenceMatch.ExactMatch for seq in act.shortcuts()):
                return True
        return False

    # -- the list --------------------------------------------------------------------------------
    def selected(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.data(index, ATTENDEE_ROLE) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def choose(self, attendee_id: int) -> None:
        row = self.model.row_of(attendee_id)
        if row >= 0:
            self.select_row(row)

    def clear_choice(self, *, search_too: bool = True) -> None:
        """After a verdict: nobody is chosen any more, and the box is empty for the next person."""
        self.table.setCurrentIndex(QModelIndex())
        self.table.clearSelection()
        if search_too and self.box.text():
            self.box.clear()

    def move_selection(self, key: Qt.Key) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.table.currentIndex().row()
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[key]
        row = max(0, min(rows - 1, (current if current >= 0 else -1) + step))
        if row >= rows - 1 and self.model.canFetchMore():
            self.model.fetchMore()
        self.select_row(row)

    # -- answers ---------------------------------------------------------------------------------
    @Slot(int, object)
    def _on_answer(self, serial: int, answer: tuple[str, list[dict], int, bool]) -> None:
        if serial != self._asked:
            return      # an older query's answer: a newer one is on its way
        text, rows, total, close = answer
        self._answered = serial
        keep = self.selected()
        self.model.set_rows(rows, total)
        if close:       # a guess is never chosen for Enter: the volunteer picks it with the arrows
            self.table.setCurrentIndex(QModelIndex())
        elif text.strip() and self.model.rowCount():
            row = self.model.row_of(keep["id"]) if keep else -1
            self.select_row(max(row, 0))  # the best match is chosen: Enter checks it in
        elif keep and self.model.row_of(keep["id"]) >= 0:
            self.select_row(self.model.row_of(keep["id"]))  # a person chosen with the arrows stays chosen
        else:
            self.table.setCurrentIndex(QModelIndex())  # nothing typed, nothing chosen: Enter does nothing
        self.matches.setText(self._close_text(rows) if close else self._matches_text(text, rows, total))
        self.answered.emit()
        self._run_waiting()

    @Slot(int, str)
    def _on_failed(self, serial: int, message: str) -> None:
        if serial != self._asked:
            return
        self._answered = serial
        self.model.set_rows([], 0)          # never leave an older query's rows for Enter to act on
        self.table.setCurrentIndex(QModelIndex())
        self.matches.setText(message)
        self._run_waiting()

    def _run_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()

    def _close_text(self, rows: list[dict]) -> str:
        from kiosk.roster.attendees import display_name

        if len(rows) == 1:
            return self.tr("No exact match; did you mean %1? Press Down to choose, then Enter.").replace(
                "%1", display_name(rows[0]))
        return self.tr("No exact match; did you mean %1 or %n other(s)? Press Down to choose, then Enter.", "",
                       len(rows) - 1).replace("%1", display_name(rows[0]))

    def _matches_text(self, text: str, rows: list[dict], total: int) -> str:
        if not text.strip():
            return self.tr("Type a name, email, organization or code to search.")
        if total == 0:
            return self.tr("No match. Check the spelling, or add a walk-in (Ctrl+N).")
        if self.model.capped:
            return self.tr("More than %1 matches; the best %1 are listed. Type more to narrow.").replace(
                "%1", i18n.count(len(rows)))
        return self.tr("%1 matches.").replace("%1", i18n.count(total))

"""Scanner bursts go to check-in from anywhere in a window and its dialogs; a person's typing gets through.

`WedgeFilter` is installed on the QApplication, so it sees every key press before the focused
widget does, in the window it serves and in every dialog or form that window opened (the walk-in
form, the correction, the undo reason, the print queue; the kiosk's forgot-ticket form and PIN
page). Keys never wait: each character reaches the focused widget at once, so typing feels normal.
The decision, scanner or person, is the core's (kiosk/scan/keyrun.py), made with more than speed:

- every key press is fed to a `KeyRunRecorder` with the time X (or the OS) stamped on it
  (`event.timestamp()`), never the time a busy GUI thread got to it;
- before each character arrives, the focused field is snapshotted (one snapshot per index of the
  run): a text box's text and cursor, a list's current row;
- at Enter or Tab, `first_look` decides what needs no roster: a person (the Enter goes through at
  once) or a scan (the fields are put back as they were before the scan's first key, the Enter is
  swallowed so it presses no button, and `scanned(payload)` is emitted);
- when only the roster can tell (a fast run that is not plainly a code), the Enter is held, the
  run is classified off the GUI thread (`classify_run` with a `RosterLookup`, on a `KeyRunWorker`
  with its own connection), and then either the scan is taken as above, or the Enter is delivered
  to the field as the person pressed it (the search runs, the form moves on). When unsure, it is
  a person's: the search is the safe side.

`pause()` / `resume()` stop and restart listening (the desk stops while the kiosk is up);
`stop()` also ends the worker. `decided(RunDecision)` reports every finished run (tests, the log).

`KeyboardFocusWatcher` says whether the window has the keyboard focus - a wedge scanner types into
whatever window is active - so the UI can show a "click here to scan" hint when it does not.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit,
                               QTextEdit, QWidget)

from kiosk.scan.keyrun import KeyRun, KeyRunRecorder, RunDecision, classify_run, first_look
from kiosk.scan.wedge import BACKSPACE, ENTER, OTHER, TAB, WedgeSettings
from kiosk.ui.workers import SerialWorker

log = logging.getLogger(__name__)

_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
                  Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_ScrollLock, Qt.Key.Key_Super_L,
                  Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R}


def key_name(event: QKeyEvent) -> str | None:
    """What the recorder is fed for this key press; None for keys to ignore (Shift and friends)."""
    key = event.key()
    if key in _MODIFIER_KEYS:
        return None
    if event.isAutoRepeat():
        return OTHER  # a key held down: a person
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return ENTER
    if key == Qt.Key.Key_Tab:
        return TAB
    if key == Qt.Key.Key_Backspace:
        return BACKSPACE
    mods = event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    if ctrl and not alt:  # a shortcut (Ctrl+F); Ctrl+Alt is AltGr on Windows and types characters
        return OTHER
    if alt and not ctrl:  # a mnemonic (Alt+W)
        return OTHER
    text = event.text()
    if len(text) == 1 and text.isprintable():
        return text
    return OTHER


def text_field(widget: QWidget | None) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    """The text box a key typed into `widget` lands in (an editable combo box's or a spin box's own line)."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return widget
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


def field_text(widget: QWidget | None) -> str | None:
    box = text_field(widget)
    if isinstance(box, QLineEdit):
        return box.text()
    if isinstance(box, (QPlainTextEdit, QTextEdit)):
        return box.toPlainText()
    return None


class _Snapshot:
    """The focused widget before a key reached it: a text box's text and cursor, a list's current row."""

    def __init__(self, widget: QWidget):
        self.widget = widget
        self.box = text_field(widget)
        self.text: str | None = None
        self.cursor = 0
        self.row: QPersistentModelIndex | None = None
        if isinstance(self.box, QLineEdit):
            self.text, self.cursor = self.box.text(), self.box.cursorPosition()
        elif isinstance(self.box, (QPlainTextEdit, QTextEdit)):
            self.text, self.cursor = self.box.toPlainText(), self.box.textCursor().position()
        elif isinstance(widget, QAbstractItemView):
            self.row = QPersistentModelIndex(widget.currentIndex())   # typing in a list jumps to a row

    def restore(self, text_at_end: str | None) -> None:
        """Put the widget back as it was. `text_at_end` is its text when the run ended: keys typed
        since (while the roster was asked) are kept after the restored text."""
        if not shiboken6.isValid(self.widget):
            return
        box, before = self.box, self.text
        if before is not None and box is not None and shiboken6.isValid(box):
            now = field_text(self.widget) or ""
            if text_at_end is not None and now != text_at_end:
                if not now.startswith(text_at_end):
                    log.warning("a text box changed while a scan was decided; it is left as it is")
                    return
                before += now[len(text_at_end):]
            if isinstance(box, QLineEdit):
                if box.text() != before:
                    box.setText(before)
                box.setCursorPosition(min(self.cursor, len(before)))
            elif isinstance(box, (QPlainTextEdit, QTextEdit)):
                if box.toPlainText() != before:
                    box.setPlainText(before)
                cursor = box.textCursor()
                cursor.setPosition(min(self.cursor, len(before)))
                box.setTextCursor(cursor)
        elif self.row is not None and isinstance(self.widget, QAbstractItemView) and self.row.isValid():
            model = self.widget.model()
            if model is not None:
                self.widget.setCurrentIndex(model.index(self.row.row(), self.row.column()))


@dataclass
class _Held:
    """A run whose Enter (or Tab) waits for the roster's answer."""

    run: KeyRun
    snapshots: list[_Snapshot]
    widget: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    timestamp: int
    texts_at_end: dict[int, str | None] = field(default_factory=dict)


def classify_with_roster(db, run: KeyRun, settings: WedgeSettings) -> RunDecision:
    """The decision for a run, asking the roster (on the key-run worker's connection)."""
    from kiosk.scan.keyrun import RosterLookup

    return classify_run(run, settings, RosterLookup(db))


class KeyRunWorker(SerialWorker):
    """Asks the roster about key runs, in order, with its own connection (a few milliseconds each)."""

    WHAT = {"open": QT_TRANSLATE_NOOP("Tasks", "opening the event database"),
            "classify": QT_TRANSLATE_NOOP("Tasks", "telling a scan from typing")}

    def __init__(self, db_path: str | Path, parent: QObject | None = None):
        super().__init__("keyrun-worker", db_path=db_path, parent=parent)


class WedgeFilter(QObject):
    """Application-wide key filter: `scanned(str)` for scanner bursts typed into `window` or its
    dialogs (any window when `window` is None); see the module docstring."""

    scanned = Signal(str)
    decided = Signal(object)         # the RunDecision of every finished run

    def __init__(self, window: QWidget | None = None, settings: WedgeSettings | None = None, *,
                 db_path: str | Path | None = None, clock: Callable[[], float] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.settings = settings or WedgeSettings()
        self.recorder = KeyRunRecorder(self.settings)
        self.db_path = Path(db_path) if db_path is not None else None
        self._clock = clock
        self._snapshots: list[_Snapshot] = []
        self._installed_on: QObject | None = None
        self._worker: KeyRunWorker | None = None
        self._held = 0                     # runs waiting for the roster
        self._delivering = False
        self._stopped = False

    # -- installing -------------------------------------------------------------------------
    def install(self) -> WedgeFilter:
        if self._installed_on is None and not self._stopped:
            app = QApplication.instance()
            assert app is not None, "a QApplication runs the wedge filter"
            app.installEventFilter(self)
            self._installed_on = app
        return self

    def uninstall(self) -> None:
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None
        self._forget_run()

    pause = uninstall

    def resume(self) -> None:
        self.install()

    @property
    def listening(self) -> bool:
        return self._installed_on is not None

    def stop(self) -> None:
        """Stop listening and end the worker (the window is closing)."""
        self.uninstall()
        self._stopped = True
        if self._worker is not None:
            self._worker.stop()
            self._worker = None

    def set_settings(self, settings: WedgeSettings) -> None:
        self.settings = settings
        self.recorder = KeyRunRecorder(settings)
        self._snapshots = []

    def busy(self) -> bool:
        """A run is waiting for the roster's answer (tests wait for this to end)."""
        return self._held > 0

    # -- whose keys -------------------------------------------------------------------------
    def owns(self, widget: QWidget) -> bool:
        """Keys typed into the window or into a dialog it opened (at any depth) are ours."""
        if self.window is None:
            return True
        if not shiboken6.isValid(self.window) or not self.window.isVisible():
            return False
        return belongs_to(widget, self.window)

    # -- filtering --------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or self._delivering:
            return False
        if not isinstance(obj, QWidget) or not isinstance(event, QKeyEvent):
            return False
        if not self._is_first_delivery(obj) or not self.owns(obj):
            return False
        key = key_name(event)
        if key is None:
            return False
        t = self._now(event)
        if len(key) == 1:
            snapshot = _Snapshot(obj)
            self.recorder.feed(key, t)
            self._snapshots.append(snapshot)
            del self._snapshots[:max(len(self._snapshots) - self.recorder.length, 0)]
            return False
        run = self.recorder.feed(key, t)
        snapshots, self._snapshots = self._snapshots, []
        if run is None:
            return False                      # an edit key, or a terminator with nothing typed before it
        decision = first_look(run, self.settings)
        if decision is None and self.db_path is None:
            decision = classify_run(run, self.settings, None)
        if decision is not None:
            self.decided.emit(decision)
            if not decision.is_scan:
                return False                  # a person's Enter: straight through
            self._take_scan(decision, snapshots, None)
            return True                       # the terminator must not press a button or move the focus
        self._hold(_Held(run, snapshots, obj, event.key(), event.modifiers(), event.text(), event.timestamp(),
                         {id(s.widget): field_text(s.widget) for s in snapshots}))
        return True

    def _hold(self, held: _Held) -> None:
        if self._worker is None:
            assert self.db_path is not None
            self._worker = KeyRunWorker(self.db_path, parent=self)
            self._worker.start()
        self._held += 1
        self._worker.submit("classify", classify_with_roster, held.run, self.settings,
                            on_done=lambda decision: self._answered(held, decision),
                            on_error=lambda message: self._lookup_failed(held, message))

    def _lookup_failed(self, held: _Held, message: str) -> None:
        log.warning("the roster could not be asked about a key run (%s); deciding without it", message)
        self._answered(held, classify_run(held.run, self.settings, None))

    def _answered(self, held: _Held, decision: RunDecision) -> None:
        self._held -= 1
        if self._stopped:
            return
        self.decided.emit(decision)
        if decision.is_scan:
            self._take_scan(decision, held.snapshots, held.texts_at_end)
        else:
            self._deliver(held)

    def _take_scan(self, decision: RunDecision, snapshots: list[_Snapshot],
                   texts_at_end: dict[int, str | None] | None) -> None:
        """Every widget the scan's keys reached is put back as it was before the scan's first key."""
        restored: set[int] = set()
        for snapshot in snapshots[decision.start:]:
            if id(snapshot.widget) in restored:
                continue
            restored.add(id(snapshot.widget))
            snapshot.restore(texts_at_end.get(id(snapshot.widget)) if texts_at_end is not None else None)
        self.scanned.emit(decision.payload)

    def _deliver(self, held: _Held) -> None:
        """A person's Enter (or Tab), held while the roster was asked: delivered as they pressed it."""
        widget = held.widget
        if not shiboken6.isValid(widget) or not widget.isVisible() or QApplication.focusWidget() is not widget:
            log.info("a held Enter was dropped: its field is gone or lost the focus")
            return
        self._delivering = True
        try:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, held.key, held.modifiers, held.text)
                event.setTimestamp(held.timestamp)
                QApplication.sendEvent(widget, event)
        finally:
            self._delivering = False

    def _forget_run(self) -> None:
        self.recorder.reset()
        self._snapshots = []

    @staticmethod
    def _is_first_delivery(obj: QWidget) -> bool:
        """A key event is offered to the focus widget, then to its parents: count it once."""
        focus = QApplication.focusWidget()
        if focus is not None:
            return obj is focus
        return obj.isWindow()

    def _now(self, event: QKeyEvent) -> float:
        if self._clock is not None:
            return self._clock()
        stamp = event.timestamp()  # when the key was pressed, not when a busy GUI thread got to it
        return stamp / 1000.0 if stamp else time.monotonic()


def belongs_to(widget: QWidget, window: QWidget) -> bool:
    """Whether `widget` is in `window` or in a dialog `window` opened (at any depth)."""
    top: QWidget | None = widget.window()
    while top is not None:
        if top is window:
            return True
        parent = top.parentWidget()
        top = parent.window() if parent is not None else None
    return False


def window_has_keyboard_focus(window: QWidget) -> bool:
    """True when key presses (and so a wedge scanner's typing) go to `window` or one of its dialogs."""
    if window.isActiveWindow():
        return True
    active = QApplication.activeWindow()
    return active is not None and belongs_to(active, window)


class KeyboardFocusWatcher(QObject):
    """Emits `focus_changed(bool)` when `window` gains or loses the keyboard focus."""

    focus_changed = Signal(bool)

    def __init__(self, window: QWidget, parent: QObject | None = None):
        super().__init__(parent or window)
        self._window = window
        self._has_focus = window_has_keyboard_focus(window)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication), "a QGuiApplication runs the focus watcher"
        app.focusWindowChanged.connect(self._check)
        app.applicationStateChanged.connect(self._check)

    @property
    def has_focus(self) -> bool:
        return self._has_focus

    def _check(self, *_args) -> None:
        now = window_has_keyboard_focus(self._window)
        if now != self._has_focus:
            self._has_focus = now
            self.focus_changed.emit(now)

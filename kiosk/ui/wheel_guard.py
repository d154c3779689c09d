"""The mouse wheel scrolls pages; it never changes a choice or a number the pointer happens to pass over.

Qt lets the wheel change any combo box or spin box under the pointer, focused or not, and gives it the
focus on the way (its `WheelFocus` policy). On a settings page that saves each change at once, scrolling
down the page switched "How this station prints" to another printer, and saved it. `guard_wheel()`
installs one application-wide filter (idempotent): a combo box, spin box or date/time box takes the
focus only from a click or Tab, and a wheel turned over one that has not got the focus scrolls the page
behind it (the nearest scroll area) instead. A box the organizer clicked into still answers the wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)
_NAME = "wheelGuard"


def _box_of(obj: QObject) -> QWidget | None:
    """The combo or spin box `obj` is, or is inside (a spin box's line edit, an editable combo's)."""
    widget = obj if isinstance(obj, QWidget) else None
    for _ in range(2):
        if widget is None:
            return None
        if isinstance(widget, _GUARDED):
            return widget
        widget = widget.parentWidget()
    return None


class WheelGuard(QObject):
    """See the module docstring."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, _GUARDED):
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel:
            box = _box_of(obj)
            if box is not None and not box.hasFocus():
                _scroll_behind(box, event)
                return True
        return False


def _scroll_behind(box: QWidget, event) -> None:
    """Hand the wheel to the nearest scrolling page behind `box`; with none, the wheel does nothing."""
    area = box.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    viewport = area.viewport()
    where = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
    passed = QWheelEvent(where, event.globalPosition(), event.pixelDelta(), event.angleDelta(), event.buttons(),
                         event.modifiers(), event.phase(), event.inverted(), event.source())
    QApplication.sendEvent(viewport, passed)


def guard_wheel() -> None:
    """Install the guard on the running application, once (boxes that already exist are covered too)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.findChild(WheelGuard, _NAME) is not None:
        return
    guard = WheelGuard(app)
    guard.setObjectName(_NAME)
    app.installEventFilter(guard)
    for widget in QApplication.allWidgets():
        if isinstance(widget, _GUARDED) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

"""The real app under a real X server, with a probe the end-to-end tests read it through.

    DISPLAY=:N python -m tests.ui.e2e.probe_app --db EVENT [app options]

Runs `kiosk.ui.app.main` unchanged (the desk, or the kiosk with --kiosk): the windows, workers and
key handling are the app's own, and keys come from xdotool through X like a keyboard's or a USB
scanner's. The probe only reads: a line "state" on stdin is answered on stdout by one line
"PROBE {json}" saying what a person sees (which window is active, the focused field, every text
field of every visible window, the desk's banner and search, the kiosk's page, where things are
on the screen), and every scan the app takes is recorded with the fields as they were at that
moment (what the tests compare with the fields before the burst). Nothing here changes the app.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QRect, QSocketNotifier, QTimer
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit,
                               QWidget)

scans: list[dict] = []
decisions: list[dict] = []
_hooked: set[int] = set()


def rect(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def fields_of(window: QWidget) -> list[str]:
    """Every text field of a window, in a fixed order, as a person reads them."""
    out = []
    for w in window.findChildren(QWidget):
        if isinstance(w, QLineEdit) and not isinstance(w.parentWidget(), QComboBox):
            out.append(f"{w.objectName() or type(w).__name__}={w.text()}")
        elif isinstance(w, QComboBox) and w.isEditable():
            out.append(f"{w.objectName() or 'combo'}={w.currentText()}")
        elif isinstance(w, QPlainTextEdit):
            out.append(f"{w.objectName() or 'text'}={w.toPlainText()}")
    return out


def all_fields() -> dict[str, list[str]]:
    return {f"{type(w).__name__}:{w.windowTitle()}": fields_of(w)
            for w in QApplication.topLevelWidgets() if w.isVisible()}


def hook_scans() -> None:
    """Record the fields at the moment each scan is taken (after the filter put them back)."""
    for w in QApplication.topLevelWidgets():
        wedge = getattr(w, "wedge", None)
        if wedge is not None and id(wedge) not in _hooked and hasattr(wedge, "scanned"):
            _hooked.add(id(wedge))
            wedge.scanned.connect(lambda code, owner=type(w).__name__: scans.append(
                {"code": code, "window": owner, "fields": all_fields()}))
            wedge.decided.connect(lambda d: decisions.append({"kind": d.kind, "payload": d.payload, "start": d.start,
                                                              "reason": d.reason, "timing": d.timing}))


def state() -> dict:
    hook_scans()
    app = QApplication.instance()
    screen = app.primaryScreen()
    active = QApplication.activeWindow()
    focus = QApplication.focusWidget()
    out: dict = {
        "screen": [screen.availableGeometry().x(), screen.availableGeometry().y(),
                   screen.availableGeometry().width(), screen.availableGeometry().height()],
        "active": type(active).__name__ if active is not None else None,
        "active_title": active.windowTitle() if active is not None else None,
        "focus": type(focus).__name__ if focus is not None else None,
        "focus_name": focus.objectName() if focus is not None else None,
        "windows": [{"class": type(w).__name__, "title": w.windowTitle(), "rect": [w.frameGeometry().x(),
                     w.frameGeometry().y(), w.frameGeometry().width(), w.frameGeometry().height()],
                     "maximized": w.isMaximized()} for w in app.topLevelWidgets() if w.isVisible()],
        "fields": all_fields(),
        "scans": scans,
        "decisions": decisions[-5:],
    }
    for w in app.topLevelWidgets():
        if type(w).__name__ == "DeskWindow":
            desk = w
            area = QRect(*out["screen"])
            out["desk"] = {
                "visible": desk.isVisible(), "banner": desk.banner.text(), "verdict": desk.banner.verdict,
                "search": desk.search.text(), "chosen": desk.ui.chosen.text(), "rows": desk.model.rowCount(),
                "selected": (desk.selected_attendee() or {}).get("code"), "counter": desk.counter.text(),
                "message": desk.status.currentMessage(),
                "listening": desk.wedge.listening,
                "on_screen": {name: area.contains(QRect(*rect(part))) and part.isVisible() for name, part in (
                    ("status", desk.status), ("counter", desk.counter), ("chosen", desk.ui.chosen),
                    ("toolbar", desk.ui.toolbar), ("banner", desk.banner), ("search", desk.search))},
            }
        if type(w).__name__ == "KioskWindow" and w.isVisible():
            kiosk = w
            shown = kiosk.result_page.shown
            buttons = {b.objectName() or b.text(): rect(b) for b in kiosk.findChildren(QAbstractButton)
                       if b.isVisible()}
            board = kiosk.forgot_page.keyboard
            out["kiosk"] = {
                "page": kiosk.current_page(), "started": kiosk.started, "language": kiosk.language,
                "screen": shown.screen if shown is not None else None,
                "headline": kiosk.result_page.headline.text(),
                "labels": [lb.text() for lb in kiosk.findChildren(QLabel) if lb.isVisible() and lb.text()],
                "forgot_button": rect(kiosk.idle_page.forgot_button),
                "keys": {k: rect(b) for k, b in board.keys.items() if b.isVisible()},
                "buttons": buttons, "taken_back": kiosk.focus_keeper.taken_back,
            }
    return out


class Probe:
    def __init__(self) -> None:
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.read)

    def read(self, *_args) -> None:
        line = sys.stdin.readline()
        if not line:
            self.notifier.setEnabled(False)
            return
        if line.strip() == "state":
            print("PROBE " + json.dumps(state()), flush=True)


def main(argv: list[str]) -> int:
    app = QApplication([sys.argv[0]])
    probe = Probe()                                    # noqa: F841 - kept alive for the event loop
    QTimer.singleShot(0, hook_scans)
    from kiosk.ui.app import main as app_main

    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

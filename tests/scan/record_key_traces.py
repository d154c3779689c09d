"""Record real keystroke traces from an X server, for tests/scan/test_keyrun_recorded.py.

Run under Xvfb (see platform.md, "Driving a real window"): it opens a window with a text box,
records every key press's X timestamp and arrival time until Return, and writes them as JSON.
xdotool types into it as a scanner (4 ms a key) or a person (40-200 ms), optionally while the
machine is kept busy so that X delivers keys late and bunched.

    DISPLAY=:77 .venv/bin/python tests/scan/record_key_traces.py OUT.json
    (then, from another shell: xdotool type --delay 4 KIOSK-DEMO-0046; xdotool key Return)
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit


class Recorder(QObject):
    def __init__(self, out: str):
        super().__init__()
        self.out = out
        self.keys: list[dict] = []

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and obj is QApplication.focusWidget():
            entry = {"text": event.text(), "x_ms": event.timestamp(), "arrived": time.monotonic()}
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                entry["text"] = "\n"
                self.keys.append(entry)
                with open(self.out, "w", encoding="utf-8") as fh:
                    json.dump(self.keys, fh)
                QApplication.quit()
                return False
            self.keys.append(entry)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    box = QLineEdit()
    box.setWindowTitle("keytrace")
    box.resize(600, 60)
    recorder = Recorder(sys.argv[1])
    app.installEventFilter(recorder)
    box.show()
    box.activateWindow()
    box.setFocus()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

"""The desk in each verdict state, on the demo event, grabbed at 1280x800.

The test checks what a person sees: the banner's colour is the verdict's, and its words are there
too (never colour alone). With KIOSK_SCREENSHOTS=docs/images the pictures are also saved as
docs/images/desk-<verdict>.png for the README:

    KIOSK_SCREENSHOTS=docs/images python -m pytest tests/ui/test_desk_screenshots.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kiosk.ui.verdicts import look, verdict_title
from tests.ui.conftest import SCANNER_GAP_MS, send_keys

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCANS = [  # (file name, codes scanned in order; the last one's verdict is shown)
    ("ok", ["KIOSK-DEMO-0001"]),
    ("attention", ["KIOSK-DEMO-0031"]),
    ("already", ["KIOSK-DEMO-0002", "KIOSK-DEMO-0002"]),
    ("unknown", ["NOT-IN-ROSTER-999"]),
    ("cancelled", ["KIOSK-DEMO-0026"]),
    ("not_today", ["KIOSK-DEMO-0028"]),
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from kiosk.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    load_demo(path)
    return path


def test_every_verdict_looks_right(open_desk, demo_db, qtbot, tmp_path):
    from kiosk.ui.app import register_script_fonts

    register_script_fonts()  # names in Korean and Hebrew are part of the demo
    out = Path(os.environ.get("KIOSK_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window = open_desk(demo_db, station="Desk 1")
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: "Desk 1" in window.status.station.text())
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    for name, codes in SCANS:
        for code in codes:
            with qtbot.waitSignal(window.worker.checked_in, timeout=5000) as blocker:
                send_keys(window.search, code, gap_ms=SCANNER_GAP_MS)
        result = blocker.args[0]
        assert result.verdict == name
        if window.admitted_stack and window.badge_preview is not None:  # the badge of who came in last
            last_in = window.admitted_stack[-1].attendee["id"]
            qtbot.waitUntil(lambda: window.badge_preview.shown_for == last_in, timeout=8000)
        qtbot.waitUntil(lambda: window.recent.count() > 0 and window.recent.item(0).data(Qt.ItemDataRole.UserRole + 1) == name)
        qtbot.wait(50)
        picture = window.grab()
        assert (picture.width(), picture.height()) == (1280, 800)
        picture.save(str(out / f"desk-{name}.png"))
        banner = window.banner.grab().toImage()
        corner = QColor(banner.pixel(banner.width() - 20, banner.height() // 2))
        assert corner.name() == look(name).background  # the colour...
        assert verdict_title(name) in window.banner.text()  # ...and the words
    window.close()

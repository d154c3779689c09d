"""Benchmark: the desk window itself as the event grows (offscreen Qt, the real widgets).

Beside baselines from the same run:
  start-up    launch -> desk window shown, and the longest stall of its event loop until the
              roster list is filled (a 5 ms timer), in a fresh process
              vs. a bare Qt window (QMainWindow with a line edit and a table) in a fresh process
              target: shown within 1 s; no stall a person notices (under 100 ms) while 500k load
  memory      resident memory of that process once the list is shown and a few searches ran
              vs. the bare Qt window's process                       target: under 400 MiB at 500k
  keystroke   a key typed in the search box -> the table holds its results, p95
              vs. a bare SQL LIKE over the same rows (LIMIT 200)
              target: under 50 ms at 500k
  camera      a frame with a QR ticket reaches the camera thread -> the verdict banner shows it, p95
              vs. raw zxing-cpp decoding the same frame                target: under 30 ms at 100k
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pytest

from tests.benchmarks.conftest import ROOT, percentile, sizes
from tests.benchmarks.population import unchecked_codes

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
os.environ["KIOSK_SOUND"] = "off"
TYPING_GAP_MS = 60

CHILD = r'''
import json, os, sys, time
launched = float(sys.argv[2])
what, db_path = sys.argv[1], sys.argv[3]
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget
app = QApplication([])
if what == "desk":
    from kiosk.ui.desk import DeskWindow
    from kiosk.ui.sounds import VerdictSounds
    window = DeskWindow(db_path, sounds=VerdictSounds(False))
    loaded = lambda: window.model.rowCount() > 0
else:
    window = QMainWindow()
    body = QWidget(); lay = QVBoxLayout(body); lay.addWidget(QLineEdit()); lay.addWidget(QTableView())
    window.setCentralWidget(body)
    loaded = lambda: True
window.resize(1366, 768)
window.show()
out = {}
gaps, clock = [], QElapsedTimer()
def shown():
    out["shown_s"] = time.time() - launched
    clock.start()
    ticker.start()
ticker = QTimer(interval=5)
ticker.timeout.connect(lambda: gaps.append(clock.restart()))
QTimer.singleShot(0, shown)
def rss_mib():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
def peak_mib():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024
state = {"typed": 0, "loaded_at": None}
def poll():
    if state["loaded_at"] is None:
        if loaded():
            state["loaded_at"] = time.time()
            out["list_s"] = state["loaded_at"] - launched
            out["max_stall_ms"] = max(gaps) if gaps else 0.0
        return
    if what == "desk" and state["typed"] < 4:
        window.search.setText(["jose", "mei lo", "", "zo"][state["typed"]])
        state["typed"] += 1
        return
    if time.time() - state["loaded_at"] > 1.5:
        out["rss_mib"] = rss_mib()
        out["peak_mib"] = peak_mib()
        out["stall_after_ms"] = max(gaps) if gaps else 0.0
        print(json.dumps(out), flush=True)
        if what == "desk":
            window.shutdown()
        app.quit()
poller = QTimer(interval=250)
poller.timeout.connect(poll)
poller.start()
QTimer.singleShot(600_000, app.quit)
app.exec()
'''


def launch(what: str, db_path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_SOUND": "off"}
    out = subprocess.run([sys.executable, "-c", CHILD, what, repr(time.time()), str(db_path)], capture_output=True,
                         text=True, cwd=ROOT, env=env, timeout=900)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("n", sizes())
def test_desk_start_up_and_memory(n, events, figures, tmp_path):
    path, _info = events.copy(n, tmp_path)
    bare = launch("bare", path)
    desk = launch("desk", path)
    figures.add("desk: launch → window shown", n, desk["shown_s"], bare["shown_s"], unit="s",
                baseline_label="bare Qt window, fresh process", target="< 1 s")
    figures.add("desk: launch → roster list shown", n, desk["list_s"], bare["shown_s"], unit="s",
                baseline_label="bare Qt window shown")
    figures.add("desk: longest event-loop stall while the roster loads", n, desk["max_stall_ms"],
                bare["max_stall_ms"], unit="ms", baseline_label="bare Qt window, same timer", target="< 100 ms",
                note=f"and after: {desk['stall_after_ms']:.0f} ms")
    figures.add("desk memory (resident)", n, desk["rss_mib"], bare["rss_mib"], unit="MiB",
                baseline_label="bare Qt window process", target="500k < 400 MiB",
                note=f"peak {desk['peak_mib']:.0f} MiB")


@pytest.mark.parametrize("n", sizes())
def test_keystroke_to_table(n, events, figures, qtbot, tmp_path):
    from PySide6.QtTest import QTest

    from kiosk.store import open_event_db
    from kiosk.ui.desk import DeskWindow
    from kiosk.ui.sounds import VerdictSounds

    path, _info = events.copy(n, tmp_path)
    window = DeskWindow(path, sounds=VerdictSounds(False))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=600_000)
    answered = []
    window.model.modelReset.connect(lambda: answered.append(time.perf_counter()))
    latencies = []
    words = ["jose ka", "mei lo", "chloe", "person12345", "sofia", "t-00012"]
    for word in words * 2:
        window.search.clear()
        qtbot.waitUntil(lambda: window.model.rowCount() > 0 and window.searcher.is_current(),
                        timeout=60_000)
        for ch in word:
            answered.clear()
            started = time.perf_counter()
            QTest.keyClick(window.search, ch)
            qtbot.waitUntil(lambda: bool(answered) and window.searcher.is_current(), timeout=60_000)
            latencies.append((answered[-1] - started) * 1000)
            qtbot.wait(TYPING_GAP_MS)       # a fast typist: a key every 80-100 ms with the answer
    window.shutdown()
    db = open_event_db(path)
    like = []
    for word in words * 2:
        for i in range(1, len(word) + 1):
            parts = word[:i].split()
            started = time.perf_counter()
            db.conn.execute("SELECT * FROM attendees WHERE " + " AND ".join("search_text LIKE ?" for _ in parts)
                            + " LIMIT 200", [f"%{p}%" for p in parts]).fetchall()
            like.append((time.perf_counter() - started) * 1000)
    db.close()
    figures.add("desk: keystroke → table updated, p95", n, percentile(latencies, 95),
                percentile(like, 95), unit="ms",
                baseline_label="bare SQL LIKE over the folded names, LIMIT 200, p95", target="500k < 50 ms",
                note=f"p50 {percentile(latencies, 50):.1f} ms, max {max(latencies):.1f} ms")


class TimedTickets:
    """A 30 fps 720p camera showing each ticket for 20 frames, then 10 empty frames; it notes when
    the first frame of each ticket was handed to the camera thread."""

    name, fps, live = "bench camera", 30.0, True

    def __init__(self, codes: list[str]):
        from tests.scan.make_demo_video import desk_background, place, ticket_card

        size = (1280, 720)
        self.empty = desk_background(size)
        self.frames = []
        for code in codes:
            frame = self.empty.copy()
            place(frame, ticket_card(code, "Bench ticket"), (size[0] * 0.5, size[1] * 0.5), 1.0, 4.0, 0.04)
            self.frames.append((code, frame))
        self.first_seen: dict[str, float] = {}
        self.k = 0
        self.next_at: float | None = None      # the camera's clock starts with its first frame
        self.done = threading.Event()

    def read(self):
        if self.next_at is None:
            self.next_at = time.perf_counter()
        self.next_at += 1 / self.fps
        delay = self.next_at - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        index, phase = divmod(self.k, 30)
        self.k += 1
        if index >= len(self.frames):
            self.done.set()
            return self.empty
        code, frame = self.frames[index]
        if phase < 20:
            self.first_seen.setdefault(code, time.perf_counter())
            return frame
        return self.empty

    def close(self):
        pass


@pytest.mark.parametrize("n", sizes())
def test_camera_frame_to_banner(n, events, figures, qtbot, tmp_path, monkeypatch):
    import zxingcpp

    from kiosk.ui import camera_worker
    from kiosk.ui.desk import DeskWindow
    from kiosk.ui.sounds import VerdictSounds

    path, info = events.copy(n, tmp_path)
    codes = unchecked_codes(info, 24)
    source = TimedTickets(codes)
    monkeypatch.setattr(camera_worker, "open_source", lambda spec, loop=False: source)
    window = DeskWindow(path, sounds=VerdictSounds(False))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=600_000)
    shown: dict[str, float] = {}

    def banner_shown(result):
        shown[result.payload] = time.perf_counter()
        assert window.banner.verdict == result.verdict

    window.worker.checked_in.connect(banner_shown)     # after the window's own slot: the banner is set
    window.start_camera("bench")
    qtbot.waitUntil(lambda: source.done.is_set() and len(shown) >= len(codes) - 1, timeout=120_000)
    window.shutdown()
    latencies = [(shown[c] - source.first_seen[c]) * 1000 for c in codes if c in shown and c in source.first_seen]
    raw = []
    for _code, frame in source.frames:
        started = time.perf_counter()
        zxingcpp.read_barcodes(frame, formats=zxingcpp.BarcodeFormat.QRCode)
        raw.append((time.perf_counter() - started) * 1000)
    assert len(latencies) >= len(codes) - 1
    figures.add("camera frame with a QR → verdict banner, p95", n, percentile(latencies, 95), percentile(raw, 95),
                unit="ms", baseline_label="raw zxing-cpp decoding the frame, p95", target="100k < 30 ms",
                note=f"p50 {percentile(latencies, 50):.1f} ms; a 30 fps camera adds up to 33 ms before a frame exists")
